"""CSV exports for linking: the candidate links, and our counts in UCDP GED's 49 columns."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from typing import IO

from rdflib.namespace import DCTERMS

from kg.iris import Minter
from kg.link.match import (
    _PREFIXES,
    ACTORS_FILE,
    _v,
    ancestry,
    load_actor_groups,
    load_actor_map,
    load_place_info,
    load_places,
)
from kg.store import EmbeddedStore

LINK_COLUMNS = ("ours", "bulletin", "dataset", "their_id", "score", "independent", "reasons")

LINKS_QUERY = _PREFIXES + f"""PREFIX dcterms: <{DCTERMS._NS}>
SELECT ?link ?ours ?bulletin ?dataset ?their_id ?score ?independent
       (GROUP_CONCAT(DISTINCT ?reason; SEPARATOR=" | ") AS ?reasons)
WHERE {{
  ?link a kg:CandidateLink ; kg:linkSubject ?ours ; kg:linkTarget ?t ; kg:score ?score ;
        kg:independent ?independent ; dcterms:source ?ds .
  ?ds kg:datasetName ?dataset .
  ?t kg:externalId ?their_id .
  OPTIONAL {{ ?ours prov:wasDerivedFrom ?doc . ?doc kg:bulletinId ?bulletin }}
  OPTIONAL {{ ?link kg:reason ?reason }}
}}
GROUP BY ?link ?ours ?bulletin ?dataset ?their_id ?score ?independent
ORDER BY ?bulletin ?ours DESC(?score) ?dataset ?their_id
"""


_REASON_ORDER = ("running total", "time", "place", "actors", "source")


def _reason_key(reason: str) -> tuple[int, str]:
    head = reason.split(":", 1)[0]
    return (_REASON_ORDER.index(head) if head in _REASON_ORDER else len(_REASON_ORDER), reason)


def link_rows(store: EmbeddedStore) -> Iterator[dict[str, str]]:
    """One row per (link, target): a running total's set link gives one row per event."""
    for s in store.query(LINKS_QUERY):
        # GROUP_CONCAT has no order: put reasons back in the order the matcher gives them
        reasons = sorted((_v(s, "reasons") or "").split(" | "), key=_reason_key)
        yield {"ours": _v(s, "ours"), "bulletin": _v(s, "bulletin") or "",
               "dataset": _v(s, "dataset"), "their_id": _v(s, "their_id"),
               "score": _v(s, "score"), "independent": _v(s, "independent"),
               "reasons": " | ".join(r for r in reasons if r)}


def write_links(store: EmbeddedStore, out: IO[str]) -> int:
    """Write the links CSV (:data:`LINK_COLUMNS`); returns the number of rows."""
    return _write(out, LINK_COLUMNS, link_rows(store))


# -- our counts in GED's layout -------------------------------------------------------------
GED_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id",
    "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low", "gwnoa", "gwnob",
)
SOHR_OFFICE = "Syrian Observatory for Human Rights"
SYRIA = {"country": "Syria", "country_id": "652", "region": "Middle East"}  # Gleditsch-Ward 652
# GED where_prec of coordinates taken from a place of this class
WHERE_PREC = {"Neighbourhood": 1, "IndustrialZone": 1, "Facility": 1, "Camp": 1, "Village": 1,
              "Town": 1, "City": 1, "Subdistrict": 3, "District": 3, "Region": 5,
              "Governorate": 4, "Country": 6}

GED_QUERY = _PREFIXES + f"""PREFIX dcterms: <{DCTERMS._NS}>
PREFIX schema: <https://schema.org/>
SELECT ?obs ?bulletin ?issued ?url ?status ?low ?best ?high ?start ?end ?prec ?op
       (GROUP_CONCAT(DISTINCT STR(?place); SEPARATOR=" ") AS ?places)
       (GROUP_CONCAT(DISTINCT STR(?victim); SEPARATOR=" ") AS ?victims)
       (GROUP_CONCAT(DISTINCT STR(?perp); SEPARATOR=" ") AS ?perps)
WHERE {{
  ?obs a kg:CasualtyObservation ; kg:casualtyType kg:killed ; kg:victimStatus ?status ;
       prov:wasDerivedFrom ?doc .
  ?doc kg:bulletinId ?bulletin .
  # GED rows are events: sub-counts and running totals would count the same deaths twice
  FILTER NOT EXISTS {{ ?obs kg:subCountOf ?parent }}
  FILTER NOT EXISTS {{ ?obs kg:cumulative true }}
  OPTIONAL {{ ?doc dcterms:issued ?issued }}
  OPTIONAL {{ ?doc schema:url ?url }}
  OPTIONAL {{ ?obs kg:countLow ?low }}
  OPTIONAL {{ ?obs kg:countBest ?best }}
  OPTIONAL {{ ?obs kg:countHigh ?high }}
  OPTIONAL {{ ?obs kg:duringOperation ?op }}
  OPTIONAL {{ ?obs kg:startDate ?start ; kg:endDate ?end }}
  OPTIONAL {{ ?obs kg:period/kg:datePrecision ?prec }}
  OPTIONAL {{ ?obs kg:place ?place }}
  OPTIONAL {{ ?obs kg:victimAffiliation ?victim }}
  OPTIONAL {{ ?obs kg:perpetrator ?perp }}
}}
GROUP BY ?obs ?bulletin ?issued ?url ?status ?low ?best ?high ?start ?end ?prec ?op
ORDER BY ?bulletin ?obs
"""

