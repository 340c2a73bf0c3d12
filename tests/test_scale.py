"""Builds at scale: batches, worker processes, incremental rebuilds and the statistics cube.

Small synthetic corpora (kg.synth) keep these fast; ``make bench`` measures the real sizes.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kg import extract as extraction
from kg import stats
from kg import store as kg_store
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
from kg.store import INDEX_FILE, EmbeddedStore
from kg.synth import write_corpus
from kg.vocab import KG

from .conftest import SEEDS, SHARED

DEV = SHARED / "corpus" / "dev" / "bulletins.jsonl"
QB = str(stats.QB)

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


def _copy(built: Path) -> EmbeddedStore:
    store = EmbeddedStore.memory()
    store.oxigraph.load(EmbeddedStore.open(built, read_only=True).oxigraph.dump(
        format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    return store


def _bump_a_cell(store: EmbeddedStore, dataset: str) -> None:
    """Add 1 to the killed count of one cell of ``dataset`` (a stale or miscounted cube)."""
    graph = str(Minter().graph("stats"))
    row = next(iter(store.query(
        f"SELECT ?c ?k {{ GRAPH <{graph}> {{ ?c <{QB}dataSet> <{Minter().stats(dataset)}> ; "
        f"<{KG.killedCount}> ?k }} }} ORDER BY ?c LIMIT 1")))
    cell, k = row["c"].value, int(row["k"].value)
    store.oxigraph.update(f"""
        DELETE DATA {{ GRAPH <{graph}> {{ <{cell}> <{KG.killedCount}> {k} }} }} ;
        INSERT DATA {{ GRAPH <{graph}> {{ <{cell}> <{KG.killedCount}> {k + 1} }} }}""")


def test_stale_cube_is_caught(built: Path) -> None:
    store = _copy(built)
    _bump_a_cell(store, "killed")
    failures = violation_query_failures(store, SPARQL_DIR)
    assert any(f.startswith("stats-consistency-violation.rq") for f in failures), failures
    assert any(f.startswith("rollup-consistency-violation.rq") for f in failures), failures
    # the build runs only the checks that do not read the whole store (the rest per batch)
    at_build = violation_query_failures(store, SPARQL_DIR, at_build=True)
    assert at_build and all(f.startswith("rollup-consistency") for f in at_build), at_build


@pytest.mark.parametrize("rollup", ["killed-by-month", "killed-by-place", "killed-by-year"])
def test_stale_rollup_is_caught(built: Path, rollup: str) -> None:
    store = _copy(built)
    _bump_a_cell(store, rollup)
    failures = violation_query_failures(store, SPARQL_DIR, at_build=True)
    assert [f for f in failures if f"{rollup}>" in f] and len(failures) == 1, failures


def test_cells_computed_per_bulletin_equal_the_sparql_rules(corpus: Path) -> None:
    # the seed, the dev corpus (real bulletins) and a synthetic corpus, built incrementally
    store = EmbeddedStore.memory()
    for paths in ([SEEDS, DEV], [corpus]):
        report = build(paths, store, run=RunOptions(workers=2, batch_size=16))
        assert not report.check_failures, report.check_failures[:3]
    summed = stats.total_cells(store.build_index().items(), Minter())
    assert summed == stats.comparable(stats.cube_from_store(store))
    assert len(summed) > 100 and sum(k for k, _ in summed.values()) > 0
    # graph/stats holds exactly those cells and their roll-ups
    graph = str(Minter().graph("stats"))
    for name, cells in stats.rollups(summed).items():
        rows = store.query(f"SELECT (COUNT(*) AS ?n) (SUM(?k) AS ?killed) WHERE {{ GRAPH "
                           f"<{graph}> {{ ?c <{QB}dataSet> <{Minter().stats(name)}> ; "
                           f"<{KG.killedCount}> ?k }} }}")
        row = next(iter(rows))
        assert int(row["n"].value) == len(cells), name
        assert int(row["killed"].value) == sum(k for k, _ in cells.values()), name


def test_the_batch_check_catches_rules_that_disagree(corpus: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = load_context(BuildOptions())
    b = next(iter(read_paths([corpus])))
    from kg.mapping import map_triples
    triples = map_triples(extraction.extract(b, ctx.gazetteer), ctx.gazetteer, ctx.minter)
    computed, mismatches = stats.batch_stats([(b.id, triples)], ctx.english_labels, ctx.minter)
    assert computed[b.id][0] and not mismatches
    # a rule changed in the SPARQL version only (one more death per observation)
    monkeypatch.setattr(stats, "CELLS_BY_BULLETIN", stats.CELLS_BY_BULLETIN.replace(
        "(SUM(?n) AS ?killed)", "(SUM(?n + 1) AS ?killed)"))
    _, mismatches = stats.batch_stats([(b.id, triples)], ctx.english_labels, ctx.minter)
    assert len(mismatches) == 1 and b.id in mismatches[0]


def test_observation_figures_are_counted_per_bulletin(built: Path) -> None:
    store = EmbeddedStore.open(built, read_only=True)
    query = (SPARQL_DIR / "observations-per-bulletin.rq").read_text(encoding="utf-8")
    got = {r["bulletinId"].value: tuple(int(r[k].value) for k in (
        "observations", "subCounts", "runningTotals", "titleCounts")) for r in store.query(query)}
    raw = store.query("""
        PREFIX kg: <https://w3id.org/sohr-kg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?id (COUNT(?o) AS ?n) (SUM(IF(BOUND(?t), 1, 0)) AS ?sub)
               (SUM(IF(?c, 1, 0)) AS ?run) (SUM(IF(?i, 1, 0)) AS ?title)
        WHERE { ?b kg:bulletinId ?id .
                OPTIONAL { ?o a kg:CasualtyObservation ; prov:wasDerivedFrom ?b ;
                              kg:cumulative ?c ; kg:inTitle ?i .
                           OPTIONAL { ?o kg:subCountOf ?t } } }
        GROUP BY ?id""")
    expected = {r["id"].value: tuple(int(r[k].value) for k in ("n", "sub", "run", "title"))
                for r in raw}
    assert len(got) == N and got == expected
    assert any(sub for _, sub, _, _ in got.values()) and any(n for n, *_ in got.values())


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


def _replayed(path: Path) -> dict[str, str]:
    """The build index as the whole log replayed in memory (the last line of an IRI wins,
    an empty key forgets it): what the streamed reading must equal."""
    out: dict[str, str] = {}
    for line in (path / INDEX_FILE).read_text(encoding="utf-8").splitlines():
        subject, _, key = line.partition("\t")
        if key:
            out[subject] = key
        else:
            out.pop(subject, None)
    return out


def test_index_streamed_equals_the_log_replayed(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(6)
    for trial in range(60):
        monkeypatch.setattr(kg_store, "COMPACT_INDEX_EVERY", rng.choice([40, 300, 10**9]))
        store = EmbeddedStore(ox.Store(), tmp_path / str(trial))
        store.path.mkdir()  # type: ignore[union-attr]
        subjects = [f"https://x.org/{rng.choice('abé')}/{i}" for i in range(1, 30)]
        for _ in range(rng.randint(1, 8)):
            store.record_builds((rng.choice(subjects), rng.choice(["", "k1", "k2", "[\"é\"]"]))
                                for _ in range(rng.randint(0, 12)))
            if rng.random() < 0.3:
                store.compact_index()
        want = _replayed(store.path)  # type: ignore[arg-type]
        assert list(store.index_items()) == sorted(want.items()), trial
        assert list(store.index_items("https://x.org/é")) == sorted(
            (s, k) for s, k in want.items() if s.startswith("https://x.org/é"))
        store.compact_index()
        lines = (store.path / INDEX_FILE).read_text(encoding="utf-8").splitlines()
        assert lines == sorted(set(lines)) and _replayed(store.path) == want


def test_cells_summed_from_the_streamed_index_equal_the_whole_dict(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # compacted every few KB: the build reads a sorted part and an appended tail, many times
    monkeypatch.setattr(kg_store, "COMPACT_INDEX_EVERY", 4096)
    store = EmbeddedStore.open(tmp_path / "store")
    src = tmp_path / "dev.jsonl"
    shutil.copy(DEV, src)
    build([SEEDS, src], store, run=RunOptions(workers=1, batch_size=7))
    lines = src.read_text(encoding="utf-8").splitlines()  # change two bulletins, drop none
    changed = set()
    for n in (1, len(lines) // 2):
        rec = json.loads(lines[n])
        rec["body"] += "\nوقتل 4 مدنيين في المنطقة."
        lines[n] = json.dumps(rec, ensure_ascii=False)
        changed.add(rec["id"])
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = build([SEEDS, src], store, run=RunOptions(workers=1, batch_size=7))
    assert {r.bulletin for r in report.published} == changed
    assert store.path is not None
    whole = stats.total_cells(_replayed(store.path).items(), Minter())
    streamed = stats.total_cells(store.index_items(stats.contribution_key(Minter(), "")),
                                 Minter())
    assert streamed == whole and len(whole) > 20
    assert streamed == stats.comparable(stats.cube_from_store(store))


@contextmanager
def _openings(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The folders pyoxigraph stores are opened in (read-write) while the block runs."""
    opened: list[str] = []
    real = ox.Store

    def counting(*args: str) -> ox.Store:
        opened.append(args[0] if args else "")
        return real(*args)

    monkeypatch.setattr(kg_store.ox, "Store", counting)
    yield opened
    monkeypatch.setattr(kg_store.ox, "Store", real)


