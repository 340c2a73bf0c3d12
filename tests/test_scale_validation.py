"""The fast validation path finds what plain pySHACL finds, on every shape case.

``Validator(fast=True)`` runs SHACL-SPARQL constraints in pyoxigraph over a batch and the core
constraints in pySHACL over a reduced context; ``fast=False`` is pySHACL alone. Both validate
each case of ``tests/data/shapes`` (with the ontology and the test gazetteer as context, focus
on the case's subjects) and must report the same (severity, focus node, shape) results.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.validate import BatchItem, Validator, load_shapes

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "tests" / "data" / "shapes").glob("*Shape-*.ttl"))


@cache
def validators() -> tuple[Validator, Validator]:
    shapes = load_shapes(ROOT / "shapes")
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    gaz = Graph().parse(ROOT / "tests" / "data" / "shapes" / "context" / "gazetteer.ttl",
                        format="turtle")
    return (Validator(shapes, onto, gaz, fast=True), Validator(shapes, onto, gaz, fast=False))


def _key(report) -> set[tuple[str, str, str]]:
    return {(f.severity, f.focus, f.shape) for f in report.findings}


def test_most_sparql_constraints_take_the_fast_path() -> None:
    fast, _ = validators()
    assert len(fast._checks) >= 12


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_fast_path_reports_what_pyshacl_reports(case: Path) -> None:
    fast, plain = validators()
    data = Graph().parse(case, format="turtle")
    focus = {s for s in data.subjects() if isinstance(s, URIRef)}
    got, want = fast.validate(case.stem, data, focus=focus), plain.validate(
        case.stem, data, focus=focus)
    assert _key(got) == _key(want), f"fast:\n{got.text()}\nplain:\n{want.text()}"
    if "invalid" in case.stem and want.findings:
        FOUND.add(case.stem)


FOUND: set[str] = set()


def test_the_comparison_saw_violations() -> None:
    # guards against two engines agreeing on nothing: most invalid cases give results
    # (the rest are about nodes outside the focus, e.g. the gazetteer context)
    invalid = [c for c in CASES if "invalid" in c.stem]
    assert len(FOUND) >= 0.7 * len(invalid), sorted(FOUND)


def test_a_batch_attributes_findings_to_their_bulletin() -> None:
    fast, plain = validators()
    items, expected = [], []
    for case in CASES:
        data = Graph().parse(case, format="turtle")
        focus = frozenset(s for s in data.subjects() if isinstance(s, URIRef))
        items.append(BatchItem(case.stem, (data,), focus))
        expected.append(_key(plain.validate(case.stem, data, focus=focus)))
    # cases reuse IRIs, so validate them in groups without shared subjects
    batches: list[list[int]] = []
    for n, item in enumerate(items):
        for batch in batches:
            if all(not (items[m].focus & item.focus) for m in batch):
                batch.append(n)
                break
        else:
            batches.append([n])
    for batch in batches:
        reports = fast.validate_batch([items[n] for n in batch])
        for n, report in zip(batch, reports, strict=True):
            assert _key(report) == expected[n], items[n].subject
