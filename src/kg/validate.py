"""SHACL validation (pySHACL) → a report object that names the bulletin and the rule."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyshacl import Validator as PyshaclValidator
from pyshacl import validate as shacl_validate
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS
from pyshacl.errors import ReportableRuntimeError
from pyshacl.graph_abstraction import DataGraph
from pyshacl.rdfutil.compare import compare_literal
from pyshacl.shapes_graph import ShapesGraph
from rdflib import BNode, Graph, Literal, URIRef, plugin
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor

from kg.mapping import ntriples

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
    """One bulletin of a batch: its graphs, the nodes to validate, its N-Triples if known.

    A graph is an rdflib graph or any collection of triples (builds pass plain sets).
    """

    subject: str
    graphs: tuple[Iterable[tuple], ...]
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
    findings as plain pySHACL (``tests/test_validate_compiled.py`` compares them on every
    shape case, the seed, the dev bulletins and mutants that break each constraint):

    - SHACL Core constraints run compiled (:class:`CoreChecks`): Python checks over a
      dictionary index of the batch and the context, with rdflib's term semantics;
    - SHACL-SPARQL constraints of node shapes run in pyoxigraph, one query per constraint
      and batch with ``$this`` bound by ``VALUES`` to the targeted focus nodes;
    - whatever neither can take (an unsupported component, a custom target) runs in pySHACL
      over a context cut down to the triples whose predicate the shapes mention.

    ``fast=False`` is plain pySHACL over the whole data graph, with findings kept for the
    focus nodes (the reference for tests). pySHACL's own ``focus_nodes`` option is not used
    for it: with it, nested shapes (sh:or, sh:qualifiedValueShape) pass every value node that
    is not itself a focus node, e.g. any literal.
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
        self.core = CoreChecks(core_shapes)
        self._residual = (ShapesGraph(self.core.residual) if self.core.residual is not None
                          else None)
        self._core_context = relevant_context(self.context, shapes)
        self._context_index = TripleIndex(self._core_context, self.core.inverse_predicates)
        self._context_nt = self.context.serialize(format="nt11", encoding="utf-8")

    def validate(self, subject: str, data: Graph, *extra: Graph,
                 focus: Iterable[URIRef] | None = None) -> Report:
        """Validate ``data`` (plus ``extra`` graphs and the context).

        With ``focus`` only findings about those nodes are kept (the context was checked on
        its own).
        """
        if focus is not None and self.fast:
            item = BatchItem(subject, (data, *extra), frozenset(focus))
            return self.validate_batch([item])[0]
        nodes = None if focus is None else {str(n) for n in focus}
        if nodes is not None and not nodes:
            return Report(subject)
        work = Graph()
        work += self.context
        work += data
        for g in extra:
            work += g
        _, results, _ = shacl_validate(
            work, shacl_graph=self.shapes, inference="none", advanced=True,
            allow_warnings=True,
        )
        found = _findings(results, self.shapes)
        return Report(subject, _unique(f for f in found if nodes is None or f.focus in nodes))

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
            reports.append(Report(item.subject, _unique(found)))
        return reports

    def _core(self, items: Sequence[BatchItem], focus: frozenset[URIRef]) -> list[Finding]:
        index = TripleIndex((t for item in items for g in item.graphs for t in g),
                            self.core.inverse_predicates, base=self._context_index,
                            keep=self.core.predicates)
        out = self.core.run(index, focus)
        if self._residual is None:
            return out
        work = Graph()
        work += self._core_context
        for item in items:
            for g in item.graphs:
                work.addN((s, p, o, work) for s, p, o in g)
        options = {"inference": "none", "advanced": True, "allow_warnings": True,
                   "focus_nodes": list(focus), "inplace": True}
        _, results, _ = _FocusSetValidator(DataGraph.from_rdflib(work), self._residual,
                                           options).run()
        return out + _findings(results, self.shapes)

    def _sparql(self, items: Sequence[BatchItem], focus: frozenset[URIRef]) -> list[Finding]:
        if not self._checks:
            return []
        # a fresh store per batch: loading the context (12 ms) costs less than querying a
        # kept one through the union of its graphs
        store = ox.Store()
        store.bulk_load(self._context_nt, ox.RdfFormat.N_TRIPLES)
        for item in items:
            chunks = [item.ntriples] if item.ntriples is not None else [
                ntriples(g) for g in item.graphs]
            for chunk in chunks:
                store.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
        out: list[Finding] = []
        targets_of: dict[str, set[str]] = {}
        wanted = {str(f) for f in focus}
        for check in self._checks:
            key = check.targets
            if key not in targets_of:
                targets_of[key] = {row["this"].value for row in store.query(key)
                                   if isinstance(row["this"], ox.NamedNode)}
            nodes = sorted(targets_of[key] & wanted)
            if nodes:
                out += check.run(store, nodes)
        return out


def _unique(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in report order, each once (pySHACL repeats some, e.g. per compared value)."""
    return sorted(set(findings), key=_finding_key)


