"""The compiled SHACL Core checks find exactly what plain pySHACL finds.

``Validator(fast=True)`` (the build's path) runs the core constraints compiled to Python
(:class:`kg.validate.CoreChecks`) and the SPARQL constraints in pyoxigraph; ``fast=False`` is
plain pySHACL over the whole data graph. Their findings — severity, focus node, shape,
message, path and value — must be equal on every case of ``tests/data/shapes``, on the seed
and the dev bulletins, and on mutants of the seed made to break every constraint.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from kg.bulletins import read_paths
from kg.extract.records import Bulletin
from kg.pipeline import BuildOptions, Context, extract_step, load_context, map_step
from kg.validate import (
    BatchItem,
    CoreChecks,
    Finding,
    TripleIndex,
    Validator,
    load_shapes,
    split_sparql_constraints,
)

from .conftest import ROOT, SEEDS, SHARED

CASES = sorted((ROOT / "tests" / "data" / "shapes").glob("*Shape-*.ttl"))
DEV = SHARED / "corpus" / "dev" / "bulletins.jsonl"


@cache
def case_validators() -> tuple[Validator, Validator]:
    shapes = load_shapes(ROOT / "shapes")
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    gaz = Graph().parse(ROOT / "tests" / "data" / "shapes" / "context" / "gazetteer.ttl",
                        format="turtle")
    return Validator(shapes, onto, gaz), Validator(shapes, onto, gaz, fast=False)


@cache
def build_validators() -> tuple[Context, Validator]:
    ctx = load_context(BuildOptions())
    return ctx, Validator(ctx.validator.shapes, ctx.ontology, ctx.gazetteer_graph,
                          ctx.gazetteer_inferred, fast=False)


def focus_of(g: Graph) -> frozenset[URIRef]:
    return frozenset(s for s in g.subjects() if isinstance(s, URIRef))


def diff(got: set[Finding], want: set[Finding]) -> str:
    lines = [f"  compiled only: {f!r}" for f in sorted(got - want, key=repr)]
    lines += [f"  pySHACL only:  {f!r}" for f in sorted(want - got, key=repr)]
    return "\n".join(lines)


def test_every_constraint_of_our_shapes_is_compiled() -> None:
    fast, _ = case_validators()
    assert fast.core.fallback == []
    assert fast.core.residual is None  # nothing left for pySHACL
    shapes = fast.shapes
    compiled = {s.node for t in fast.core.targets for s in t.shapes}
    property_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape))
    assert property_shapes <= compiled, sorted(property_shapes - compiled)


@cache
def case_data(case: Path) -> tuple[Graph, frozenset[URIRef], tuple[Finding, ...]]:
    """A case's graph, its focus nodes and what plain pySHACL finds about them."""
    _, plain = case_validators()
    data = Graph().parse(case, format="turtle")
    focus = focus_of(data)
    return data, focus, tuple(plain.validate(case.stem, data, focus=focus).findings)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_shape_case(case: Path) -> None:
    fast, _ = case_validators()
    data, focus, want = case_data(case)
    got = fast.validate(case.stem, data, focus=focus)
    assert set(got.findings) == set(want), diff(set(got.findings), set(want))
    assert tuple(got.findings) == want  # same order, each once
    if "invalid" in case.stem:
        assert want, "an invalid case must give results (the comparison saw some)"


def test_a_batch_attributes_findings_to_their_bulletin() -> None:
    fast, _ = case_validators()
    items = [BatchItem(case.stem, (case_data(case)[0],), case_data(case)[1]) for case in CASES]
    expected = [set(case_data(case)[2]) for case in CASES]
    # cases reuse IRIs, so validate them in groups without shared subjects
    batches: list[list[int]] = []
    for n, item in enumerate(items):
        for batch in batches:
            if all(not (items[m].focus & item.focus) for m in batch):
                batch.append(n)
                break
        else:
            batches.append([n])
    assert max(len(b) for b in batches) > 5
    for batch in batches:
        reports = fast.validate_batch([items[n] for n in batch])
        for n, report in zip(batch, reports, strict=True):
            assert set(report.findings) == expected[n], items[n].subject


def bulletins() -> list:
    """The seed and the shared dev bulletins (the parity test needs them: it fails without)."""
    if not DEV.exists():
        return [pytest.param(None, id="missing-dev-corpus")]  # fails, saying why
    return [pytest.param(b, id=b.id) for b in read_paths([SEEDS, DEV])]