OP_QUERY = _PREFIXES + """
SELECT ?op ?start ?end (GROUP_CONCAT(DISTINCT STR(?place); SEPARATOR=" ") AS ?places)
       (GROUP_CONCAT(DISTINCT STR(?actor); SEPARATOR=" ") AS ?actors)
WHERE { { SELECT DISTINCT ?op WHERE { ?obs kg:duringOperation ?op } }
        OPTIONAL { ?op kg:startDate ?start ; kg:endDate ?end }
        OPTIONAL { ?op kg:place ?place }
        OPTIONAL { ?op kg:attacker|kg:defender|kg:participant ?actor } }
GROUP BY ?op ?start ?end
"""


def _ged_date_prec(start: str, end: str, precision: str) -> str:
    """Our dates and precision on GED's 1-5 scale."""
    if precision == "year":
        return "5"
    if precision == "month":
        return "4"
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    return "1" if days == 1 else "2" if days <= 6 else "3" if days <= 7 else (
        "4" if days <= 31 else "5")


class GedWriter:
    """Turns our killed-counts into GED-shaped rows (columns we cannot fill stay empty)."""

    def __init__(self, store: EmbeddedStore, minter: Minter) -> None:
        self.store = store
        self.info = load_place_info(store, minter)
        self.points = load_places(store, minter)
        self.groups = load_actor_groups(store)
        # our actor → UCDP name, first row of actors.csv wins (so the umbrella name comes first)
        self.names: dict[str, str] = {}
        for (ds, name), actors in load_actor_map(ACTORS_FILE, minter.base).items():
            if ds == "ucdp":
                for a in sorted(actors):
                    self.names.setdefault(a, name)
        self.display = self._display_names()
        self.ops = {(_v(s, "op")): s for s in store.query(OP_QUERY)}

    def _display_names(self) -> dict[str, str]:
        # actors.csv keys are lower-cased for matching; show names as the file writes them
        out: dict[str, str] = {}
        with ACTORS_FILE.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                out.setdefault(row["external_name"].strip().lower(), row["external_name"].strip())
        return out

    def ucdp_name(self, actor: str) -> str | None:
        for a in (actor, *sorted(self.groups.get(actor, ()))):
            if a in self.names:
                return self.display.get(self.names[a], self.names[a])
        return None

    def row(self, s) -> dict[str, str]:
        row = dict.fromkeys(GED_COLUMNS, "")
        op = self.ops.get(_v(s, "op") or "")
        start, end = _v(s, "start"), _v(s, "end")
        places = (_v(s, "places") or "").split()
        op_actors = (_v(op, "actors") or "").split() if op is not None else []
        if start is None and op is not None:
            start, end = _v(op, "start"), _v(op, "end")
        if not places and op is not None:
            places = (_v(op, "places") or "").split()
        victims, perps = (_v(s, "victims") or "").split(), (_v(s, "perps") or "").split()
        names: list[str] = []
        for a in perps + victims + op_actors:
            n = self.ucdp_name(a)
            if n and n not in names:
                names.append(n)
        governments = [n for n in names if n.startswith("Government of")]
        side_a = governments[0] if governments else (names[0] if names else "")
        side_b = next((n for n in names if n != side_a), "")
        best = _v(s, "best") or ""
        status = (_v(s, "status") or "").rsplit("#", 1)[-1]
        victim_sides = {self.ucdp_name(v) for v in victims}
        if status == "civilian":
            row["deaths_civilians"] = best
        elif status == "combatant" and victim_sides == {side_a}:
            row["deaths_a"] = best
        elif status == "combatant" and side_b and victim_sides == {side_b}:
            row["deaths_b"] = best
        else:
            row["deaths_unknown"] = best
        prec = (_v(s, "prec") or "").rsplit("#unit", 1)[-1].lower() or "day"
        row.update(SYRIA)
        row.update({
            "id": _v(s, "obs"), "relid": _v(s, "bulletin"), "side_a": side_a, "side_b": side_b,
            "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else "",
            "number_of_sources": "1", "source_office": SOHR_OFFICE,
            "source_article": _v(s, "url") or "", "source_date": _v(s, "issued") or "",
            "best": best, "low": _v(s, "low") or best, "high": _v(s, "high") or best,
        })
        if start and end:
            row.update({"year": start[:4], "date_start": start, "date_end": end,
                        "date_prec": _ged_date_prec(start, end, prec)})
        self._where(row, places)
        return row

    def _where(self, row: dict[str, str], places: list[str]) -> None:
        located = [p for p in sorted(places) if p in self.points]
        if not located:
            return
        place = located[0]
        chain = ancestry(self.info, place)
        point = self.points[place]
        provider = next(p for p in chain if p.point is not None)
        row["where_coordinates"] = "; ".join(self.info[p].label for p in sorted(places)
                                             if p in self.info)
        row["where_prec"] = str(WHERE_PREC.get(provider.cls, 5))
        row["adm_1"] = next((p.label for p in chain if p.cls == "Governorate"), "")
        row["adm_2"] = next((p.label for p in chain if p.cls == "District"), "")
        row["latitude"], row["longitude"] = f"{point.lat}", f"{point.lon}"
        row["geom_wkt"] = f"POINT ({point.lon} {point.lat})"

    def rows(self) -> Iterator[dict[str, str]]:
        for s in self.store.query(GED_QUERY):
            yield self.row(s)


def write_ucdp(store: EmbeddedStore, out: IO[str], minter: Minter | None = None) -> int:
    """Write our killed-counts in GED's 49-column layout; returns the number of rows.

    One row per top-level, non-cumulative killed count (sub-counts and running totals would
    double-count); ``id`` is our observation IRI and ``relid`` the bulletin id.
    """
    return _write(out, GED_COLUMNS, GedWriter(store, minter or Minter()).rows())


def _write(out: IO[str], columns: tuple[str, ...], rows: Iterator[dict[str, str]]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