def _finding_key(f: Finding) -> tuple:
    return (*_finding_order(f), f.path or "", f.value or "")


# -- SHACL Core, compiled ------------------------------------------------------------------
class TripleIndex:
    """Triples by subject and predicate (plus the objects of a few predicates), over a base.

    The only lookups core constraints make. A batch index sits on the context's index: a
    lookup unites both, so the context is indexed once per build, not once per batch. With
    ``keep``, only triples of those predicates are indexed (the others no check can see).
    """

    def __init__(self, triples: Iterable[tuple], inverse: frozenset[URIRef] = frozenset(),
                 base: TripleIndex | None = None, keep: frozenset | None = None) -> None:
        out: dict[Any, dict[Any, set]] = {}
        objects_of: dict[Any, set] = {p: set() for p in inverse}
        subclass = False
        for s, p, o in triples:
            if keep is not None and p not in keep:
                continue
            by_p = out.get(s)
            if by_p is None:
                out[s] = {p: {o}}
            else:
                objs = by_p.get(p)
                if objs is None:
                    by_p[p] = {o}
                else:
                    objs.add(o)
            if p in objects_of:
                objects_of[p].add(o)
            if p == _SUBCLASS:
                subclass = True
        self.base = base
        self._out = out
        self._objects_of = objects_of
        # superclass closures: shared with the base unless this batch adds subclass axioms
        own = base is None or subclass
        self._supers: dict[Any, frozenset] = {} if own else base._supers

    def predicates(self, s: Any) -> Iterable:
        mine = self._out.get(s)
        if self.base is None:
            return mine.keys() if mine else ()
        theirs = self.base.predicates(s)
        return (mine.keys() | set(theirs)) if mine else theirs

    def objects(self, s: Any, p: Any) -> set:
        mine = self._out.get(s)
        found = mine.get(p) if mine else None
        if self.base is None:
            return found or _EMPTY
        theirs = self.base.objects(s, p)
        if found and theirs:
            return found | theirs
        return found or theirs

    def objects_of(self, p: Any) -> set:
        """Every object of predicate ``p`` (one of the ``inverse`` predicates)."""
        found = self._objects_of.get(p, _EMPTY)
        if self.base is None:
            return found
        theirs = self.base.objects_of(p)
        return found | theirs if found and theirs else found or theirs

    def supers(self, cls: Any) -> frozenset:
        """``cls`` and every class it is a (transitive) rdfs:subClassOf."""
        known = self._supers.get(cls)
        if known is None:
            seen, todo = {cls}, [cls]
            while todo:
                for d in self.objects(todo.pop(), _SUBCLASS):
                    if d not in seen:
                        seen.add(d)
                        todo.append(d)
            known = self._supers[cls] = frozenset(seen)
        return known

    def classes(self, node: Any) -> set:
        """Every class ``node`` is a SHACL instance of (rdf:type, then rdfs:subClassOf*)."""
        out: set = set()
        for t in self.objects(node, _TYPE):
            out |= self.supers(t)
        return out

    def is_instance(self, node: Any, cls: Any) -> bool:
        return any(cls in self.supers(t) for t in self.objects(node, _TYPE))

    def values(self, focus: Any, path: tuple) -> set:
        """The value nodes of a predicate path or a sequence of predicates."""
        if len(path) == 1:
            return self.objects(focus, path[0])
        nodes = {focus}
        for p in path:
            found: set = set()
            for n in nodes:
                found |= self.objects(n, p)
            nodes = found
        return nodes