def compare_batch(fast: Validator, reference: Validator,
                  bulletins: list[tuple[str, Graph, Graph]]) -> set[Finding]:
    """Compiled batch vs one pySHACL pass over all bulletins: the same findings per item."""
    items = [BatchItem(name, (g, inf), focus_of(g)) for name, g, inf in bulletins]
    data, inferred = Graph(), Graph()
    for _, g, inf in bulletins:
        data += g
        inferred += inf
    focus = frozenset().union(*(i.focus for i in items))
    want = set(reference.validate("all", data, inferred, focus=focus).findings)
    reports = fast.validate_batch(items)
    got: set[Finding] = set()
    for item, report in zip(items, reports, strict=True):
        mine = {f for f in want if URIRef(f.focus) in item.focus}
        assert set(report.findings) == mine, f"{item.subject}:\n{diff(set(report.findings), mine)}"
        got |= set(report.findings)
    assert got == want, diff(got, want)
    return want


@pytest.mark.parametrize("bulletin", bulletins())
def test_seed_and_dev_bulletin(bulletin: Bulletin | None) -> None:
    assert bulletin is not None, f"{DEV} is missing: the parity test needs the dev corpus"
    assert not isinstance(bulletin, Exception), bulletin
    ctx, reference = build_validators()
    g = map_step(ctx, extract_step(ctx, bulletin))
    findings = compare_batch(ctx.validator, reference, [(bulletin.id, g, ctx.reasoner.infer(g))])
    assert all(f.severity == "Warning" for f in findings)  # the real bulletins conform


# -- mutants ----------------------------------------------------------------------------------
UNTYPED = URIRef("https://example.org/mutant/untyped")
GROUPS = 4  # copies per way of breaking: fewer shapes broken at once in one copy


def replacements(values: set, paired: bool) -> Iterator[tuple[str, list]]:
    """Ways to break a property's values: each a name and the values that replace them.

    For a property that sh:lessThan(OrEquals) compares (``paired``) the replacements stay
    comparable: pySHACL raises TypeError on a date against an integer.
    """
    sample = next(iter(sorted(values, key=str)), None)
    typed = isinstance(sample, Literal) and sample.datatype is not None
    yield "none", []
    yield "iri", [UNTYPED]
    yield "string", [Literal("x")]
    if not paired:
        yield "negative", [Literal(-1)]
    elif typed and isinstance(sample.value, int):
        yield "negative", [Literal("-1", datatype=sample.datatype)]
    if typed and not paired:
        yield "ill-typed", [Literal("not a value", datatype=sample.datatype)]
    if isinstance(sample, Literal) and sample.language:
        yield "other-language", [Literal(str(sample), lang="xx")]
        yield "empty", [Literal("", lang=sample.language)]
    if sample is not None:
        yield "extra", [*values, Literal("extra"), URIRef("https://example.org/mutant/extra")]


def out_of_order(sample: object) -> tuple[Literal, Literal]:
    """A (high, low) pair of the sample's kind, to break sh:lessThan(OrEquals)."""
    if isinstance(sample, Literal) and sample.datatype == XSD.date:
        return Literal("2999-12-31", datatype=XSD.date), Literal("1999-01-01", datatype=XSD.date)
    kind = sample.datatype if isinstance(sample, Literal) else XSD.integer
    return Literal("999999", datatype=kind), Literal("0", datatype=kind)


def renamed(g: Graph, nodes: frozenset[URIRef], suffix: str) -> Graph:
    def r(t):
        return URIRef(f"{t}{suffix}") if t in nodes else t
    out = Graph()
    for s, p, o in g:
        out.add((r(s), p, r(o)))
    return out


