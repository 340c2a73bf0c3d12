"""Security over real HTTP: headers, no directory listing, hostile data rendered as text,
private graphs invisible on every surface, request size limits, and a query flood.

One live server over a copy of the seed store plus a graph of hostile labels and a private
(ACLED-style) graph; the flood and size tests get servers of their own.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from kg.link import is_private_graph
from kg.store import EmbeddedStore

from .web_support import (
    BASE,
    BROWSER,
    OBSERVATION,
    Reply,
    assert_error,
    call,
    copy_seed,
    make_app,
    running,
)

WEB = Path(__file__).resolve().parents[1] / "src" / "kg" / "web"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
KG = "https://w3id.org/sohr-kg/ontology#"
HOSTILE = BASE + "place/hostile"
HOSTILE_BULLETIN = BASE + "bulletin/hostile"
SCRIPT = "<script>alert('x')</script>"
RLO = "\u202e"
LABELS = {
    "en": f'{SCRIPT} "quoted" </textarea>',
    "ar": f"{RLO}حلب</textarea><img src=x onerror=alert(1)>",
}
HOSTILE_NT = (
    f'<{HOSTILE}> <{RDFS}label> "{SCRIPT} \\"quoted\\" </textarea>"@en .\n'
    f'<{HOSTILE}> <{RDFS}label> "{RLO}حلب</textarea><img src=x onerror=alert(1)>"@ar .\n'
    f"<{HOSTILE}> <{RDFS}seeAlso> <javascript:alert(1)> .\n"
    f"<{HOSTILE_BULLETIN}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Bulletin> .\n"
    f'<{HOSTILE_BULLETIN}> <{RDFS}label> "{SCRIPT}"@en .\n'
    f"<{HOSTILE_BULLETIN}> <{RDFS}seeAlso> <{HOSTILE}> .\n"
).encode()
PRIVATE = BASE + "graph/private/acled/test-export"
SECRET = BASE + "event/acled/secret-1"
PRIVATE_NT = (
    f'<{SECRET}> <{RDFS}label> "SECRET-LABEL"@en .\n'
    f"<{SECRET}> <{RDFS}seeAlso> <{HOSTILE}> .\n"
    f'<{HOSTILE}> <{RDFS}comment> "SECRET-ON-A-PUBLIC-RESOURCE" .\n'
    f'<{BASE}{OBSERVATION}> <{RDFS}comment> "SECRET-ON-THE-OBSERVATION" .\n'
).encode()


@pytest.fixture(scope="module")
def store(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = copy_seed(seed_store_path, tmp_path_factory.mktemp("security") / "s")
    store.replace_graph(BASE + "graph/hostile", HOSTILE_NT)
    assert is_private_graph(PRIVATE)
    store.replace_graph(PRIVATE, PRIVATE_NT)
    return store


@pytest.fixture(scope="module")
def base(store: EmbeddedStore) -> Iterator[str]:
    with running(make_app(store)) as url:
        yield url


def page(base: str, path: str) -> Reply:
    return call(base + path, Accept=BROWSER)


def sparql(base: str, query: str, **params: str) -> Reply:
    return call(f"{base}/sparql?{urlencode({'query': query, **params})}",
                Accept="application/sparql-results+json")


# --- headers --------------------------------------------------------------------------------

HTML_PAGES = ["/", "/query", "/query?ui=plain", "/sparql", f"/{OBSERVATION}", "/ontology",
              "/dumps/", "/map", "/timeline", "/no/such/thing"]
OTHER = ["/sparql?query=ASK%7B%7D", "/health", "/static/kg.css", "/static/query.js",
         "/map.json", f"/{OBSERVATION}.ttl", "/no/such/thing.ttl", "/context.jsonld"]


@pytest.mark.parametrize("path", HTML_PAGES)
def test_every_page_has_a_csp_without_inline_scripts(base: str, path: str) -> None:
    reply = page(base, path)
    assert reply.type == "text/html", (path, reply.status)
    csp = reply.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    assert reply.headers["Referrer-Policy"] == "same-origin"
    # No inline script could run under that policy, so the pages have none (a JSON data
    # block is not a script).
    for tag in re.findall(r"<script\b[^>]*>", reply.text):
        assert "src=" in tag or 'type="application/json"' in tag, (path, tag)


@pytest.mark.parametrize("path", OTHER)
def test_every_answer_has_nosniff(base: str, path: str) -> None:
    reply = call(base + path)
    assert reply.headers["X-Content-Type-Options"] == "nosniff", path
    assert reply.headers["Referrer-Policy"] == "same-origin"


def test_tile_host_is_allowed_for_images(store: EmbeddedStore) -> None:
    app = make_app(store, KG_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png")
    reply = app.test_client().get("/map")
    assert "img-src 'self' data: https://tiles.example.org;" in (
        reply.headers["Content-Security-Policy"])


@pytest.mark.parametrize("path", [
    "/static/", "/static", "/static/vendor/", "/static/vendor", "/static/vendor/@zazuko",
    "/static/vendor/..%2Fpackage.json", "/static/..%2F..%2Fpyproject.toml",
    "/node_modules/", "/node_modules/@zazuko/yasgui/build/yasgui.min.js",
    "/dumps/..%2Fstore", "/dumps/%2e%2e/pyproject.toml", "/dumps/.", "/src/kg/",
    "/templates/", "/static/../web/__init__.py"])
def test_no_directory_listing_or_escape(base: str, path: str) -> None:
    reply = page(base, path)
    assert reply.status in (404, 308, 301), (path, reply.status)
    if reply.status != 404:  # a redirect to the folder form, which must then be a 404
        location = reply.headers["Location"]
        reply = page(base, location if location.startswith("/") else
                     "/" + location.split("/", 3)[3])
        assert reply.status == 404, path
    # The app's own error page, never a listing or a file.
    assert "<h1>404</h1>" in reply.text and "Index of" not in reply.text
    assert "kg.css</a>" not in reply.text and "package.json</a>" not in reply.text


# --- hostile data renders as text -----------------------------------------------------------

def assert_inert(reply: Reply, where: str) -> None:
    """No markup or script from the data survived unescaped."""
    text = reply.text
    assert reply.status == 200, (where, reply.status)
    assert "<script>alert" not in text and "<img src=x" not in text, where
    assert 'href="javascript:' not in text.lower(), where
    assert text.count("</textarea>") <= text.count("<textarea"), where


def test_resource_page_escapes_labels(base: str) -> None:
    reply = page(base, "/place/hostile")
    assert_inert(reply, "resource page")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in reply.text
    assert "&#34;quoted&#34;" in reply.text or "&quot;quoted&quot;" in reply.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in reply.text
    # The javascript: IRI is shown as text, never as a link.
    assert "javascript:alert(1)" in reply.text


def test_pages_linking_to_it_escape_its_labels(base: str) -> None:
    assert_inert(page(base, "/bulletin/hostile"), "linking resource page")
    home = page(base, "/")
    assert_inert(home, "home page")
    assert "&lt;script&gt;" in home.text


def test_query_ui_escapes_prefill_and_results(base: str) -> None:
    query = f"SELECT ?l WHERE {{ <{HOSTILE}> <{RDFS}label> ?l }} # </textarea>{SCRIPT}"
    plain = page(base, "/query?" + urlencode({"ui": "plain", "query": query}))
    assert_inert(plain, "plain query form")
    assert plain.text.count("&lt;script&gt;alert") == 2  # in the prefill and the result
    yasgui = page(base, "/query?" + urlencode({"query": query}))
    assert_inert(yasgui, "YASGUI page")
    # The tabs' JSON block cannot be closed by the data: tojson escapes < and >.
    block = re.search(r'<script type="application/json" id="kg-tabs">(.*?)</script>',
                      yasgui.text, re.S)
    assert block and "</" not in block[1] and "\\u003c/textarea\\u003e" in block[1]


def test_error_pages_escape_the_path(base: str) -> None:
    reply = page(base, "/" + quote(f"{SCRIPT}x"))
    assert reply.status == 404 and reply.type == "text/html"
    assert "<script>alert" not in reply.text and "&lt;script&gt;" in reply.text


def test_rtl_override_is_isolated(base: str) -> None:
    # The label keeps its U+202E (it is the data) but sits in an element the stylesheet
    # isolates (unicode-bidi: isolate), so it cannot reorder the page around it.
    reply = page(base, "/place/hostile")
    assert re.search(r"<(span|a|bdi)\b[^>]*>" + RLO, reply.text)
    css = call(base + "/static/kg.css").text
    rule = re.search(r"([^}]*)\{\s*unicode-bidi:\s*isolate", css)
    assert rule and "main span" in rule[1] and "main a" in rule[1]


# --- private graphs -------------------------------------------------------------------------

LEAK_QUERIES = {
    "union": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "graph-variable": "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
    "graph-named": f"SELECT * WHERE {{ GRAPH <{PRIVATE}> {{ ?s ?p ?o }} }}",
    "from": f"SELECT * FROM <{PRIVATE}> WHERE {{ ?s ?p ?o }}",
    "from-prefixed": ("PREFIX g: <https://w3id.org/sohr-kg/graph/private/acled/> "
                      "SELECT * FROM g:test-export WHERE { ?s ?p ?o }"),
    "from-named": f"SELECT * FROM NAMED <{PRIVATE}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "describe-secret": f"DESCRIBE <{SECRET}>",
    "describe-public": f"DESCRIBE <{HOSTILE}>",
    "construct": "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
    "subject": f"SELECT * WHERE {{ <{SECRET}> ?p ?o }}",
}


@pytest.mark.parametrize("name", LEAK_QUERIES)
def test_private_triples_never_answer_a_query(base: str, name: str) -> None:
    reply = call(f"{base}/sparql?{urlencode({'query': LEAK_QUERIES[name]})}",
                 Accept="application/sparql-results+json, application/n-triples;q=0.9")
    assert reply.status == 200, reply.body
    assert "SECRET" not in reply.text and "graph/private" not in reply.text
    assert "secret-1" not in reply.text


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_protocol_dataset_cannot_name_a_private_graph(base: str, param: str) -> None:
    reply = sparql(base, "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                   **{param: PRIVATE})
    assert reply.status == 200 and reply.json()["results"]["bindings"] == []


def test_private_graph_is_not_listed_or_counted(base: str, store: EmbeddedStore) -> None:
    graphs = sparql(base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").json()
    names = {b["g"]["value"] for b in graphs["results"]["bindings"]}
    assert BASE + "graph/hostile" in names and PRIVATE not in names
    assert set(store.graphs()) - names == {PRIVATE}
    description = call(f"{base}/sparql", Accept="text/turtle").text
    assert "private" not in description
    hidden = store.count(PRIVATE)
    assert call(base + "/health").json()["triples"] == store.count() - hidden
    home = page(base, "/").text
    assert f"<td>{store.count() - hidden}</td>" in home
    assert f"<td>{len(names)}</td>" in home


def test_graph_store_and_pages_hide_private_graphs(base: str) -> None:
    assert_error(call(f"{base}/store?graph={quote(PRIVATE, safe='')}"), 404, "no graph")
    assert call(f"{base}/store?graph={quote(PRIVATE, safe='')}", method="HEAD").status == 404
    assert "SECRET" not in call(f"{base}/store?default").text
    for path in ("/event/acled/secret-1", "/graph/private/acled/test-export",
                 "/event/acled/secret-1.ttl"):
        assert page(base, path).status == 404, path
    for path in ("/place/hostile", "/place/hostile.ttl", "/place/hostile.jsonld",
                 f"/{OBSERVATION}", f"/{OBSERVATION}.nt", "/map.json", "/timeline.json",
                 "/query?" + urlencode({"ui": "plain", "query": LEAK_QUERIES["union"]})):
        reply = page(base, path)
        assert reply.status == 200, path
        assert "SECRET" not in reply.text and "secret-1" not in reply.text, path


def test_no_blueprint_reads_the_store_around_the_public_view() -> None:
    # Reads go through kg.web.public.view(); only writes and the app's set-up touch the store.
    allowed = {"public.py", "__init__.py", "sparql.py", "store_protocol.py"}
    for path in WEB.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name in allowed:
            continue
        assert 'extensions["kg.store"]' not in text, path.name
    for name in ("sparql.py", "store_protocol.py"):
        uses = re.findall(r'extensions\["kg.store"\]\.oxigraph', (WEB / name).read_text())
        assert len(uses) == 1, name  # the write path


# --- size limits ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small(store: EmbeddedStore) -> Iterator[str]:
    app = make_app(store, KG_MAX_BODY=2000, KG_MAX_QUERY_LENGTH=500, KG_WRITE_TOKEN="t0ken")
    with running(app) as url:
        yield url


def test_body_over_the_limit_is_413_naming_it(small: str) -> None:
    body = urlencode({"query": "ASK {}" + " " * 3000}).encode()
    reply = call(f"{small}/sparql", body, Content_Type="application/x-www-form-urlencoded")
    assert_error(reply, 413, "2000 bytes", "KG_MAX_BODY")
    put = call(f"{small}/store?graph={quote('https://ex.org/big', safe='')}", b"#" * 3000,
               method="PUT", Content_Type="text/turtle", Authorization="Bearer t0ken")
    assert_error(put, 413, "2000", "KG_MAX_BODY")


def test_query_over_the_length_limit(small: str) -> None:
    long_query = "ASK {}" + "#" * 600
    assert_error(sparql(small, long_query), 414, "at most 500", "KG_MAX_QUERY_LENGTH")
    reply = call(f"{small}/sparql", long_query.encode(),
                 Content_Type="application/sparql-query")
    assert_error(reply, 413, "606 characters", "KG_MAX_QUERY_LENGTH")
    assert sparql(small, "ASK {}").status == 200


# --- a flood of slow queries ----------------------------------------------------------------

EX = "https://ex.org/"
# One aggregate over 9 million pairs: a single uninterruptible step of a second or more.
SLOW = (f"PREFIX ex: <{EX}> SELECT (COUNT(*) AS ?n) WHERE {{ ?a ex:n ?x . ?b ex:n ?y "
        "FILTER(?x + ?y < 0) }")
CHEAP = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def flood_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = EmbeddedStore.open(tmp_path_factory.mktemp("flood"))
    store.replace_graph(EX + "big", "".join(
        f'<{EX}i{i}> <{EX}n> "{i}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
        for i in range(3000)).encode())
    # Four server threads, four query workers, one-second timeout.
    with running(make_app(store, KG_QUERY_TIMEOUT=1, KG_THREADS=4), threads=4) as url:
        yield url


def test_a_flood_of_slow_queries_does_not_starve_a_cheap_one(flood_base: str) -> None:
    replies: list[Reply] = []
    lock = threading.Lock()

    def slow() -> None:
        reply = sparql(flood_base, SLOW)
        with lock:
            replies.append(reply)

    flood = [threading.Thread(target=slow) for _ in range(8)]
    for t in flood:
        t.start()
    time.sleep(0.2)  # the flood holds every worker now
    started = time.monotonic()
    cheap = sparql(flood_base, CHEAP)
    waited = time.monotonic() - started
    for t in flood:
        t.join(30)
    assert not any(t.is_alive() for t in flood), "a flooding request hung"
    print(f"flood: cheap query {cheap.status} after {waited:.2f} s; slow ones "
          f"{sorted(r.status for r in replies)}")
    # The cheap query answers, or is told promptly to come back: never a hang.
    assert cheap.status in (200, 503) and waited < 1 + 3, (cheap.status, waited)
    if cheap.status == 503:
        assert int(cheap.headers["Retry-After"]) >= 1
    statuses = {r.status for r in replies}
    assert statuses <= {503}, statuses  # each slow one timed out or was turned away
    busy = [r for r in replies if "busy" in r.json()["error"]]
    assert all(int(r.headers["Retry-After"]) >= 1 for r in busy)
    # Once the stragglers finish, cheap queries answer again.
    deadline = time.monotonic() + 30
    while (reply := sparql(flood_base, CHEAP)).status != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert reply.status == 200 and reply.json()["boolean"] is True


def test_serve_private_shows_them_on_your_own_machine(store: EmbeddedStore) -> None:
    # KG_SERVE_PRIVATE=1 is for a researcher's local server over their own ACLED import.
    with running(make_app(store, KG_SERVE_PRIVATE=True)) as local:
        reply = sparql(local, f"SELECT ?o WHERE {{ GRAPH <{PRIVATE}> {{ <{SECRET}> ?p ?o }} }}")
        assert reply.status == 200 and reply.json()["results"]["bindings"], reply.body
        assert page(local, "/event/acled/secret-1").status == 200
