"""The dumps at ``/dumps/`` (written by ``kg dump --all``) and the JSON-LD context.

``/dumps/`` is the dataset's IRI (``{base}dumps/``): a listing page for browsers, its
DCAT / VoID description (``void.ttl``) as RDF otherwise. Only the files that description names
are served, by exact name, so no request can reach another file or list the folder.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request
from flask import send_file as flask_send_file

from kg import jsonld
from kg.dump import CATALOG, DUMPS, MEDIA_TYPES
from kg.formats import PREFIXES_FOR_OUTPUT, write_triples
from kg.iris import Minter
from kg.web import view
from kg.web.resources import HTML, RESOURCE_FORMATS
from kg.web.sparql import negotiate

bp = Blueprint("dumps", __name__)

BY_FILE = {spec.name: spec for spec in DUMPS}
_N = PREFIXES_FOR_OUTPUT
_LISTING = f"""PREFIX dcat: <{_N['dcat']}> PREFIX dcterms: <{_N['dcterms']}>
PREFIX void: <{_N['void']}> PREFIX spdx: <{_N['spdx']}>
SELECT ?dist ?title ?size ?triples ?sha ?created ?media WHERE {{
  ?dataset dcat:distribution ?dist .
  ?dist dcat:byteSize ?size ; void:triples ?triples ; dcat:mediaType ?media ;
        spdx:checksum/spdx:checksumValue ?sha .
  OPTIONAL {{ ?dist dcterms:title ?title }}
  OPTIONAL {{ ?dist dcterms:created ?created }}
}} ORDER BY ?dist"""


def folder() -> Path:
    return Path(current_app.config["KG_DUMPS"])


def _catalog() -> ox.Store | None:
    path = folder() / CATALOG
    if not path.is_file():
        return None
    store = ox.Store()
    store.load(path.read_bytes(), ox.RdfFormat.TURTLE)
    return store


@bp.route("/dumps/")
def listing() -> Response:
    """The listing page, or the DCAT / VoID description by content negotiation."""
    catalog = _catalog()
    wants_html = request.accept_mimetypes.best_match(
        [*(f.media_type for f in RESOURCE_FORMATS), HTML]) == HTML
    if not wants_html:
        if catalog is None:
            abort(404, description="no dumps have been written yet (run `kg dump --all`)")
        out, media_type = negotiate("rdf", None, request.accept_mimetypes, RESOURCE_FORMATS)
        buffer = io.BytesIO()
        # Parsed afresh, not read back from the store, which would normalise datatypes.
        raw = (folder() / CATALOG).read_bytes()
        write_triples(ox.parse(raw, ox.RdfFormat.TURTLE), buffer, out, view.base_iri())
        response = Response(buffer.getvalue(), mimetype=media_type)
    else:
        files = []
        for row in catalog.query(_LISTING) if catalog is not None else ():
            name = row["dist"].value.rpartition("/")[2]
            files.append({"name": name, "title": row["title"].value if row["title"] else "",
                          "size": int(row["size"].value), "triples": int(row["triples"].value),
                          "sha256": row["sha"].value,
                          "media_type": row["media"].value.removeprefix(MEDIA_TYPES),
                          "created": row["created"].value if row["created"] else ""})
        response = Response(render_template("dumps.html", files=files, catalog=CATALOG,
                                            dataset=str(Minter(view.base_iri()).dumps())),
                            mimetype=HTML)
    response.vary.add("Accept")
    return response


@bp.route("/dumps/<name>")
def dump_file(name: str) -> Response:
    """One file of :data:`kg.dump.DUMPS`, or the description itself."""
    if name == CATALOG:
        media_type = "text/turtle"
    elif name in BY_FILE:
        media_type = BY_FILE[name].media_type
    else:
        abort(404, description=f"no dump named {name!r}; see /dumps/")
    path = folder() / name
    if not path.is_file():
        abort(404, description=f"{name} has not been written yet (run `kg dump --all`)")
    return flask_send_file(path.resolve(), mimetype=media_type, as_attachment=name != CATALOG,
                           download_name=name, max_age=300)


@bp.route("/context.jsonld")
def context() -> Response:
    """The JSON-LD context our JSON-LD output embeds (IRI ``{base}context.jsonld``)."""
    response = jsonify({"@context": jsonld.context()})
    response.mimetype = "application/ld+json"
    return response