@cache
def mutants() -> tuple[list[tuple[str, Graph, Graph]], set[tuple[str, str]]]:
    """Copies of the seed bulletin, each with one way of breaking several compiled shapes.

    For every compiled shape (property shapes, and node-level checks through rdf:type) one
    focus node gets each replacement of its values; pairs (sh:lessThan…) also get their two
    values out of order. The inferred graph is the seed's, not recomputed: inference would
    repair some breaks (a range types any value). Returns the copies and the (shape name,
    focus) pairs that were broken.
    """
    ctx, _ = build_validators()
    (bulletin,) = [b for b in read_paths([SEEDS])]
    seed = map_step(ctx, extract_step(ctx, bulletin))
    inferred = ctx.reasoner.infer(seed)
    nodes = focus_of(seed)
    index = TripleIndex(list(seed) + list(inferred), base=ctx.validator._context_index)
    core: CoreChecks = ctx.validator.core
    shapes = core.shapes
    plans: dict[tuple[str, int], list[tuple]] = {}  # (replacement, group) → (focus, p, values)
    broken: set[tuple[str, str]] = set()
    paired = {p for t in core.targets for sh in t.shapes if sh.path
              for pair in (SH.lessThan, SH.lessThanOrEquals)
              for o in shapes.objects(sh.node, pair) for p in (sh.path[0], o)}
    for n, target in enumerate(core.targets):
        for j, shape in enumerate(target.shapes):
            path = shape.path or (RDF.type,)
            others = [o for p in (SH.lessThan, SH.lessThanOrEquals)
                      for o in shapes.objects(shape.node, p)]
            focus = sorted((f for f in nodes if target.targets(index, f, index.classes(f))),
                           key=lambda f: (not all(index.objects(f, o) for o in others), f))
            if not focus:
                continue
            # shapes of one target break different nodes: together they could remove every
            # triple of one node, which would then no longer be a focus node at all
            f = focus[0] if others else focus[j % len(focus)]
            values = index.values(f, path[:1])
            changes = list(replacements(values, path[0] in paired))
            for other in others:
                high, low = out_of_order(next(iter(values), None))
                changes.append(("out-of-order", [(path[0], [high]), (other, [low])]))
            for name, new in changes:
                edits = new if name == "out-of-order" else [(path[0], new)]
                plans.setdefault((name, n % GROUPS), []).extend((f, p, v) for p, v in edits)
            broken.add((shape.name, str(f)))
    copies = []
    for k, ((name, group), edits) in enumerate(sorted(plans.items())):
        g = Graph()
        g += seed
        for f, p, new in edits:
            g.remove((f, p, None))
            for v in new:
                g.add((f, p, v))
        suffix = f"-mutant-{k}"
        copies.append((f"{name}-{group}{suffix}", renamed(g, nodes, suffix),
                       renamed(inferred, nodes, suffix)))
    return copies, broken


@cache
def core_validators() -> tuple[Validator, Validator]:
    """Validators of the core shapes alone (the SPARQL constraints taken out).

    The mutants hold ill-typed literals, on which rdflib's SPARQL engine (pySHACL's) raises
    in the arithmetic of the SPARQL constraints: the mutants test the compiled core checks.
    """
    ctx, _ = build_validators()
    _, core = split_sparql_constraints(ctx.validator.shapes)
    context = (ctx.gazetteer_graph, ctx.gazetteer_inferred)
    return (Validator(core, ctx.ontology, *context),
            Validator(core, ctx.ontology, *context, fast=False))


def test_mutants_break_every_compiled_shape() -> None:
    copies, broken = mutants()
    fast, reference = core_validators()
    assert not fast._checks  # no SPARQL constraint left: only the compiled checks run
    findings = compare_batch(fast, reference, copies)
    hit = {(f.shape, f.focus.rsplit("-mutant-", 1)[0]) for f in findings}
    missed = sorted(broken - hit)
    assert not missed, f"no mutant broke: {missed[:10]}"
    assert sum(f.severity == "Violation" for f in findings) > 100


def test_unsupported_constraints_fall_back_to_pyshacl() -> None:
    shapes = Graph().parse(data="""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:name "s" ;
  sh:property ex:P , ex:Q .
ex:P a sh:PropertyShape ; sh:path ex:p ; sh:hasValue ex:v ; sh:name "p" ; sh:message "p!" .
ex:Q a sh:PropertyShape ; sh:path ex:q ; sh:minCount 1 ; sh:name "q" ; sh:message "q!" .
""", format="turtle")
    data = Graph().parse(data="""
@prefix ex: <https://example.org/> .
ex:a a ex:C ; ex:p ex:w .
""", format="turtle")
    fast = Validator(shapes, Graph())
    assert fast.core.residual is not None  # sh:hasValue is not compiled: pySHACL checks it
    assert any("hasValue" in why for why in fast.core.fallback)
    plain = Validator(shapes, Graph(), fast=False)
    focus = focus_of(data)
    got, want = fast.validate("x", data, focus=focus), plain.validate("x", data, focus=focus)
    assert got.findings == want.findings
    assert {f.shape for f in got.findings} == {"p", "q"}


def test_nested_shapes_check_literals() -> None:
    # pySHACL's focus_nodes option would let this pass: nested shapes skip non-focus values
    fast, plain = case_validators()
    actor = URIRef("https://w3id.org/sohr-kg/actor/test-unnamed")
    data = Graph()
    data.add((actor, RDF.type, URIRef("https://w3id.org/sohr-kg/ontology#ArmedActor")))
    data.add((actor, URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
              Literal("only English", lang="en")))
    got = fast.validate("x", data, focus={actor})
    assert [f.shape for f in got.violations] == ["Arabic label"]
    assert got.findings == plain.validate("x", data, focus={actor}).findings
