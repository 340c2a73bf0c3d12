"""SHACL Core constraints compiled to Python checks over a dictionary index of triples.

pySHACL is their reference (``tests/test_validate_compiled.py``); whatever a shape uses that
is not compiled here stays with pySHACL (:attr:`CoreChecks.residual`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS
from pyshacl.errors import ReportableRuntimeError
from pyshacl.rdfutil.compare import compare_literal
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from kg.validate.report import Finding, path_text


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
    return steps, path_text(shapes, path)


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



__all__ = ["CoreChecks", "NotCompiled", "TripleIndex"]
