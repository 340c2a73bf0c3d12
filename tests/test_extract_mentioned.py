"""Places the text names but the gazetteer lacks: mentioned places, local to a bulletin."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal
from rdflib.namespace import PROV, RDF, RDFS

from kg.bulletins import from_text
from kg.extract import extract
from kg.pipeline import (
    BuildOptions,
    extract_step,
    load_context,
    map_step,
    reason_step,
    validate_step,
)
from kg.vocab import KG

CASE = Path(__file__).parent / "data" / "extract" / "mentioned_places.txt"


def _extract(text: str, bulletin_id: str = "mp"):
    return extract(from_text(bulletin_id, text, "test"))


def test_labels_as_written_and_parents() -> None:
    ex = _extract(CASE.read_text(encoding="utf-8"))
    got = {p.label_ar: p.part_of for p in ex.mentioned_places}
    assert got == {
        "تل حمدان": "idlib-countryside",  # "بريف إدلب": the gazetteer place that locates it
        "الزهور": "jisr-al-shughur",  # "حي الزهور بمدينة جسر الشغور": feature word dropped
        "المسعودية": None,  # no locator after it
        "بادية تدمر": "palmyra",  # the surroundings of a gazetteer town
    }
    # "محور تلال الكبينة": the hills of a gazetteer place are that place, not a new one
    assert "al-kabina" in ex.observations[-1].places


def test_one_place_per_name_and_not_generic_words() -> None:
    ex = _extract("قصف على قرية عين الزرقا\n\nقتل مواطن في قرية عين الزرقا، وأصيب آخر في "
                  "قرية عين الزرقا بريف حلب، ودمر القصف منطقة سكنية وبلدة أخرى، "
                  "وفارق مختار قرية الحياة")
    [place] = ex.mentioned_places
    assert (place.label_ar, place.part_of) == ("عين الزرقا", "aleppo-countryside")
    assert {p for o in ex.observations for p in o.places} == {place.key}


def test_english_bulletins_mint_none() -> None:
    ex = _extract("Shelling on a village\n\nTwo civilians were killed in the village of Foo.")
    assert ex.mentioned_places == []


def test_unknown_names_report_still_lists_them() -> None:
    ex = _extract("t\n\nاستشهد مواطن في قرية بسنقول بريف حلب")
    assert ("place", "قرية بسنقول") in [(k, p) for k, p, _ in ex.unknown_names]


def test_mapped_as_a_local_place_that_validates() -> None:
    ctx = load_context(BuildOptions())
    bulletin = from_text("mp-case", CASE.read_text(encoding="utf-8"), str(CASE))
    ex = extract_step(ctx, bulletin)
    graph = map_step(ctx, ex)
    report = validate_step(ctx, bulletin.id, graph, reason_step(ctx, graph))
    assert report.conforms, report.text()
    places = set(graph.subjects(RDF.type, KG.MentionedPlace))
    assert len(places) == 4
    hamdan = next(p for p in places if (p, RDFS.label, Literal("تل حمدان", lang="ar")) in graph)
    assert "/place/mp-case/" in str(hamdan)
    assert (hamdan, KG.partOf, ctx.minter.place("idlib-countryside")) in graph
    assert (hamdan, PROV.wasDerivedFrom, ctx.minter.bulletin("mp-case")) in graph
    assert any((o, KG.place, hamdan) in graph for o in graph.subjects(RDF.type,
                                                                      KG.CasualtyObservation))
