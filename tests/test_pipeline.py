"""The whole pipeline on the seed and on broken input, against a real store on disk."""

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from kg.bulletins import read_paths
from kg.iris import Minter
from kg.pipeline import BuildOptions, build
from kg.store import EmbeddedStore
from kg.validate.stored import validate_stored
from kg.vocab import KG

from .conftest import SEED_ID, SEEDS, SHARED

M = Minter()


def quads(store: EmbeddedStore) -> set[str]:
    return set(store.oxigraph.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


def test_seed_is_published_and_conforms(seed_report) -> None:
    assert seed_report.ok, seed_report.errors
    [result] = seed_report.published
    assert result.bulletin == SEED_ID and result.observations == 5
    assert result.report.conforms, result.report.text()


def test_named_graphs(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "s")
    build([SEEDS], store)
    graphs = set(store.graphs())
    expected = {M.graph("ontology"), M.graph("gazetteer"), M.graph("inferred", "gazetteer"),
                M.graph("bulletin", SEED_ID), M.graph("inferred", SEED_ID)}
    assert {str(g) for g in expected} <= graphs
    # asserted and inferred facts stay apart
    asserted = Graph().parse(data=store.graph_ntriples(str(M.graph("bulletin", SEED_ID))),
                             format="nt")
    inferred = Graph().parse(data=store.graph_ntriples(str(M.graph("inferred", SEED_ID))),
                             format="nt")
    assert len(inferred) > 0 and not set(asserted) & set(inferred)


def test_part_of_closure_is_inferred(seed_store_path: Path) -> None:
    store = EmbeddedStore.open(seed_store_path, read_only=True)
    ask = f"""ASK {{ GRAPH <{M.graph('inferred', 'gazetteer')}> {{
        <{M.place('jobar')}> <{KG.partOf}> <{M.place('syria')}> }} }}"""
    assert bool(store.query(ask))


def test_build_is_idempotent(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "s")
    build([SEEDS], store)
    first = quads(store)
    build([SEEDS], store)
    assert quads(store) == first


def test_iris_are_stable_across_machines(tmp_path: Path) -> None:
    a, b = EmbeddedStore.memory(), EmbeddedStore.memory()
    build([SEEDS], a)
    copy = tmp_path / "elsewhere"
    copy.mkdir()
    shutil.copy(SEEDS / f"{SEED_ID}.txt", copy)
    build([copy], b)
    assert quads(a) == quads(b)


def test_store_validates(seed_store_path: Path) -> None:
    reports = validate_stored(EmbeddedStore.open(seed_store_path, read_only=True))
    assert all(r.conforms for r in reports), "\n".join(r.text() for r in reports)
    assert any(r.subject == f"bulletin {SEED_ID}" for r in reports)


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / f"{SEED_ID}.txt", src)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)))
    (src / "legacy.txt").write_bytes("مقتل طفل بقصف على بلدة\n\nنص".encode("cp1256"))
    (src / "feed.jsonl").write_text(
        '{"id": "f1", "title": "مقتل 3 مواطنين", "body": "استشهد 3 مواطنين في دوما."}\n'
        '{"id": "f2", "title": \n', encoding="utf-8")
    store = EmbeddedStore.open(tmp_path / "s")
    report = build([src], store)
    assert sorted(r.bulletin for r in report.published) == [SEED_ID, "f1"]
    errors = "\n".join(report.errors)
    for name in ("empty.txt", "binary.txt", "legacy.txt", "feed.jsonl:2"):
        assert name in errors, errors
    assert len(report.errors) == 4
    # each is one quarantine entry, with its kind, file and (for JSON Lines) line
    assert [(q.kind, Path(q.file).name, q.line) for q in report.quarantine] == [
        ("binary", "binary.txt", None), ("empty", "empty.txt", None),
        ("malformed-json", "feed.jsonl", 2), ("encoding", "legacy.txt", None)]


