"""The web app: :func:`create_app` builds it, one blueprint per surface.

Settings come from :mod:`kg.settings` (one table) and live in ``app.config``; the store is on
``app.extensions["kg.store"]``, the query runner on ``app.extensions["kg.queries"]`` and the
request metrics on ``app.extensions["kg.metrics"]``. The app's WSGI entry is
:class:`kg.web.sparql.FastQueries`, which answers SPARQL query POSTs itself (with the headers
the hooks below add) and hands every other request to Flask.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from flask import Flask, Response, g, request

from kg import settings as kg_settings
from kg.publish import LiveStore
from kg.remote import RemoteStore, is_remote
from kg.store import EmbeddedStore
from kg.web import (
    cache,
    dumps,
    errors,
    health,
    home,
    i18n,
    ontology,
    resources,
    security,
    sparql,
    store_protocol,
    timeline,
    ui,
    view,
)
from kg.web import map as map_page

# The surfaces, one blueprint each. ``resources`` answers any other path (an IRI under the
# base), so it goes last; Flask prefers the more specific rules anyway.
BLUEPRINTS = (sparql.bp, store_protocol.bp, health.bp, home.bp, ui.bp, dumps.bp, ontology.bp,
              map_page.bp, timeline.bp, resources.bp)

# Headers a browser script may read from our answers besides the CORS-safelisted ones.
_EXPOSED = "X-KG-Truncated, Retry-After"
_CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": _EXPOSED}


class App(Flask):
    """Flask, remembering which views and hooks are plain functions: Flask asks ``inspect``
    about each of them on every request (nine times per SPARQL query)."""

    def __init__(self, import_name: str) -> None:
        super().__init__(import_name)
        self._synced: dict[Callable[..., Any], Callable[..., Any]] = {}

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        synced = self._synced.get(func)
        if synced is None:
            synced = self._synced[func] = super().ensure_sync(func)
        return synced


def create_app(store: EmbeddedStore | None = None, settings: Mapping[str, Any] | None = None,
               test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app over ``store`` (default: open ``settings["KG_STORE"]``, see
    :class:`kg.publish.LiveStore`).

    ``settings`` defaults to :func:`kg.settings.load` (the environment); settings missing
    from a given dict take their defaults. ``test_config`` overrides any of them, or Flask's
    own config, last.

    >>> app = create_app(EmbeddedStore.memory(), test_config={"KG_MAX_RESULTS": 5})
    >>> app.config["KG_MAX_RESULTS"], sorted(app.blueprints)
    (5, ['dumps', 'health', 'home', 'map', 'ontology', 'resources', 'sparql', 'store_protocol', \
'timeline', 'ui'])
    """
    app = App(__name__)
    app.config.update(kg_settings.load(None if settings is None else {}))
    app.config.update(settings or {})
    if test_config is not None:
        app.config.update(test_config)
    # Flask refuses larger bodies with 413 (errors.py names the limit).
    app.config["MAX_CONTENT_LENGTH"] = app.config["KG_MAX_BODY"]
    if store is None and is_remote(app.config["KG_STORE"]):  # a SPARQL server (kg.remote)
        store = RemoteStore.open(app.config["KG_STORE"], app.config)  # type: ignore[assignment]
    follow: Callable[[], None] = _nothing
    if store is None:  # read-only following new generations, or locked for writing
        live = LiveStore(app.config["KG_STORE"], writable=bool(app.config["KG_WRITE_TOKEN"]))
        app.extensions["kg.live"] = live
        store = live.store
        follow = functools.partial(_follow_live, app, live)
        app.before_request(follow)
    app.extensions["kg.store"] = store
    # One worker per server thread: with no stragglers a query always finds a slot, and
    # stragglers can hold at most this many.
    app.extensions["kg.queries"] = sparql.QueryRunner(app.config["KG_THREADS"])
    health.install_metrics(app)
    errors.register(app)
    i18n.install(app)
    app.after_request(_cors)
    app.jinja_env.globals["term_html"] = view.term_html  # the pages' show(term)
    security.install(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    cache.install(app)  # read-only live stores only; after the store-picking hook
    # Query POSTs skip Flask's request machinery, with the headers its hooks would add.
    app.wsgi_app = sparql.FastQueries(  # type: ignore[method-assign]
        app, follow, [*_CORS.items(), *security.HEADERS.items()])
    return app


def _nothing() -> None:
    return None


def _follow_live(app: Flask, live: LiveStore) -> None:
    # a request that already took the old store finishes on it
    newer = live.refresh()
    if newer is not None:
        app.extensions["kg.store"] = newer
    # The generation this request reads at least (the response cache's key): taken from the
    # store object itself, after any swap, so an old generation's answer is never filed
    # under a newer id.
    store = app.extensions["kg.store"]
    g.kg_generation = store.path.name if store.path else ""


def _cors(response: Response) -> Response:
    # Any origin may read (the only cookie is the page language, never credentials). Writes
    # need the bearer token, which a page from another origin can only send if its user gave
    # it the token.
    for name, value in _CORS.items():
        response.headers[name] = value
    if request.method == "OPTIONS":
        # Flask answered the preflight itself and listed the route's methods in Allow.
        response.headers["Access-Control-Allow-Methods"] = response.headers.get(
            "Allow", "GET, HEAD, POST, OPTIONS")
        response.headers["Access-Control-Allow-Headers"] = request.headers.get(
            "Access-Control-Request-Headers", "Accept, Content-Type")
        response.headers["Access-Control-Max-Age"] = "86400"
    return response
