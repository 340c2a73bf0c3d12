"""SHACL validation (pySHACL) → a report object that names the bulletin and the rule."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyshacl import Validator as PyshaclValidator
from pyshacl import validate as shacl_validate
from pyshacl.graph_abstraction import DataGraph
from pyshacl.shapes_graph import ShapesGraph
from rdflib import Graph, Literal, URIRef, plugin
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor

SHAPES_DIR = Path(__file__).resolve().parents[2] / "shapes"


@lru_cache(maxsize=256)
def _prepared(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]) -> Query:
    return translateQuery(parseQuery(text), base, dict(namespaces))


class CachingSPARQLProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor, parsing each distinct query text once.

    pySHACL re-sends the same SPARQL constraint for every focus node; parsing dominated
    validation (70 parses of a few queries: 1.7 s of a 2.6 s bulletin). Registered in
    rdflib's plugin table under the standard name, so pySHACL picks it up unchanged.
    """

    def query(self, strOrQuery: str | Query, initBindings: Any = None,
              initNs: Any = None, base: str | None = None, DEBUG: bool = False) -> Any:
        if isinstance(strOrQuery, str):
            ns = tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = _prepared(strOrQuery, base, ns)
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


plugin.register("sparql", Processor, "kg.validate", "CachingSPARQLProcessor")


@dataclass(frozen=True)
class Finding:
    severity: str  # "Violation" | "Warning" | "Info"
    focus: str
    shape: str
    message: str
    path: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message} [{self.shape}]"


@dataclass
class Report:
    """What SHACL said about one graph (``subject`` names what was validated)."""

    subject: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self) -> str:
        lines = [f"{self.subject}: " + ("conforms" if self.conforms else
                                        f"{len(self.violations)} violation(s)")]
        lines += [f"  {f}" for f in self.findings]
        return "\n".join(lines)


def load_shapes(directory: Path = SHAPES_DIR) -> Graph:
    """All ``*.ttl`` shapes files in ``directory`` as one graph."""
    g = Graph()
    for f in sorted(Path(directory).glob("*.ttl")):
        g.parse(f, format="turtle")
    return g


@dataclass(frozen=True)
class BatchItem:
    """One bulletin of a batch: its graphs, the nodes to validate, its N-Triples if known."""

    subject: str
    graphs: tuple[Graph, ...]
    focus: frozenset[URIRef]
    ntriples: bytes | None = None  # all of ``graphs`` as N-Triples, when the caller has it


class _FocusSetValidator(PyshaclValidator):
    """pySHACL's validator with two fixes for large focus lists and repeated runs.

    pySHACL tests ``node in focus_nodes`` against a list, once per target of every shape:
    quadratic in the batch size (18 M term comparisons for 50 bulletins). A frozenset makes
    it linear. Its shapes graph is parsed once per :class:`Validator`, not once per call.
    """

    def __init__(self, data: DataGraph, shapes: ShapesGraph, options: dict[str, Any]) -> None:
        super().__init__(data, shacl_graph=shapes.graph, options=options)
        self.shacl_graph = shapes

    def make_executor(self) -> Any:
        executor = super().make_executor()
        if executor.focus_nodes:
            executor.focus_nodes = frozenset(executor.focus_nodes)
        return executor


