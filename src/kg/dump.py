"""Dumps of the store in any RDF format of :mod:`kg.formats`, and the published set of them.

:func:`dump_all` writes the whole public dataset as N-Quads and TriG (gzip), the union of its
graphs as Turtle, N-Triples and JSON-LD, and ``void.ttl``: a DCAT / VoID description naming
each file with its size, triple count and SHA-256. Private graphs (licensed data a user
imported, :func:`kg.link.is_private_graph`) are left out unless asked for.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.formats import PREFIXES_FOR_OUTPUT, Format, by_name, write_triples
from kg.iris import Minter
from kg.link import is_private_graph
from kg.store import EmbeddedStore

CATALOG = "void.ttl"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
Graph = ox.NamedNode | ox.DefaultGraph


def dump_store(store: EmbeddedStore, fmt: str, out: IO[bytes]) -> None:
    """Quad formats (N-Quads, TriG) keep the named graphs; triple formats get their union."""
    f = by_name(fmt)
    store.dump(out, f.oxigraph, prefixes=PREFIXES_FOR_OUTPUT if f.name in ("turtle", "trig")
               else None)


@dataclass(frozen=True)
class DumpSpec:
    """One published file: its name, format, whether gzipped, and what it holds."""

    name: str
    format: str
    gzip: bool
    scope: str  # "dataset": named graphs kept; "union": the default graph (all graphs merged)
    title: str

    @property
    def media_type(self) -> str:
        """What the server sends it as (gzip files as such, so clients don't unpack them)."""
        return "application/gzip" if self.gzip else by_name(self.format).media_type


DUMPS: tuple[DumpSpec, ...] = (
    DumpSpec("kg.nq.gz", "nquads", True, "dataset", "All named graphs as N-Quads (gzip)"),
    DumpSpec("kg.trig.gz", "trig", True, "dataset", "All named graphs as TriG (gzip)"),
    DumpSpec("kg.ttl", "turtle", False, "union", "The union of the graphs as Turtle"),
    DumpSpec("kg.nt", "ntriples", False, "union", "The union of the graphs as N-Triples"),
    DumpSpec("kg.jsonld", "jsonld", False, "union",
             "The union of the graphs as JSON-LD (compact, with the published context)"),
)


@dataclass(frozen=True)
class Written:
    spec: DumpSpec
    size: int
    sha256: str
    triples: int


class _Hashing:
    """A binary sink that hashes and counts what passes through to ``raw``."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.sha, self.size = raw, hashlib.sha256(), 0

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        self.size += len(data)
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()


class _Counted:
    """Iterates ``items`` counting them (the file's void:triples)."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items, self.n = items, 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            self.n += 1
            yield item


def public_graphs(store: EmbeddedStore, include_private: bool = False) -> list[Graph]:
    """The store's default graph and its named graphs, private ones left out by default."""
    named = [ox.NamedNode(g) for g in sorted(store.graphs())
             if include_private or not is_private_graph(g)]
    return [ox.DefaultGraph(), *named]


def _quads(store: EmbeddedStore, graphs: list[Graph]) -> Iterator[ox.Quad]:
    for graph in graphs:
        yield from store.oxigraph.quads_for_pattern(None, None, None, graph)


_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def _union(store: EmbeddedStore, graphs: list[Graph]) -> Iterator[ox.Triple]:
    # The protocol-style dataset (these graphs merged as the default graph) rather than the
    # store's union flag, which would take private graphs in too.
    yield from store.oxigraph.query(_UNION, use_default_graph_as_union=False,
                                    default_graph=graphs)


def _write_one(spec: DumpSpec, items: _Counted, out: IO[bytes], base: str) -> None:
    fmt: Format = by_name(spec.format)
    if spec.scope == "dataset":
        ox.serialize(items, out, fmt.oxigraph,
                     prefixes=PREFIXES_FOR_OUTPUT if spec.format == "trig" else None)
    else:
        write_triples(items, out, fmt, base)


def _write_file(path: Path, spec: DumpSpec, items: Iterable[Any], base: str) -> Written:
    # Write beside, then rename: a server reading the folder never sees half a file.
    tmp = path.with_name(path.name + ".part")
    counted = _Counted(items)
    with tmp.open("wb") as raw:
        sink = _Hashing(raw)
        if spec.gzip:
            # mtime=0 and no file name: the same data gives the same bytes and checksum.
            with gzip.GzipFile(filename="", fileobj=sink, mode="wb", mtime=0) as zipped:
                _write_one(spec, counted, zipped, base)  # type: ignore[arg-type]
        else:
            _write_one(spec, counted, sink, base)  # type: ignore[arg-type]
    os.replace(tmp, path)
    return Written(spec, sink.size, sink.sha.hexdigest(), counted.n)


SOURCES: dict[str, Callable[[EmbeddedStore, list[Graph]], Iterator[Any]]] = {
    "dataset": _quads, "union": _union}


def dump_all(store: EmbeddedStore, directory: str | Path, minter: Minter,
             include_private: bool = False, created: date | None = None) -> list[Written]:
    """Write every file of :data:`DUMPS` and the description ``void.ttl`` into ``directory``.

    Returns what was written, in :data:`DUMPS` order. Raises OSError when the folder can't be
    written.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    graphs = public_graphs(store, include_private)
    written = [_write_file(directory / spec.name, spec, SOURCES[spec.scope](store, graphs),
                           minter.base) for spec in DUMPS]
    union_triples = next(w.triples for w in written if w.spec.scope == "union")
    description = describe(written, minter, created or date.today(), union_triples,
                           len(graphs) - 1)
    tmp = directory / (CATALOG + ".part")
    tmp.write_bytes(ox.serialize(description, format=ox.RdfFormat.TURTLE,
                                 prefixes=PREFIXES_FOR_OUTPUT))
    os.replace(tmp, directory / CATALOG)
    return written


def describe(written: list[Written], minter: Minter, created: date, triples: int,
             graphs: int) -> list[ox.Triple]:
    """The DCAT / VoID description of the dumps: the dataset and one distribution per file."""
    ns = PREFIXES_FOR_OUTPUT

    def n(prefix: str, local: str) -> ox.NamedNode:
        return ox.NamedNode(ns[prefix] + local)

    def lit(value: object, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
        if lang:
            return ox.Literal(str(value), language=lang)
        return ox.Literal(str(value), datatype=n("xsd", datatype) if datatype else None)

    a = n("rdf", "type")
    dataset = ox.NamedNode(str(minter.dumps()))
    kg, sohr = ox.NamedNode(str(minter.publisher("kg"))), ox.NamedNode(
        str(minter.publisher("sohr")))
    out = [
        ox.Triple(dataset, a, n("dcat", "Dataset")), ox.Triple(dataset, a, n("void", "Dataset")),
        ox.Triple(dataset, n("dcterms", "title"),
                  lit("SOHR conflict bulletins as a knowledge graph", lang="en")),
        ox.Triple(dataset, n("dcterms", "title"),
                  lit("نشرات المرصد السوري لحقوق الإنسان كرسم معرفي", lang="ar")),
        ox.Triple(dataset, n("dcterms", "description"), lit(
            "Casualty observations, military operations, armed actors and places extracted "
            f"from the Arabic bulletins of SOHR, each number with its evidence quote; {graphs} "
            "named graphs (private graphs left out).", lang="en")),
        ox.Triple(dataset, n("dcterms", "license"), ox.NamedNode(LICENSE)),
        ox.Triple(dataset, n("dcterms", "publisher"), kg),
        ox.Triple(dataset, n("dcterms", "source"), sohr),
        ox.Triple(dataset, n("dcterms", "created"), lit(created.isoformat(), "date")),
        ox.Triple(dataset, n("void", "triples"), lit(triples, "integer")),
        ox.Triple(dataset, n("void", "uriSpace"), lit(minter.base)),
        ox.Triple(dataset, n("void", "vocabulary"), ox.NamedNode(ns["kg"])),
        ox.Triple(dataset, n("void", "sparqlEndpoint"), ox.NamedNode(minter.base + "sparql")),
        ox.Triple(kg, a, n("foaf", "Organization")),
        ox.Triple(kg, n("foaf", "name"), lit("The kg project (SOHR knowledge graph)", lang="en")),
        ox.Triple(sohr, a, n("foaf", "Organization")),
        ox.Triple(sohr, n("foaf", "name"), lit("Syrian Observatory for Human Rights (SOHR)",
                                               lang="en")),
        ox.Triple(sohr, n("foaf", "homepage"), ox.NamedNode("https://www.syriahr.com/")),
    ]
    for w in written:
        dist = ox.NamedNode(str(minter.dumps(w.spec.name)))
        checksum = ox.BlankNode()
        fmt = by_name(w.spec.format)
        out += [
            ox.Triple(dataset, n("dcat", "distribution"), dist),
            ox.Triple(dist, a, n("dcat", "Distribution")),
            ox.Triple(dist, n("dcterms", "title"), lit(w.spec.title, lang="en")),
            ox.Triple(dist, n("dcat", "downloadURL"), dist),
            ox.Triple(dist, n("dcat", "mediaType"), ox.NamedNode(MEDIA_TYPES + fmt.media_type)),
            ox.Triple(dist, n("dcterms", "format"), ox.NamedNode(fmt.oxigraph.iri)),
            ox.Triple(dist, n("dcterms", "license"), ox.NamedNode(LICENSE)),
            ox.Triple(dist, n("dcterms", "created"), lit(created.isoformat(), "date")),
            ox.Triple(dist, n("dcat", "byteSize"), lit(w.size, "nonNegativeInteger")),
            ox.Triple(dist, n("void", "triples"), lit(w.triples, "integer")),
            ox.Triple(dist, n("spdx", "checksum"), checksum),
            ox.Triple(checksum, a, n("spdx", "Checksum")),
            ox.Triple(checksum, n("spdx", "algorithm"), n("spdx", "checksumAlgorithm_sha256")),
            ox.Triple(checksum, n("spdx", "checksumValue"), lit(w.sha256, "hexBinary")),
        ]
        if w.spec.gzip:
            out.append(ox.Triple(dist, n("dcat", "compressFormat"),
                                 ox.NamedNode(MEDIA_TYPES + "application/gzip")))
        if w.spec.format == "jsonld":
            out.append(ox.Triple(dist, n("dcterms", "conformsTo"),
                                 ox.NamedNode(str(minter.context()))))
    return out
