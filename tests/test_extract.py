"""The extractor against hand-written bulletins: one case per ``tests/data/extract/*.txt``.

Each ``<case>.txt`` (title on the first line, then the body) has a ``<case>.expected.json``:
``{"published": "YYYY-MM-DD" | null, "observations": [...]}`` where an observation is
``type, n, qualifier, status, group, part_of (the parent's evidence), cumulative, places
(gazetteer ids, or ``@label`` for a mentioned place), victim_actors, perpetrators, evidence``,
in text order. A failure prints a unified diff.
"""

from __future__ import annotations

import difflib
import json
from datetime import date
from pathlib import Path

import pytest

from kg.bulletins import from_text
from kg.extract import extract
from kg.extract.records import Extraction

CASES = Path(__file__).parent / "data" / "extract"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_2de9ca7cda8d2466.txt"


def summarise(ex: Extraction) -> dict[str, object]:
    """The comparable view of an extraction (see the module docstring)."""
    by_key = {o.key: o for o in ex.observations}
    # a mentioned place (not in the gazetteer) shows as "@" + its label, not its span key
    named = {p.key: "@" + p.label_ar for p in ex.mentioned_places}
    return {
        "published": ex.published.isoformat() if ex.published else None,
        "observations": [
            {
                "type": o.casualty_type,
                "n": o.best if o.qualifier != "more_than" else (o.best or 1) - 1,
                "qualifier": o.qualifier,
                "status": o.status,
                "group": o.group,
                "part_of": by_key[o.part_of].evidence_text if o.part_of else None,
                "cumulative": o.cumulative,
                "places": [named.get(p, p) for p in o.places],
                "victim_actors": list(o.victim_actors),
                "perpetrators": list(o.perpetrators),
                "evidence": o.evidence_text,
            }
            for o in ex.observations
        ],
    }


def run_case(path: Path) -> dict[str, object]:
    return summarise(extract(from_text(path.stem, path.read_text(encoding="utf-8"),
                                      str(path))))


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_extract_case(case: Path) -> None:
    expected = json.loads(case.with_suffix(".expected.json").read_text(encoding="utf-8"))
    got = run_case(case)
    if got != expected:
        want = json.dumps(expected, ensure_ascii=False, indent=1).splitlines()
        have = json.dumps(got, ensure_ascii=False, indent=1).splitlines()
        diff = "\n".join(difflib.unified_diff(want, have, "expected", "extracted", lineterm=""))
        pytest.fail(f"{case.name} differs from its expected.json:\n{diff}")


def test_spans_and_keys_hold() -> None:
    for case in sorted(CASES.glob("*.txt")):
        b = from_text(case.stem, case.read_text(encoding="utf-8"), str(case))
        ex = extract(b)
        keys = [o.key for o in ex.observations]
        assert len(keys) == len(set(keys))
        for o in ex.observations:
            assert b.text[o.evidence.start:o.evidence.end] == o.evidence_text
            assert o.key == o.evidence.key
            assert o.part_of is None or o.part_of in keys
        for e in ex.events:
            assert e.key == e.span.key and b.text[e.span.start:e.span.end] == e.text
        for m in ex.mentions:
            assert b.text[m.span.start:m.span.end] == m.text


def test_page_furniture_is_skipped() -> None:
    ex = extract(from_text("f", "عنوان\n\n12\n\nاستشهد مواطن جراء قصف على مدينة دوما", "f"))
    assert [(o.best, o.evidence_text) for o in ex.observations] == [(1, "مواطن")]


def test_english_never_crashes_on_odd_input() -> None:
    for text in ("Title\n\n", "Title\n\n12 13 at least more than", "x\n\nعشرات"):
        extract(from_text("odd", text, "odd"))


def test_seed_observations_events_and_actors() -> None:
    ex = extract(from_text(SEED.stem, SEED.read_text(encoding="utf-8"), str(SEED)))
    assert ex.published == date(2017, 3, 25) and ex.published_inferred
    rows = [(o.casualty_type, o.best, o.qualifier, o.status, o.cumulative, o.places)
            for o in ex.observations]
    assert rows == [
        ("killed", 201, "more_than", "unknown", True, ("damascus-city",)),
        ("killed", 82, "at_least", "combatant", True, ("damascus-city",)),
        ("killed", 9, "at_least", "combatant", True, ("damascus-city",)),
        ("killed", 115, "at_least", "combatant", True, ("damascus-city",)),
        ("wounded", None, "dozens", "combatant", True, ("damascus-city",)),
    ]
    assert ex.observations[2].part_of == ex.observations[1].key
    assert ex.observations[2].group == "officers"
    kinds = {e.kind: e for e in ex.events}
    battle = kinds["battle"]
    assert set(battle.attackers) == {"hts", "faylaq-al-rahman", "ahrar-al-sham"}
    assert set(battle.defenders) == {"regime-forces", "pro-regime-militias"}
    assert (battle.period.start, battle.period.end, battle.period.precision) == (
        date(2017, 3, 19), date(2017, 3, 25), "day")
    for o in ex.observations:
        assert o.event == battle.key
        assert (o.period.start, o.period.end) == (date(2017, 3, 19), date(2017, 3, 25))
    assert kinds["counter_attack"].attackers == ("regime-forces",)
    assert kinds["counter_attack"].part_of == battle.key
    assert "jobar" in kinds["withdrawal"].places
    assert any(e.kind == "air_strike" and "damascus-city" in e.places for e in ex.events)
    foiled = kinds["foiled_attack"]
    assert foiled.period is not None and foiled.period.start == date(2017, 3, 2)
    assert foiled.period.precision == "day"
    assert foiled.foiled_by == ("brigade-active-in-barzeh",)
    (brigade,) = ex.new_actors
    assert brigade.active_in == ("barzeh",)
    assert "regime-forces" in foiled.defenders and "hts" in foiled.attackers