class Validator:
    """Validates data graphs against the shapes, with the ontology and gazetteer as context.

    With focus nodes (the bulletin path) the work is split, for speed and with the same
    results (``tests/test_validate_fast.py`` compares both on every shape case):

    - SHACL-SPARQL constraints of node shapes run in pyoxigraph, one query per constraint
      and batch with ``$this`` bound by ``VALUES`` to the targeted focus nodes (rdflib
      evaluated them once per focus node, scanning the whole graph each time);
    - the core constraints run in pySHACL over a context cut down to the triples whose
      predicate the shapes mention (plus types and the class hierarchy): other triples
      cannot change a core result.

    ``fast=False`` keeps the plain pySHACL path (the reference for tests).
    """

    def __init__(self, shapes: Graph, ontology: Graph, *context: Graph,
                 fast: bool = True) -> None:
        self.shapes = shapes
        self.ontology = ontology
        self.context = Graph()
        for g in (ontology, *context):
            self.context += g
        self.fast = fast
        self._checks, core_shapes = split_sparql_constraints(shapes)
        self._core_shapes = ShapesGraph(core_shapes)
        self._core_context = relevant_context(self.context, shapes)
        self._context_nt = self.context.serialize(format="nt11", encoding="utf-8")

    def validate(self, subject: str, data: Graph, *extra: Graph,
                 focus: Iterable[URIRef] | None = None) -> Report:
        """Validate ``data`` (plus ``extra`` graphs and the context).

        With ``focus`` only those nodes are checked (the context was checked on its own).
        """
        if focus is not None and self.fast:
            item = BatchItem(subject, (data, *extra), frozenset(focus))
            return self.validate_batch([item])[0]
        work = Graph()
        work += self.context
        work += data
        for g in extra:
            work += g
        nodes = None if focus is None else list(focus)
        if nodes is not None and not nodes:
            return Report(subject)
        _, results, _ = shacl_validate(
            work, shacl_graph=self.shapes, inference="none", advanced=True,
            allow_warnings=True, focus_nodes=nodes,
        )
        return Report(subject, _findings(results, self.shapes))

    def validate_batch(self, items: Sequence[BatchItem]) -> list[Report]:
        """Validate several bulletins in one pass; one report per item, in order.

        A finding goes to every item whose focus holds its node. An item with a violation
        is validated again on its own, so that what is refused, and why, does not depend on
        the other bulletins of the batch.
        """
        focus = frozenset().union(*(i.focus for i in items))
        if not focus:
            return [Report(i.subject) for i in items]
        findings = self._core(items, focus) + self._sparql(items, focus)
        owners: dict[str, list[int]] = {}
        for n, item in enumerate(items):
            for node in item.focus:
                owners.setdefault(str(node), []).append(n)
        per_item: list[list[Finding]] = [[] for _ in items]
        for f in findings:
            for n in owners.get(f.focus, range(len(items))):
                per_item[n].append(f)
        reports = []
        for item, found in zip(items, per_item, strict=True):
            if len(items) > 1 and any(f.severity == "Violation" for f in found):
                reports.append(self.validate_batch([item])[0])
                continue
            found.sort(key=_finding_order)
            reports.append(Report(item.subject, found))
        return reports

    def _core(self, items: Sequence[BatchItem], focus: frozenset[URIRef]) -> list[Finding]:
        work = Graph()
        work += self._core_context
        for item in items:
            for g in item.graphs:
                work += g
        options = {"inference": "none", "advanced": True, "allow_warnings": True,
                   "focus_nodes": list(focus), "inplace": True}
        _, results, _ = _FocusSetValidator(DataGraph.from_rdflib(work), self._core_shapes,
                                           options).run()
        return _findings(results, self.shapes)

    def _sparql(self, items: Sequence[BatchItem], focus: frozenset[URIRef]) -> list[Finding]:
        if not self._checks:
            return []
        store = ox.Store()
        store.bulk_load(self._context_nt, ox.RdfFormat.N_TRIPLES)
        for item in items:
            chunks = [item.ntriples] if item.ntriples is not None else [
                g.serialize(format="nt11", encoding="utf-8") for g in item.graphs]
            for chunk in chunks:
                store.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
        out: list[Finding] = []
        targets_of: dict[str, set[str]] = {}
        for check in self._checks:
            key = check.targets
            if key not in targets_of:
                targets_of[key] = {row["this"].value for row in store.query(key)
                                   if isinstance(row["this"], ox.NamedNode)}
            nodes = sorted(targets_of[key] & {str(f) for f in focus})
            if nodes:
                out += check.run(store, nodes)
        return out


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


def relevant_context(context: Graph, shapes: Graph) -> Graph:
    """The context triples a core constraint can see: predicates the shapes mention.

    Core constraints reach data only through sh:path predicates, target predicates and
    classes (rdf:type with rdfs:subClassOf); a triple whose predicate no shape names cannot
    change their result. Labels and comments of the ontology and gazetteer go (~40 %).
    """
    mentioned = {t for triple in shapes for t in triple if isinstance(t, URIRef)}
    for text in shapes.objects(None, SH.select):
        mentioned |= {URIRef(i) for i in re.findall(r"<([^<>\s]+)>", str(text))}
    keep = mentioned | {RDF.type, RDFS.subClassOf, RDF.first, RDF.rest}
    out = Graph()
    for t in context:
        if t[1] in keep:
            out.add(t)
    return out


def _finding_order(f: Finding) -> tuple:
    return (f.severity != "Violation", f.focus, f.shape, f.message)


def _findings(results: Graph, shapes: Graph) -> list[Finding]:
    out = []
    for r in results.subjects(SH.resultSeverity, None):
        sev = results.value(r, SH.resultSeverity)
        shape = results.value(r, SH.sourceShape)
        name = shapes.value(shape, SH.name) if shape is not None else None
        out.append(Finding(
            severity=str(sev).rsplit("#", 1)[-1],
            focus=str(results.value(r, SH.focusNode)),
            shape=str(name or shape),
            message=str(results.value(r, SH.resultMessage) or ""),
            path=_opt(results.value(r, SH.resultPath)),
            value=_opt(results.value(r, SH.value)),
        ))
    out.sort(key=_finding_order)
    return out


def _opt(node: object) -> str | None:
    return None if node is None else str(node)


__all__ = ["BatchItem", "Finding", "Report", "SparqlCheck", "Validator", "load_shapes",
           "relevant_context", "split_sparql_constraints"]
