"""Linked-data pages, the ontology and the home page over real HTTP, on the seed's store."""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import rdflib

from kg.store import EmbeddedStore

from .web_support import (
    BASE,
    BROWSER,
    BULLETIN,
    EVIDENCE,
    OBSERVATION,
    SEED_ID,
    assert_error,
    call,
    copy_seed,
    make_app,
    running,
)

KG = rdflib.Namespace("https://w3id.org/sohr-kg/ontology#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
PARSERS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "rdf": "xml"}


@pytest.fixture(scope="module")
def store(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    return copy_seed(seed_store_path, tmp_path_factory.mktemp("resources") / "store")


@pytest.fixture(scope="module")
def base(store: EmbeddedStore) -> Iterator[str]:
    with running(make_app(store)) as url:
        yield url


def page(base: str, path: str) -> str:
    reply = call(f"{base}/{path}", Accept=BROWSER)
    assert reply.status == 200, reply.body
    assert reply.type == "text/html"
    return reply.text


class Links(HTMLParser):
    """Every href of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [v for k, v in attrs if k == "href" and v]


def hrefs(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return parser.hrefs


# --- HTML ---------------------------------------------------------------------------------

def test_observation_page(base: str) -> None:
    html = page(base, OBSERVATION)
    assert '<p class="count" id="count">at least 82</p>' in html
    # The evidence quote is marked inside the bulletin's full text, which is shown RTL.
    text = re.search(r'<div class="fulltext" dir="rtl" lang="ar">(.*?)</div>', html, re.S)
    assert text, html
    marked = re.findall(r'<mark class="current"><a href="([^"]+)"[^>]*>(.*?)</a></mark>', text[1])
    assert marked == [(f"/{EVIDENCE}", "82 عنصراً على الأقل")]
    # Links both ways: to its place and actors, and from its sub-count.
    links = hrefs(html)
    assert "/place/damascus-city" in links and "/actor/regime-forces" in links
    assert f"/observation/{SEED_ID}/1604-1620" in links
    assert '<span lang="ar" dir="rtl" class="ar">دمشق</span>' in html
    assert "/ontology#CasualtyObservation" in links


def test_observation_links_to_the_queries_that_list_it(base: str) -> None:
    queries = [h for h in hrefs(page(base, OBSERVATION)) if h.startswith("/query?")]
    texts = [parse_qs(urlsplit(h).query)["query"][0] for h in queries]
    assert any("evidence of every casualty number" in t and f"<{BASE}{OBSERVATION}>" in t
               for t in texts)
    # The linked query, run through the plain form, lists this observation.
    result = call(f"{base}{queries[-1]}&ui=plain", Accept=BROWSER)
    assert result.status == 200 and f"/{OBSERVATION}" in result.text
    assert "82 عنصراً على الأقل" in result.text


def test_bulletin_page_marks_every_evidence(base: str) -> None:
    html = page(base, BULLETIN)
    assert html.count("<mark") >= 10
    assert 'lang="ar" dir="rtl"' in html


def test_evidence_page_resolves_its_fragments(base: str) -> None:
    html = page(base, EVIDENCE)
    assert '<h2 id="quote">' in html and '<h2 id="position">' in html
    assert "1513" in html and "1532" in html


def test_place_page_has_bilingual_labels_and_incoming_links(base: str) -> None:
    html = page(base, "place/damascus-city")
    assert re.search(r'<h1><span lang="en">Damascus</span>.*<span lang="ar" dir="rtl"', html,
                     re.S)
    assert "Referenced by" in html and f"/{OBSERVATION}" in hrefs(html)


def test_data_is_escaped(base: str, store: EmbeddedStore) -> None:
    store.replace_graph(BASE + "graph/test-escape", (
        f'<{BASE}place/evil> <http://www.w3.org/2000/01/rdf-schema#label> '
        '"<script>alert(1)</script>"@en .\n').encode())
    try:
        html = page(base, "place/evil")
        assert "<script>alert" not in html and "&lt;script&gt;alert(1)" in html
    finally:
        store.drop_graphs([BASE + "graph/test-escape"])


def test_graph_iri_page(base: str) -> None:
    html = page(base, f"graph/bulletin/{SEED_ID}")
    assert "A named graph of" in html
    nt = call(f"{base}/graph/bulletin/{SEED_ID}.nt")
    assert len(rdflib.Graph().parse(data=nt.body, format="nt")) > 100


# --- RDF ----------------------------------------------------------------------------------

@pytest.mark.parametrize("ext", list(PARSERS))
def test_extension_picks_the_format(base: str, ext: str) -> None:
    reply = call(f"{base}/{OBSERVATION}.{ext}", Accept=BROWSER)
    assert reply.status == 200, reply.body
    g = rdflib.Graph().parse(data=reply.body, format=PARSERS[ext])
    obs = rdflib.URIRef(BASE + OBSERVATION)
    assert g.value(obs, KG.countBest).toPython() == 82
    assert (obs, rdflib.RDF.type, KG.CasualtyObservation) in g


@pytest.mark.parametrize(("accept", "expected"), [
    ("text/turtle", "text/turtle"), ("application/ld+json", "application/ld+json"),
    ("application/n-triples", "application/n-triples"), ("*/*", "text/turtle"),
    (BROWSER, "text/html"), ("application/rdf+xml;q=0.9, text/html;q=0.5", "application/rdf+xml"),
])
def test_content_negotiation(base: str, accept: str, expected: str) -> None:
    reply = call(f"{base}/place/damascus-city", Accept=accept)
    assert reply.status == 200 and reply.type == expected
    assert "Accept" in reply.headers["Vary"]
    assert 'rel="alternate"' in reply.headers["Link"]


def test_no_accept_gets_turtle(base: str) -> None:
    assert call(f"{base}/place/damascus-city").type == "text/turtle"


def test_evidence_rdf_includes_its_selectors(base: str) -> None:
    g = rdflib.Graph().parse(data=call(f"{base}/{EVIDENCE}.ttl").body, format="turtle")
    quote = rdflib.URIRef(f"{BASE}{EVIDENCE}#quote")
    assert str(g.value(quote, OA.exact)) == "82 عنصراً على الأقل"
    assert g.value(rdflib.URIRef(f"{BASE}{EVIDENCE}#position"), OA.start).toPython() == 1513


def test_jsonld_is_compact_and_uses_the_context(base: str) -> None:
    doc = call(f"{base}/{OBSERVATION}.jsonld").json()
    context = call(f"{base}/context.jsonld").json()["@context"]
    assert {k: v for k, v in doc["@context"].items() if k != "@base"} == context
    node = next(n for n in doc["@graph"] if n["@id"] == OBSERVATION)
    assert "kg:CasualtyObservation" in node["@type"]
    assert node["kg:countQualifier"] == [{"@id": "kg:atLeast"}]


def test_not_acceptable(base: str) -> None:
    assert_error(call(f"{base}/place/damascus-city", Accept="text/csv"), 406)


# --- unknown IRIs -------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["place/atlantis", "observation/nope/1-2", "nothing.ttl",
                                  "place/%E2%80%AE"])
def test_unknown_iri_is_404_in_the_one_shape(base: str, path: str) -> None:
    assert_error(call(f"{base}/{path}"), 404, "no resource")
    html = call(f"{base}/{path}", Accept=BROWSER)
    assert html.status == 404 and html.type == "text/html"
    assert "no resource" in html.text


# --- the ontology, the context, the home page ---------------------------------------------

def test_ontology_page(base: str) -> None:
    html = page(base, "ontology")
    assert '<section class="term" id="CasualtyObservation">' in html
    assert 'lang="ar" dir="rtl" class="ar">رصد حصيلة</span>' in html
    for heading in ("Classes", "Object properties", "Datatype properties", "Individuals"):
        assert f">{heading}</h2>" in html
    assert '<section class="term" id="atLeast">' in html


@pytest.mark.parametrize(("how", "fmt"), [("ext", "ttl"), ("ext", "jsonld"),
                                          ("accept", "text/turtle")])
def test_ontology_as_rdf(base: str, how: str, fmt: str) -> None:
    if how == "ext":
        reply = call(f"{base}/ontology.{fmt}")
        parser = PARSERS[fmt]
    else:
        reply = call(f"{base}/ontology", Accept=fmt)
        parser = "turtle"
    g = rdflib.Graph().parse(data=reply.body, format=parser)
    assert (KG.CasualtyObservation, rdflib.RDF.type, rdflib.OWL.Class) in g
    assert call(f"{base}/ontology.csv").status == 404


def test_home_page(base: str) -> None:
    html = page(base, "")
    counts = dict(re.findall(r"<tr><th>([^<]+)</th><td>(\d+)</td></tr>", html))
    assert counts["bulletins"] == "1" and counts["casualty observations"] == "5"
    assert int(counts["places"]) > 100
    assert {"/query", "/sparql", "/dumps/", "/ontology", f"/{BULLETIN}"} <= set(hrefs(html))


def test_context(base: str) -> None:
    reply = call(f"{base}/context.jsonld")
    assert reply.type == "application/ld+json"
    assert reply.json()["@context"]["kg"] == str(KG)


# --- speed --------------------------------------------------------------------------------

def test_resource_pages_are_fast(base: str) -> None:
    timings = []
    for path in (OBSERVATION, BULLETIN, "place/damascus-city", EVIDENCE) * 5:
        started = time.perf_counter()
        assert call(f"{base}/{path}", Accept=BROWSER).status == 200
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"resource page latency: median {median * 1000:.1f} ms, max {max(timings) * 1000:.1f} ms")
    assert median < 0.25


def test_every_link_on_the_observation_page_resolves(base: str) -> None:
    local = {unquote(h.split("#")[0]) for h in hrefs(page(base, OBSERVATION))
             if h.startswith("/") and not h.startswith("/query")}
    for path in sorted(local):
        assert call(f"{base}{path}", Accept=BROWSER).status == 200, path


def test_a_read_only_server_shows_the_labels_of_each_new_generation(tmp_path: Path) -> None:
    # A read-only server remembers how it shows each IRI (label, link) for its generation;
    # a new generation must show its own labels, on pages rendered afresh.
    from kg import settings as kg_settings
    from kg.publish import publishing
    from kg.web import create_app

    def publish(label: str) -> None:
        with publishing(tmp_path / "home") as staging:
            staging.store.replace_graph(f"{BASE}graph/test", (
                f'<{BASE}thing/a> <{KG}place> <{BASE}thing/b> .\n'
                f'<{BASE}thing/b> <http://www.w3.org/2000/01/rdf-schema#label> "{label}"@en .\n'
            ).encode())

    publish("first label")
    app = create_app(settings=kg_settings.load({}, KG_STORE=str(tmp_path / "home")))
    assert "kg.cache" in app.extensions  # the remembering is on
    try:
        with running(app) as url:
            def shown() -> str:
                reply = call(f"{url}/thing/a", Accept=BROWSER, Cache_Control="no-cache")
                assert reply.status == 200
                return reply.text

            assert ">first label</a>" in shown()
            publish("second label")
            deadline = time.monotonic() + 10
            while ">second label</a>" not in (text := shown()):
                assert time.monotonic() < deadline, text
                time.sleep(0.1)
            assert "first label" not in text
    finally:
        app.extensions["kg.live"].close()
