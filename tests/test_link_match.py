"""Matching our operations and counts to GED / ACLED events, on a real store on disk.

The bulletin is tests/data/link/bulletin_jobar.ttl (the Jobar/Qaboun battle, 19-25 March
2017); the events are the fictional fixtures described in tests/data/link/README.md.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from kg.link import is_private_graph
from kg.link.export import GED_COLUMNS, LINK_COLUMNS, write_links, write_ucdp
from kg.link.match import (
    Matcher,
    MatchOptions,
    Ours,
    Point,
    Theirs,
    haversine_km,
    load_actor_map,
    their_window,
)
from kg.link.ucdp import PROFILE as GED
from kg.store import EmbeddedStore

from .link_support import (
    BATTLE,
    DAY_COUNT,
    OFFENSIVE,
    SUB_COUNT,
    TOTAL,
    WOUNDED,
    M,
    linked_store,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> tuple[EmbeddedStore, dict]:
    return linked_store(tmp_path_factory.mktemp("link") / "store")


def links_by_target(linked) -> dict[tuple[str, str], list]:
    _, reports = linked
    out: dict[tuple[str, str], list] = {}
    for r in reports["matches"].values():
        for lk in r.links:
            for t in lk.targets:
                out.setdefault((lk.ours, t.id), []).append(lk)
    return out


# -- the expected matches ------------------------------------------------------------------
@pytest.mark.parametrize(("ours", "their_id"), [
    (BATTLE, "990001"),  # GED, a precise point in Jobar on the battle's second day
    (BATTLE, "990002"),  # GED, the battle's week at the Damascus centroid (where_prec 4)
    (BATTLE, "990101"),  # reduced GED, Damascus centroid, no precision columns
    (BATTLE, "FICTIONAL0001"),  # ACLED, Jobar, cites SOHR
    (OFFENSIVE, "990001"),  # a one-day offensive on 19 March ↔ an event dated 20 March
    (DAY_COUNT, "990001"),  # a count with the offensive's place and date
])
def test_true_matches_link(linked, ours: str, their_id: str) -> None:
    found = links_by_target(linked).get((ours, their_id))
    assert found, f"{ours} should link to {their_id}"
    assert all(0.5 <= lk.score <= 1 for lk in found)


@pytest.mark.parametrize("their_id", [
    "990003", "990102", "FICTIONAL0002",  # same day, about 30 km away
    "990004", "990103", "FICTIONAL0003",  # same place, a week or more after the battle
    "990007",  # Aleppo
])
def test_near_misses_do_not_link(linked, their_id: str) -> None:
    assert not [k for k in links_by_target(linked) if k[1] == their_id]


def test_shared_sample_does_not_link_outside_the_battle(linked) -> None:
    # the shared GED sample has events on 17 March (before the battle) and 19 March ~26 km
    # north-west (Wadi Barada): neither is the Jobar battle
    _, reports = linked
    [sample] = [r for g, r in reports["matches"].items() if "sample" in g]
    assert sample.events == 14 and sample.links == []


def test_counts_that_must_not_link(linked) -> None:
    linked_ours = {k[0] for k in links_by_target(linked)}
    assert WOUNDED not in linked_ours  # GED and ACLED count deaths only
    assert SUB_COUNT not in linked_ours  # its parent (the running total) carries the link


def test_running_total_links_to_the_set_it_covers(linked) -> None:
    _, reports = linked
    ged = reports["matches"][str(M.graph("ucdp", "ged-full-fixture"))]
    [total] = [lk for lk in ged.links if lk.ours == TOTAL]
    assert sorted(t.id for t in total.targets) == ["990001", "990002"]
    assert total.reasons[0].startswith("running total: covers 2 UCDP GED event(s)")
    assert not total.independent  # one of the covered events cites SOHR


def test_independence_follows_source_office(linked) -> None:
    index = links_by_target(linked)
    assert [lk.independent for lk in index[(BATTLE, "990001")]] == [False]  # cites SOHR
    assert [lk.independent for lk in index[(BATTLE, "990002")]] == [True]  # AFP
    assert [lk.independent for lk in index[(BATTLE, "FICTIONAL0001")]] == [False]


def test_reasons_explain_time_place_actors_and_source(linked) -> None:
    [lk] = links_by_target(linked)[(BATTLE, "990001")]
    kinds = [r.split(":", 1)[0] for r in lk.reasons]
    assert kinds == ["time", "place", "actors", "source"]
    assert "Jobar → Damascus → Damascus Governorate" in lk.reasons[1] or \
        "Qaboun → Damascus → Damascus Governorate" in lk.reasons[1]
    assert "'Government of Syria' ~ regime-forces" in lk.reasons[2]
    assert "'Syrian insurgents' ~" in lk.reasons[2] and "hts" in lk.reasons[2]


def test_links_are_candidates_never_same_as(linked) -> None:
    store, _ = linked
    assert not bool(store.query(
        "ASK { ?a <http://www.w3.org/2002/07/owl#sameAs> ?b }"))
    q = f"""ASK {{ GRAPH ?g {{
        <{BATTLE}> <http://www.w3.org/2004/02/skos/core#closeMatch> <{M.ucdp_event('990001')}> .
        ?link a <https://w3id.org/sohr-kg/ontology#CandidateLink> ;
              <https://w3id.org/sohr-kg/ontology#linkSubject> <{BATTLE}> ;
              <https://w3id.org/sohr-kg/ontology#linkTarget> <{M.ucdp_event('990001')}> ;
              <https://w3id.org/sohr-kg/ontology#score> ?s ;
              <https://w3id.org/sohr-kg/ontology#independent> false ;
              <https://w3id.org/sohr-kg/ontology#reason> ?r .
        FILTER(?s >= 0 && ?s <= 1) }}
        FILTER(?g = <{M.graph('links', 'ucdp', 'ged-full-fixture')}>) }}"""
    assert bool(store.query(q))


def test_acled_links_are_private(linked) -> None:
    _, reports = linked
    acled = [r for r in reports["matches"].values() if r.dataset == "acled"]
    assert acled and all(is_private_graph(r.links_graph) and r.links for r in acled)
    assert all(not is_private_graph(r.links_graph)
               for r in reports["matches"].values() if r.dataset == "ucdp")


def test_matching_again_gives_the_same_links(linked) -> None:
    from kg.link.match import link_dataset

    store, _ = linked
    g = str(M.graph("links", "ucdp", "ged-full-fixture"))
    before = store.graph_ntriples(g)
    link_dataset(store, "ucdp", graphs=[str(M.graph("ucdp", "ged-full-fixture"))])
    assert store.graph_ntriples(g) == before


# -- exports and the saved query -------------------------------------------------------------
def test_export_links_csv(linked) -> None:
    store, _ = linked
    out = io.StringIO()
    n = write_links(store, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == LINK_COLUMNS and len(rows) == n
    row = next(r for r in rows if r["ours"] == BATTLE and r["their_id"] == "990001")
    assert row["bulletin"] == "link-fixture-1" and row["dataset"] == "ucdp"
    assert row["independent"] == "false" and "time:" in row["reasons"]
    assert 0.5 <= float(row["score"]) <= 1
    total_rows = [r for r in rows if r["ours"] == TOTAL and r["dataset"] == "ucdp"]
    assert {r["their_id"] for r in total_rows} >= {"990001", "990002"}


def test_export_ucdp_layout(linked) -> None:
    store, _ = linked
    out = io.StringIO()
    write_ucdp(store, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == GED_COLUMNS and len(GED_COLUMNS) == 49
    # the running total and the sub-count would double-count: only the day count is a row
    [row] = rows
    assert row["id"] == DAY_COUNT and row["relid"] == "link-fixture-1"
    assert (row["date_start"], row["date_end"], row["date_prec"]) == (
        "2017-03-19", "2017-03-19", "1")
    assert row["side_a"] == "Government of Syria" and row["side_b"] == "Syrian insurgents"
    assert (row["deaths_a"], row["best"], row["low"], row["high"]) == ("9", "9", "9", "9")
    assert row["adm_1"] == "Damascus Governorate" and row["where_prec"] == "4"
    assert row["country_id"] == "652" and row["conflict_name"] == ""


def test_compare_with_ged_query(linked) -> None:
    store, _ = linked
    path = ROOT / "sparql" / "compare-with-ged.rq"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# title:") and "# description:" in text
    rows = {(s["ours"].value, int(s["ged_events"].value)): s for s in store.query(text)}
    total = rows[(TOTAL, 2)]  # 120+ killed vs GED 990001 + 990002 summed: 120-175
    assert (int(total["ged_low"].value), int(total["ged_best"].value),
            int(total["ged_high"].value)) == (120, 140, 175)
    assert total["flag"].value == "consistent"
    day = next(s for (o, _), s in rows.items() if o == DAY_COUNT)
    # SOHR says exactly 9, GED's low is 30: GED's lower bound exceeds SOHR's
    assert day["flag"].value == "ged_low_above_sohr_high"


# -- scoring units -----------------------------------------------------------------------------
def test_haversine_thirty_km() -> None:
    assert 29 < haversine_km(33.532, 36.331, 33.52, 36.66) < 31


@pytest.mark.parametrize(("prec", "start", "end", "expected"), [
    (1, date(2017, 3, 20), date(2017, 3, 20), (date(2017, 3, 20), date(2017, 3, 20))),
    (3, date(2017, 3, 20), date(2017, 3, 20), (date(2017, 3, 17), date(2017, 3, 23))),
    (4, date(2017, 3, 1), date(2017, 3, 31), (date(2017, 3, 1), date(2017, 3, 31))),
    (5, date(2017, 6, 1), date(2017, 6, 1), (date(2016, 12, 1), date(2017, 11, 30))),
])
def test_ged_date_precision_widens(prec, start, end, expected) -> None:
    t = Theirs("x", "1", start, end, prec, None, None, None, (), None, None)
    assert their_window(t, GED) == expected


def test_admin_centroid_widens_the_radius() -> None:
    """A GED where_prec 4 event 30 km from our point links; a where_prec 1 one does not."""
    ours = Ours("o", "operation", "b", date(2017, 3, 20), date(2017, 3, 20),
                places={"p"})
    matcher = Matcher(GED, {"p": Point(33.532, 36.331, 1.5, "Jobar")}, {}, {},
                      MatchOptions())
    near = dict(start=date(2017, 3, 20), end=date(2017, 3, 20), date_prec=1, lat=33.52,
                lon=36.66, sides=(), source_office=None, best=1)
    assert matcher.place(ours, Theirs("e1", "1", where_prec=1, **near)) is None
    assert matcher.place(ours, Theirs("e2", "2", where_prec=4, **near)) is not None


def test_actor_map_is_one_reviewed_file() -> None:
    amap = load_actor_map()
    assert str(M.actor("regime-forces")) in amap[("ucdp", "government of syria")]
    assert str(M.actor("rebel-factions")) in amap[("ucdp", "syrian insurgents")]
    from kg.gazetteer import load_gazetteer

    known = {str(M.actor(a)) for a in load_gazetteer().actors}
    unknown = {a for actors in amap.values() for a in actors} - known
    assert not unknown, f"actors.csv names actors missing from the gazetteer: {unknown}"