_EMPTY: frozenset = frozenset()
_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf  # rdflib namespaces look terms up on each use
_NO_VALUE = None  # what a component yields for a result without sh:value (cardinalities)
Check = Callable[[TripleIndex, Any, set], Iterator[Any]]  # (index, focus, values) → values


class NotCompiled(Exception):
    """A shape uses something the compiled checks do not do: pySHACL takes it."""


@dataclass
class CompiledShape:
    """One shape's constraint components as Python checks (``path`` None: a node shape)."""

    node: Any
    name: str
    severity: str
    message: str
    path: tuple | None
    path_text: str | None
    checks: list[Check]
    warn_only: bool = False  # sh:Warning/sh:Info: conforms when nested (allow_warnings)

    def results(self, index: TripleIndex, focus: Any) -> Iterator[Any]:
        """The sh:value of each result for ``focus`` (``None`` for results without one)."""
        values = {focus} if self.path is None else index.values(focus, self.path)
        for check in self.checks:
            yield from check(index, focus, values)

    def conforms(self, index: TripleIndex, focus: Any) -> bool:
        """Conformance of a nested shape (sh:or members, qualified value shapes)."""
        return self.warn_only or next(self.results(index, focus), _END) is _END


_END = object()


@dataclass
class CompiledTarget:
    """A node shape with targets, and the compiled shapes that apply to its focus nodes."""

    classes: frozenset
    subjects_of: tuple
    objects_of: tuple
    nodes: frozenset
    shapes: list[CompiledShape]

    def targets(self, index: TripleIndex, focus: Any, classes: set) -> bool:
        return (focus in self.nodes or not self.classes.isdisjoint(classes)
                or any(index.objects(focus, p) for p in self.subjects_of)
                or any(focus in index.objects_of(p) for p in self.objects_of))


