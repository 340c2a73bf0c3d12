"""The web layer's one error shape: ``{"error": message, "status": code}``.

Every error response goes through :func:`error_response`, whether raised by a view
(``werkzeug.exceptions``), by Flask's routing (404, 405) or unexpected (500). Clients that
prefer ``text/plain`` over JSON (some SPARQL clients) get the message as plain text, and
browsers (which ask for ``text/html`` first) the same message and status as a page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Flask, Response, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

log = logging.getLogger(__name__)

# Headers an HTTPException carries that must survive into our response (Allow on 405,
# Retry-After on 503, WWW-Authenticate …); its own Content-Type does not.
_DROPPED = {"content-type", "content-length"}


_RENDERERS: dict[str, Callable[[int, str], Response]] = {
    "application/json": lambda status, message: jsonify({"error": message, "status": status}),
    "text/plain": lambda status, message: Response(message + "\n", mimetype="text/plain"),
    "text/html": lambda status, message: Response(
        render_template("error.html", status=status, message=message), mimetype="text/html"),
}


def error_response(status: int, message: str,
                   headers: list[tuple[str, str]] | None = None) -> Response:
    """A response in the one error shape, as JSON or (when preferred) plain text.

    >>> from flask import Flask
    >>> with Flask(__name__).test_request_context():
    ...     error_response(400, "no query").get_json()
    {'error': 'no query', 'status': 400}
    """
    # A page only for browsers, which name text/html at full quality; everyone else (no
    # Accept, */*, a SPARQL client merely tolerating HTML) gets JSON or plain text.
    accept = request.accept_mimetypes
    if any(value == "text/html" and quality == 1 for value, quality in accept):
        preferred = "text/html"
    else:
        preferred = accept.best_match(["application/json", "text/plain"]) or "application/json"
    response = _RENDERERS[preferred](status, message)
    response.status_code = status
    for name, value in headers or ():
        response.headers[name] = value
    return response


def _http_error(e: HTTPException) -> Response:
    headers = [(k, v) for k, v in e.get_headers() if k.lower() not in _DROPPED]
    message = e.description or e.name
    if e.code == 413 and message == RequestEntityTooLarge.description:
        # Werkzeug's own (MAX_CONTENT_LENGTH) says neither the limit nor how to change it.
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        message = (f"the request body is larger than this server's limit of {limit} bytes "
                   "(setting KG_MAX_BODY)")
    return error_response(e.code or 500, message, headers)


def _unexpected(e: Exception) -> Response:
    # Bugs and store failures: log the traceback, tell the client no internals.
    log.exception("unhandled error on %s %s", request.method, request.path)
    return error_response(500, InternalServerError.description)


def register(app: Flask) -> None:
    """Install the handlers so every error the app answers has the one shape."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
