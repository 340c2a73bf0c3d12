"""Validating what a store holds (``kg validate``): the bulletins read and checked in batches.

The bulletin and inferred graphs of :data:`BATCH` bulletins are read at once (one SPARQL
request on a remote store, instead of two per bulletin; the next batch is read while one is
validated) and validated in one pass
(:meth:`kg.validate.Validator.validate_batch`, as ``kg build`` does: a bulletin with a
violation is validated again on its own, so the reports are those of one bulletin at a time).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.pipeline import BuildOptions, Context, load_context
from kg.validate import BatchItem, Report

BATCH = 50  # bulletins read and validated together (~8k quads from a synthetic corpus)
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def validate_stored(store: Any, options: BuildOptions | None = None,
                    batch: int = BATCH) -> list[Report]:
    """Re-validate the gazetteer and every bulletin graph held in ``store`` (embedded or
    remote): one report each, the gazetteer's first, then the bulletins sorted by graph IRI."""
    ctx = load_context(options or BuildOptions())
    prefix = ctx.graph_iri("bulletin") + "/"
    ids = [g[len(prefix):] for g in sorted(store.graphs()) if g.startswith(prefix)]
    batches = [ids[start:start + batch] for start in range(0, len(ids), batch)]
    reports = [ctx.gazetteer_report]
    # the next batch is read while this one is validated (a remote server works meanwhile)
    with ThreadPoolExecutor(1) as reader:
        ahead = [reader.submit(_read, ctx, store, b) for b in batches[:1]]
        for n, chunk in enumerate(batches):
            triples = ahead.pop().result()
            ahead += [reader.submit(_read, ctx, store, b) for b in batches[n + 1:n + 2]]
            reports += ctx.validator.validate_batch(_items(chunk, triples))
    return reports


# (bulletin id, "bulletin" or "inferred") → the triples of that graph
Triples = dict[tuple[str, str], list[ox.Triple]]


def _read(ctx: Context, store: Any, ids: Sequence[str]) -> Triples:
    """The triples of the bulletin and inferred graphs of the bulletins ``ids``."""
    names = {ctx.graph_iri(kind, b): (b, kind) for b in ids for kind in ("bulletin", "inferred")}
    triples: Triples = {key: [] for key in names.values()}
    for quad in store.graphs_quads(list(names)):
        triples[names[quad.graph_name.value]].append(quad.triple)
    return triples


def _items(ids: Sequence[str], triples: Triples) -> list[BatchItem]:
    """The bulletins ``ids`` as validation items (their bulletin and inferred graphs)."""
    terms: dict[Any, Node] = {}
    items = []
    for b in ids:
        graph, inferred = (_rdflib(triples[b, kind], terms) for kind in ("bulletin", "inferred"))
        focus = frozenset(s for s, _, _ in graph if isinstance(s, URIRef))
        text = ox.serialize([*triples[b, "bulletin"], *triples[b, "inferred"]],
                            format=ox.RdfFormat.N_TRIPLES)
        items.append(BatchItem(f"bulletin {b}", (graph, inferred), focus, text))
    return items


def _rdflib(triples: Iterable[ox.Triple], terms: dict[Any, Node]) -> set[tuple[Node, ...]]:
    """pyoxigraph triples as rdflib's N-Triples parser makes them (a plain literal has no
    datatype); ``terms`` remembers the terms converted so far."""
    return {tuple(_term(t, terms) for t in triple) for triple in triples}


def _term(term: Any, terms: dict[Any, Node]) -> Node:
    found = terms.get(term)
    if found is None:
        found = terms[term] = _convert(term)
    return found


def _convert(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    datatype = term.datatype.value
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=None if datatype in (XSD_STRING, RDF_LANG_STRING)
                   else URIRef(datatype))


__all__ = ["BATCH", "validate_stored"]