class CoreChecks:
    """SHACL Core constraints compiled to Python checks, with pySHACL as their reference.

    Each node shape with targets becomes a :class:`CompiledTarget`; its node-level
    components and each of its property shapes are compiled when every component they use
    is in :data:`_COMPONENTS` (and the shape has exactly one sh:message, the text pySHACL
    reports). Whatever is compiled is removed from :attr:`residual`, the shapes graph left
    for pySHACL (``None`` when nothing is left): nothing is skipped silently.

    The checks replicate pySHACL's semantics (rdflib literals: ill-typed values, value
    comparisons, string forms), not a reading of the specification that could differ.
    """

    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.targets: list[CompiledTarget] = []
        self.fallback: list[str] = []  # what pySHACL still checks, and why
        residual = Graph()
        residual += shapes
        for prefix, ns in shapes.namespaces():
            residual.bind(prefix, ns, override=True)
        if (None, RDF.type, SH.ConstraintComponent) in shapes:
            self.fallback.append("custom constraint components: everything stays in pySHACL")
        else:
            for shape in sorted(_targeted_shapes(shapes), key=str):
                self._compile_target(shape, residual)
        self.residual = residual if _has_constraints(residual) else None
        self.inverse_predicates = frozenset(p for t in self.targets for p in t.objects_of)
        # what the checks can read: paths, compared and target predicates are all named in
        # the shapes graph; classes need rdf:type and rdfs:subClassOf. Other triples need no
        # index.
        self.predicates = frozenset(
            {t for triple in shapes for t in triple if isinstance(t, URIRef)}
            | {_TYPE, _SUBCLASS})
        self._index_targets()

    def run(self, index: TripleIndex, focus: Iterable[URIRef]) -> list[Finding]:
        """The findings of every compiled shape that targets a node of ``focus``."""
        out = []
        for f in focus:
            for target in self._targets_of(index, f):
                for shape in target.shapes:
                    for v in shape.results(index, f):
                        out.append(Finding(shape.severity, str(f), shape.name, shape.message,
                                           shape.path_text, None if v is None else str(v)))
        return out

    def _targets_of(self, index: TripleIndex, f: Any) -> list[CompiledTarget]:
        found: set[int] = set(self._by_node.get(f, ()))
        for c in index.classes(f):
            found.update(self._by_class.get(c, ()))
        for p in index.predicates(f):
            found.update(self._by_subject_of.get(p, ()))
        for p, targets in self._by_object_of.items():
            if f in index.objects_of(p):
                found.update(targets)
        return [self.targets[n] for n in sorted(found)]

    def _index_targets(self) -> None:
        """Which targets a class, a subject's predicate, an object's predicate, a node selects."""
        self._by_class: dict[Any, list[int]] = {}
        self._by_subject_of: dict[Any, list[int]] = {}
        self._by_object_of: dict[Any, list[int]] = {}
        self._by_node: dict[Any, list[int]] = {}
        for n, t in enumerate(self.targets):
            for table, keys in ((self._by_class, t.classes), (self._by_subject_of, t.subjects_of),
                                (self._by_object_of, t.objects_of), (self._by_node, t.nodes)):
                for k in keys:
                    table.setdefault(k, []).append(n)

    def _compile_target(self, shape: Any, residual: Graph) -> None:
        g = self.shapes
        why = None
        if (shape, SH.path, None) in g:
            why = "a property shape with targets"
        elif (shape, SH.target, None) in g:
            why = "a SHACL-AF custom target (sh:target)"
        elif any((shape, RDF.type, c) in g for c in (RDFS.Class, OWL.Class)):
            why = "an implicit class target"
        elif any(not isinstance(n, URIRef) for n in g.objects(shape, SH.targetNode)):
            why = "a non-IRI sh:targetNode"
        if why:
            self.fallback.append(f"{shape}: {why}")
            return
        compiled: list[CompiledShape] = []
        if not _deactivated(g, shape):
            try:
                node_level = _compile_shape(g, shape, reported=True, nested=False)
                compiled.append(node_level)
                for param in _params(g, shape):
                    if param in _COMPONENTS:
                        residual.remove((shape, param, None))
            except NotCompiled as e:
                self.fallback.append(f"{shape}: {e}")
            for prop in sorted(g.objects(shape, SH.property), key=str):
                try:
                    if not _deactivated(g, prop):
                        compiled.append(_compile_shape(g, prop, reported=True, nested=False))
                    residual.remove((shape, SH.property, prop))
                except NotCompiled as e:
                    self.fallback.append(f"{prop}: {e}")
        else:
            for p in (SH.property, *_COMPONENTS):
                residual.remove((shape, p, None))
        self.targets.append(CompiledTarget(
            frozenset(g.objects(shape, SH.targetClass)),
            tuple(sorted(g.objects(shape, SH.targetSubjectsOf))),
            tuple(sorted(g.objects(shape, SH.targetObjectsOf))),
            frozenset(g.objects(shape, SH.targetNode)),
            [c for c in compiled if c.checks]))


_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target)


def _targeted_shapes(shapes: Graph) -> set:
    found = {s for p in _TARGETS for s in shapes.subjects(p, None)}
    for c in (RDFS.Class, OWL.Class):
        for s in shapes.subjects(RDF.type, c):
            if any((s, RDF.type, t) in shapes for t in (SH.NodeShape, SH.PropertyShape)):
                found.add(s)
    return found


def _has_constraints(shapes: Graph) -> bool:
    """Whether a shape with targets still has anything for pySHACL to check."""
    params = set(ALL_CONSTRAINT_PARAMETERS) | {SH.expression, SH.js, SH.rule}
    for shape in _targeted_shapes(shapes):
        if _deactivated(shapes, shape):
            continue
        if any(p in params for p in shapes.predicates(shape, None)):
            return True
    return False


def _deactivated(shapes: Graph, shape: Any) -> bool:
    return shapes.value(shape, SH.deactivated) == Literal(True)


def _params(shapes: Graph, shape: Any) -> list:
    """The constraint parameters ``shape`` uses (pySHACL's list, plus its extensions)."""
    known = set(ALL_CONSTRAINT_PARAMETERS) | {SH.expression, SH.js}
    return sorted({p for p in shapes.predicates(shape, None) if p in known})


