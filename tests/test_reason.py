"""The compiled OWL RL tables derive exactly what owlrl derives, and nothing asserted."""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.bulletins import read_paths
from kg.pipeline import BuildOptions, Context, extract_step, map_step
from kg.reason import Reasoner, evidence_rows
from kg.vocab import KG, OA

from .conftest import SEEDS

FIXTURES = Path(__file__).parent / "data" / "extract"


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context(BuildOptions())


@pytest.fixture(scope="module")
def full(ctx: Context) -> Reasoner:
    return Reasoner(ctx.ontology, ctx.gazetteer_graph, full=True)


@pytest.mark.parametrize("path", [SEEDS, *sorted(FIXTURES.glob("*.txt"))[:6]],
                         ids=lambda p: p.name)
def test_compiled_rules_match_owlrl(ctx: Context, full: Reasoner, path: Path) -> None:
    for bulletin in read_paths([path]):
        graph = map_step(ctx, extract_step(ctx, bulletin))
        fast, slow = set(ctx.reasoner.infer(graph)), set(full.infer(graph))
        assert fast == slow, f"missing {sorted(slow - fast)[:5]} extra {sorted(fast - slow)[:5]}"
        assert not fast & set(graph)


def test_inference_examples(ctx: Context) -> None:
    g = Graph()
    obs, parent = URIRef("https://ex.org/o2"), URIRef("https://ex.org/o1")
    raid = URIRef("https://ex.org/raid")
    g.add((obs, KG.subCountOf, parent))
    g.add((raid, RDF.type, KG.AirStrike))
    inferred = ctx.reasoner.infer(g)
    assert (parent, KG.hasSubCount, obs) in inferred
    assert (raid, RDF.type, KG.Bombardment) in inferred
    assert (raid, RDF.type, KG.MilitaryOperation) in inferred


def test_located_within_follows_place_then_part_of(ctx: Context) -> None:
    """The chain kg:place/kg:partOf (owl:propertyChainAxiom) through the gazetteer and through
    a place local to the bulletin."""
    g = Graph()
    obs, village = URIRef("https://ex.org/o1"), URIRef("https://ex.org/village")
    place = ctx.minter.place
    g.add((obs, KG.place, village))
    g.add((village, RDF.type, KG.MentionedPlace))
    g.add((village, KG.partOf, place("jobar")))
    inferred = ctx.reasoner.infer(g)
    within = set(inferred.objects(obs, KG.locatedWithin))
    assert within == {village, place("jobar"), place("damascus-city"),
                      place("damascus-governorate"), place("syria")}
    # a later kg:place of the same data is extended too (the chain read from either end)
    raid = URIRef("https://ex.org/raid")
    g.add((raid, KG.place, place("damascus-city")))
    assert set(ctx.reasoner.infer(g).objects(raid, KG.locatedWithin)) == {
        place("damascus-city"), place("damascus-governorate"), place("syria")}


def test_evidence_rows_give_every_combination() -> None:
    """One kg:evidenceRow of the bulletin per row the saved query's join gives: here two quotes
    of one count, no kg:countHigh (an empty field); none before the count has a bulletin."""
    obs, ev, quote, pos, quote2, bulletin = (URIRef(f"https://ex.org/{x}")
                                             for x in ("o", "e", "e#q", "e#p", "e#q2", "b"))
    g = Graph()
    for t in ((obs, KG.casualtyType, KG.killed), (obs, KG.victimStatus, KG.civilian),
              (obs, KG.countQualifier, KG.atLeast), (obs, KG.countLow, Literal(5)),
              (obs, KG.countBest, Literal(5)), (obs, KG.evidence, ev),
              (ev, OA.hasSelector, quote), (ev, OA.hasSelector, quote2),
              (ev, OA.hasSelector, pos), (quote, OA.exact, Literal("خمسة | مدنيين", lang="ar")),
              (quote2, OA.exact, Literal("5")), (pos, OA.start, Literal(3)),
              (pos, OA.end, Literal(9))):
        g.add(t)
    g.add((obs, PROV.wasDerivedFrom, bulletin))
    assert {str(o) for _, _, o in evidence_rows(g)} == {
        "killed|civilian|atLeast|5|5||3|9|ar\thttps://ex.org/o|خمسة | مدنيين",
        "killed|civilian|atLeast|5|5||3|9|\thttps://ex.org/o|5"}
    assert {s for s, _, _ in evidence_rows(g)} == {bulletin}
