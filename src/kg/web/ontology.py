"""The ontology at its namespace IRI ``https://w3id.org/sohr-kg/ontology`` (here ``/ontology``).

HTML documentation generated from ``ontology/kg.ttl`` (classes, properties and individuals
with their English and Arabic labels, comments and axioms; each term has an anchor, so
``…/ontology#CasualtyObservation`` lands on it), or the ontology itself as Turtle, JSON-LD,
N-Triples or RDF/XML by ``Accept`` or extension (``/ontology.ttl``). pyLODE would need
network access for its styles; this small generator needs none.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, abort, render_template, request

from kg.formats import BY_EXTENSION, write_triples
from kg.pipeline import ONTOLOGY_FILE
from kg.web import view
from kg.web.resources import HTML, RESOURCE_FORMATS
from kg.web.sparql import negotiate

bp = Blueprint("ontology", __name__)

NS = view.ONTOLOGY + "#"
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
# The page's sections: (heading, the rdf:type of their terms), in this order.
SECTIONS = (("Classes", OWL + "Class"), ("Object properties", OWL + "ObjectProperty"),
            ("Datatype properties", OWL + "DatatypeProperty"),
            ("Annotation properties", OWL + "AnnotationProperty"),
            ("Individuals", OWL + "NamedIndividual"))
# Axioms shown under each term: (label, predicate).
AXIOMS = (("subclass of", RDFS + "subClassOf"), ("subproperty of", RDFS + "subPropertyOf"),
          ("domain", RDFS + "domain"), ("range", RDFS + "range"),
          ("inverse of", OWL + "inverseOf"), ("type", RDF_TYPE.value),
          ("equivalent to", OWL + "equivalentClass"))


@dataclass(frozen=True)
class Entry:
    anchor: str
    iri: str
    label_en: str | None
    label_ar: str | None
    comment: str | None
    axioms: list[tuple[str, list[view.Term]]]


@lru_cache(maxsize=2)
def _load(path: Path, mtime: float) -> ox.Store:
    store = ox.Store()
    store.load(path.read_bytes(), ox.RdfFormat.TURTLE, base_iri=view.ONTOLOGY)
    return store


def ontology_store(path: Path = ONTOLOGY_FILE) -> ox.Store:
    """kg.ttl in an in-memory store, re-read when the file changes."""
    return _load(path, path.stat().st_mtime)


def _literals(store: ox.Store, node: ox.NamedNode, predicate: str) -> dict[str, str]:
    return {q.object.language or "": q.object.value
            for q in store.quads_for_pattern(node, ox.NamedNode(predicate), None)
            if isinstance(q.object, ox.Literal)}


def _entry(store: ox.Store, node: ox.NamedNode) -> Entry:
    labels = _literals(store, node, RDFS + "label")
    comments = _literals(store, node, RDFS + "comment")
    axioms = []
    for name, predicate in AXIOMS:
        values = [view.term(store, q.object)
                  for q in store.quads_for_pattern(node, ox.NamedNode(predicate), None)
                  if isinstance(q.object, ox.NamedNode)]
        if values:
            axioms.append((name, sorted(values, key=lambda t: t.text)))
    return Entry(node.value[len(NS):], node.value, labels.get("en") or labels.get(""),
                 labels.get("ar"), comments.get("en") or comments.get(""), axioms)


def sections(store: ox.Store) -> list[tuple[str, list[Entry]]]:
    """(heading, entries) per :data:`SECTIONS`, for the terms in the kg namespace only."""
    out = []
    for heading, kind in SECTIONS:
        nodes = {q.subject for q in store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(kind))
                 if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(NS)}
        out.append((heading, [_entry(store, n) for n in sorted(nodes, key=lambda n: n.value)]))
    return out


@bp.route("/ontology")
@bp.route("/ontology.<ext>")
def ontology(ext: str | None = None) -> Response:
    """The documentation page, or the ontology as RDF."""
    fmt = None
    if ext is not None:
        fmt = BY_EXTENSION.get(ext)
        if fmt not in RESOURCE_FORMATS:
            abort(404, description=f"no ontology in format {ext!r}")
    store = ontology_store()
    wants_html = fmt is None and request.accept_mimetypes.best_match(
        [*(f.media_type for f in RESOURCE_FORMATS), HTML]) == HTML
    if wants_html:
        node = ox.NamedNode(view.ONTOLOGY)
        meta = {name: _literals(store, node, DCTERMS + name)
                for name in ("title", "description")}
        version = _literals(store, node, OWL + "versionInfo").get("", "")
        page = render_template("ontology.html", iri=view.ONTOLOGY, meta=meta, version=version,
                               sections=sections(store), formats=RESOURCE_FORMATS)
        response = Response(page, mimetype=HTML)
    else:
        out, media_type = negotiate("rdf", fmt, request.accept_mimetypes, RESOURCE_FORMATS)
        buffer = io.BytesIO()
        write_triples(sorted((q.triple for q in store), key=str), buffer, out, view.base_iri())
        response = Response(buffer.getvalue(), mimetype=media_type)
    response.vary.add("Accept")
    return response
