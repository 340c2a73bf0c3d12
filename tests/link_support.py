"""Shared set-up for the linking tests: a store on disk with the reference graphs, a
hand-written bulletin graph and the fixture exports (see tests/data/link/README.md)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.iris import Minter
from kg.link.load import import_file
from kg.link.match import link_dataset
from kg.pipeline import BuildOptions, Context, publish_reference
from kg.store import EmbeddedStore

DATA = Path(__file__).resolve().parent / "data" / "link"
GED_FULL = DATA / "ged_full_fixture.csv"
GED_REDUCED = DATA / "ged_reduced_fixture.csv"
ACLED = DATA / "acled_fictional.csv"
BULLETIN = DATA / "bulletin_jobar.ttl"
GED_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "reference" / \
    "ucdp_ged_sample_damascus_2017H1.csv"
M = Minter()
BULLETIN_ID = "link-fixture-1"
BATTLE = str(M.operation(BULLETIN_ID, "10-20"))
OFFENSIVE = str(M.operation(BULLETIN_ID, "30-40"))
TOTAL = str(M.observation(BULLETIN_ID, "50-60"))
DAY_COUNT = str(M.observation(BULLETIN_ID, "70-80"))
SUB_COUNT = str(M.observation(BULLETIN_ID, "90-95"))
WOUNDED = str(M.observation(BULLETIN_ID, "100-110"))


def reference_store(path: Path) -> EmbeddedStore:
    """A store with the ontology and gazetteer graphs, as `kg build` publishes them."""
    store = EmbeddedStore.open(path)
    publish_reference(Context(BuildOptions()), store)
    return store


def load_bulletin(store: EmbeddedStore, ttl: Path = BULLETIN) -> None:
    g = Graph().parse(ttl, format="turtle")
    store.replace_graph(str(M.graph("bulletin", BULLETIN_ID)),
                        g.serialize(format="nt11", encoding="utf-8"))


def linked_store(path: Path) -> tuple[EmbeddedStore, dict]:
    """Reference + bulletin + every fixture imported and matched; returns the reports."""
    store = reference_store(path)
    load_bulletin(store)
    imports = {f.name: import_file(name, f, store) for name, f in (
        ("ucdp", GED_FULL), ("ucdp", GED_REDUCED), ("ucdp", GED_SAMPLE), ("acled", ACLED))}
    matches = {r.graph: r for name in ("ucdp", "acled") for r in link_dataset(store, name)}
    return store, {"imports": imports, "matches": matches}