def _compile_shape(shapes: Graph, shape: Any, *, reported: bool, nested: bool,
                   depth: int = 0) -> CompiledShape:
    """Compile one shape's components (not sh:property: the caller takes those)."""
    if depth > 8:
        raise NotCompiled("shapes nested too deep (recursive?)")
    path = shapes.value(shape, SH.path)
    steps, path_text = (None, None) if path is None else _path(shapes, path)
    severity = shapes.value(shape, SH.severity) or SH.Violation
    messages = list(shapes.objects(shape, SH.message))
    builders: list = []
    for param in _params(shapes, shape):
        if param == SH.property and not nested and path is None:
            continue  # the property shapes of a targeted node shape: compiled one by one
        build = _COMPONENTS.get(param)
        if build is None:
            raise NotCompiled(f"sh:{param.rsplit('#', 1)[-1]} is not compiled")
        if build not in builders:
            builders.append(build)
    checks = [b(shapes, shape, depth) for b in builders]
    if reported and checks and len(messages) != 1:
        raise NotCompiled("needs exactly one sh:message (pySHACL's generic texts differ)")
    name = shapes.value(shape, SH.name) or shape
    return CompiledShape(
        shape, str(name), str(severity).rsplit("#", 1)[-1],
        str(messages[0]) if messages else "", steps, path_text,
        [] if _deactivated(shapes, shape) else checks,
        warn_only=severity in (SH.Warning, SH.Info) or _deactivated(shapes, shape))


def _path(shapes: Graph, path: Any) -> tuple[tuple, str]:
    """A predicate path or a sequence of predicates: its steps and how reports show it."""
    if isinstance(path, URIRef):
        return (path,), str(path)
    steps = tuple(shapes.items(path)) if (path, RDF.first, None) in shapes else ()
    if len(steps) < 2 or not all(isinstance(s, URIRef) for s in steps):
        raise NotCompiled("only predicate paths and sequences of predicates are compiled")
    return steps, _path_text(shapes, path)


def _path_text(graph: Graph, path: Any) -> str:
    """A SHACL path as text: the IRI of a predicate path, ``<a>/<b>`` for a sequence."""
    if isinstance(path, URIRef):
        return str(path)
    if (path, RDF.first, None) in graph:
        return "/".join(f"<{s}>" if isinstance(s, URIRef) else f"({_path_text(graph, s)})"
                        for s in graph.items(path))
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + (f"<{inverse}>" if isinstance(inverse, URIRef)
                      else f"({_path_text(graph, inverse)})")
    return str(path)


def _one(shapes: Graph, shape: Any, param: Any) -> Any:
    found = list(shapes.objects(shape, param))
    if len(found) != 1:
        raise NotCompiled(f"{len(found)} values of sh:{param.rsplit('#', 1)[-1]}")
    return found[0]


def _int(shapes: Graph, shape: Any, param: Any) -> int:
    value = _one(shapes, shape, param)
    if not isinstance(value, Literal) or not isinstance(value.value, int):
        raise NotCompiled(f"sh:{param.rsplit('#', 1)[-1]} is not an integer")
    return value.value


# Each builder: (shapes graph, shape, depth) → Check. Same verdicts as pySHACL 0.40's
# components of the same name, one result per (focus, value) it would report.
def _class(shapes: Graph, shape: Any, depth: int) -> Check:
    rules = list(shapes.objects(shape, SH["class"]))

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        for c in rules:
            for v in values:
                if isinstance(v, Literal) or not index.is_instance(v, c):
                    yield v
    return check


def _datatype_matches(v: Any, rule: Any) -> bool:
    if not isinstance(v, Literal):
        return False
    if v.datatype == rule:
        return v.ill_typed is not True and _actual_type_matches(v, rule)
    if rule == RDFS.Literal:
        return True
    if rule == RDFS.Datatype and v.datatype:
        return True
    if v.datatype is None and v.language is None and rule == XSD.string:
        return _actual_type_matches(v, rule)
    if rule == RDF.langString and v.language:
        return _actual_type_matches(v, rule)
    return False


_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int,
                 XSD.float: float, XSD.decimal: Decimal, XSD.boolean: bool,
                 XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


def _actual_type_matches(v: Literal, rule: Any) -> bool:
    wanted = _PYTHON_TYPES.get(rule)
    return wanted is None or isinstance(v.value, wanted)


def _datatype(shapes: Graph, shape: Any, depth: int) -> Check:
    rule = _one(shapes, shape, SH.datatype)

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        return (v for v in values if not _datatype_matches(v, rule))
    return check


