"""The query UI over real HTTP: YASGUI from node_modules, and the plain-form fallback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from kg.store import EmbeddedStore
from kg.web.ui import VENDOR_FILES, saved_queries

from .web_support import BROWSER, OBSERVATION, assert_error, call, copy_seed, make_app, running

ROOT = Path(__file__).resolve().parents[1]
SELECT = ("PREFIX kg: <https://w3id.org/sohr-kg/ontology#>\n"
          "SELECT ?o ?n WHERE { ?o a kg:CasualtyObservation ; kg:countBest ?n } ORDER BY ?n")


@pytest.fixture(scope="module")
def store(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    return copy_seed(seed_store_path, tmp_path_factory.mktemp("ui") / "store")


@pytest.fixture(scope="module")
def base(store: EmbeddedStore) -> Iterator[str]:
    with running(make_app(store)) as url:
        yield url


@pytest.fixture(scope="module")
def bare(store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same app where the npm files are missing."""
    with running(make_app(store, KG_VENDOR=str(tmp_path_factory.mktemp("empty")))) as url:
        yield url


def test_saved_queries_have_titles() -> None:
    queries = saved_queries()
    assert len(queries) == len(list((ROOT / "sparql").glob("*.rq")))
    evidence = next(q for q in queries if q.name == "evidence-of-every-number")
    assert evidence.title == ("The evidence of every casualty number, one page of bulletins "
                              "at a time")
    assert "code-point offsets" in evidence.description


def test_yasgui_page(base: str) -> None:
    missing = [f for f in VENDOR_FILES.values() if not (ROOT / "node_modules" / f).is_file()]
    assert not missing, "run `npm install` (make test does) to fetch @zazuko/yasgui"
    html = call(f"{base}/query", Accept=BROWSER).text
    assert '<script src="/static/vendor/yasgui.min.js"></script>' in html
    tabs = re.search(r'<script type="application/json" id="kg-tabs">(.*?)</script>', html, re.S)
    assert tabs and "The evidence of every casualty number" in tabs[1]
    assert "</script" not in tabs[1].replace("<\\/", "")  # tojson escapes the data


@pytest.mark.parametrize("name", list(VENDOR_FILES))
def test_vendor_files_are_served(base: str, name: str) -> None:
    reply = call(f"{base}/static/vendor/{name}")
    assert reply.status == 200 and len(reply.body) > 10_000
    assert reply.type in ("text/javascript", "application/javascript", "text/css")


@pytest.mark.parametrize("path", ["package.json", "..%2Fpackage.json", "yasqe.min.js",
                                  "%2E%2E%2F%2E%2E%2Fpackage.json"])
def test_no_other_vendor_file(base: str, path: str) -> None:
    assert call(f"{base}/static/vendor/{path}").status == 404


def test_fallback_form_without_npm_files(bare: str) -> None:
    html = call(f"{bare}/query", Accept=BROWSER).text
    assert '<form method="get" action="/query" id="query-form">' in html
    assert "yasgui" not in html.lower()
    for q in saved_queries():
        assert q.title in html
    assert_error(call(f"{bare}/static/vendor/yasgui.min.js"), 404, "npm install")


def test_fallback_form_runs_the_query(bare: str) -> None:
    html = call(f"{bare}/query?query={quote(SELECT)}", Accept=BROWSER).text
    table = re.search(r'<table class="results" id="results">(.*?)</table>', html, re.S)
    assert table, html
    assert "<th>o</th><th>n</th>" in table[1]
    assert f'href="/{OBSERVATION}"' in table[1] and ">82<" in table[1]


def test_plain_form_on_request_and_errors(base: str) -> None:
    saved = call(f"{base}/query?ui=plain&name=evidence-of-every-number", Accept=BROWSER).text
    assert "SELECT ?bulletin ?bulletinId" in saved
    bad = call(f"{base}/query?ui=plain&query={quote('SELECT nonsense')}", Accept=BROWSER)
    assert bad.status == 400 and "syntax error" in bad.text
    ask = call(f"{base}/query?ui=plain&query={quote('ASK { ?s ?p ?o }')}", Accept=BROWSER)
    assert '<p id="boolean">True</p>' in ask.text
