"""``kg validate`` reads and validates the stored bulletins in batches (kg.validate.stored),
with the reports of one bulletin at a time (:func:`one_at_a_time`, as kg validate did).

The corpus: synthetic bulletins built into a store, two of them then broken (a negative
second best count on an observation: violations), so reports hold violations and warnings.
``tests/test_virtuoso.py`` compares the same over a remote store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.pipeline import BuildOptions, build, load_context, validate_step
from kg.store import EmbeddedStore
from kg.synth import write_corpus
from kg.validate import Report
from kg.validate.stored import validate_stored

KG = "https://w3id.org/sohr-kg/ontology#"
BULLETINS = 9
BROKEN = 2


def one_at_a_time(store: Any) -> list[Report]:
    """The reference: every bulletin's two graphs fetched and validated on their own."""
    ctx = load_context(BuildOptions())
    reports = [ctx.gazetteer_report]
    prefix = ctx.graph_iri("bulletin") + "/"
    for iri in sorted(g for g in store.graphs() if g.startswith(prefix)):
        bulletin_id = iri[len(prefix):]
        graph, inferred = (Graph().parse(data=store.graph_ntriples(g), format="nt")
                           for g in (iri, ctx.graph_iri("inferred", bulletin_id)))
        reports.append(validate_step(ctx, bulletin_id, graph, inferred))
    return reports


def broken_corpus(folder: Path) -> EmbeddedStore:
    """A store of :data:`BULLETINS` synthetic bulletins, the first :data:`BROKEN` broken."""
    write_corpus(folder / "corpus", BULLETINS, seed=5)
    store = EmbeddedStore.open(folder / "store")
    assert build([folder / "corpus"], store).ok
    graphs = sorted(g for g in store.graphs() if "/graph/bulletin/" in g)
    assert len(graphs) == BULLETINS
    for graph in graphs[:BROKEN]:
        observation = next(iter(store.query(
            f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?o a <{KG}CasualtyObservation> }} }} "
            "LIMIT 1")))["o"]
        extra = ox.Triple(observation, ox.NamedNode(f"{KG}countBest"), ox.Literal(-3))
        store.append_graph(graph, ox.serialize([extra], format=ox.RdfFormat.N_TRIPLES))
    return store


def texts(reports: list[Report]) -> list[str]:
    return [r.text() for r in reports]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    return broken_corpus(tmp_path_factory.mktemp("stored"))


@pytest.mark.parametrize("batch", [1, 4, 50])
def test_batches_give_the_reports_of_one_bulletin_at_a_time(corpus: EmbeddedStore,
                                                            batch: int) -> None:
    one_by_one = one_at_a_time(corpus)
    assert texts(validate_stored(corpus, batch=batch)) == texts(one_by_one)
    assert [r.subject for r in one_by_one][1:] == sorted(r.subject for r in one_by_one[1:])
    assert len(one_by_one) == BULLETINS + 1  # the gazetteer's first
    assert sum(not r.conforms for r in one_by_one) == BROKEN
    assert all("countBest" in r.text() for r in one_by_one if not r.conforms)
    assert any(r.conforms and r.findings for r in one_by_one)  # warnings too