# --- the consistency pass (kg.extract.consistency): a bad link is dropped, not the bulletin --

def _extract_text(text: str, bulletin_id: str = "links") -> Extraction:
    return extract(from_text(bulletin_id, text, bulletin_id))


def test_larger_and_overfull_subcounts_are_unlinked_with_warnings() -> None:
    case = CASES / "links_repaired.txt"
    ex = _extract_text(case.read_text(encoding="utf-8"), "links_repaired")
    assert [w.kind for w in ex.warnings] == ["subcount-larger", "subcount-sum"]
    larger, overfull = (str(w) for w in ex.warnings)
    assert "links_repaired" in larger and "«7 أطفال»" in larger and "«4 مواطنين»" in larger
    assert "larger" in larger
    assert "«5 مواطنات»" in overfull and "«10 مواطنين»" in overfull and "11" in overfull
    by_text = {o.evidence_text: o for o in ex.observations}
    assert by_text["7 أطفال"].part_of is None and by_text["5 مواطنات"].part_of is None
    assert by_text["6 أطفال"].part_of == by_text["10 مواطنين"].key  # the part that fits stays


def test_family_counts_overlap_the_other_parts() -> None:
    ex = _extract_text("عنوان\n\nاستشهد 8 مواطنين بينهم 5 أطفال و4 من عائلة واحدة جراء قصف "
                       "على مدينة دوما.")
    assert ex.warnings == []
    assert [o.part_of is not None for o in ex.observations] == [False, True, True]


def test_cycle_type_and_dangling_links_are_dropped() -> None:
    from dataclasses import replace

    from kg.extract.consistency import check_links

    ex = _extract_text("عنوان\n\nقتل 3 عناصر من قوات النظام هم 3 ضباط في ريف حماة، وأصيب "
                       "6 عناصر آخرين.")
    total, officers, wounded = ex.observations
    assert officers.part_of == total.key and wounded.casualty_type == "wounded"
    cycle = [replace(total, part_of=officers.key), officers, wounded]
    kept, warnings = check_links("links", cycle)
    assert [w.kind for w in warnings] == ["subcount-cycle"]
    assert [o.part_of for o in kept] == [None, total.key, None]  # the earliest link goes
    crossed = [total, officers, replace(wounded, part_of=total.key)]
    kept, warnings = check_links("links", crossed)
    assert [w.kind for w in warnings] == ["subcount-type"] and kept[2].part_of is None
    assert "wounded" in str(warnings[0]) and "«6 عناصر آخرين»" in str(warnings[0])
    kept, warnings = check_links("links", [total, replace(officers, part_of="1-2"), wounded])
    assert [w.kind for w in warnings] == ["subcount-dangling"] and kept[1].part_of is None


def test_vague_totals_keep_larger_low_bounds() -> None:
    ex = _extract_text("عنوان\n\nأصيب العشرات بينهم 30 طفلاً على الأقل جراء قصف على مدينة "
                       "دوما.")
    assert ex.warnings == []
    assert ex.observations[1].part_of == ex.observations[0].key


def test_a_repaired_bulletin_is_published_and_reported(tmp_path: Path) -> None:
    from kg.pipeline import RunOptions, build
    from kg.store import EmbeddedStore

    (tmp_path / "links_repaired.txt").write_text(
        (CASES / "links_repaired.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = build([tmp_path], EmbeddedStore.memory(), run=RunOptions(workers=1))
    assert [r.bulletin for r in report.published] == ["links_repaired"]
    assert not report.rejected
    assert report.warnings_by_kind() == {"subcount-larger": 1, "subcount-sum": 1}
    doc = report.quarantine_json()
    assert doc["summary"]["extraction_warnings"] == {"subcount-larger": 1, "subcount-sum": 1}
    assert [w["bulletin"] for w in doc["extraction_warnings"]] == ["links_repaired"] * 2
    assert "2 extraction warning(s) (subcount-larger: 1, subcount-sum: 1)" in report.summary()