def test_staging_store_reopened_between_batches_ends_the_same(
        corpus: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # reopened after every batch (and between the build's last steps): the memory RocksDB
    # kept goes, the data stays; the published generation equals a build in one handle
    from kg.publish import build_and_publish

    monkeypatch.setattr(kg_store, "REOPEN_EVERY", 1)
    with _openings(monkeypatch) as opened:
        report, staging = build_and_publish(tmp_path / "home", [corpus],
                                            run=RunOptions(workers=2, batch_size=16))
    assert staging.published and len(report.published) == N
    assert len(opened) >= 1 + N // 16  # the first opening, then one per batch at least
    live = EmbeddedStore.open(tmp_path / "home", read_only=True)
    assert quads(live) == quads(EmbeddedStore.open(built, read_only=True))


def test_release_memory_waits_for_whoever_holds_the_store(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "s")
    store.bulk = True
    store.replace_graphs({"https://ex.org/g": b'<https://ex.org/a> <https://ex.org/p> "1" .\n'})
    held = store.oxigraph  # e.g. a caller streaming results itself
    store.release_memory()
    assert store.oxigraph is held  # not closed under its feet
    del held
    store.release_memory()
    assert store.count("https://ex.org/g") == 1


def test_published_results_read_back_as_built(corpus: Path) -> None:
    from kg.pipeline import BulletinResult, Results, process_batch
    from kg.validate import Report

    bulletins = list(read_paths([corpus]))[:12]
    made = [o.result for o in process_batch(BuildOptions(), bulletins)
            if o.result is not None and o.result.report.conforms]  # what a build publishes
    assert len(made) >= 10
    kept = Results()
    for r in made:
        kept.append(r)
    assert len(kept) == len(made) and kept.observations() == sum(r.observations for r in made)
    for r, back in zip(made, kept, strict=True):
        assert isinstance(back, BulletinResult) and back.report is not None
        assert (back.bulletin, back.source, back.observations, back.events, back.triples,
                back.inferred, back.extraction_warnings) == (
            r.bulletin, r.source, r.observations, r.events, r.triples, r.inferred,
            r.extraction_warnings)
        assert back.report == Report(r.report.subject, r.report.violations)
    assert [b.bulletin for b in kept[-3:]] == [r.bulletin for r in made[-3:]]


def test_staging_store_lists_its_graphs_in_pages(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg_store, "GRAPHS_PAGE", 7)
    store = EmbeddedStore.open(tmp_path / "s")
    store.bulk = True
    names = {f"https://ex.org/g/{i}" for i in range(23)}
    store.replace_graphs({g: f'<https://ex.org/a> <https://ex.org/p> "{g}" .\n'.encode()
                          for g in names})
    store.oxigraph.add(ox.Quad(ox.NamedNode("https://ex.org/a"), ox.NamedNode("https://ex.org/p"),
                               ox.Literal("b"), ox.BlankNode("b1")))
    with _openings(monkeypatch) as opened:
        listed = list(store.graphs())
    assert sorted(listed) == sorted(names)  # each once, blank-node graphs left out
    assert len(opened) == 3  # reopened between the 4 pages
    store.bulk = False
    assert sorted(store.graphs()) == sorted(listed)
