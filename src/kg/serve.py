"""Serve the web app over HTTP with waitress, a production WSGI server."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from waitress.server import BaseWSGIServer, MultiSocketServer, create_server

from kg.web import create_app

log = logging.getLogger(__name__)


def make_server(app: Flask, host: str, port: int,
                threads: int) -> BaseWSGIServer | MultiSocketServer:
    """A waitress server for ``app``, bound but not yet running (``port`` 0: any free port).

    Call ``.run()`` to serve, ``.close()`` from another thread to stop.
    """
    return create_server(app, host=host, port=port, threads=threads, ident="kg")


def url_of(server: BaseWSGIServer | MultiSocketServer) -> str:
    """The base URL the server listens on (its first socket)."""
    listen = getattr(server, "effective_listen", None) or [
        (server.effective_host, server.effective_port)]
    host, port = listen[0]
    host = f"[{host}]" if ":" in str(host) else host
    return f"http://{host}:{port}"


def serve(store_path: str | Path, host: str, port: int, settings: Mapping[str, Any]) -> None:
    """Serve the store in ``store_path`` on ``host:port`` with ``KG_THREADS`` threads.

    Blocks until interrupted. Raises :class:`kg.errors.StoreError` when the store cannot be
    opened (or, with a write token, its home is locked by a build) and OSError when the
    address is taken.
    """
    # serve() is the whole life of a process; show our and waitress' INFO lines unless the
    # caller (the CLI) already configured logging.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    # create_app opens the store: read-only and following new generations without a write
    # token, locked for writing with one (kg.publish.LiveStore)
    app = create_app(None, settings={**settings, "KG_STORE": str(store_path)})
    live = app.extensions.get("kg.live")  # None for a remote store (kg.remote)
    server = make_server(app, host, port, app.config["KG_THREADS"])
    base = url_of(server)
    mode = "read-write" if live is None or live.writable else "read-only"
    log.info("serving %s at %s/sparql (health: %s/health; %s, generation %s)", store_path,
             base, base, mode, live.generation if live and live.generation else "-")
    try:
        server.run()
    finally:
        if live is not None:
            live.close()
