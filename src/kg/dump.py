"""Dumps of the store in any RDF format of :mod:`kg.formats`."""

from __future__ import annotations

from typing import IO

from kg.formats import PREFIXES_FOR_OUTPUT, by_name
from kg.store import EmbeddedStore


def dump_store(store: EmbeddedStore, fmt: str, out: IO[bytes]) -> None:
    """Quad formats (N-Quads, TriG) keep the named graphs; triple formats get their union."""
    f = by_name(fmt)
    store.dump(out, f.oxigraph, prefixes=PREFIXES_FOR_OUTPUT if f.name in ("turtle", "trig")
               else None)
