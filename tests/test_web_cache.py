"""The response cache of a read-only server (kg.web.cache), over real HTTP.

Repeats are answered from the cache with the same bytes, conditional GETs get 304, the
variants a request can ask for are kept apart, a new published generation is never answered
from the old one's entries, and a server that takes writes does not cache at all.
"""

from __future__ import annotations

import shutil
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import settings as kg_settings
from kg.publish import CHECK_EVERY, publishing
from kg.web import create_app

from .web_support import BROWSER, OBSERVATION, call, running

G = "https://w3id.org/sohr-kg/graph/test"
COUNT = "/sparql?" + urllib.parse.urlencode(
    {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})


def _app(store: Path, **config: object):
    settings = kg_settings.load({}, KG_STORE=str(store), KG_THREADS=4)
    return create_app(None, settings, test_config=config)


@pytest.fixture(scope="module")
def url(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("cache") / "store"
    shutil.copytree(seed_store_path, folder)
    with running(_app(folder)) as base:
        yield base


def test_a_repeat_is_a_hit_with_the_same_bytes(url: str) -> None:
    page = f"{url}/{OBSERVATION}?n=repeat"
    first, second = call(page, Accept=BROWSER), call(page, Accept=BROWSER)
    assert (first.status, second.status) == (200, 200)
    assert first.headers["X-KG-Cache"] == "miss" and second.headers["X-KG-Cache"] == "hit"
    assert second.body == first.body and second.type == "text/html"
    assert second.headers["ETag"] == first.headers["ETag"]
    assert second.headers["Last-Modified"] and second.headers["Vary"] == "Accept"
    # per-request headers are still added to a hit
    assert second.headers["Access-Control-Allow-Origin"] == "*"


def test_conditional_get_gives_304(url: str) -> None:
    page = f"{url}/{OBSERVATION}?n=conditional"
    etag = call(page, Accept=BROWSER).headers["ETag"]
    again = call(page, Accept=BROWSER, If_None_Match=etag)
    assert again.status == 304 and again.body == b""
    other = call(page, Accept=BROWSER, If_None_Match='"something-else"')
    assert other.status == 200 and other.body


def test_variants_are_kept_apart(url: str) -> None:
    page = f"{url}/{OBSERVATION}?n=variants"
    html, turtle = call(page, Accept=BROWSER), call(page, Accept="text/turtle")
    assert (html.type, turtle.type) == ("text/html", "text/turtle")
    assert call(page, Accept="text/turtle").body == turtle.body
    arabic = call(page + "&lang=ar", Accept=BROWSER)
    assert arabic.body != html.body and 'lang="ar"' in arabic.text
    # the language cookie a ?lang= sets is sent on a hit as well
    assert "kg_lang=ar" in call(page + "&lang=ar", Accept=BROWSER).headers["Set-Cookie"]
    assert html.headers["ETag"] != turtle.headers["ETag"]


def test_no_cache_request_goes_to_the_view(url: str) -> None:
    page = f"{url}/{OBSERVATION}?n=no-cache"
    call(page, Accept=BROWSER)
    fresh = call(page, Accept=BROWSER, Cache_Control="no-cache")
    assert fresh.status == 200 and fresh.headers["X-KG-Cache"] == "miss"


def test_errors_and_other_surfaces_are_not_cached(url: str) -> None:
    for _ in range(2):
        missing = call(f"{url}/observation/none-such", Accept=BROWSER)
        assert missing.status == 404 and "X-KG-Cache" not in missing.headers
        assert "X-KG-Cache" not in call(f"{url}/health").headers
    assert call(url + COUNT).headers["X-KG-Cache"] == "miss"
    assert call(url + COUNT).headers["X-KG-Cache"] == "hit"


def test_a_new_generation_is_never_answered_from_the_old_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with publishing(home) as staging:
        staging.store.replace_graph(G, b'<https://ex.org/a> <https://ex.org/p> "1" .\n')
    with running(_app(home)) as base:
        old = call(base + COUNT, Accept="text/csv")
        assert call(base + COUNT, Accept="text/csv").headers["X-KG-Cache"] == "hit"
        with publishing(home) as staging:
            staging.store.replace_graph(G, (b'<https://ex.org/a> <https://ex.org/p> "1" .\n'
                                         b'<https://ex.org/a> <https://ex.org/p> "2" .\n'))
        time.sleep(CHECK_EVERY + 0.2)
        new = call(base + COUNT, Accept="text/csv")
    assert old.text.split() == ["n", "1"] and new.text.split() == ["n", "2"]
    assert new.headers["X-KG-Cache"] == "miss" and new.headers["ETag"] != old.headers["ETag"]


def test_a_server_taking_writes_does_not_cache(seed_store_path: Path, tmp_path: Path) -> None:
    shutil.copytree(seed_store_path, tmp_path / "store")
    app = _app(tmp_path / "store", KG_WRITE_TOKEN="s3cret")
    assert "kg.cache" not in app.extensions
    with running(app) as base:
        assert "X-KG-Cache" not in call(f"{base}/{OBSERVATION}", Accept=BROWSER).headers
