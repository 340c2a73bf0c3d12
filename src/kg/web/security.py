"""Headers every answer carries: no MIME sniffing, no referrer leaks, and a CSP on pages.

The pages run only scripts from this server (``/static/…``, YASGUI and Leaflet from
``/static/vendor/…``): no inline script, so the Content-Security-Policy needs no nonce and
cached pages stay valid. Data shown on a page is escaped by Jinja; the CSP is the second wall
should a label ever slip through. Map tiles may come from the ``KG_TILE_URL`` host.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, current_app

# Inline styles stay allowed: YASGUI and Leaflet position their widgets with style
# attributes, and a style cannot run code.
POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:{tiles}; font-src 'self' data:; connect-src 'self'; "
          "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def policy() -> str:
    """The Content-Security-Policy of the app's HTML pages.

    >>> with Flask(__name__).app_context():
    ...     current_app.config["KG_TILE_URL"] = "https://tile.example.org/{z}/{x}/{y}.png"
    ...     "img-src 'self' data: https://tile.example.org;" in policy()
    True
    """
    tiles = urlsplit(current_app.config.get("KG_TILE_URL") or "")
    host = f" {tiles.scheme}://{tiles.netloc}" if tiles.scheme and tiles.netloc else ""
    return POLICY.format(tiles=host)


def _headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers[name] = value
    if response.mimetype in ("text/html", "application/xhtml+xml"):
        response.headers["Content-Security-Policy"] = policy()
    return response


def install(app: Flask) -> None:
    """Add the headers to every answer (errors, cached answers and static files too)."""
    app.after_request(_headers)
