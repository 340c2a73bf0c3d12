"""SHACL-SPARQL constraints of node shapes, run batch-wise in pyoxigraph."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.validate.report import Finding


@dataclass(frozen=True)
class SparqlCheck:
    """A SHACL-SPARQL constraint of a node shape, ready to run over a batch in pyoxigraph."""

    shape: str  # the node shape's sh:name (or IRI), as pySHACL reports it
    severity: str
    query: str  # with PREFIX lines and a ``VALUES ?this`` slot (``#VALUES#``)
    message: str
    targets: str  # SELECT ?this: the shape's targets

    def run(self, store: ox.Store, nodes: list[str]) -> list[Finding]:
        values = "VALUES ?this { " + " ".join(f"<{n}>" for n in nodes) + " }"
        solutions = store.query(self.query.replace("#VALUES#", values, 1))
        names = [v.value for v in solutions.variables]
        seen = set()
        out = []
        for row in solutions:
            bound = {n: row[n] for n in names if row[n] is not None}
            this = bound.get("this")
            if this is None:
                continue
            key = tuple(sorted((k, str(v)) for k, v in bound.items()))
            if key in seen:
                continue
            seen.add(key)
            message = self.message
            for name, term in bound.items():
                text = _lexical(term)
                message = re.sub("{[?$]" + name + "}", lambda _m, t=text: t, message)
            out.append(Finding(self.severity, this.value, self.shape, message,
                               value=this.value))
        return out


def _lexical(term: Any) -> str:
    return term.value if hasattr(term, "value") else str(term)


def split_sparql_constraints(shapes: Graph) -> tuple[list[SparqlCheck], Graph]:
    """The SPARQL constraints that can run batch-wise, and the shapes graph without them.

    Only constraints of node shapes that are reached by their own targets (not through
    sh:node, sh:property, sh:not … of another shape) and hold a plain ``sh:select`` are
    moved; anything else stays with pySHACL.
    """
    core = Graph()
    core += shapes
    for prefix, ns in shapes.namespaces():
        core.bind(prefix, ns, override=True)
    referenced = {o for p in _NESTING for o in shapes.objects(None, p)}
    checks: list[SparqlCheck] = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql)):
        if (shape in referenced or (shape, RDF.type, SH.PropertyShape) in shapes
                or shapes.value(shape, SH.path) is not None
                or shapes.value(shape, SH.deactivated) == Literal(True)
                or shapes.value(constraint, SH.deactivated) == Literal(True)):
            continue
        select = shapes.value(constraint, SH.select)
        targets = _target_query(shapes, shape)
        if select is None or targets is None or "{" not in str(select):
            continue
        text = str(select)
        if re.search(r"\b(VALUES|MINUS|SERVICE)\b", text, re.IGNORECASE):
            continue  # pre-binding $this is not a VALUES join for these (SHACL 5.3.1)
        slot = text.index("{") + 1
        query = _prefixes(shapes, constraint) + text[:slot] + " #VALUES#\n" + text[slot:]
        messages = [str(m) for m in shapes.objects(constraint, SH.message)]
        messages += [str(m) for m in shapes.objects(shape, SH.message)]
        severity = shapes.value(shape, SH.severity) or SH.Violation
        name = shapes.value(shape, SH.name) or shape
        checks.append(SparqlCheck(str(name), str(severity).rsplit("#", 1)[-1], query,
                                  messages[0] if messages else "", targets))
        core.remove((shape, SH.sparql, constraint))
    return checks, core


_NESTING = (SH.node, SH.property, SH["not"], SH["and"], SH["or"], SH.xone,
            SH.qualifiedValueShape, RDF.first)


def _target_query(shapes: Graph, shape: Any) -> str | None:
    parts = []
    for c in shapes.objects(shape, SH.targetClass):
        parts.append(f"{{ ?this a/<{RDFS.subClassOf}>* <{c}> }}")
    if (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL.Class) in shapes:
        parts.append(f"{{ ?this a/<{RDFS.subClassOf}>* <{shape}> }}")
    for p in shapes.objects(shape, SH.targetSubjectsOf):
        parts.append(f"{{ ?this <{p}> ?o }}")
    for p in shapes.objects(shape, SH.targetObjectsOf):
        parts.append(f"{{ ?s <{p}> ?this }}")
    for n in shapes.objects(shape, SH.targetNode):
        if not isinstance(n, URIRef):
            return None
        parts.append(f"{{ BIND (<{n}> AS ?this) }}")
    if shapes.value(shape, SH.target) is not None:
        return None  # SHACL-AF custom targets: leave the shape to pySHACL
    if not parts:
        return None
    return "SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " }"


def _prefixes(shapes: Graph, constraint: Any) -> str:
    lines = []
    for source in shapes.objects(constraint, SH.prefixes):
        for decl in shapes.objects(source, SH.declare):
            prefix = shapes.value(decl, SH.prefix)
            ns = shapes.value(decl, SH.namespace)
            if prefix is not None and ns is not None:
                lines.append(f"PREFIX {prefix}: <{ns}>")
    return "\n".join(sorted(set(lines))) + "\n"



__all__ = ["SparqlCheck", "split_sparql_constraints"]
