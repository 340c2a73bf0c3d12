"""SHACL shapes against their examples in ``tests/data/shapes``.

Each case is ``<Shape>-valid.ttl`` (no violation at all, nothing from ``<Shape>``) or
``<Shape>-invalid-NN.ttl`` (at least one result from ``<Shape>`` or one of its property
shapes, with the severity its ``# expect: sh:Violation|sh:Warning`` line names). Every case
is validated together with ``context/gazetteer.ttl`` and the ontology, as in a build.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF, SH

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "shapes"
SHAPE = Namespace("https://w3id.org/sohr-kg/shapes#")
CASE_NAME = re.compile(r"^(?P<shape>[A-Za-z]+Shape)-(?P<kind>valid|invalid-\d\d)\.ttl$")
EXPECT = re.compile(r"^# expect: sh:(Violation|Warning)\s*$", re.MULTILINE)


@cache
def shapes() -> Graph:
    g = Graph()
    for f in sorted((ROOT / "shapes").glob("*.ttl")):
        g.parse(f, format="turtle")
    return g


@cache
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")


@cache
def context() -> Graph:
    return Graph().parse(CASES / "context" / "gazetteer.ttl", format="turtle")


def results_of(case: Path) -> list[tuple[str, str, str]]:
    """(source shape, severity, text) of every result for the case plus its context."""
    data = Graph()
    data += ontology()
    data += context()
    data.parse(case, format="turtle")
    _, report, _ = validate(
        data, shacl_graph=shapes(), ont_graph=ontology(), inference="none",
        advanced=True, allow_warnings=True,
    )
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        severity = str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        text = f"{report.value(r, SH.focusNode)}: {report.value(r, SH.resultMessage)}"
        out.append((str(report.value(r, SH.sourceShape)), severity, text))
    return out


def parts_of(shape: str) -> set[str]:
    """The node shape and its named property shapes."""
    node = SHAPE[shape]
    return {str(node)} | {str(p) for p in shapes().objects(node, SH.property)}


@pytest.mark.parametrize("case", sorted(CASES.glob("*.ttl")), ids=lambda p: p.stem)
def test_shape_case(case: Path) -> None:
    m = CASE_NAME.match(case.name)
    assert m, f"{case.name}: name it <Shape>-valid.ttl or <Shape>-invalid-NN.ttl"
    shape = m["shape"]
    assert (SHAPE[shape], RDF.type, SH.NodeShape) in shapes(), f"no shape kg-shape:{shape}"
    results = results_of(case)
    mine = [r for r in results if r[0] in parts_of(shape)]
    if m["kind"] == "valid":
        violations = [r[2] for r in results if r[1] == "Violation"]
        assert not violations, "\n".join(violations)
        assert not mine, "\n".join(r[2] for r in mine)
    else:
        expect = EXPECT.search(case.read_text(encoding="utf-8"))
        assert expect, f"{case.name}: needs a '# expect: sh:Violation|sh:Warning' line"
        assert any(r[1] == expect[1] for r in mine), (
            f"no {expect[1]} from kg-shape:{shape}; got:\n"
            + "\n".join(f"{r[1]} {r[0]} {r[2]}" for r in results))


def test_every_shape_is_named_and_exemplified() -> None:
    """Each shape has sh:name and sh:message; each node shape has a valid and an invalid case."""
    g = shapes()
    all_shapes = {s for t in (SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint)
                  for s in g.subjects(RDF.type, t)}
    unnamed = [s for s in all_shapes
               if g.value(s, SH.name) is None or g.value(s, SH.message) is None]
    assert not unnamed, unnamed
    cases = {p.name for p in CASES.glob("*.ttl")}
    for node in g.subjects(RDF.type, SH.NodeShape):
        name = node.split("#")[-1]
        assert f"{name}-valid.ttl" in cases, f"no {name}-valid.ttl"
        assert f"{name}-invalid-01.ttl" in cases, f"no {name}-invalid-01.ttl"
