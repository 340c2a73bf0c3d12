"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store``.

Indirect naming: ``/store?graph={IRI}`` or ``/store?default`` (the store's own default graph,
which queries see as part of their union default graph). Direct naming: ``/store/{path}`` is
the graph ``{base}store/{path}``. GET and HEAD are open to all; PUT (replace), POST (merge)
and DELETE need the write token (:mod:`kg.web.auth`) and are checked before the body is read.
Bodies and answers use the media types of :mod:`kg.formats` (a POST may also be the
protocol's ``multipart/form-data`` upload, one RDF file per part); each write is one oxigraph
transaction, so a bad body leaves the graph as it was. A POST to ``/store`` itself names a new
graph ``{base}store/{uuid}`` and answers 201 with its ``Location``. Reads never see private
graphs (:mod:`kg.web.public`).
"""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import (
    BadRequest,
    NotFound,
    UnsupportedMediaType,
)

from kg.formats import BY_MEDIA_TYPE, BY_NAME, RDF_FORMATS, Format, write_triples
from kg.web import public, view
from kg.web.auth import require_writer
from kg.web.public import PublicView
from kg.web.sparql import negotiate

log = logging.getLogger(__name__)
bp = Blueprint("store_protocol", __name__)

READ_ONLY = "the Graph Store is read-only here: writes are not enabled on this server"
# Formats a graph is answered in: one graph, so formats that carry only triples (and JSON-LD).
GRAPH_FORMATS: tuple[Format, ...] = tuple(
    BY_NAME[n] for n in ("turtle", "ntriples", "jsonld", "rdfxml"))
Target = ox.NamedNode | ox.DefaultGraph


def _indirect_target() -> Target:
    graph, default = request.args.getlist("graph"), "default" in request.args
    if default == bool(graph) or len(graph) > 1:
        raise BadRequest("name one graph: ?graph=IRI or ?default")
    if default:
        return ox.DefaultGraph()
    try:
        return ox.NamedNode(graph[0])
    except ValueError as e:
        raise BadRequest(f"graph: {e}") from None


def _exists(store: ox.Store | PublicView, target: Target) -> bool:
    return isinstance(target, ox.DefaultGraph) or store.contains_named_graph(target)


def _name(target: Target) -> str:
    return "DEFAULT" if isinstance(target, ox.DefaultGraph) else f"GRAPH <{target.value}>"


def _read_body(target: Target) -> list[ox.Triple]:
    """The request body's triples, parsed by its Content-Type; raises 400 / 413 / 415.

    413: Flask refuses a body over ``MAX_CONTENT_LENGTH`` (``KG_MAX_BODY``) when it is read.
    """
    base = target.value if isinstance(target, ox.NamedNode) else view.base_iri()
    if request.mimetype == "multipart/form-data":
        # The protocol's upload form: every file part is a graph to merge (werkzeug parses).
        parts = [f for name in request.files for f in request.files.getlist(name)]
        if not parts:
            raise BadRequest("the multipart/form-data body has no file part")
        return [t for part in parts for t in _parse(part.read(), part.mimetype,
                                                    part.mimetype_params, base)]
    return _parse(request.get_data(), request.mimetype, request.mimetype_params, base)


def _parse(data: bytes, mimetype: str, params: dict[str, str], base: str) -> list[ox.Triple]:
    fmt = BY_MEDIA_TYPE.get(mimetype)
    if fmt is None or fmt.kind != "rdf":
        offered = ", ".join(f.media_type for f in RDF_FORMATS)
        raise UnsupportedMediaType(f"send the graph as one of {offered}, "
                                   f"not {mimetype or 'no Content-Type'}")
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise BadRequest(f"send the graph as UTF-8, not {charset}")
    try:
        quads = ox.parse(data, fmt.oxigraph, base_iri=base, without_named_graphs=True)
        return [q.triple if isinstance(q, ox.Quad) else q for q in quads]
    except SyntaxError as e:
        raise BadRequest(f"the body is not valid {fmt.name}: {e}") from None


def _get(store: ox.Store | PublicView, target: Target) -> Response:
    if not _exists(store, target):
        raise NotFound(f"no graph <{target.value}> in this store")
    name = request.args.get("format")
    fmt = BY_NAME.get(name) if name else None
    if name and fmt is None:
        raise BadRequest(f"unknown format {name!r}; choose one of "
                         f"{', '.join(f.name for f in GRAPH_FORMATS)}")
    out, media_type = negotiate("rdf", fmt, request.accept_mimetypes, GRAPH_FORMATS)
    buffer = io.BytesIO()
    triples = (q.triple for q in store.quads_for_pattern(None, None, None, target))
    write_triples(triples, buffer, out, view.base_iri())
    response = Response(buffer.getvalue(), mimetype=media_type)
    response.vary.add("Accept")
    return response


def _write(store: ox.Store, target: Target, replace: bool) -> Response:
    require_writer(READ_ONLY)
    triples = _read_body(target)
    created = not _exists(store, target)
    ops = [f"DROP SILENT {_name(target)}"] if replace else []
    if isinstance(target, ox.NamedNode):
        ops.append(f"CREATE SILENT {_name(target)}")  # an empty PUT still makes the graph
    if triples:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        into = "{\n" + body + "\n}" if isinstance(target, ox.DefaultGraph) else (
            f"{{ {_name(target)} {{\n{body}\n}} }}")
        ops.append(f"INSERT DATA {into}")
    try:
        store.update(" ;\n".join(ops))
    except SyntaxError as e:  # a term N-Triples can carry but SPARQL Update can't
        raise BadRequest(f"cannot store this graph: {e}") from None
    finally:
        public.forget()
    log.info("%s %s: %d triple(s)", request.method, _name(target), len(triples))
    return Response(status=201 if created else 204)


def _delete(store: ox.Store, target: Target) -> Response:
    require_writer(READ_ONLY)
    if not _exists(store, target):
        raise NotFound(f"no graph <{target.value}> in this store")
    verb = "CLEAR" if isinstance(target, ox.DefaultGraph) else "DROP"
    store.update(f"{verb} {_name(target)}")
    public.forget()
    log.info("DELETE %s", _name(target))
    return Response(status=204)


_METHODS: dict[str, Callable[[Any, Target], Response]] = {
    "GET": _get,
    "HEAD": _get,  # werkzeug drops the body of a HEAD answer
    "PUT": lambda store, target: _write(store, target, replace=True),
    "POST": lambda store, target: _write(store, target, replace=False),
    "DELETE": _delete,
}


def _dispatch(target: Target) -> Response:
    # Reads see the public view (a private graph is 404); writes, by token holders, the store.
    reads = request.method in ("GET", "HEAD")
    store = public.view() if reads else current_app.extensions["kg.store"].oxigraph
    return _METHODS[request.method](store, target)


@bp.route("/store", methods=list(_METHODS))
def indirect() -> Response:
    """A graph named by ``?graph=IRI`` or ``?default``; a bare POST makes a new graph."""
    if request.method == "POST" and not request.args:
        # POST to the Graph Store itself: the server names a new graph (201 + Location).
        path = f"store/{uuid.uuid4().hex}"
        response = _dispatch(ox.NamedNode(view.iri_for_path(path)))
        response.headers["Location"] = request.host_url + path
        return response
    return _dispatch(_indirect_target())


@bp.route("/store/<path:path>", methods=list(_METHODS))
def direct(path: str) -> Response:
    """The graph whose IRI is ``{base}store/{path}``."""
    return _dispatch(ox.NamedNode(view.iri_for_path("store/" + path)))
