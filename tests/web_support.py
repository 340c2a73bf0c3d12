"""Shared set-up for the publishing tests: a live waitress server and a small HTTP client.

Each test module copies the session's seed store (conftest ``seed_store_path``) into its own
folder, because a pyoxigraph store on disk is held by one opener at a time.
"""

from __future__ import annotations

import http.client
import json
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import Flask

from kg import settings as kg_settings
from kg.serve import make_server, url_of
from kg.store import EmbeddedStore
from kg.web import create_app

BASE = "https://w3id.org/sohr-kg/"
SEED_ID = "000_2de9ca7cda8d2466"
OBSERVATION = f"observation/{SEED_ID}/1513-1532"  # "82 عنصراً على الأقل"
EVIDENCE = f"evidence/{SEED_ID}/1513-1532"
BULLETIN = f"bulletin/{SEED_ID}"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"  # the browser tests' screenshots
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                  "--window-size=1280,1000")


@contextmanager
def running(app: Flask, threads: int = 4) -> Iterator[str]:
    """Serve ``app`` with waitress on a free port; yield its base URL."""
    server = make_server(app, "127.0.0.1", 0, threads=threads)
    stopping = threading.Event()

    def serve() -> None:
        try:
            server.run()
        except OSError:
            # Closing the socket under the running loop's select(): the end, not an error.
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield url_of(server)
    finally:
        stopping.set()
        server.close()
        server.task_dispatcher.shutdown(timeout=5)


def copy_seed(seed_store_path: Path, into: Path) -> EmbeddedStore:
    """A private copy of the seed store, opened."""
    shutil.copytree(seed_store_path, into)
    return EmbeddedStore.open(into)


def make_app(store: EmbeddedStore, **config: Any) -> Flask:
    settings = kg_settings.load({}, KG_QUERY_TIMEOUT=2, KG_THREADS=4)
    return create_app(store, settings, test_config=config)


@dataclass
class Reply:
    status: int
    headers: Message
    body: bytes

    @property
    def type(self) -> str:
        return self.headers.get_content_type()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)


def call(url: str, data: bytes | None = None, method: str | None = None,
         **headers: str) -> Reply:
    """One request with exactly these headers; header names use ``_`` for ``-``.

    Plain ``http.client``: redirects are not followed, and a POST without ``Content_Type``
    goes without one (urllib would add a form type), as the protocol's error cases need.
    """
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request(method or ("GET" if data is None else "POST"), target, body=data,
                     headers={k.replace("_", "-"): v for k, v in headers.items()})
        response = conn.getresponse()
        return Reply(response.status, response.msg, response.read())
    finally:
        conn.close()


def assert_error(reply: Reply, status: int, *words: str) -> None:
    """The one JSON error shape, with ``words`` in its message."""
    assert reply.status == status, reply.body
    assert reply.type == "application/json", reply.type
    doc = reply.json()
    assert set(doc) == {"error", "status"} and doc["status"] == status
    for word in words:
        assert word.lower() in doc["error"].lower(), doc["error"]


def wait_for(driver: Any, css: str, seconds: float = 15) -> None:
    """Wait until the browser's page has an element matching ``css``."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    # A look while the page is still navigating fails with "aborted by navigation": retry.
    WebDriverWait(driver, seconds, ignored_exceptions=(WebDriverException,)).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, css)))
