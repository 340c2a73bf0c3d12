"""The SPARQL endpoint over real HTTP: waitress in a thread, web_support's client.

Protocol cases run against a live server on a temporary store; a few pure-unit checks of the
error shape use Flask's test client.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import rdflib
from flask import Flask
from rdflib.compare import isomorphic, to_isomorphic
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import NotAcceptable

from kg import settings as kg_settings
from kg.formats import BY_NAME, FORMATS, RDF_FORMATS, RESULT_FORMATS
from kg.store import EmbeddedStore
from kg.web import create_app, sparql

from . import web_support
from .web_support import Reply, assert_error, call, running

EX = "https://ex.org/"
G1, G2, BIG = EX + "g1", EX + "g2", EX + "big"
PREFIX = f"PREFIX ex: <{EX}>\n"
G1_NT = (f'<{EX}a> <{EX}p> "1" .\n<{EX}a> <{EX}label> "alpha"@en .\n'
         f'<{EX}b> <{EX}p> "سوريا"@ar .\n').encode()
G2_NT = f'<{EX}c> <{EX}p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'.encode()
BIG_SIZE = 3000
# One solution per ~3000 candidate rows, forever: slow but steady, so the deadline check
# between solutions stops it.
STEADY = PREFIX + ("SELECT ?a ?b ?c WHERE { ?a ex:n ?x . ?b ex:n ?y . ?c ex:n ?z "
                   "FILTER(?x + ?y + ?z = 5000) }")
# One aggregate over 9 million pairs: a single uninterruptible step of about a second.
ONE_LONG_STEP = PREFIX + ("SELECT (COUNT(*) AS ?n) WHERE { ?a ex:n ?x . ?b ex:n ?y "
                          "FILTER(?x + ?y < 0) }")
CHEAP = PREFIX + "SELECT ?s WHERE { ?s ex:p ?o }"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
RDFLIB_PARSER = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                 "jsonld": "json-ld", "rdfxml": "xml"}


# --- a live server ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = EmbeddedStore.open(tmp_path_factory.mktemp("store"))
    store.replace_graph(G1, G1_NT)
    store.replace_graph(G2, G2_NT)
    big = "".join(f'<{EX}i{i}> <{EX}n> "{i}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
                  for i in range(BIG_SIZE))
    store.replace_graph(BIG, big.encode())
    return store


def make_app(store: EmbeddedStore, **config: Any) -> Flask:
    """The shared test app (2 s timeout, 4 workers), returning up to 100,000 rows."""
    return web_support.make_app(store, **{"KG_MAX_RESULTS": 100_000, **config})


@pytest.fixture(scope="module")
def app(store: EmbeddedStore) -> Flask:
    return make_app(store)


@pytest.fixture(scope="module")
def base(app: Flask) -> Iterator[str]:
    with running(app) as url:
        yield url


@pytest.fixture(scope="module")
def small_app(store: EmbeddedStore) -> Flask:
    """Two result rows at most and a single query worker."""
    return make_app(store, KG_MAX_RESULTS=2, KG_THREADS=1)


@pytest.fixture(scope="module")
def small_base(small_app: Flask) -> Iterator[str]:
    with running(small_app) as url:
        yield url


# --- requests (the client is web_support's) -------------------------------------------------

def get(base: str, query: str | None = None, **params_and_headers: Any) -> Reply:
    """GET /sparql; lower-case keywords are parameters (``_`` → ``-``), others headers."""
    params = [(k.replace("_", "-"), v) for k, v in params_and_headers.items() if k.islower()]
    headers = {k: v for k, v in params_and_headers.items() if not k.islower()}
    if query is not None:
        params.insert(0, ("query", query))
    expanded = [(k, x) for k, v in params for x in (v if isinstance(v, list) else [v])]
    return call(f"{base}/sparql?{urlencode(expanded)}", **headers)


def post_form(base: str, fields: list[tuple[str, str]], **headers: str) -> Reply:
    body = urlencode(fields).encode()
    return call(f"{base}/sparql", body, Content_Type="application/x-www-form-urlencoded",
                **headers)


def post_query(base: str, query: str | bytes, url_params: str = "",
               ctype: str = "application/sparql-query", **headers: str) -> Reply:
    body = query.encode() if isinstance(query, str) else query
    return call(f"{base}/sparql{url_params}", body, Content_Type=ctype, **headers)


def values(reply: Reply, var: str = "s") -> list[str]:
    """The values of ``var`` in a SPARQL JSON results body, sorted."""
    assert reply.status == 200, reply.body
    return sorted(b[var]["value"] for b in reply.json()["results"]["bindings"] if var in b)


# --- SELECT and ASK results ---------------------------------------------------------------

def parse_results(fmt: str, body: bytes) -> list[dict[str, str]]:
    """Rows as {variable: lexical value}, read with the standard library only."""
    if fmt == "json":
        bindings = json.loads(body)["results"]["bindings"]
        return [{k: v["value"] for k, v in b.items()} for b in bindings]
    if fmt == "xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(body)
        return [{b.get("name"): b[0].text or "" for b in result.findall("r:binding", ns)}
                for result in root.findall("r:results/r:result", ns)]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline="")))
    assert fmt == "tsv"
    header, *lines = body.decode("utf-8").splitlines()
    names = [v.lstrip("?") for v in header.split("\t")]
    # TSV cells are N-Triples terms: strip <…> and "…" to compare lexical values.
    return [{n: c.split('"')[1] if c.startswith('"') else c.strip("<>")
             for n, c in zip(names, line.split("\t"), strict=True)} for line in lines]


SELECT_BOTH = PREFIX + "SELECT ?s ?o WHERE { ?s ex:p ?o } ORDER BY ?s"
EXPECTED_ROWS = [{"s": EX + "a", "o": "1"}, {"s": EX + "b", "o": "سوريا"},
                 {"s": EX + "c", "o": "2"}]


@pytest.mark.parametrize("fmt", [f.name for f in RESULT_FORMATS])
def test_select_by_accept(base: str, fmt: str) -> None:
    reply = get(base, SELECT_BOTH, Accept=f"{BY_NAME[fmt].media_type}, */*;q=0.1")
    assert reply.status == 200, reply.body
    assert reply.type == BY_NAME[fmt].media_type
    assert parse_results(fmt, reply.body) == EXPECTED_ROWS
    assert "Accept" in reply.headers["Vary"]


@pytest.mark.parametrize("fmt", [f.name for f in RESULT_FORMATS])
def test_select_by_format_parameter_beats_accept(base: str, fmt: str) -> None:
    reply = get(base, SELECT_BOTH, format=fmt, Accept="text/html")
    assert reply.type == BY_NAME[fmt].media_type
    assert parse_results(fmt, reply.body) == EXPECTED_ROWS


def test_format_parameter_may_be_a_media_type(base: str) -> None:
    reply = get(base, SELECT_BOTH, format="text/csv")
    assert reply.type == "text/csv"
    assert parse_results("csv", reply.body) == EXPECTED_ROWS


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("application/json", "application/json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/tab-separated-values, */*;q=0.1", "text/tab-separated-values"),
])
def test_select_negotiation_weighs_q_values(base: str, accept: str | None, expected: str) -> None:
    reply = get(base, CHEAP, **({"Accept": accept} if accept else {}))
    assert reply.type == expected


def test_ask(base: str) -> None:
    assert get(base, PREFIX + "ASK { ex:a ex:p ?o }").json() == {"head": {}, "boolean": True}
    assert get(base, PREFIX + "ASK { ex:a ex:p ex:nothing }").json()["boolean"] is False
    xml = get(base, PREFIX + "ASK { ex:a ex:p ?o }", Accept="application/sparql-results+xml")
    assert ET.fromstring(xml.body).find(
        "{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


# --- CONSTRUCT and DESCRIBE graphs -------------------------------------------------------

CONSTRUCT = PREFIX + "CONSTRUCT { ?s ex:p ?o } WHERE { ?s ex:p ?o }"


def expected_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=(G1_NT + G2_NT).decode(), format="nt")
    g.remove((None, rdflib.URIRef(EX + "label"), None))
    return g


def parse_graph(fmt: str, body: bytes) -> rdflib.Graph:
    """All triples of the body, whatever graph they are in, read by rdflib."""
    dataset = rdflib.Dataset()
    dataset.parse(data=body, format=RDFLIB_PARSER[fmt])
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


def assert_same_graph(got: rdflib.Graph, want: rdflib.Graph) -> None:
    if not isomorphic(got, want):
        a, b = to_isomorphic(got), to_isomorphic(want)
        pytest.fail(f"only in response:\n{(a - b).serialize(format='nt')}\n"
                    f"missing:\n{(b - a).serialize(format='nt')}")


@pytest.mark.parametrize("fmt", [f.name for f in RDF_FORMATS])
def test_construct_by_accept(base: str, fmt: str) -> None:
    reply = get(base, CONSTRUCT, Accept=BY_NAME[fmt].media_type)
    assert reply.status == 200, reply.body
    assert reply.type == BY_NAME[fmt].media_type
    assert_same_graph(parse_graph(fmt, reply.body), expected_graph())


@pytest.mark.parametrize("fmt", [f.name for f in RDF_FORMATS])
def test_construct_by_format_parameter(base: str, fmt: str) -> None:
    reply = get(base, CONSTRUCT, format=fmt)
    assert reply.type == BY_NAME[fmt].media_type
    assert_same_graph(parse_graph(fmt, reply.body), expected_graph())


def test_graph_default_is_turtle(base: str) -> None:
    assert get(base, CONSTRUCT, Accept="*/*").type == "text/turtle"
    assert get(base, CONSTRUCT).type == "text/turtle"


def test_describe(base: str) -> None:
    reply = get(base, PREFIX + "DESCRIBE ex:a", Accept="application/n-triples")
    graph = parse_graph("ntriples", reply.body)
    assert set(graph.predicates()) == {rdflib.URIRef(EX + "p"), rdflib.URIRef(EX + "label")}


# --- POST ---------------------------------------------------------------------------------

def test_post_form(base: str) -> None:
    reply = post_form(base, [("query", CHEAP)])
    assert values(reply) == [EX + "a", EX + "b", EX + "c"]


def test_post_form_with_format_and_graph_in_the_body(base: str) -> None:
    reply = post_form(base, [("query", CHEAP), ("default-graph-uri", G2), ("format", "csv")])
    assert parse_results("csv", reply.body) == [{"s": EX + "c"}]


def test_post_direct_utf8_body(base: str) -> None:
    query = PREFIX + 'SELECT ?s WHERE { ?s ex:p "سوريا"@ar }'
    reply = post_query(base, query, ctype="application/sparql-query; charset=UTF-8")
    assert values(reply) == [EX + "b"]


def test_post_direct_with_dataset_in_the_url(base: str) -> None:
    reply = post_query(base, CHEAP, f"?default-graph-uri={quote(G1)}")
    assert values(reply) == [EX + "a", EX + "b"]


# --- the RDF dataset ----------------------------------------------------------------------

def test_default_graph_is_the_union(base: str) -> None:
    assert values(get(base, CHEAP)) == [EX + "a", EX + "b", EX + "c"]


def test_default_graph_uri(base: str) -> None:
    assert values(get(base, CHEAP, default_graph_uri=G2)) == [EX + "c"]
    assert values(get(base, CHEAP, default_graph_uri=[G1, G2])) == [EX + "a", EX + "b", EX + "c"]


def test_named_graph_uri(base: str) -> None:
    in_graphs = PREFIX + "SELECT ?g WHERE { GRAPH ?g { ?s ex:p ?o } }"
    assert set(values(get(base, in_graphs, named_graph_uri=G2), "g")) == {G2}
    assert set(values(get(base, in_graphs), "g")) == {G1, G2}
    # Naming graphs without default-graph-uri leaves the default graph empty (protocol §2.1.4).
    assert values(get(base, CHEAP, named_graph_uri=G2)) == []


def test_protocol_dataset_overrides_from(base: str) -> None:
    from_g2 = PREFIX + f"SELECT ?s FROM <{G2}> WHERE {{ ?s ex:p ?o }}"
    assert values(get(base, from_g2)) == [EX + "c"]
    assert values(get(base, from_g2, default_graph_uri=G1)) == [EX + "a", EX + "b"]


def test_from_named_in_the_query(base: str) -> None:
    q = PREFIX + f"SELECT ?g FROM NAMED <{G1}> WHERE {{ GRAPH ?g {{ ?s ex:p ?o }} }}"
    assert set(values(get(base, q), "g")) == {G1}


# --- malformed requests -------------------------------------------------------------------

def test_missing_query(base: str) -> None:
    assert_error(post_form(base, [("format", "json")]), 400, "no query")
    assert_error(get(base, default_graph_uri=G1), 400, "no query")
    assert_error(get(base, "  "), 400, "empty")


def test_two_query_parameters(base: str) -> None:
    reply = call(f"{base}/sparql?query={quote(CHEAP)}&query={quote(CHEAP)}")
    assert_error(reply, 400, "once")


@pytest.mark.parametrize("how", ["form", "direct"])
def test_query_in_url_and_body(base: str, how: str) -> None:
    url = f"{base}/sparql?query={quote(CHEAP)}"
    if how == "form":
        reply = call(url, urlencode({"query": CHEAP}).encode(),
                     Content_Type="application/x-www-form-urlencoded")
    else:
        reply = call(url, CHEAP.encode(), Content_Type="application/sparql-query")
    assert_error(reply, 400, "both in the URL and in the body")


def test_wrong_content_type(base: str) -> None:
    assert_error(post_query(base, CHEAP, ctype="text/plain"), 400, "Content-Type text/plain")


def test_missing_content_type(base: str) -> None:
    # web_support's client sends no Content-Type unless told to.
    assert_error(call(f"{base}/sparql", CHEAP.encode()), 400, "no Content-Type")


def test_bad_utf8(base: str) -> None:
    assert_error(post_query(base, b"SELECT * WHERE { ?s ?p \"\xff\" }"), 400, "UTF-8")
    assert_error(call(f"{base}/sparql", b"query=SELECT%20%FF",
                      Content_Type="application/x-www-form-urlencoded"), 400, "UTF-8")
    assert_error(call(f"{base}/sparql?query=%FF"), 400, "UTF-8")


def test_other_charset(base: str) -> None:
    reply = post_query(base, CHEAP, ctype="application/sparql-query; charset=iso-8859-1")
    assert_error(reply, 400, "UTF-8")


def test_syntax_error(base: str) -> None:
    assert_error(get(base, "SELECT ?s WHERE { ?s ?p }"), 400, "syntax error")


@pytest.mark.parametrize("function", ["<bif:contains>", "<http://example.org/f>"])
def test_unsupported_function_is_a_client_error(base: str, function: str) -> None:
    """A custom function the engine does not implement is a 400 naming it, not a 500."""
    query = f"SELECT * WHERE {{ ?s ?p ?o FILTER ({function}(?o, 'x')) }} LIMIT 1"
    assert_error(get(base, query), 400, function)


@pytest.mark.parametrize("update", [
    f"INSERT DATA {{ <{EX}x> <{EX}p> 1 }}",
    f"PREFIX ex: <{EX}>\n# a comment\nDELETE WHERE {{ ?s ex:p ?o }}",
    f"DROP GRAPH <{G1}>",
])
def test_update_sent_as_query(base: str, update: str) -> None:
    assert_error(get(base, update), 400, "SPARQL Update")
    assert_error(post_query(base, update), 400, "SPARQL Update")


def test_bad_parameters(base: str) -> None:
    assert_error(get(base, CHEAP, timeout="soon"), 400, "timeout")
    assert_error(get(base, CHEAP, timeout="-1"), 400, "timeout")
    assert_error(get(base, CHEAP, format="yaml"), 400, "unknown format")
    assert_error(get(base, CHEAP, default_graph_uri="not an iri"), 400, "default-graph-uri")


def test_federated_query_refused(base: str) -> None:
    reply = get(base, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert_error(reply, 400, "SERVICE")
    # keywords are case-insensitive (the regex runs only when the word occurs at all)
    reply = get(base, "SELECT * WHERE { sErViCe SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert_error(reply, 400, "SERVICE")
    # The word inside a literal or a variable name is no SERVICE clause.
    assert get(base, 'SELECT ?service WHERE { BIND("SERVICE <x>" AS ?service) }').status == 200


# --- update is off; nothing acceptable ----------------------------------------------------

def test_update_forbidden(base: str) -> None:
    update = f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}p> 1 }} }}"
    assert_error(post_form(base, [("update", update)]), 403, "read-only")
    assert_error(post_query(base, update, ctype="application/sparql-update"), 403, "read-only")
    assert_error(call(f"{base}/sparql?update={quote(update)}"), 403, "read-only")
    assert values(get(base, f"SELECT ?s WHERE {{ <{EX}x> ?p ?o }}")) == []


@pytest.mark.parametrize(("query", "params"), [
    (CONSTRUCT, {"Accept": "text/csv"}),
    (CONSTRUCT, {"format": "json"}),
    (CHEAP, {"Accept": "text/turtle"}),
    (CHEAP, {"Accept": "image/png, text/html;q=0.5"}),
    (PREFIX + "ASK { ?s ex:p ?o }", {"format": "turtle"}),
])
def test_not_acceptable(base: str, query: str, params: dict[str, str]) -> None:
    reply = get(base, query, **params)
    assert_error(reply, 406)


# --- service description ------------------------------------------------------------------

def test_service_description_turtle(base: str, store: EmbeddedStore) -> None:
    reply = get(base)
    assert reply.type == "text/turtle"
    g = rdflib.Graph().parse(data=reply.body, format="turtle")
    service = rdflib.URIRef(f"{base}/sparql")
    assert (service, rdflib.RDF.type, SD.Service) in g
    assert (service, SD.endpoint, service) in g
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert {str(f) for f in g.objects(service, SD.resultFormat)} >= {
        f.oxigraph.iri for f in RESULT_FORMATS}
    dataset = g.value(service, SD.defaultDataset)
    default = g.value(dataset, SD.defaultGraph)
    assert g.value(default, VOID.triples).toPython() == 3 + 1 + BIG_SIZE
    counts = {str(g.value(n, SD.name)): g.value(g.value(n, SD.graph), VOID.triples).toPython()
              for n in g.objects(dataset, SD.namedGraph)}
    assert counts == {G1: 3, G2: 1, BIG: BIG_SIZE}
    assert counts == {name: store.count(name) for name in store.graphs()}


def test_service_description_jsonld(base: str) -> None:
    jsonld = get(base, Accept="application/ld+json")
    assert jsonld.type == "application/ld+json"
    turtle = rdflib.Graph().parse(data=get(base).body, format="turtle")
    assert_same_graph(rdflib.Graph().parse(data=jsonld.body, format="json-ld"), turtle)


def test_service_page_for_browsers(base: str) -> None:
    reply = get(base, Accept="text/html,application/xhtml+xml,*/*;q=0.8")
    assert reply.type == "text/html"
    page = reply.body.decode()
    assert '<form method="get"' in page and '<textarea name="query"' in page
    assert "<script" not in page
    for f in FORMATS:
        assert f'value="{f.name}"' in page


# --- timeouts, limits, overload -----------------------------------------------------------

def test_timeout_between_solutions_stops_the_worker(base: str, app: Flask) -> None:
    started = time.monotonic()
    reply = get(base, STEADY, timeout="0.5")
    assert_error(reply, 503, "time limit of 0.5 s")
    assert time.monotonic() - started < 1.5
    runner = app.extensions["kg.queries"]
    # The worker notices the deadline at its next solution, so it is gone soon after.
    give_up = time.monotonic() + 2
    while runner.busy and time.monotonic() < give_up:
        time.sleep(0.05)
    assert runner.busy == 0


def test_timeout_in_one_long_step_leaves_the_server_responsive(base: str) -> None:
    started = time.monotonic()
    reply = get(base, ONE_LONG_STEP, timeout="0.2")
    assert_error(reply, 503, "time limit")
    assert time.monotonic() - started < 1.0
    # The straggler still computes its count; other workers answer meanwhile.
    cheap_started = time.monotonic()
    assert values(get(base, CHEAP)) == [EX + "a", EX + "b", EX + "c"]
    assert call(f"{base}/health").json()["status"] == "ok"
    assert time.monotonic() - cheap_started < 0.5


def test_timeout_parameter_is_capped_by_the_setting(base: str) -> None:
    started = time.monotonic()
    assert_error(get(base, STEADY, timeout="100"), 503, "time limit of 2 s")
    assert time.monotonic() - started < 3.5


def test_result_limit_truncates(small_base: str) -> None:
    reply = get(small_base, CHEAP)
    assert reply.headers["X-KG-Truncated"] == "true"
    assert len(values(reply)) == 2
    graph = get(small_base, CONSTRUCT, Accept="application/n-triples")
    assert graph.headers["X-KG-Truncated"] == "true"
    assert len(parse_graph("ntriples", graph.body)) == 2


def test_result_at_the_limit_is_not_truncated(small_base: str) -> None:
    reply = get(small_base, CHEAP, default_graph_uri=G1)
    assert values(reply) == [EX + "a", EX + "b"]
    assert "X-KG-Truncated" not in reply.headers


def test_saturated_runner_answers_503_with_retry_after(small_base: str,
                                                       small_app: Flask) -> None:
    runner = small_app.extensions["kg.queries"]
    release = threading.Event()
    holder = threading.Thread(target=runner.run,
                              args=(lambda: release.wait(10), time.monotonic() + 10))
    holder.start()
    try:
        while runner.busy == 0:
            time.sleep(0.01)
        reply = get(small_base, CHEAP)
        assert_error(reply, 503, "busy")
        assert int(reply.headers["Retry-After"]) >= 1
        assert call(f"{small_base}/metrics").json()["rejected"] >= 1
    finally:
        release.set()
        holder.join()
    assert get(small_base, CHEAP).status == 200


# --- CORS, health, metrics ----------------------------------------------------------------

def test_cors(base: str) -> None:
    assert get(base, CHEAP).headers["Access-Control-Allow-Origin"] == "*"
    assert get(base, "nonsense").headers["Access-Control-Allow-Origin"] == "*"
    preflight = call(f"{base}/sparql", method="OPTIONS", Origin="https://example.org",
                     Access_Control_Request_Method="POST",
                     Access_Control_Request_Headers="content-type")
    assert preflight.status == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert preflight.headers["Access-Control-Allow-Headers"] == "content-type"
    assert "X-KG-Truncated" in preflight.headers["Access-Control-Expose-Headers"]


def test_health(base: str, store: EmbeddedStore) -> None:
    reply = call(f"{base}/health")
    doc = reply.json()
    assert doc["status"] == "ok"
    assert doc["triples"] == store.count() == 3 + 1 + BIG_SIZE
    assert doc["uptime_seconds"] >= 0


def test_metrics(base: str) -> None:
    before = call(f"{base}/metrics").json()
    get(base, CHEAP)
    get(base, "nonsense")
    get(base, ONE_LONG_STEP, timeout="0.1")
    after = call(f"{base}/metrics").json()
    count = after["requests"]["/sparql"]
    old = before["requests"].get("/sparql", {})
    assert count["200"] == old.get("200", 0) + 1
    assert count["400"] == old.get("400", 0) + 1
    assert after["timeouts"] == before["timeouts"] + 1
    latency = after["latency_seconds"]["/sparql"]
    assert latency["count"] >= 3 and 0 < latency["max"] <= latency["sum"]
    text = call(f"{base}/metrics", Accept="text/plain").body.decode()
    lines = dict(line.rsplit(" ", 1) for line in text.splitlines() if not line.startswith("#"))
    assert int(lines['kg_requests_total{endpoint="/sparql",status="400"}']) >= count["400"]
    assert int(lines["kg_query_timeouts_total"]) >= after["timeouts"]


# --- pure-unit checks of the error shape --------------------------------------------------

def test_unknown_route_and_method_have_the_error_shape(app: Flask) -> None:
    client = app.test_client()
    missing = client.get("/nowhere")
    assert missing.status_code == 404
    assert missing.get_json()["status"] == 404
    wrong = client.put("/sparql")
    assert wrong.status_code == 405 and wrong.get_json()["status"] == 405
    assert "POST" in wrong.headers["Allow"]


def test_plain_text_errors_for_clients_that_prefer_them(app: Flask) -> None:
    reply = app.test_client().get("/sparql?query=nonsense", headers={"Accept": "text/plain"})
    assert reply.status_code == 400
    assert reply.mimetype == "text/plain"
    assert "syntax error" in reply.get_data(as_text=True)


def test_store_opened_from_settings(tmp_path: Path) -> None:
    settings = kg_settings.load({}, KG_STORE=str(tmp_path / "s"))
    app = create_app(settings=settings)
    assert app.extensions["kg.store"].home == tmp_path / "s"  # a new store home (kg.publish)
    assert app.test_client().get("/health").get_json()["triples"] == 0


def test_a_lowercase_from_clause_is_the_query_dataset_and_from_in_a_name_is_not() -> None:
    # the union flag would override the query's own FROM (sparql._dataset)
    assert sparql._dataset({}, sparql._code(f"select * from <{G1}> where {{ ?s ?p ?o }}")) == {
        "use_default_graph_as_union": False}
    words = "SELECT ?b WHERE { ?o prov:wasDerivedFrom ?b ; ex:from ?x }  # FROM <x>"
    assert sparql._dataset({}, sparql._code(words)) == {"use_default_graph_as_union": True}


def test_runner_hands_back_results_and_errors_and_frees_its_slot() -> None:
    runner = sparql.QueryRunner(1)
    assert runner.run(lambda: "answer", time.monotonic() + 5) == "answer"

    def fails() -> None:
        raise ValueError("bad job")

    with pytest.raises(ValueError, match="bad job"):
        runner.run(fails, time.monotonic() + 5)
    assert runner.busy == 0  # the one slot is free again: the next job runs
    assert runner.run(lambda: 7, time.monotonic() + 5) == 7
    release = threading.Event()
    with pytest.raises(sparql.QueryTimeout):
        runner.run(lambda: release.wait(5), time.monotonic() + 0.05)
    with pytest.raises(sparql.RunnerSaturated):  # the straggler holds the slot
        runner.run(lambda: 1, time.monotonic() + 5)
    release.set()
    give_up = time.monotonic() + 5
    while runner.busy and time.monotonic() < give_up:
        time.sleep(0.01)
    assert runner.run(lambda: 8, time.monotonic() + 5) == 8


def test_negotiation_remembered_per_accept_header_keeps_each_answer() -> None:
    # answers are cached by (offered formats, Accept): each header keeps its own answer
    csv_first = MIMEAccept([("text/csv", 1), ("application/sparql-results+json", 0.5)])
    json_first = MIMEAccept([("text/csv", 0.5), ("application/sparql-results+json", 1)])
    for _ in range(2):
        assert sparql.negotiate("results", None, csv_first)[1] == "text/csv"
        assert sparql.negotiate("results", None, json_first)[1] == (
            "application/sparql-results+json")
        with pytest.raises(NotAcceptable):
            sparql.negotiate("results", None, MIMEAccept([("image/png", 1)]))
        with pytest.raises(NotAcceptable):  # the same header, other formats: no CSV graphs
            sparql.negotiate("rdf", None, csv_first)


# --- the fast path for query POSTs (sparql.FastQueries) ------------------------------------

def _headers(response: Any) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k not in ("Date",)}


@pytest.mark.parametrize(("query", "accept"), [
    (CHEAP, "application/sparql-results+json"),
    (CHEAP, "text/csv"),
    (PREFIX + "ASK { ?s ex:p ?o }", "application/sparql-results+xml"),
    (CONSTRUCT, "text/turtle"),
    (CHEAP, "image/png"),  # 406 from the app's error handlers
    ("SELECT * WHERE { ?s ?p }", "application/json"),  # 400
])
def test_query_posts_answer_as_flask_would(small_app: Flask, query: str, accept: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    client = small_app.test_client()
    entry = small_app.wsgi_app
    assert isinstance(entry, sparql.FastQueries)
    handed: list[str] = []
    flask_app = entry.flask
    monkeypatch.setattr(entry, "flask", lambda environ, start: handed.append(
        environ["REQUEST_METHOD"] + " " + environ.get("QUERY_STRING", "")) or flask_app(
        environ, start))
    fast = client.post("/sparql", data={"query": query}, headers={"Accept": accept})
    assert handed == []  # answered by the fast path, errors included
    # the same request through Flask's view and hooks: a GET, or a POST with ?lang=
    flask = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert (fast.status_code, fast.data) == (flask.status_code, flask.data)
    assert _headers(fast) == _headers(flask)
    slow = client.post("/sparql?lang=en", data={"query": query}, headers={"Accept": accept})
    assert slow.data == fast.data and "Set-Cookie" in slow.headers  # Flask's i18n hook ran
    assert handed[-1] == "POST lang=en"


def test_query_posts_are_counted_and_truncated_like_any(small_app: Flask) -> None:
    client = small_app.test_client()
    before = client.get("/metrics").get_json()
    reply = client.post("/sparql", data=CHEAP, content_type="application/sparql-query",
                        headers={"Accept": "application/sparql-results+json"})
    assert reply.headers["X-KG-Truncated"] == "true" and len(reply.json["results"]["bindings"]) == 2
    assert client.post("/sparql", data={"query": "nonsense"}).status_code == 400
    after = client.get("/metrics").get_json()
    counts = {s: after["requests"]["/sparql"].get(s, 0)
              - before["requests"].get("/sparql", {}).get(s, 0) for s in ("200", "400")}
    assert counts == {"200": 1, "400": 1}
    assert after["truncated"] == before["truncated"] + 1


def test_query_post_timeout_is_not_run_twice(base: str, app: Flask) -> None:
    # an error after the query ran is rendered by the app's handlers, not by running again
    started = time.monotonic()
    assert_error(post_form(base, [("query", STEADY), ("timeout", "0.5")]), 503,
                 "time limit of 0.5 s")
    assert time.monotonic() - started < 1.5


def test_json_answers_stop_at_the_row_limit_whatever_the_literals_hold() -> None:
    # JSON answers are written by oxigraph into a file that counts rows by the "},{" between
    # them; literals holding "},{" must neither cut an answer nor let one past the limit.
    store = EmbeddedStore.memory()
    tricky = "".join(f'<{EX}s{i}> <{EX}p> "{{}},{{}},{{}},{{\\"}},{{" .\n' for i in range(3))
    store.replace_graph(EX + "g", tricky.encode() + b"".join(
        f"<{EX}t{i}> <{EX}q> <{EX}o> .\n".encode() for i in range(12)))
    client = make_app(store, KG_MAX_RESULTS=5).test_client()
    json_ = {"Accept": "application/sparql-results+json"}
    reply = client.get("/sparql", query_string={"query": f"SELECT * {{ ?s <{EX}p> ?o }}"},
                       headers=json_)
    rows = reply.get_json()["results"]["bindings"]
    assert [r["o"]["value"] for r in rows] == ['{},{},{},{"},{'] * 3
    assert "X-KG-Truncated" not in reply.headers
    reply = client.get("/sparql", query_string={"query": f"SELECT * {{ ?s <{EX}q> ?o }}"},
                       headers=json_)
    assert len(reply.get_json()["results"]["bindings"]) == 5
    assert reply.headers["X-KG-Truncated"] == "true"
    reply = client.get("/sparql", query_string={"query": f"SELECT * {{ ?s <{EX}q> ?o }} LIMIT 5"},
                       headers=json_)
    assert len(reply.get_json()["results"]["bindings"]) == 5
    assert "X-KG-Truncated" not in reply.headers


def test_head(base: str) -> None:
    reply = call(f"{base}/sparql?query={quote(CHEAP)}", method="HEAD")
    assert reply.status == 200 and reply.type == "application/sparql-results+json"
    assert reply.body == b""


def test_serve_logs_its_url_and_serves(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "store")
    store.replace_graph(G2, G2_NT)
    del store  # serve() opens the folder itself, and RocksDB allows one writer
    code = ("import sys; from kg import settings; from kg.serve import serve; "
            "serve(sys.argv[1], '127.0.0.1', 0, settings.load({}))")
    with subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "store")],
                          stderr=subprocess.PIPE, text=True) as process:
        try:
            assert process.stderr is not None
            line = process.stderr.readline()
            url = re.search(r"(http://\S+)/sparql", line)
            assert url, line
            assert call(f"{url[1]}/health").json()["triples"] == 1
            assert values(get(url[1], CHEAP)) == [EX + "c"]
        finally:
            process.terminate()
