"""Builds at scale: batches, worker processes, incremental rebuilds and the statistics cube.

Small synthetic corpora (kg.synth) keep these fast; ``make bench`` measures the real sizes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kg.bulletins import read_paths
from kg.iris import Minter
from kg.pipeline import (
    SPARQL_DIR,
    BuildOptions,
    RunOptions,
    build,
    load_context,
    pipeline_version,
    violation_query_failures,
)
from kg.store import EmbeddedStore
from kg.synth import write_corpus
from kg.vocab import KG

from .conftest import SEEDS

N = 60


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    write_corpus(out, N, seed=11, per_file=25)
    return out


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "store"
    report = build([corpus], EmbeddedStore.open(path), run=RunOptions(workers=2, batch_size=16))
    assert report.ok, report.errors + [r.report.text() for r in report.rejected]
    assert len(report.published) == N
    return path


def quads(store: EmbeddedStore) -> set[str]:
    return set(store.oxigraph.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


def test_same_store_whatever_the_workers_and_batches(corpus: Path, built: Path) -> None:
    serial = EmbeddedStore.memory()
    report = build([corpus], serial, run=RunOptions(workers=1, batch_size=7))
    assert len(report.published) == N
    assert quads(serial) == quads(EmbeddedStore.open(built, read_only=True))


def test_rebuild_without_change_skips_everything(corpus: Path, tmp_path: Path,
                                                 built: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "copy")
    build([corpus], store, run=RunOptions(workers=1, batch_size=16))
    before = quads(store)
    load_context.cache_clear()  # an unchanged rebuild must not even load the context
    report = build([corpus], store, run=RunOptions(workers=2))
    assert report.skipped == N and not report.published and report.ok
    assert load_context.cache_info().currsize == 0
    assert "60 unchanged" in report.summary()
    assert quads(store) == before


def test_only_new_and_changed_bulletins_are_processed(corpus: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(corpus, src)
    store = EmbeddedStore.memory()
    build([src], store)
    first = src / "synth-0000.jsonl"
    lines = first.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[3])
    rec["body"] = rec["body"].replace("اليوم", "يوم أمس", 1) + " وأصيب 5 آخرين بجراح."
    lines[3] = json.dumps(rec, ensure_ascii=False)
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_corpus(tmp_path / "more", 3, seed=99)
    report = build([src, tmp_path / "more"], store)
    assert sorted(r.bulletin for r in report.published) == sorted(
        [rec["id"], "synth-99-0000000", "synth-99-0000001", "synth-99-0000002"])
    assert report.skipped == N - 1
    # the store now equals a fresh build of the same input
    fresh = EmbeddedStore.memory()
    build([src, tmp_path / "more"], fresh, run=RunOptions(incremental=False))
    assert quads(store) == quads(fresh)


def test_pipeline_version_follows_code_and_reference_data(tmp_path: Path) -> None:
    base = BuildOptions()
    shapes = tmp_path / "shapes"
    shutil.copytree(base.shapes, shapes)
    assert pipeline_version(BuildOptions(shapes=shapes)) == pipeline_version(base)
    with (shapes / "core.ttl").open("a", encoding="utf-8") as f:
        f.write("\n# changed\n")
    assert pipeline_version(BuildOptions(shapes=shapes)) != pipeline_version(base)
    assert pipeline_version(BuildOptions(base_iri="https://example.org/")) != \
        pipeline_version(base)


def test_build_index_has_one_key_per_bulletin_and_is_not_published(built: Path) -> None:
    store = EmbeddedStore.open(built, read_only=True)
    prefix = str(Minter().bulletin(""))
    index = store.build_index()
    assert len([s for s in index if s.startswith(prefix)]) == N
    assert str(Minter().graph("build")) not in set(store.graphs())


def test_cube_agrees_with_the_raw_observations(built: Path) -> None:
    store = EmbeddedStore.open(built, read_only=True)
    assert violation_query_failures(store, SPARQL_DIR) == []
    cube = store.query((SPARQL_DIR / "deaths-by-month-cube.rq").read_text(encoding="utf-8"))
    raw = store.query((SPARQL_DIR / "deaths-by-side-and-month.rq").read_text(encoding="utf-8"))

    def totals(rows) -> dict[tuple[str, str], int]:
        out: dict[tuple[str, str], int] = {}
        for r in rows:
            key = (r["month"].value, r["status"].value)
            out[key] = out.get(key, 0) + int(r["killed"].value)
        return {k: v for k, v in out.items() if v}  # cells holding only running totals

    got = totals(cube)
    assert got == totals(raw) and sum(got.values()) > 0
    for name in ("top-places-cube.rq", "trend-by-year-cube.rq"):
        rows = list(store.query((SPARQL_DIR / name).read_text(encoding="utf-8")))
        assert rows, name


def test_stale_cube_is_caught(built: Path, tmp_path: Path) -> None:
    store = EmbeddedStore.memory()
    store.oxigraph.load(EmbeddedStore.open(built, read_only=True).oxigraph.dump(
        format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    stats = str(Minter().graph("stats"))
    row = next(iter(store.query(f"SELECT ?c ?k {{ GRAPH <{stats}> {{ ?c <{KG.killedCount}> ?k }} }}"
                                " ORDER BY ?c LIMIT 1")))
    cell, k = row["c"].value, int(row["k"].value)
    store.oxigraph.update(f"""
        DELETE DATA {{ GRAPH <{stats}> {{ <{cell}> <{KG.killedCount}> {k} }} }} ;
        INSERT DATA {{ GRAPH <{stats}> {{ <{cell}> <{KG.killedCount}> {k + 1} }} }}""")
    failures = violation_query_failures(store, SPARQL_DIR)
    assert any(f.startswith("stats-consistency-violation.rq") for f in failures), failures


def test_violations_in_a_batch_block_only_their_bulletins(corpus: Path, tmp_path: Path) -> None:
    strict = tmp_path / "shapes"
    shutil.copytree(SEEDS.parent / "shapes", strict)
    (strict / "zz-strict.ttl").write_text("""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/sohr-kg/ontology#> .