def _kinds(v: Any) -> tuple:
    if isinstance(v, BNode):
        return (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI)
    if isinstance(v, Literal):
        return (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral)
    return (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI)


def _node_kind(shapes: Graph, shape: Any, depth: int) -> Check:
    rule = _one(shapes, shape, SH.nodeKind)

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        return (v for v in values if rule not in _kinds(v))
    return check


def _min_count(shapes: Graph, shape: Any, depth: int) -> Check:
    n = _int(shapes, shape, SH.minCount)

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        if n > 0 and len(values) < n:
            yield _NO_VALUE
    return check


def _max_count(shapes: Graph, shape: Any, depth: int) -> Check:
    n = _int(shapes, shape, SH.maxCount)

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        if len(values) > n:
            yield _NO_VALUE
    return check


def _in(shapes: Graph, shape: Any, depth: int) -> Check:
    allowed = set(shapes.items(_one(shapes, shape, SH["in"])))

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        return (v for v in values if v not in allowed)
    return check


def _string(v: Any) -> str:
    if isinstance(v, Literal) and v.value is not None and v.datatype in (
            None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


def _pattern(shapes: Graph, shape: Any, depth: int) -> Check:
    flags = 0
    given = shapes.value(shape, SH.flags)
    if given is not None:
        text = str(given.value if isinstance(given, Literal) else given).lower()
        flags = (re.I if "i" in text else 0) | (re.M if "m" in text else 0)
    matcher = re.compile(str(_one(shapes, shape, SH.pattern)), flags)

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        return (v for v in values if isinstance(v, BNode) or not matcher.search(_string(v)))
    return check


def _length(param: Any, ok: Callable[[int, int], bool]) -> Callable[..., Check]:
    def build(shapes: Graph, shape: Any, depth: int) -> Check:
        limit = _int(shapes, shape, param)
        if limit < 0:
            raise NotCompiled("a negative length")

        def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
            for v in values:
                if param == SH.minLength and limit == 0:
                    continue
                if isinstance(v, BNode) or not ok(len(_string(v)), limit):
                    yield v
        return check
    return build


def _range(param: Any, ok: Callable[[int], bool]) -> Callable[..., Check]:
    def build(shapes: Graph, shape: Any, depth: int) -> Check:
        bounds = list(shapes.objects(shape, param))
        if not all(isinstance(b, Literal) for b in bounds):
            raise NotCompiled("a bound that is not a literal")

        def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
            for bound in bounds:
                bound_is_string = isinstance(bound.value, str)
                for v in values:
                    if not isinstance(v, Literal):
                        yield v
                        continue
                    if isinstance(v.value, str) != bound_is_string:
                        yield v
                        continue
                    try:
                        passed = ok(compare_literal(v, bound))
                    except (TypeError, NotImplementedError):
                        passed = False
                    if not passed:
                        yield v
        return check
    return build


def _language_in(shapes: Graph, shape: Any, depth: int) -> Check:
    wanted = set()
    for lang in shapes.items(_one(shapes, shape, SH.languageIn)):
        if not isinstance(lang, Literal) or not isinstance(lang.value, str):
            raise NotCompiled("sh:languageIn holds a non-string")
        wanted.add(str(lang.value).lower())

    def ok(v: Any) -> bool:
        if not isinstance(v, Literal) or not v.language:
            return False
        lang = str(v.language).lower()
        return "*" in wanted or lang in wanted or lang.split("-")[0] in wanted

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        return (v for v in values if not ok(v))
    return check


def _pair(param: Any, strict: bool) -> Callable[..., Check]:
    def build(shapes: Graph, shape: Any, depth: int) -> Check:
        others = list(shapes.objects(shape, param))
        if not all(isinstance(o, URIRef) for o in others):
            raise NotCompiled(f"sh:{param.rsplit('#', 1)[-1]} with a path")

        def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
            for other in others:
                for v in values:
                    a_str, a = _comparable(v)
                    for w in index.objects(focus, other):
                        b_str, b = _comparable(w)
                        # strings compare only with strings; the rest with rdflib's < or <=
                        if a_str != b_str or not _ordered(a, b, strict):
                            yield v
        return check
    return build


def _ordered(a: Any, b: Any, strict: bool) -> bool:
    """``a < b`` (or ``<=``); values that cannot be compared are not in order.

    pySHACL raises TypeError there (a date against an integer) and stops validating; the
    specification asks for a result, which is what this gives.
    """
    try:
        return bool(a < b if strict else a <= b)
    except TypeError:
        return False


def _comparable(v: Any) -> tuple[bool, Any]:
    """(is a string, what to compare) as pySHACL's sh:lessThan sees a value."""
    if isinstance(v, BNode):
        raise ReportableRuntimeError("Cannot use sh:lessThan to compare a BlankNode.")
    if isinstance(v, URIRef):
        return True, str(v)
    if isinstance(v, Literal) and isinstance(v.value, str):
        return True, v.value
    return False, v


def _nested(shapes: Graph, node: Any, depth: int) -> CompiledShape:
    return _compile_shape(shapes, node, reported=False, nested=True, depth=depth + 1)


def _or(shapes: Graph, shape: Any, depth: int) -> Check:
    members = []
    for lst in shapes.objects(shape, SH["or"]):
        members.append([_nested(shapes, m, depth) for m in shapes.items(lst)])

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        for alternatives in members:
            for v in values:
                if alternatives and not any(m.conforms(index, v) for m in alternatives):
                    yield v
    return check


def _qualified(shapes: Graph, shape: Any, depth: int) -> Check:
    inner = _nested(shapes, _one(shapes, shape, SH.qualifiedValueShape), depth)
    if any(d == Literal(True) for d in shapes.objects(shape, SH.qualifiedValueShapesDisjoint)):
        raise NotCompiled("sh:qualifiedValueShapesDisjoint true")
    low = _int(shapes, shape, SH.qualifiedMinCount) if (
        shape, SH.qualifiedMinCount, None) in shapes else None
    high = _int(shapes, shape, SH.qualifiedMaxCount) if (
        shape, SH.qualifiedMaxCount, None) in shapes else None

    def check(index: TripleIndex, focus: Any, values: set) -> Iterator[Any]:
        if low is None and high is None:
            return
        n = sum(1 for v in values if inner.conforms(index, v))
        if high is not None and n > high:
            yield _NO_VALUE
        if low is not None and n < low:
            yield _NO_VALUE
    return check


_QUALIFIED = (SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount,
              SH.qualifiedValueShapesDisjoint)
# constraint parameter → builder of its component (several parameters, one component)
_COMPONENTS: dict[Any, Callable[..., Check]] = {
    SH["class"]: _class, SH.datatype: _datatype, SH.nodeKind: _node_kind,
    SH.minCount: _min_count, SH.maxCount: _max_count, SH["in"]: _in,
    SH.pattern: _pattern, SH.flags: _pattern,
    SH.minLength: _length(SH.minLength, lambda n, lim: n >= lim),
    SH.maxLength: _length(SH.maxLength, lambda n, lim: n <= lim),
    SH.minInclusive: _range(SH.minInclusive, lambda c: c >= 0),
    SH.minExclusive: _range(SH.minExclusive, lambda c: c > 0),
    SH.maxInclusive: _range(SH.maxInclusive, lambda c: c <= 0),
    SH.maxExclusive: _range(SH.maxExclusive, lambda c: c < 0),
    SH.languageIn: _language_in,
    SH.lessThan: _pair(SH.lessThan, strict=True),
    SH.lessThanOrEquals: _pair(SH.lessThanOrEquals, strict=False),
    SH["or"]: _or,
    **dict.fromkeys(_QUALIFIED, _qualified),
}


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
            path=_opt_path(results, results.value(r, SH.resultPath)),
            value=_opt(results.value(r, SH.value)),
        ))
    out.sort(key=_finding_order)
    return out


def _opt(node: object) -> str | None:
    return None if node is None else str(node)


def _opt_path(results: Graph, node: object) -> str | None:
    return None if node is None else _path_text(results, node)


__all__ = ["BatchItem", "CoreChecks", "Finding", "NotCompiled", "Report", "SparqlCheck",
           "TripleIndex", "Validator", "load_shapes", "relevant_context",
           "split_sparql_constraints"]