def test_violations_block_publication_and_keep_what_was_served(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "s")
    build([SEEDS], store)
    before = quads(store)
    strict = tmp_path / "shapes"
    shutil.copytree(SEEDS.parent / "shapes", strict)
    (strict / "zz-strict.ttl").write_text("""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/sohr-kg/ontology#> .
<urn:test:NoKilledShape> a sh:NodeShape ; sh:name "NoKilledShape" ;
  sh:targetClass kg:CasualtyObservation ;
  sh:property [ sh:path kg:casualtyType ; sh:not [ sh:hasValue kg:killed ] ;
                sh:message "test rule: no killed counts" ] .
""", encoding="utf-8")
    report = build([SEEDS], store, BuildOptions(shapes=strict))
    [rejected] = report.rejected
    assert rejected.bulletin == SEED_ID and not report.published
    assert "no killed counts" in rejected.report.text()
    assert quads(store) == before


@pytest.mark.parametrize("base", ["https://example.org/kg/", "http://localhost:8080/"])
def test_base_iri_is_configurable(base: str) -> None:
    store = EmbeddedStore.memory()
    build([SEEDS], store, BuildOptions(base_iri=base))
    bulletin = URIRef(Minter(base).bulletin(SEED_ID))
    assert bool(store.query(f"ASK {{ <{bulletin}> a <{KG.Bulletin}> }}"))


def test_one_interval_gets_one_precision(tmp_path: Path) -> None:
    """Two counts of one bulletin over the same interval, stated by month and by year, map
    to one interval node with one precision (a shared node with two was a SHACL violation
    that threw the whole bulletin away)."""
    from dataclasses import replace
    from datetime import date

    from kg.extract.records import Period
    from kg.mapping import interval_precision
    from kg.pipeline import extract_step, load_context, map_step, reason_step, validate_step

    year = date(2015, 1, 1), date(2015, 12, 31)
    assert interval_precision(Period(*year, "month")) == "year"
    assert interval_precision(Period(date(2015, 3, 1), date(2015, 3, 31), "day")) == "month"
    assert interval_precision(Period(date(2015, 3, 1), date(2015, 4, 15), "day")) == "day"
    assert interval_precision(Period(date(2015, 3, 2), date(2015, 3, 2), "day")) == "day"
    ctx = load_context(BuildOptions())
    [bulletin] = list(read_paths([SEEDS]))
    ex = extract_step(ctx, bulletin)
    first, second, *rest = ex.observations
    ex.observations = [replace(first, period=Period(*year, "month")),
                       replace(second, period=Period(*year, "year")), *rest]
    graph = map_step(ctx, ex)
    report = validate_step(ctx, bulletin.id, graph, reason_step(ctx, graph))
    assert report.conforms, report.text()
    interval = M.interval(*year)
    assert set(graph.objects(interval, KG.datePrecision)) == {
        URIRef("http://www.w3.org/2006/time#unitYear")}


def test_warnings_are_counted_not_kept(tmp_path: Path) -> None:
    """A build keeps SHACL warnings as counts per rule plus the first few lines, so a
    100,000-bulletin report does not hold a million findings."""
    from kg.pipeline import WARNING_LINES

    dev = SHARED / "corpus" / "dev" / "bulletins.jsonl"
    store = EmbeddedStore.open(tmp_path / "store")
    report = build([dev], store)
    total = sum(report.shacl_warnings.values())
    assert total > WARNING_LINES, "the dev corpus should give more warnings than are kept"
    assert len(report.warning_lines) == WARNING_LINES
    assert all(line.startswith("bulletin ") for line in report.warning_lines)
    assert all(not r.report.warnings for r in report.published)
    assert f"{total} warning(s)" in report.summary()
    assert report.quarantine_json()["summary"]["shacl_warnings"] == dict(
        sorted(report.shacl_warnings.items()))


def test_clear_and_append_graph_in_parts(tmp_path: Path) -> None:
    """A large graph is emptied and written in parts (bounded memory), with the same result
    as replacing it whole, on a transactional store and a staging (bulk) one."""
    g = "https://example.org/big"
    lines = [f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" .\n".encode()
             for i in range(7)]
    rows = b"".join(lines)
    for bulk in (False, True):
        store = EmbeddedStore.open(tmp_path / f"s{bulk}")
        store.bulk = bulk
        store.replace_graphs({g: rows, "https://example.org/other": lines[0]})
        store.clear_graph(g, part=3)
        assert store.count(g) == 0 and store.count("https://example.org/other") == 1
        for part in (b"".join(lines[:4]), b"".join(lines[4:])):
            store.append_graph(g, part)
        assert store.graph_ntriples(g).count(b"\n") == 7
