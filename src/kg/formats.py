"""One table of formats: name ↔ file extension ↔ media type ↔ serializer.

Used by ``kg dump``, ``kg query`` and the web layer's content negotiation alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    media_type: str
    kind: str  # "rdf" (graphs/datasets) or "results" (SELECT/ASK)
    oxigraph: ox.RdfFormat | ox.QueryResultsFormat
    rdflib: str | None = None  # rdflib serializer name
    datasets: bool = False  # carries named graphs
    aliases: tuple[str, ...] = ()  # other media types accepted in Accept / Content-Type


FORMATS: tuple[Format, ...] = (
    Format("turtle", "ttl", "text/turtle", "rdf", ox.RdfFormat.TURTLE, "turtle",
           aliases=("application/x-turtle",)),
    Format("ntriples", "nt", "application/n-triples", "rdf", ox.RdfFormat.N_TRIPLES, "nt11",
           aliases=("text/plain",)),
    Format("nquads", "nq", "application/n-quads", "rdf", ox.RdfFormat.N_QUADS, "nquads",
           datasets=True),
    Format("trig", "trig", "application/trig", "rdf", ox.RdfFormat.TRIG, "trig", datasets=True),
    Format("jsonld", "jsonld", "application/ld+json", "rdf", ox.RdfFormat.JSON_LD, "json-ld",
           datasets=True),
    Format("rdfxml", "rdf", "application/rdf+xml", "rdf", ox.RdfFormat.RDF_XML, "xml"),
    Format("json", "srj", "application/sparql-results+json", "results",
           ox.QueryResultsFormat.JSON, aliases=("application/json",)),
    Format("xml", "srx", "application/sparql-results+xml", "results",
           ox.QueryResultsFormat.XML, aliases=("application/xml", "text/xml")),
    Format("csv", "csv", "text/csv", "results", ox.QueryResultsFormat.CSV),
    Format("tsv", "tsv", "text/tab-separated-values", "results", ox.QueryResultsFormat.TSV),
)
BY_NAME = {f.name: f for f in FORMATS}
BY_EXTENSION = {f.extension: f for f in FORMATS}
BY_MEDIA_TYPE = {t: f for f in FORMATS for t in (f.media_type, *f.aliases)}
RDF_FORMATS = tuple(f for f in FORMATS if f.kind == "rdf")
RESULT_FORMATS = tuple(f for f in FORMATS if f.kind == "results")


def by_name(name: str) -> Format:
    """The format called ``name`` (``turtle``, ``nquads``, ``json`` …); KeyError lists choices."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown format {name!r}; choose one of {', '.join(BY_NAME)}") from None

# prefixes written into Turtle / TriG output
PREFIXES_FOR_OUTPUT = {
    "kg": "https://w3id.org/sohr-kg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "time": "http://www.w3.org/2006/time#",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "void": "http://rdfs.org/ns/void#",
    "spdx": "http://spdx.org/rdf/terms#",
    "foaf": "http://xmlns.com/foaf/0.1/",
}


# Formats whose output declares PREFIXES_FOR_OUTPUT (the others have no prefix syntax).
PREFIXED = frozenset({"turtle", "trig", "rdfxml"})


def write_triples(triples: Iterable[ox.Triple], out: IO[bytes], fmt: Format, base: str) -> None:
    """Serialise ``triples`` in ``fmt``: JSON-LD compact with our context (:mod:`kg.jsonld`),
    the others by oxigraph with our prefixes. ``base`` is the dataset's base IRI.
    """
    if fmt.name == "jsonld":
        from kg import jsonld  # kg.jsonld imports this module's prefixes

        jsonld.write(triples, out, base)
        return
    ox.serialize(triples, out, fmt.oxigraph,
                 prefixes=PREFIXES_FOR_OUTPUT if fmt.name in PREFIXED else None)
