"""Compact, readable JSON-LD: the published context and a streaming writer that uses it.

pyoxigraph writes expanded JSON-LD (full IRIs everywhere); people reading a dump or a
resource want ``"kg:countBest"`` and ``"place/damascus"``. The context is served at
``{base}context.jsonld``; output embeds the same object (plus ``@base``) so that a file
stays readable and parseable offline, without fetching anything.

>>> import io, json
>>> t = ox.Triple(ox.NamedNode("https://ex.org/kg/place/x"),
...               ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
...               ox.Literal("دمشق", language="ar"))
>>> out = io.BytesIO()
>>> write([t], out, "https://ex.org/kg/")
1
>>> json.loads(out.getvalue())["@graph"]
[{'@id': 'place/x', 'rdfs:label': [{'@value': 'دمشق', '@language': 'ar'}]}]
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

import pyoxigraph as ox

from kg.formats import PREFIXES_FOR_OUTPUT

CONTEXT_PATH = "context.jsonld"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def context() -> dict[str, Any]:
    """The JSON-LD context published at ``{base}context.jsonld``: our prefixes."""
    return {"@version": 1.1, **PREFIXES_FOR_OUTPUT}


class _Compactor:
    def __init__(self, base: str) -> None:
        self.base = base
        # Longest namespace first, so ``https://w3id.org/sohr-kg/ontology#`` wins over shorter.
        self.prefixes = sorted(PREFIXES_FOR_OUTPUT.items(), key=lambda kv: -len(kv[1]))

    def iri(self, iri: str) -> str:
        """A compact IRI (``kg:Place``) when a prefix fits, else the IRI itself."""
        for prefix, ns in self.prefixes:
            local = iri[len(ns):]
            if iri.startswith(ns) and local and not local.startswith("//"):
                return f"{prefix}:{local}"
        return iri

    def node_id(self, term: ox.NamedNode | ox.BlankNode) -> str:
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        compact = self.iri(term.value)
        if compact != term.value:  # a vocabulary term (kg:atLeast) reads better than a path
            return compact
        rel = term.value[len(self.base):]
        # A relative reference is resolved against @base only if it can't be read as a
        # compact IRI or an absolute one, i.e. has no ':' before its first '/'.
        if term.value.startswith(self.base) and rel and ":" not in rel.split("/", 1)[0]:
            return rel
        return term.value

    def value(self, term: Any) -> Any:
        if isinstance(term, ox.Literal):
            if term.language:
                return {"@value": term.value, "@language": term.language}
            if term.datatype.value == XSD_STRING:
                return term.value
            return {"@value": term.value, "@type": self.iri(term.datatype.value)}
        return {"@id": self.node_id(term)}


def write(triples: Iterable[ox.Triple], out: IO[bytes], base: str) -> int:
    """Write ``triples`` as compact JSON-LD to ``out``; return how many were written.

    Streams: one node object per run of triples with the same subject (JSON-LD merges node
    objects that share an ``@id``), so memory stays flat whatever the input size.
    """
    c = _Compactor(base)
    head = {"@context": {**context(), "@base": base}}
    out.write(json.dumps(head, ensure_ascii=False)[:-1].encode("utf-8") + b', "@graph": [\n')
    count, first = 0, True
    subject: Any = None
    node: dict[str, Any] = {}

    def flush() -> None:
        nonlocal first
        if node:
            out.write((b"" if first else b",\n") + json.dumps(node, ensure_ascii=False)
                      .encode("utf-8"))
            first = False

    for t in triples:
        if t.subject != subject:
            flush()
            subject, node = t.subject, {"@id": c.node_id(t.subject)}
        if t.predicate.value == RDF_TYPE and not isinstance(t.object, ox.Literal):
            node.setdefault("@type", []).append(c.node_id(t.object)
                                                if isinstance(t.object, ox.BlankNode)
                                                else c.iri(t.object.value))
        else:
            node.setdefault(c.iri(t.predicate.value), []).append(c.value(t.object))
        count += 1
    flush()
    out.write(b"\n]}\n")
    return count


def dumps(triples: Iterable[ox.Triple], base: str) -> bytes:
    """:func:`write` into bytes."""
    import io

    buffer = io.BytesIO()
    write(triples, buffer, base)
    return buffer.getvalue()