<urn:test:SmallCountShape> a sh:NodeShape ; sh:name "SmallCountShape" ;
  sh:targetClass kg:CasualtyObservation ;
  sh:property [ sh:path kg:countBest ; sh:maxInclusive 30 ; sh:message "test: at most 30" ] .
""", encoding="utf-8")
    options = BuildOptions(shapes=strict)
    report = build([corpus], EmbeddedStore.memory(), options,
                   run=RunOptions(workers=2, batch_size=20))
    assert report.rejected and report.published
    # the verdicts equal those of plain pySHACL, in one pass over all bulletins (the
    # violations of a bulletin are about its own nodes) with the core shapes: the SPARQL
    # constraints find nothing in this corpus (`built` publishes it all) and rdflib's engine
    # is quadratic on one of them (tests/test_validate_compiled.py compares them on their own)
    ctx = load_context(options)
    from rdflib import Graph

    from kg.pipeline import extract_step, map_step, reason_step
    from kg.validate import Validator, split_sparql_constraints
    _, core = split_sparql_constraints(ctx.validator.shapes)
    reference = Validator(core, ctx.ontology, ctx.gazetteer_graph, ctx.gazetteer_inferred,
                          fast=False)
    data, inferred, owner = Graph(), Graph(), {}
    for b in read_paths([corpus]):
        g = map_step(ctx, extract_step(ctx, b))
        data += g
        inferred += reason_step(ctx, g)
        owner.update({str(s): b.id for s in g.subjects()})
    found = reference.validate("corpus", data, inferred, focus={URIRef(n) for n in owner})
    expected = {owner[f.focus] for f in found.violations}
    assert {r.bulletin for r in report.rejected} == expected
    for r in report.rejected:
        assert "test: at most 30" in r.report.text()
