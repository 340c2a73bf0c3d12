"""Who may write: a bearer token (setting ``KG_WRITE_TOKEN``); without one the app is read-only.

Every write surface (SPARQL Update, Graph Store PUT/POST/DELETE) calls :func:`require_writer`
before it reads the body, so a refused request changes nothing. The token is compared in
constant time and never logged or echoed.
"""

from __future__ import annotations

import hmac

from flask import current_app, request
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Forbidden, Unauthorized

READ_ONLY = "SPARQL Update is not enabled: this endpoint is read-only"
REALM = "kg"


def writes_enabled() -> bool:
    """True when the app was given a write token."""
    return bool(current_app.config.get("KG_WRITE_TOKEN"))


def require_writer(read_only_message: str = READ_ONLY) -> None:
    """Return if the request carries the write token; raise otherwise.

    Raises Forbidden (403) with ``read_only_message`` when writes are off, Unauthorized (401,
    with ``WWW-Authenticate: Bearer``) when no bearer token was sent, Forbidden when it is
    the wrong one.
    """
    token = current_app.config.get("KG_WRITE_TOKEN") or ""
    if not token:
        raise Forbidden(read_only_message)
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    challenge = WWWAuthenticate("bearer", {"realm": REALM})
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("this write needs a bearer token: send 'Authorization: Bearer …'",
                           www_authenticate=challenge)
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise Forbidden("the write token is not valid")
