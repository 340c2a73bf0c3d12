"""W3C conformance, one row per requirement: SPARQL 1.1 Protocol, Graph Store HTTP Protocol
and Service Description, over real HTTP against a server with a write token.

The rows follow the W3C test suites' names (``protocol/manifest.ttl`` and
``http-rdf-update/manifest.ttl`` of the SPARQL 1.1 tests) and the Service Description's
requirements; each row lists its requests in order (a row's set-up requests are part of it)
and what every answer must be. ``python -m pytest tests/test_web_conformance.py -q`` prints
the pass count by suite at the end.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.formats import FORMATS
from kg.store import EmbeddedStore
from kg.web.sparql import w3c_format

from .web_support import BASE, Reply, call, make_app, running

TOKEN = "conformance-Token"
EX = "http://example.org/"
G1, G2 = EX + "g1", EX + "g2"
FORM = "application/x-www-form-urlencoded"
SRJ = "application/sparql-results+json"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
# http://www.w3.org/ns/formats/ lists these (the unique IRIs of the formats it names).
W3C_FORMATS = {f"http://www.w3.org/ns/formats/{n}" for n in (
    "JSON-LD", "N3", "N-Triples", "N-Quads", "LD_Patch", "microdata", "OWL_XML",
    "OWL_Functional", "OWL_Manchester", "POWDER", "POWDER-S", "PROV-N", "PROV-XML", "RDFa",
    "RDF_JSON", "RDF_XML", "RIF_XML", "SPARQL_Results_XML", "SPARQL_Results_JSON",
    "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "TriG")}
# The features the Service Description vocabulary defines (SD §3.4).
SD_FEATURES = {SD[n] for n in ("DereferencesURIs", "UnionDefaultGraph", "RequiresDataset",
                               "EmptyGraphs", "BasicFederatedQuery")}


@dataclass(frozen=True)
class Step:
    """One request and what its answer must be (``check`` gets the reply)."""

    method: str
    path: str  # "{g}" stands for the row's own graph IRI, "{gq}" for it percent-encoded
    body: bytes | str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    status: int | tuple[int, ...] = 200
    check: Callable[[Reply], object] | None = None


@dataclass(frozen=True)
class Row:
    suite: str  # protocol, graph-store, service-description
    name: str
    requirement: str
    steps: tuple[Step, ...]


def q(query: str, **params: str | list[str]) -> str:
    return "/sparql?" + urlencode({"query": query, **params}, doseq=True)


def form(**params: str | list[str]) -> bytes:
    return urlencode(params, doseq=True).encode()


def auth(**headers: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}", **headers}


def rows_of(reply: Reply) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in reply.json()["results"]["bindings"]]


def values(reply: Reply, var: str) -> set[str]:
    return {r[var] for r in rows_of(reply) if var in r}


def boolean(expected: bool) -> Callable[[Reply], bool]:
    return lambda r: r.json()["boolean"] is expected


def media(expected: str) -> Callable[[Reply], bool]:
    return lambda r: r.type == expected


def graph(reply: Reply, fmt: str = "turtle") -> rdflib.Graph:
    return rdflib.Graph().parse(data=reply.body, format=fmt, publicID=BASE)


def same_graph(turtle: str) -> Callable[[Reply], bool]:
    return lambda r: isomorphic(graph(r), rdflib.Graph().parse(data=turtle, format="turtle"))


def ask_step(pattern: str, expected: bool = True) -> Step:
    return Step("GET", q(f"ASK {{ {pattern} }}"), check=boolean(expected))


def update_step(text: str, status: int | tuple[int, ...] = 204, **params: str | list[str]
                ) -> Step:
    return Step("POST", "/sparql", form(update=text, **params), auth(Content_Type=FORM),
                status=status)


COUNT = "SELECT ?o WHERE { ?s <http://example.org/p> ?o }"
NAMED = "SELECT ?g ?o WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } }"
PERSON = f"@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<{EX}person/1> foaf:name \"Alice\" .\n"
PERSON2 = f"@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<{EX}person/1> foaf:name \"Bob\" .\n"
TTL = {"Content_Type": "text/turtle"}
BAD = 400


PROTOCOL = [
    Row("protocol", "query_get", "query via GET", (
        Step("GET", q(f"ASK {{ <{EX}a> <{EX}p> \"1\" }}"), check=boolean(True)),)),
    Row("protocol", "query_post_form", "query via URL-encoded POST", (
        Step("POST", "/sparql", form(query=f"ASK {{ <{EX}a> ?p ?o }}"), {"Content_Type": FORM},
             check=boolean(True)),)),
    Row("protocol", "query_post_direct", "query via POST directly", (
        Step("POST", "/sparql", f"ASK {{ <{EX}a> ?p ?o }}",
             {"Content_Type": "application/sparql-query"}, check=boolean(True)),)),
    Row("protocol", "query_dataset_default_graphs_get", "default-graph-uri by GET", (
        Step("GET", q(COUNT, **{"default-graph-uri": G1}),
             check=lambda r: values(r, "o") == {"1"}),)),
    Row("protocol", "query_dataset_default_graphs_post", "two default-graph-uri by POST", (
        Step("POST", "/sparql", form(query=COUNT, **{"default-graph-uri": [G1, G2]}),
             {"Content_Type": FORM}, check=lambda r: values(r, "o") == {"1", "2"}),)),
    Row("protocol", "query_dataset_named_graphs_get", "named-graph-uri by GET", (
        Step("GET", q(NAMED, **{"named-graph-uri": G2}),
             check=lambda r: values(r, "g") == {G2}),)),
    Row("protocol", "query_dataset_named_graphs_post", "named-graph-uri by POST", (
        Step("POST", "/sparql", form(query=NAMED, **{"named-graph-uri": [G1, G2]}),
             {"Content_Type": FORM}, check=lambda r: values(r, "g") == {G1, G2}),)),
    Row("protocol", "query_dataset_full", "default-graph-uri and named-graph-uri together", (
        Step("GET", q("SELECT ?o ?g WHERE { { ?s <http://example.org/p> ?o } UNION "
                      "{ GRAPH ?g { ?s <http://example.org/p> ?x } } }",
                      **{"default-graph-uri": G1, "named-graph-uri": G2}),
             check=lambda r: values(r, "o") == {"1"} and values(r, "g") == {G2}),)),
    Row("protocol", "query_multiple_dataset", "the protocol dataset overrides FROM", (
        Step("GET", q(f"SELECT ?o FROM <{G1}> WHERE {{ ?s <{EX}p> ?o }}",
                      **{"default-graph-uri": G2}), check=lambda r: values(r, "o") == {"2"}),)),
    Row("protocol", "query_content_type_select", "SELECT answered in a results format", (
        Step("GET", q(COUNT), headers={"Accept": "application/sparql-results+xml"},
             check=media("application/sparql-results+xml")),)),
    Row("protocol", "query_content_type_ask", "ASK answered in a results format", (
        Step("GET", q("ASK {}"), headers={"Accept": SRJ}, check=media(SRJ)),)),
    Row("protocol", "query_content_type_describe", "DESCRIBE answered in an RDF format", (
        Step("GET", q(f"DESCRIBE <{EX}a>"), headers={"Accept": "text/turtle"},
             check=lambda r: r.type == "text/turtle" and len(graph(r)) == 1),)),
    Row("protocol", "query_content_type_construct", "CONSTRUCT answered in an RDF format", (
        Step("GET", q("CONSTRUCT WHERE { ?s ?p ?o }"),
             headers={"Accept": "application/rdf+xml"}, check=media("application/rdf+xml")),)),
    Row("protocol", "update_post_form", "update via URL-encoded POST", (
        update_step(f"INSERT DATA {{ GRAPH <{EX}u-form> {{ <{EX}x> <{EX}q> 1 }} }}"),
        ask_step(f"GRAPH <{EX}u-form> {{ <{EX}x> <{EX}q> 1 }}"))),
    Row("protocol", "update_post_direct", "update via POST directly", (
        Step("POST", "/sparql", f"INSERT DATA {{ GRAPH <{EX}u-direct> {{ <{EX}x> <{EX}q> 1 }} }}",
             auth(Content_Type="application/sparql-update"), status=204),
        ask_step(f"GRAPH <{EX}u-direct> {{ ?s ?p ?o }}"))),
    Row("protocol", "update_base_uri", "relative IRIs in an update resolve", (
        update_step("INSERT DATA { GRAPH <u-base> { <x> <y> <z> } }"),
        ask_step(f"GRAPH <{BASE}u-base> {{ <{BASE}x> <{BASE}y> <{BASE}z> }}"))),
    Row("protocol", "update_dataset_default_graph", "using-graph-uri", (
        update_step(f"INSERT {{ GRAPH <{EX}u-d1> {{ ?s <{EX}c> ?o }} }} "
                    f"WHERE {{ ?s <{EX}p> ?o }}", **{"using-graph-uri": G1}),
        ask_step(f"GRAPH <{EX}u-d1> {{ <{EX}a> <{EX}c> \"1\" }}"),
        ask_step(f"GRAPH <{EX}u-d1> {{ <{EX}c> ?p ?o }}", False))),
    Row("protocol", "update_dataset_default_graphs", "two using-graph-uri", (
        update_step(f"INSERT {{ GRAPH <{EX}u-d2> {{ ?s <{EX}c> ?o }} }} "
                    f"WHERE {{ ?s <{EX}p> ?o }}", **{"using-graph-uri": [G1, G2]}),
        Step("GET", q(f"SELECT ?o WHERE {{ GRAPH <{EX}u-d2> {{ ?s ?p ?o }} }}"),
             check=lambda r: values(r, "o") == {"1", "2"}))),
    Row("protocol", "update_dataset_named_graphs", "using-named-graph-uri", (
        update_step(f"INSERT {{ GRAPH <{EX}u-n> {{ ?s <{EX}in> ?g }} }} "
                    f"WHERE {{ GRAPH ?g {{ ?s <{EX}p> ?o }} }}",
                    **{"using-named-graph-uri": G2}),
        Step("GET", q(f"SELECT ?g WHERE {{ GRAPH <{EX}u-n> {{ ?s ?p ?g }} }}"),
             check=lambda r: values(r, "g") == {G2}))),
    Row("protocol", "update_dataset_full", "using-graph-uri and using-named-graph-uri", (
        update_step(f"INSERT {{ GRAPH <{EX}u-f> {{ ?s <{EX}in> ?g }} }} "
                    f"WHERE {{ ?s <{EX}p> ?o GRAPH ?g {{ ?t <{EX}p> ?u }} }}",
                    **{"using-graph-uri": G1, "using-named-graph-uri": G2}),
        Step("GET", q(f"SELECT ?s ?g WHERE {{ GRAPH <{EX}u-f> {{ ?s ?p ?g }} }}"),
             check=lambda r: rows_of(r) == [{"s": EX + "a", "g": G2}]))),
    Row("protocol", "bad_query_method", "a query by another method is refused", (
        Step("PUT", q("ASK {}"), status=405),)),
    Row("protocol", "bad_multiple_queries", "two queries are a 400", (
        Step("GET", "/sparql?" + urlencode({"query": ["ASK {}", "ASK {}"]}, doseq=True),
             status=BAD),)),
    Row("protocol", "bad_query_wrong_media_type", "a query POSTed as text/plain is a 400", (
        Step("POST", "/sparql", "ASK {}", {"Content_Type": "text/plain"}, status=BAD),)),
    Row("protocol", "bad_query_missing_form_type", "form body without its media type", (
        Step("POST", "/sparql", form(query="ASK {}"), status=BAD),)),
    Row("protocol", "bad_query_missing_direct_type", "query body without its media type", (
        Step("POST", "/sparql", "ASK {}", status=BAD),)),
    Row("protocol", "bad_query_non_utf8", "a query not in UTF-8 is a 400", (
        Step("POST", "/sparql", "ASK { <http://example.org/é> ?p ?o }".encode("latin-1"),
             {"Content_Type": "application/sparql-query"}, status=BAD),)),
    Row("protocol", "bad_query_syntax", "a syntax error is a 400", (
        Step("GET", q("SELECT * WHERE {"), status=BAD),)),
    Row("protocol", "bad_update_get", "an update by GET is refused", (
        Step("GET", "/sparql?" + urlencode({"update": "CLEAR ALL"}), headers=auth(),
             status=BAD),)),
    Row("protocol", "bad_multiple_updates", "two updates are a 400", (
        Step("POST", "/sparql", form(update=["CLEAR SILENT GRAPH <x:a>"] * 2),
             auth(Content_Type=FORM), status=BAD),)),
    Row("protocol", "bad_update_wrong_media_type", "an update POSTed as text/plain", (
        Step("POST", "/sparql", "CLEAR SILENT GRAPH <x:a>", auth(Content_Type="text/plain"),
             status=BAD),)),
    Row("protocol", "bad_update_missing_form_type", "update form body without media type", (
        Step("POST", "/sparql", form(update="CLEAR SILENT GRAPH <x:a>"), auth(),
             status=BAD),)),
    Row("protocol", "bad_update_non_utf8", "an update not in UTF-8 is a 400", (
        Step("POST", "/sparql", "INSERT DATA { <x:é> <x:p> 1 }".encode("latin-1"),
             auth(Content_Type="application/sparql-update"), status=BAD),)),
    Row("protocol", "bad_update_syntax", "an update syntax error is a 400", (
        update_step("INSERT DATA { <x:a> ", status=BAD),)),
    Row("protocol", "bad_update_dataset_conflict", "using-graph-uri with USING is a 400", (
        update_step(f"INSERT {{ <x:a> <x:b> 1 }} USING <{G1}> WHERE {{ ?s ?p ?o }}",
                    status=BAD, **{"using-graph-uri": G2}),
        ask_step("<x:a> <x:b> 1", False))),
]


def store_path(path: str) -> str:
    return f"/store?graph={quote(path, safe='')}"


GRAPH_STORE = [
    Row("graph-store", "put_initial_state", "PUT of a new graph is 201", (
        Step("PUT", "/store/person/1", PERSON, auth(**TTL), status=201),
        Step("GET", "/store/person/1", check=same_graph(PERSON)))),
    Row("graph-store", "put_existing_graph", "PUT of an existing graph replaces it, 204", (
        Step("PUT", "/store/person/2", PERSON, auth(**TTL), status=201),
        Step("PUT", "/store/person/2", PERSON2, auth(**TTL), status=204),
        Step("GET", "/store/person/2", check=same_graph(PERSON2)))),
    Row("graph-store", "put_default_graph", "PUT of the default graph", (
        Step("PUT", "/store?default", PERSON, auth(**TTL), status=(201, 204)),
        Step("GET", "/store?default", check=same_graph(PERSON)))),
    Row("graph-store", "put_mismatched_payload", "a body not in its media type is a 400", (
        Step("PUT", "/store/person/3", "<a> <b>", auth(**TTL), status=BAD),
        Step("GET", "/store/person/3", status=404))),
    Row("graph-store", "put_empty_graph", "PUT of an empty graph creates it", (
        Step("PUT", "/store/person/4", "", auth(**TTL), status=201),
        Step("GET", "/store/person/4", check=lambda r: len(graph(r)) == 0))),
    Row("graph-store", "delete_existing_graph", "DELETE of a graph is 204, then 404", (
        Step("PUT", "/store/person/5", PERSON, auth(**TTL), status=201),
        Step("DELETE", "/store/person/5", headers=auth(), status=204),
        Step("GET", "/store/person/5", status=404))),
    Row("graph-store", "delete_non_existent_graph", "DELETE of a missing graph is 404", (
        Step("DELETE", "/store/person/none", headers=auth(), status=404),)),
    Row("graph-store", "post_existing_graph", "POST merges into a graph", (
        Step("PUT", "/store/person/6", PERSON, auth(**TTL), status=201),
        Step("POST", "/store/person/6", PERSON2, auth(**TTL), status=204),
        Step("GET", "/store/person/6", check=same_graph(PERSON + PERSON2.split("\n", 1)[1])))),
    Row("graph-store", "post_multipart", "POST of multipart/form-data merges each part", (
        Step("PUT", "/store/person/7", PERSON, auth(**TTL), status=201),
        Step("POST", "/store/person/7",
             b"--XyZ\r\nContent-Disposition: form-data; name=\"graph\"; filename=\"b.ttl\"\r\n"
             b"Content-Type: text/turtle\r\n\r\n" + PERSON2.encode() + b"\r\n--XyZ--\r\n",
             auth(Content_Type="multipart/form-data; boundary=XyZ"), status=204),
        Step("GET", "/store/person/7", check=same_graph(PERSON + PERSON2.split("\n", 1)[1])))),
    Row("graph-store", "post_create_new_graph", "POST to the store names a new graph", (
        Step("POST", "/store", PERSON, auth(**TTL), status=201,
             check=lambda r: re.fullmatch(r"http://[^/]+/store/[0-9a-f]{32}",
                                          r.headers["Location"])),)),
    Row("graph-store", "post_empty_is_noop", "POST of an empty graph changes nothing", (
        Step("PUT", "/store/person/8", PERSON, auth(**TTL), status=201),
        Step("POST", "/store/person/8", "", auth(**TTL), status=204),
        Step("GET", "/store/person/8", check=same_graph(PERSON)))),
    Row("graph-store", "head_existing_graph", "HEAD of a graph is 200 without a body", (
        Step("PUT", "/store/person/9", PERSON, auth(**TTL), status=201),
        Step("HEAD", "/store/person/9", check=lambda r: r.body == b"" and
             r.type == "text/turtle"))),
    Row("graph-store", "head_non_existing_graph", "HEAD of a missing graph is 404", (
        Step("HEAD", "/store/person/none", status=404),)),
    Row("graph-store", "indirect_naming", "?graph=IRI names the same graph as its path", (
        Step("PUT", "/store/person/10", PERSON, auth(**TTL), status=201),
        Step("GET", store_path(BASE + "store/person/10"), check=same_graph(PERSON)))),
    Row("graph-store", "unsupported_media_type", "a body in an unknown media type is 415", (
        Step("PUT", "/store/person/11", "x", auth(Content_Type="text/x-unknown"),
             status=415),)),
    Row("graph-store", "content_negotiation", "GET answers in the Accept'ed format", (
        Step("PUT", "/store/person/12", PERSON, auth(**TTL), status=201),
        Step("GET", "/store/person/12", headers={"Accept": "application/n-triples"},
             check=lambda r: r.type == "application/n-triples" and len(graph(r, "nt")) == 1))),
]


def description(reply: Reply, fmt: str = "turtle") -> rdflib.Graph:
    return rdflib.Graph().parse(data=reply.body, format=fmt)


def _service(reply: Reply, fmt: str = "turtle") -> tuple[rdflib.Graph, rdflib.term.Node]:
    g = description(reply, fmt)
    services = list(g.subjects(rdflib.RDF.type, SD.Service))
    assert len(services) == 1
    return g, services[0]


def _formats_ok(reply: Reply) -> bool:
    g, service = _service(reply)
    found = {str(o) for o in g.objects(service, SD.resultFormat)}
    return found == {w3c_format(f) for f in FORMATS} and found <= W3C_FORMATS


def _features_ok(reply: Reply) -> bool:
    g, service = _service(reply)
    found = set(g.objects(service, SD.feature))
    return bool(found) and found <= SD_FEATURES


def _dataset_ok(reply: Reply) -> bool:
    g, service = _service(reply)
    dataset = g.value(service, SD.defaultDataset)
    default = g.value(dataset, SD.defaultGraph)
    names = {g.value(n, SD.name) for n in g.objects(dataset, SD.namedGraph)}
    return (g.value(default, VOID.triples) is not None
            and {rdflib.URIRef(G1), rdflib.URIRef(G2)} <= names
            and all(g.value(g.value(n, SD.graph), VOID.triples) is not None
                    for n in g.objects(dataset, SD.namedGraph)))


SERVICE_DESCRIPTION = [
    Row("service-description", "sd_on_get", "GET without a query returns the description", (
        Step("GET", "/sparql", headers={"Accept": "text/turtle"},
             check=lambda r: _service(r)[1] is not None),)),
    Row("service-description", "sd_endpoint", "sd:endpoint is the endpoint's URL", (
        Step("GET", "/sparql", headers={"Accept": "text/turtle"},
             check=lambda r: str(description(r).value(_service(r)[1], SD.endpoint))
             .endswith("/sparql")),)),
    Row("service-description", "sd_languages", "sd:supportedLanguage query and update", (
        Step("GET", "/sparql", headers={"Accept": "text/turtle"},
             check=lambda r: {SD.SPARQL11Query, SD.SPARQL11Update} <= set(
                 description(r).objects(_service(r)[1], SD.supportedLanguage))),)),
    Row("service-description", "sd_result_formats", "sd:resultFormat uses W3C format IRIs", (
        Step("GET", "/sparql", headers={"Accept": "text/turtle"}, check=_formats_ok),)),
    Row("service-description", "sd_features", "sd:feature only names SD features", (
        Step("GET", "/sparql", headers={"Accept": "text/turtle"}, check=_features_ok),)),
    Row("service-description", "sd_dataset", "sd:defaultDataset with graphs and VoID counts", (
        Step("GET", "/sparql", headers={"Accept": "text/turtle"}, check=_dataset_ok),)),
    Row("service-description", "sd_jsonld", "the description in JSON-LD", (
        Step("GET", "/sparql", headers={"Accept": "application/ld+json"},
             check=lambda r: r.type == "application/ld+json" and json.loads(r.body) and
             _service(r, "json-ld")[1] is not None),)),
    Row("service-description", "sd_rdfxml", "the description in RDF/XML", (
        Step("GET", "/sparql", headers={"Accept": "application/rdf+xml"},
             check=lambda r: _service(r, "xml")[1] is not None),)),
]

ROWS = PROTOCOL + GRAPH_STORE + SERVICE_DESCRIPTION
RESULTS: dict[str, dict[str, bool]] = {}


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    store = EmbeddedStore.memory()
    store.replace_graph(G1, f'<{EX}a> <{EX}p> "1" .\n'.encode())
    store.replace_graph(G2, f'<{EX}c> <{EX}p> "2" .\n'.encode())
    with running(make_app(store, KG_WRITE_TOKEN=TOKEN)) as url:
        yield url


def run(base: str, row: Row) -> None:
    for n, step in enumerate(row.steps, 1):
        body = step.body.encode() if isinstance(step.body, str) else step.body
        headers = {k.replace("_", "-"): v for k, v in step.headers.items()}
        reply = call(base + step.path, body, step.method, **headers)
        expected = step.status if isinstance(step.status, tuple) else (step.status,)
        where = f"{row.name} step {n}: {step.method} {step.path}"
        assert reply.status in expected, f"{where}: {reply.status} {reply.body[:300]!r}"
        if step.check is not None:
            assert step.check(reply), f"{where}: {reply.body[:500]!r}"


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_conformance(base: str, row: Row) -> None:
    RESULTS.setdefault(row.suite, {})[row.name] = False
    run(base, row)
    RESULTS[row.suite][row.name] = True


def test_rows_are_unique_and_cover_the_w3c_protocol_suite() -> None:
    names = [r.name for r in ROWS]
    assert len(names) == len(set(names))
    # Every test of the W3C SPARQL 1.1 Protocol manifest has its row.
    w3c = {"query_get", "query_post_form", "query_post_direct", "query_dataset_default_graphs_get",
           "query_dataset_default_graphs_post", "query_dataset_named_graphs_get",
           "query_dataset_named_graphs_post", "query_dataset_full", "query_multiple_dataset",
           "query_content_type_select", "query_content_type_ask",
           "query_content_type_describe", "query_content_type_construct", "update_post_form",
           "update_post_direct", "update_base_uri", "update_dataset_default_graph",
           "update_dataset_default_graphs", "update_dataset_named_graphs",
           "update_dataset_full", "bad_query_method", "bad_multiple_queries",
           "bad_query_wrong_media_type", "bad_query_missing_form_type",
           "bad_query_missing_direct_type", "bad_query_non_utf8", "bad_query_syntax",
           "bad_update_get", "bad_multiple_updates", "bad_update_wrong_media_type",
           "bad_update_missing_form_type", "bad_update_non_utf8", "bad_update_syntax",
           "bad_update_dataset_conflict"}
    assert w3c <= set(names), w3c - set(names)


def test_zz_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """Print the pass count by suite (runs last in this module)."""
    with capsys.disabled():
        for suite, results in RESULTS.items():
            print(f"\nconformance {suite}: {sum(results.values())}/{len(results)} pass")
    assert sum(len(r) for r in RESULTS.values()) in (0, len(ROWS))
