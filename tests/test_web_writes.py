"""Writes over real HTTP: SPARQL Update and the Graph Store protocol, behind a bearer token."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from urllib.parse import quote, urlencode

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.store import EmbeddedStore

from .web_support import BASE, Reply, assert_error, call, make_app, running

TOKEN = "s3cret-Token_42"
EX = "https://ex.org/"
G = EX + "g"
TTL = f"@prefix ex: <{EX}> .\nex:a ex:p 1 ; ex:label \"سوريا\"@ar .\n"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.fixture(scope="module")
def store() -> EmbeddedStore:
    store = EmbeddedStore.memory()
    store.replace_graph(EX + "fixed", f"<{EX}f> <{EX}p> \"fixed\" .\n".encode())
    return store


@pytest.fixture(scope="module")
def base(store: EmbeddedStore) -> Iterator[str]:
    with running(make_app(store, KG_WRITE_TOKEN=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def read_only(store: EmbeddedStore) -> Iterator[str]:
    with running(make_app(store)) as url:
        yield url


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def update(base: str, text: str, how: str = "form", **headers: str) -> Reply:
    if how == "form":
        return call(f"{base}/sparql", urlencode({"update": text}).encode(),
                    Content_Type="application/x-www-form-urlencoded", **headers)
    return call(f"{base}/sparql", text.encode(), Content_Type="application/sparql-update",
                **headers)


def ask(base: str, pattern: str) -> bool:
    reply = call(f"{base}/sparql?{urlencode({'query': f'ASK {{ {pattern} }}'})}")
    assert reply.status == 200, reply.body
    return reply.json()["boolean"]


def store_url(base: str, graph: str | None = None) -> str:
    return f"{base}/store?graph={quote(graph, safe='')}" if graph else f"{base}/store?default"


# --- SPARQL Update ------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["form", "direct"])
def test_update_with_the_token(base: str, how: str) -> None:
    s = f"{EX}u-{how}"
    reply = update(base, f"INSERT DATA {{ GRAPH <{G}-u> {{ <{s}> <{EX}p> 1 }} }}", how,
                   **bearer())
    assert reply.status == 204, reply.body
    assert ask(base, f"<{s}> <{EX}p> 1")


@pytest.mark.parametrize("how", ["form", "direct"])
def test_update_without_credentials_is_401_and_changes_nothing(base: str, how: str) -> None:
    reply = update(base, f"INSERT DATA {{ GRAPH <{G}> {{ <{EX}no> <{EX}p> 1 }} }}", how)
    assert_error(reply, 401, "bearer")
    assert reply.headers["WWW-Authenticate"].lower().startswith("bearer")
    basic = update(base, f"INSERT DATA {{ GRAPH <{G}> {{ <{EX}no> <{EX}p> 1 }} }}", how,
                   Authorization="Basic dXNlcjpwYXNz")
    assert_error(basic, 401)
    assert not ask(base, f"<{EX}no> ?p ?o")


@pytest.mark.parametrize("how", ["form", "direct"])
def test_update_with_a_wrong_token_is_403_and_changes_nothing(base: str, how: str) -> None:
    for wrong in ("nope", TOKEN + "x", TOKEN[:-1]):
        reply = update(base, f"DELETE WHERE {{ GRAPH ?g {{ <{EX}f> ?p ?o }} }}", how,
                       **bearer(wrong))
        assert_error(reply, 403, "token")
    assert ask(base, f"<{EX}f> <{EX}p> \"fixed\"")


def test_update_errors(base: str) -> None:
    assert_error(update(base, "INSERT DATA { nonsense", **bearer()), 400, "syntax")
    assert_error(update(base, "  ", **bearer()), 400, "empty")
    assert_error(call(f"{base}/sparql?update={quote('CLEAR ALL')}", **bearer()), 400, "POST")
    both = call(f"{base}/sparql", urlencode({"update": "CLEAR ALL", "query": "ASK {}"}).encode(),
                Content_Type="application/x-www-form-urlencoded", **bearer())
    assert_error(both, 400, "not both")
    assert ask(base, f"<{EX}f> ?p ?o")


def update_with(base: str, text: str, **params: str | list[str]) -> Reply:
    body = urlencode({"update": text, **params}, doseq=True).encode()
    return call(f"{base}/sparql", body, Content_Type="application/x-www-form-urlencoded",
                **bearer())


def test_using_graph_uri_parameters_set_the_dataset(base: str) -> None:
    src, other, out = G + "-using-src", G + "-using-other", G + "-using-out"
    seed = (f"INSERT DATA {{ GRAPH <{src}> {{ <{EX}u1> <{EX}p> 1 }} "
            f"GRAPH <{other}> {{ <{EX}u2> <{EX}p> 2 }} }}")
    assert update(base, seed, **bearer()).status == 204
    copy = f"INSERT {{ GRAPH <{out}> {{ ?s <{EX}copied> ?o }} }} WHERE {{ ?s <{EX}p> ?o }}"
    # using-graph-uri is the WHERE clause's default graph: only <src> is read, not the union.
    assert update_with(base, copy, **{"using-graph-uri": src}).status == 204
    assert ask(base, f"GRAPH <{out}> {{ <{EX}u1> <{EX}copied> 1 }}")
    assert not ask(base, f"GRAPH <{out}> {{ <{EX}u2> ?p ?o }}")
    # using-named-graph-uri: only <other> is reachable by GRAPH ?g, and the default is empty.
    named = (f"INSERT {{ GRAPH <{out}> {{ ?s <{EX}from> ?g }} }} "
             f"WHERE {{ GRAPH ?g {{ ?s <{EX}p> ?o }} }}")
    assert update_with(base, named, **{"using-named-graph-uri": other}).status == 204
    assert ask(base, f"GRAPH <{out}> {{ <{EX}u2> <{EX}from> <{other}> }}")
    assert not ask(base, f"GRAPH <{out}> {{ <{EX}u1> <{EX}from> ?g }}")
    # DELETE WHERE takes no USING: the parameters still scope it.
    gone = f"DELETE WHERE {{ GRAPH <{out}> {{ ?s <{EX}copied> ?o }} }}"
    assert update_with(base, gone, **{"using-named-graph-uri": [out]}).status == 204
    assert not ask(base, f"GRAPH <{out}> {{ ?s <{EX}copied> ?o }}")
    assert ask(base, f"GRAPH <{out}> {{ ?s <{EX}from> ?o }}")


def test_using_graph_uri_with_using_or_with_in_the_update_is_400(base: str) -> None:
    own = (f"INSERT {{ <{EX}x> <{EX}p> 9 }} USING <{G}> WHERE {{ ?s ?p ?o }}",
           f"WITH <{G}> INSERT {{ <{EX}x> <{EX}p> 9 }} WHERE {{ ?s ?p ?o }}",
           f"INSERT {{ <{EX}x> <{EX}p> 9 }} USING NAMED <{G}> WHERE {{ ?s ?p ?o }}")
    for text in own:
        reply = update_with(base, text, **{"using-graph-uri": G})
        assert_error(reply, 400, "cannot be combined")
    assert not ask(base, f"<{EX}x> <{EX}p> 9")
    # The words inside a string or an IRI are no clause.
    text = (f'INSERT {{ <{EX}with> <{EX}p> "USING <x> WITH" }} '
            f"WHERE {{ BIND(1 AS ?one) }}")
    assert update_with(base, text, **{"using-graph-uri": G}).status == 204


def test_a_long_update_answers_503_at_its_deadline(base: str) -> None:
    big = G + "-big"
    rows = " ".join(f'<{EX}n{i}> <{EX}n> {i} .' for i in range(3000))
    assert update(base, f"INSERT DATA {{ GRAPH <{big}> {{ {rows} }} }}", **bearer()).status == 204
    slow = (f"INSERT {{ GRAPH <{G}-slow> {{ <{EX}slow> <{EX}pairs> ?n }} }} WHERE {{ "
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{big}> {{ ?a <{EX}n> ?x . "
            f"?b <{EX}n> ?y }} FILTER(?x + ?y < 0) }} }}")
    started = time.monotonic()
    reply = update_with(base, slow, timeout="0.1")
    assert time.monotonic() - started < 3
    assert_error(reply, 503, "time limit of 0.1 s", "may yet be applied")
    # oxigraph cannot cancel it: it finishes later, as one transaction.
    deadline = time.monotonic() + 30
    while not ask(base, f"GRAPH <{G}-slow> {{ <{EX}slow> <{EX}pairs> 0 }}"):
        assert time.monotonic() < deadline, "the timed-out update never completed"
        time.sleep(0.2)


def test_read_only_server_refuses_updates(read_only: str) -> None:
    reply = update(read_only, "CLEAR ALL", **bearer())
    assert_error(reply, 403, "read-only")
    assert ask(read_only, f"<{EX}f> ?p ?o")


def test_service_description_announces_update(base: str, read_only: str) -> None:
    def languages(url: str) -> set:
        g = rdflib.Graph().parse(data=call(f"{url}/sparql").body, format="turtle")
        return set(g.objects(None, SD.supportedLanguage))

    assert SD.SPARQL11Update in languages(base)
    assert SD.SPARQL11Update not in languages(read_only)


def test_the_token_is_never_logged(base: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        update(base, f"INSERT DATA {{ GRAPH <{G}-log> {{ <{EX}l> <{EX}p> 1 }} }}", **bearer())
        update(base, "CLEAR ALL", **bearer("wrong-token"))
        call(store_url(base, G + "-log"), TTL.encode(), "PUT", Content_Type="text/turtle",
             **bearer())
    assert "SPARQL Update applied" in caplog.text
    assert TOKEN not in caplog.text and "wrong-token" not in caplog.text


# --- Graph Store protocol -----------------------------------------------------------------

def graph_of(reply: Reply, fmt: str = "turtle") -> rdflib.Graph:
    assert reply.status == 200, reply.body
    return rdflib.Graph().parse(data=reply.body, format=fmt)


def test_put_get_post_delete(base: str) -> None:
    url = store_url(base, G)
    assert call(url, TTL.encode(), "PUT", Content_Type="text/turtle", **bearer()).status == 201
    got = graph_of(call(url))
    assert isomorphic(got, rdflib.Graph().parse(data=TTL, format="turtle"))
    # PUT again replaces the graph (204: it existed).
    nt = f"<{EX}b> <{EX}p> \"2\" .\n".encode()
    assert call(url, nt, "PUT", Content_Type="application/n-triples", **bearer()).status == 204
    assert len(graph_of(call(url))) == 1
    # POST merges.
    more = f"<{EX}c> <{EX}p> \"3\" .\n".encode()
    assert call(url, more, "POST", Content_Type="application/n-triples", **bearer()).status == 204
    assert len(graph_of(call(url))) == 2
    assert ask(base, f"GRAPH <{G}> {{ <{EX}c> <{EX}p> \"3\" }}")
    head = call(url, method="HEAD")
    assert head.status == 200 and head.type == "text/turtle" and head.body == b""
    assert call(url, method="DELETE", **bearer()).status == 204
    assert_error(call(url), 404, "no graph")
    assert_error(call(url, method="DELETE", **bearer()), 404)


def test_get_negotiates_and_needs_no_token(base: str) -> None:
    url = store_url(base, EX + "fixed")
    jsonld = call(url, Accept="application/ld+json")
    assert jsonld.type == "application/ld+json"
    assert (rdflib.URIRef(EX + "f"), None, None) in graph_of(jsonld, "json-ld")
    nt = call(url + "&format=ntriples")
    assert nt.type == "application/n-triples" and len(graph_of(nt, "nt")) == 1
    assert_error(call(url, Accept="text/csv"), 406)


def test_direct_naming(base: str) -> None:
    url = f"{base}/store/my/graph"
    assert call(url, TTL.encode(), "PUT", Content_Type="text/turtle", **bearer()).status == 201
    assert ask(base, f"GRAPH <{BASE}store/my/graph> {{ <{EX}a> ?p ?o }}")
    assert len(graph_of(call(url))) == 2
    assert call(url, method="DELETE", **bearer()).status == 204
    assert call(url).status == 404


def test_default_graph(base: str) -> None:
    url = store_url(base)
    nt = f"<{EX}d> <{EX}p> \"in default\" .\n".encode()
    assert call(url, nt, "PUT", Content_Type="application/n-triples", **bearer()).status == 204
    assert len(graph_of(call(url))) == 1
    assert ask(base, f"<{EX}d> ?p ?o")  # queries see it in their union default graph
    assert call(url, method="DELETE", **bearer()).status == 204
    assert len(graph_of(call(url))) == 0


def test_store_writes_need_the_token_and_change_nothing(base: str, read_only: str) -> None:
    url = store_url(base, EX + "fixed")
    no_auth = call(url, TTL.encode(), "PUT", Content_Type="text/turtle")
    assert_error(no_auth, 401)
    assert "Bearer" in no_auth.headers["WWW-Authenticate"]
    assert_error(call(url, method="DELETE", **bearer("bad")), 403, "token")
    assert_error(call(url, TTL.encode(), "POST", Content_Type="text/turtle", **bearer("bad")),
                 403)
    assert_error(call(store_url(read_only, EX + "fixed"), method="DELETE", **bearer()), 403,
                 "read-only")
    assert ask(base, f"GRAPH <{EX}fixed> {{ <{EX}f> <{EX}p> \"fixed\" }}")
    assert len(graph_of(call(url))) == 1


def test_store_bad_requests(base: str) -> None:
    url = store_url(base, EX + "fixed")
    assert_error(call(url, b"a,b", "PUT", Content_Type="text/csv", **bearer()), 415)
    assert_error(call(url, b"<a> <b> .", "PUT", Content_Type="text/turtle", **bearer()), 400,
                 "not valid turtle")
    assert_error(call(f"{base}/store", **bearer()), 400, "?graph=")
    assert_error(call(f"{base}/store?default&graph={quote(G)}"), 400)
    assert_error(call(f"{base}/store?graph=not%20an%20iri"), 400)
    quads = f"<{EX}a> <{EX}p> <{EX}b> <{EX}other> .\n".encode()
    assert_error(call(url, quads, "PUT", Content_Type="application/n-quads", **bearer()), 400)
    assert len(graph_of(call(url))) == 1  # every refusal left the graph as it was


def test_home_page_counts_follow_writes(base: str) -> None:
    """The home page computes its whole-store counts once per public view; a write through
    the endpoint drops the view, so the next page counts again."""
    def bulletins_row() -> str:
        page = call(f"{base}/").body.decode()
        return page.split("<th>bulletins</th><td>")[1].split("<")[0]

    before = int(bulletins_row())
    assert bulletins_row() == str(before)  # the second render reads the memo
    bulletin = f"{EX}bulletin-home"
    reply = update(base, f"PREFIX kg: <https://w3id.org/sohr-kg/ontology#> INSERT DATA "
                         f"{{ GRAPH <{G}-home> {{ <{bulletin}> a kg:Bulletin }} }}", **bearer())
    assert reply.status == 204, reply.body
    assert int(bulletins_row()) == before + 1
