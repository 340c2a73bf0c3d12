"""Importing UCDP GED and ACLED exports: by header name, streaming, bad rows, provenance."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.link import DATASETS, dataset, is_private_graph
from kg.link.load import import_file
from kg.link.ucdp import CITATIONS, version_from_name
from kg.store import EmbeddedStore
from kg.vocab import KG

from .link_support import ACLED, GED_FULL, GED_REDUCED, GED_SAMPLE, M


def values(store: EmbeddedStore, graph: str, subject: str, prop: object) -> set[str]:
    q = f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ <{subject}> <{prop}> ?o }} }}"
    return {s["o"].value for s in store.query(q)}


def test_registry_has_both_importers() -> None:
    assert set(DATASETS) == {"ucdp", "acled"}
    for ds in DATASETS.values():
        assert ds.profile().name == ds.name
    with pytest.raises(InputError, match="unknown dataset"):
        dataset("gtd")


def test_full_ged_is_read_by_header_name(tmp_path: Path) -> None:
    with GED_FULL.open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert len(header) == 49 and header[0] != "id"  # not the codebook's order
    store = EmbeddedStore.open(tmp_path / "s")
    report = import_file("ucdp", GED_FULL, store)
    assert (report.rows, report.events, report.error_count) == (7, 5, 2)
    ev = str(M.ucdp_event("990001"))
    g = report.graph
    assert g == str(M.graph("ucdp", "ged-full-fixture"))
    assert values(store, g, ev, KG.sideA) == {"Government of Syria"}
    assert values(store, g, ev, KG.sideB) == {"Syrian insurgents"}
    assert values(store, g, ev, KG.deathsSideA) == {"20"}
    assert values(store, g, ev, KG.deathsCivilians) == {"0"}
    assert (values(store, g, ev, KG.deathsLow), values(store, g, ev, KG.deathsBest),
            values(store, g, ev, KG.deathsHigh)) == ({"30"}, {"35"}, {"45"})
    assert values(store, g, ev, KG.datePrecisionCode) == {"1"}
    assert values(store, g, ev, KG.startDate) == {"2017-03-20"}
    assert "Syrian Observatory" in values(store, g, ev, KG.sourceOffice).pop()
    assert values(store, g, ev, KG.sourceArticle) == {"Fictional wire story 1"}
    place = f"{ev}#place"
    assert values(store, g, place, KG.locationPrecisionCode) == {"1"}
    assert values(store, g, f"{ev}#geometry",
                  "http://www.opengis.net/ont/geosparql#asWKT") == {"POINT(36.331 33.532)"}


def test_bad_rows_name_file_and_line_and_do_not_stop_the_import(tmp_path: Path) -> None:
    report = import_file("ucdp", GED_FULL, EmbeddedStore.open(tmp_path / "s"))
    assert report.errors == [
        f"{GED_FULL}:6: date_start/date: not a date: '2017-13-45'",
        f"{GED_FULL}:7: latitude: not a number: 'north'",
    ]
    assert report.events == 5  # the rows after the bad ones were imported


@pytest.mark.parametrize("path", [GED_REDUCED, GED_SAMPLE], ids=["fixture", "shared-sample"])
def test_reduced_ged_export(tmp_path: Path, path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not available")
    store = EmbeddedStore.open(tmp_path / "s")
    report = import_file("ucdp", path, store)
    with path.open(encoding="utf-8") as f:
        n = sum(1 for _ in f) - 1
    assert report.events == n and report.error_count == 0
    with path.open(encoding="utf-8") as f:
        first = next(csv.DictReader(f))
    ev = str(M.ucdp_event(first["id"]))
    assert values(store, report.graph, ev, KG.startDate) == {first["date"]}
    assert values(store, report.graph, ev, KG.deathsBest) == {first["best"]}
    assert values(store, report.graph, ev, KG.deathsCivilians) == {first["civilian_deaths"]}
    assert values(store, report.graph, ev, KG.deathsCombatants) == {first["combatant_deaths"]}
    assert values(store, report.graph, ev, KG.conflictName) == {
        f"UCDP conflict {first['conflict_id']}"}


def test_provenance_names_file_version_citation_and_licence(tmp_path: Path) -> None:
    src = tmp_path / "GEDEvent_v24_1.csv"
    src.write_bytes(GED_REDUCED.read_bytes())
    os.utime(src, (1_700_000_000, 1_700_000_000))
    store = EmbeddedStore.open(tmp_path / "s")
    report = import_file("ucdp", src, store)
    node, g = report.dataset_node, report.graph
    assert values(store, g, node, "http://purl.org/dc/terms/identifier") == {src.name}
    assert values(store, g, node, "http://www.w3.org/2002/07/owl#versionInfo") == {"24.1"}
    assert values(store, g, node, "http://purl.org/dc/terms/modified") == {
        "2023-11-14T22:13:20Z"}
    assert values(store, g, node, "http://purl.org/dc/terms/bibliographicCitation") == set(
        CITATIONS)
    assert any("Sundberg" in c and "2013" in c for c in CITATIONS)
    assert values(store, g, node, "http://purl.org/dc/terms/license") == {
        "https://creativecommons.org/licenses/by/4.0/"}
    assert values(store, g, node, KG.datasetName) == {"ucdp"}
    ev = str(M.ucdp_event("990101"))
    assert values(store, g, ev, "http://www.w3.org/ns/prov#wasDerivedFrom") == {node}


@pytest.mark.parametrize(("name", "version"), [
    ("GEDEvent_v24_1.csv", "24.1"), ("ged231.csv", "23.1"), ("ged_sample.csv", None)])
def test_version_from_file_name(name: str, version: str | None) -> None:
    assert version_from_name(name) == version


def test_acled_goes_to_a_private_graph(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "s")
    report = import_file("acled", ACLED, store)
    assert report.graph == str(M.graph("private", "acled", "acled-fictional"))
    assert is_private_graph(report.graph)
    assert (report.events, report.error_count) == (3, 1)
    assert report.errors[0].startswith(f"{ACLED}:5: event_date")
    ev = str(M.acled_event("FICTIONAL0001"))
    assert values(store, report.graph, ev, KG.externalId) == {"FICTIONAL0001"}
    assert values(store, report.graph, ev, KG.sideA) == {"Military Forces of Syria (2000-)"}
    assert values(store, report.graph, ev, KG.startDate) == {"2017-03-22"}
    access = values(store, report.graph, report.dataset_node,
                    "http://purl.org/dc/terms/accessRights")
    assert access and "not for redistribution" in access.pop()


def test_public_graphs_are_not_private() -> None:
    for g in (M.graph("ucdp", "x"), M.graph("links", "ucdp", "x"), M.graph("bulletin", "b"),
              M.graph("gazetteer")):
        assert not is_private_graph(str(g))
    assert is_private_graph(str(M.graph("private", "links", "acled", "x")))


def test_reimport_replaces_the_graph(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "s")
    first = import_file("ucdp", GED_FULL, store)
    dump = store.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
    second = import_file("ucdp", GED_FULL, store)
    assert store.oxigraph.dump(format=ox.RdfFormat.N_QUADS) == dump
    # shared time instants are written once per event but stored once
    assert first.quads == second.quads >= store.count(first.graph) > 0


def test_missing_required_column_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,latitude,longitude\n1,33.5,36.3\n", encoding="utf-8")
    with pytest.raises(InputError, match="date_start or date"):
        import_file("ucdp", bad, EmbeddedStore.open(tmp_path / "s"))


def test_streams_in_batches(tmp_path: Path) -> None:
    """A file larger than one batch is written batch by batch, all rows kept."""
    src = tmp_path / "many.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "date_start", "date_end", "latitude", "longitude", "best"])
        for i in range(250):
            w.writerow([i, "2017-03-20", "2017-03-20", "33.5", "36.3", 1])
    store = EmbeddedStore.open(tmp_path / "s")
    seen = []
    report = import_file("ucdp", src, store, batch_rows=100,
                         progress=lambda it: (seen.append(1) or x for x in it))
    assert report.events == 250 and len(seen) == 250
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{report.graph}> {{ ?e a <{KG.ExternalEvent}> "
         "} }")
    assert int(next(iter(store.query(q)))["n"].value) == 250
