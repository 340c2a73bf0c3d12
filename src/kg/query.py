"""Run a SPARQL query against a store and serialise the answer in a format from the table."""

from __future__ import annotations

from typing import IO

import pyoxigraph as ox

from kg.errors import InputError
from kg.formats import PREFIXES_FOR_OUTPUT, by_name
from kg.store import EmbeddedStore


def run_query(store: EmbeddedStore, sparql: str, fmt: str | None, out: IO[bytes]) -> None:
    """Execute ``sparql`` and write its results to ``out``.

    SELECT/ASK default to CSV, CONSTRUCT/DESCRIBE to Turtle. Raises :class:`InputError`
    for a syntax error or a format that does not fit the query form.
    """
    try:
        result = store.query(sparql)
    except SyntaxError as e:
        raise InputError(f"query: SPARQL syntax error: {e}") from None
    if isinstance(result, ox.QueryTriples):
        f = by_name(fmt or "turtle")
        if f.kind != "rdf":
            raise InputError(f"--format {f.name} is for SELECT/ASK; use an RDF format")
        ox.serialize(result, out, f.oxigraph, prefixes=PREFIXES_FOR_OUTPUT)
        return
    f = by_name(fmt or "csv")
    if f.kind != "results":
        raise InputError(f"--format {f.name} is for CONSTRUCT/DESCRIBE; use json, xml, csv, tsv")
    result.serialize(out, f.oxigraph)
