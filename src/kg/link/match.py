"""Candidate links between our operations / casualty counts and other datasets' events.

A candidate needs three things to line up:

- **time**: our period (widened by its kg:datePrecision, plus a day for reporting lag)
  overlaps theirs (widened to the shortest span their precision code can mean);
- **place**: the distance between our place (its own point, or its nearest kg:partOf
  ancestor's) and theirs is within both uncertainties (our place's extent from
  ``place_radius.csv``; theirs from their location precision code, so a GED admin centroid
  reaches further);
- **actors** (when both sides name them): a side of theirs maps, through ``actors.csv``, to one
  of our actors or to a group ours belong to.

Each link is a :class:`Link` with a score in [0, 1] and its reasons; it is written as a
kg:CandidateLink node plus ``skos:closeMatch`` (never ``owl:sameAs``). A running total
(kg:cumulative true) gets ONE link whose targets are all the events it covers.
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import InputError
from kg.iris import Minter
from kg.link import DATASETS, Dataset
from kg.link import dataset as lookup
from kg.link.records import Profile
from kg.store import EmbeddedStore
from kg.vocab import GEO, KG, TIME

HERE = Path(__file__).resolve().parent
ACTORS_FILE = HERE / "actors.csv"
PLACE_RADIUS_FILE = HERE / "place_radius.csv"

# who cites SOHR: GED source_office / ACLED source values (English and Arabic names)
SOHR_PATTERN = re.compile(r"\bSOHR\b|Syrian Observatory|المرصد السوري", re.IGNORECASE)
_POINT = re.compile(r"POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)", re.IGNORECASE)


@dataclass(frozen=True)
class MatchOptions:
    """Thresholds and weights of the matcher (one place, so a review can tune them)."""

    min_score: float = 0.5
    lag_days: int = 1  # bulletins and news may date the same event a day apart
    slack_km: float = 2.0  # added to the sum of both place uncertainties
    weights: tuple[float, float, float] = (0.4, 0.35, 0.25)  # time, place, actors
    actor_conflict_factor: float = 0.6  # both sides named and none in common
    compact_days: int = 9  # periods up to this long count as fully specific
    compact_km: float = 10.0  # uncertainty sums up to this count as fully specific


# -- what is matched ------------------------------------------------------------------------
@dataclass
class Ours:
    """One of our operations or killed-counts, with what matching needs."""

    iri: str
    kind: str  # "operation" | "observation"
    bulletin: str
    start: date | None = None
    end: date | None = None
    precision: str = "day"  # day | month | year
    cumulative: bool = False
    places: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    operation: str | None = None


@dataclass(frozen=True)
class Theirs:
    """One external event as stored (see :mod:`kg.link.mapping`)."""

    iri: str
    id: str
    start: date
    end: date
    date_prec: int | None
    lat: float | None
    lon: float | None
    where_prec: int | None
    sides: tuple[str, ...]
    source_office: str | None
    best: int | None


@dataclass(frozen=True)
class Point:
    """Where one of our places is, and how far the place may extend from that point."""

    lat: float
    lon: float
    radius_km: float
    via: str  # "Jobar → Damascus → Damascus Governorate" (the last one gave the point)


@dataclass
class Link:
    """A candidate link: one of ours to one or more of theirs."""

    ours: str
    dataset: str
    targets: list[Theirs]
    score: float
    independent: bool
    reasons: list[str]


@dataclass
class MatchReport:
    """What matching against one imported file found."""

    dataset: str
    graph: str
    links_graph: str
    ours: int = 0
    events: int = 0
    links: list[Link] = field(default_factory=list)

    def summary(self) -> str:
        targets = sum(len(lk.targets) for lk in self.links)
        return (f"<{self.graph}>: {len(self.links)} candidate link(s) to {targets} event(s) "
                f"from {self.ours} operation(s)/count(s) over {self.events} event(s)")


# -- reviewed tables ------------------------------------------------------------------------
@lru_cache(maxsize=4)
def load_actor_map(path: Path = ACTORS_FILE, base: str | None = None) -> dict[
        tuple[str, str], frozenset[str]]:
    """``(dataset, lower-cased external name)`` → our actor IRIs, from ``actors.csv``."""
    minter = Minter(base) if base else Minter()
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                name, actor = (row.get("external_name") or "").strip(), (row.get("actor") or "")
                if not name or not actor.strip():
                    raise InputError(f"{path}:{line}: external_name and actor are required")
                key = ((row.get("dataset") or "").strip(), name.lower())
                out[key].add(str(minter.actor(actor.strip())))
    except OSError as e:
        raise InputError(f"{path}: cannot read actor mapping: {e.strerror}") from None
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4)
def load_place_radius(path: Path = PLACE_RADIUS_FILE) -> dict[str, float]:
    """``class:Governorate`` or a place id → extent in km, from ``place_radius.csv``."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return {row["key"].strip(): float(row["radius_km"]) for row in csv.DictReader(f)}
    except (OSError, KeyError, ValueError) as e:
        raise InputError(f"{path}: cannot read place radii: {e}") from None


# -- reading the store ----------------------------------------------------------------------
_PREFIXES = f"""PREFIX kg: <{KG._NS}>
PREFIX rdf: <{RDF._NS}>
PREFIX rdfs: <{RDFS._NS}>
PREFIX prov: <{PROV._NS}>
PREFIX geo: <{GEO}>
PREFIX xsd: <{XSD._NS}>
PREFIX time: <{TIME}>
"""

OURS_QUERY = _PREFIXES + """
SELECT ?node ?kind ?bulletin ?start ?end ?prec ?cumulative ?op
       (GROUP_CONCAT(DISTINCT STR(?place); SEPARATOR=" ") AS ?places)
       (GROUP_CONCAT(DISTINCT STR(?actor); SEPARATOR=" ") AS ?actors)
WHERE {
  { ?node rdf:type/rdfs:subClassOf* kg:MilitaryOperation . BIND("operation" AS ?kind) }
  UNION
  { ?node a kg:CasualtyObservation ; kg:casualtyType kg:killed .
    # a sub-count's parent carries the link; linking both would count the same deaths twice
    FILTER NOT EXISTS { ?node kg:subCountOf ?parent }
    BIND("observation" AS ?kind)
    OPTIONAL { ?node kg:cumulative ?cumulative }
    OPTIONAL { ?node kg:duringOperation ?op } }
  ?node prov:wasDerivedFrom ?doc . ?doc kg:bulletinId ?bulletin .
  FILTER NOT EXISTS { ?node a kg:ExternalEvent }
  OPTIONAL { ?node kg:startDate ?start ; kg:endDate ?end }
  OPTIONAL { ?node kg:period/kg:datePrecision ?prec }
  OPTIONAL { ?node kg:place ?place }
  OPTIONAL { ?node kg:attacker|kg:defender|kg:participant|kg:victimAffiliation|kg:perpetrator
             ?actor }
}
GROUP BY ?node ?kind ?bulletin ?start ?end ?prec ?cumulative ?op
"""

ACTOR_GROUPS_QUERY = _PREFIXES + """
SELECT DISTINCT ?actor ?group WHERE { ?actor (kg:memberOf|kg:loyalTo)+ ?group }
"""

THEIRS_QUERY = _PREFIXES + """
SELECT ?ev ?id ?start ?end ?dprec ?wkt ?wprec ?office ?best
       (GROUP_CONCAT(DISTINCT ?side; SEPARATOR="\\u001f") AS ?sides)
WHERE { GRAPH <%(graph)s> {
  ?ev a kg:ExternalEvent ; kg:externalId ?id ; kg:startDate ?start ; kg:endDate ?end .
  FILTER(?end >= "%(lo)s"^^xsd:date && ?start <= "%(hi)s"^^xsd:date)
  OPTIONAL { ?ev kg:datePrecisionCode ?dprec }
  OPTIONAL { ?ev kg:place ?pl .
             OPTIONAL { ?pl geo:hasGeometry/geo:asWKT ?wkt }
             OPTIONAL { ?pl kg:locationPrecisionCode ?wprec } }
  OPTIONAL { ?ev kg:sideA|kg:sideB ?side }
  OPTIONAL { ?ev kg:sourceOffice ?office }
  OPTIONAL { ?ev kg:deathsBest ?best }
} }
GROUP BY ?ev ?id ?start ?end ?dprec ?wkt ?wprec ?office ?best
"""

_PRECISIONS = {str(TIME.unitDay): "day", str(TIME.unitMonth): "month",
               str(TIME.unitYear): "year", str(TIME.unitWeek): "week"}
_COARSER = {"day": 0, "week": 1, "month": 2, "year": 3}


def _v(solution: ox.QuerySolution, name: str) -> str | None:
    term = solution[name]
    return None if term is None else term.value


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _int(value: str | None) -> int | None:
    return int(value) if value not in (None, "") else None


def load_ours(store: EmbeddedStore) -> dict[str, Ours]:
    """Our operations and top-level killed-counts, with the operation's time, place and
    actors filled in where a count lacks its own."""
    ours: dict[str, Ours] = {}
    for s in store.query(OURS_QUERY):
        iri = _v(s, "node")
        o = ours.get(iri)
        if o is None:  # several rdf:type rows for one operation: keep the first, merge sets
            o = ours[iri] = Ours(iri, _v(s, "kind"), _v(s, "bulletin"), _date(_v(s, "start")),
                                 _date(_v(s, "end")), _PRECISIONS.get(_v(s, "prec") or "", "day"),
                                 _v(s, "cumulative") == "true", operation=_v(s, "op"))
        prec = _PRECISIONS.get(_v(s, "prec") or "", "day")
        if _COARSER[prec] > _COARSER[o.precision]:  # a shared interval node may carry two
            o.precision = prec
        o.places.update((_v(s, "places") or "").split())
        o.actors.update((_v(s, "actors") or "").split())
    for o in ours.values():
        op = ours.get(o.operation) if o.operation else None
        if op is None:
            continue
        if o.start is None:
            o.start, o.end, o.precision = op.start, op.end, op.precision
        if not o.places:
            o.places = set(op.places)
        o.actors |= op.actors
    return ours


def load_actor_groups(store: EmbeddedStore) -> dict[str, set[str]]:
    """Actor IRI → the coalitions and forces it belongs or is loyal to (transitively)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for s in store.query(ACTOR_GROUPS_QUERY):
        groups[_v(s, "actor")].add(_v(s, "group"))
    return groups


def _point(wkt: str | None) -> tuple[float, float] | None:
    m = _POINT.search(wkt or "")
    return (float(m[2]), float(m[1])) if m else None  # WKT is lon lat


@dataclass(frozen=True)
class PlaceInfo:
    """A gazetteer place as the matcher and the GED export see it."""

    iri: str
    cls: str  # kg class local name (Neighbourhood, Governorate, …)
    parent: str | None
    point: tuple[float, float] | None  # (lat, lon) when the place has its own geometry
    label: str


def load_place_info(store: EmbeddedStore, minter: Minter) -> dict[str, PlaceInfo]:
    """Every gazetteer place with its class, direct parent, own point and English label."""
    gaz = str(minter.graph("gazetteer"))
    q = _PREFIXES + f"""
SELECT ?place ?class ?parent ?wkt ?label WHERE {{ GRAPH <{gaz}> {{
  ?place a ?class . FILTER(STRSTARTS(STR(?class), STR(kg:)))
  OPTIONAL {{ ?place kg:partOf ?parent }}
  OPTIONAL {{ ?place geo:hasGeometry/geo:asWKT ?wkt }}
  OPTIONAL {{ ?place rdfs:label ?label FILTER(LANG(?label) = "en") }}
}} }}"""
    info: dict[str, PlaceInfo] = {}
    for s in store.query(q):
        iri = _v(s, "place")
        if iri in info and info[iri].point is not None:
            continue
        info[iri] = PlaceInfo(iri, _v(s, "class").rsplit("#", 1)[-1], _v(s, "parent"),
                              _point(_v(s, "wkt")),
                              _v(s, "label") or unquote(iri.rsplit("/", 1)[-1]))
    return info


def ancestry(info: Mapping[str, PlaceInfo], iri: str) -> list[PlaceInfo]:
    """The place then its kg:partOf ancestors, nearest first."""
    path: list[PlaceInfo] = []
    cur: str | None = iri
    while cur in info and all(p.iri != cur for p in path):
        path.append(info[cur])
        cur = info[cur].parent
    return path


def load_places(store: EmbeddedStore, minter: Minter,
                radius: Mapping[str, float] | None = None) -> dict[str, Point]:
    """Each gazetteer place → its point: its own, or its nearest ancestor's with one.

    The radius is the extent of the place that gave the point (a Jobar count placed at the
    Damascus centroid may be anywhere in Damascus).
    """
    radius = radius if radius is not None else load_place_radius()
    info = load_place_info(store, minter)
    out: dict[str, Point] = {}
    for iri in info:
        path = ancestry(info, iri)
        for i, p in enumerate(path):
            if p.point is not None:
                pid = unquote(p.iri.rsplit("/", 1)[-1])
                r = radius.get(pid, radius.get(f"class:{p.cls}", 25.0))
                via = " → ".join(x.label for x in path[:i + 1])
                out[iri] = Point(p.point[0], p.point[1], r, via)
                break
    return out


def load_theirs(store: EmbeddedStore, graph: str, lo: date, hi: date) -> list[Theirs]:
    """External events of one imported graph that may fall within ``[lo, hi]``."""
    out = []
    q = THEIRS_QUERY % {"graph": graph, "lo": lo.isoformat(), "hi": hi.isoformat()}
    for s in store.query(q, union_default_graph=False):
        pt = _point(_v(s, "wkt"))
        sides = tuple(sorted(x for x in (_v(s, "sides") or "").split("\u001f") if x))
        out.append(Theirs(
            _v(s, "ev"), _v(s, "id"), _date(_v(s, "start")), _date(_v(s, "end")),
            _int(_v(s, "dprec")), pt[0] if pt else None, pt[1] if pt else None,
            _int(_v(s, "wprec")), sides, _v(s, "office"), _int(_v(s, "best"))))
    return out


# -- scoring --------------------------------------------------------------------------------
def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(33.51667, 36.28333, 33.51667, 36.60), 1)
    29.4
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def our_window(o: Ours, lag_days: int) -> tuple[date, date]:
    """Our period widened to its precision (whole month / year) and by the reporting lag."""
    start, end = o.start, o.end
    if o.precision == "week":
        start, end = start - timedelta(days=3), end + timedelta(days=3)
    elif o.precision == "month":
        start = start.replace(day=1)
        end = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    elif o.precision == "year":
        start, end = start.replace(month=1, day=1), end.replace(month=12, day=31)
    lag = timedelta(days=lag_days)
    return start - lag, end + lag


def their_window(t: Theirs, profile: Profile) -> tuple[date, date]:
    """Their interval, widened (centred) to the shortest span their precision code means."""
    span = (t.end - t.start).days + 1
    need = profile.min_span_days.get(t.date_prec or 1, 1)
    if span >= need:
        return t.start, t.end
    before = (need - span) // 2
    return t.start - timedelta(days=before), t.end + timedelta(days=need - span - before)


def _days(a: date, b: date) -> int:
    return (b - a).days + 1


class Matcher:
    """Scores our nodes against the events of one imported file."""

    def __init__(self, profile: Profile, places: Mapping[str, Point],
                 actor_groups: Mapping[str, set[str]],
                 actor_map: Mapping[tuple[str, str], frozenset[str]],
                 options: MatchOptions | None = None) -> None:
        self.p, self.places, self.groups = profile, places, actor_groups
        self.actor_map, self.opt = actor_map, options or MatchOptions()

    # each part returns (score in [0, 1], reason) or None when it rules the pair out
    def time(self, o: Ours, t: Theirs) -> tuple[float, str] | None:
        s1, e1 = our_window(o, self.opt.lag_days)
        s2, e2 = their_window(t, self.p)
        overlap = _days(max(s1, s2), min(e1, e2))
        if overlap <= 0:
            return None
        score = overlap / _days(s2, e2)
        if not o.cumulative:  # a total spans its period by design; an event should not
            score *= min(1.0, self.opt.compact_days / _days(s1, e1)) ** 0.5
        prec = f"date_prec {t.date_prec}" if t.date_prec else "precision not given"
        return score, (f"time: {self.p.label} {t.start}..{t.end} ({prec}) overlaps ours "
                       f"{o.start}..{o.end} ({o.precision}) by {overlap} day(s)")

    def place(self, o: Ours, t: Theirs) -> tuple[float, str] | None:
        if t.lat is None or t.lon is None:
            return None
        r2 = self.p.radius_km.get(t.where_prec or 0, self.p.default_radius_km)
        best: tuple[float, str] | None = None
        for iri in sorted(o.places):  # sorted: ties must give the same reason every run
            pt = self.places.get(iri)
            if pt is None:
                continue
            d = haversine_km(pt.lat, pt.lon, t.lat, t.lon)
            reach = pt.radius_km + r2 + self.opt.slack_km
            if d > reach:
                continue
            score = (1 - 0.5 * d / reach) * min(
                1.0, self.opt.compact_km / (pt.radius_km + r2)) ** 0.5
            prec = f"where_prec {t.where_prec}" if t.where_prec else "precision not given"
            reason = (f"place: {d:.1f} km from {pt.via} (ours ±{pt.radius_km:g} km, "
                      f"theirs ±{r2:g} km by {prec})")
            if best is None or score > best[0]:
                best = (score, reason)
        return best

    def actors(self, o: Ours, t: Theirs) -> tuple[float, str]:
        if not t.sides or not o.actors:
            return 0.5, "actors: not compared (not named on both sides)"
        ours = set(o.actors)
        for a in o.actors:
            ours |= self.groups.get(a, set())
        mapped = {name: self.actor_map.get((self.p.name, name.lower()), frozenset())
                  for name in t.sides}
        if not any(mapped.values()):
            names = ", ".join(repr(n) for n in t.sides)
            return 0.5, f"actors: {names} not in actors.csv"
        hits = [f"{name!r} ~ {', '.join(sorted(_local(x) for x in m & ours))}"
                for name, m in mapped.items() if m & ours]
        if hits:
            return 1.0, "actors: " + "; ".join(hits)
        return 0.0, f"actors: none in common with {', '.join(repr(n) for n in t.sides)}"

    def source(self, t: Theirs) -> tuple[bool, str]:
        if t.source_office and SOHR_PATTERN.search(t.source_office):
            return False, f"source: {self.p.label} cites SOHR ({t.source_office}): not independent"
        if t.source_office:
            return True, f"source: {t.source_office}"
        return True, "source: not given (independence assumed, unverified)"

    def candidate(self, o: Ours, t: Theirs) -> Link | None:
        """Score one pair; None when time or place rules it out or the score is too low."""
        tm = self.time(o, t)
        if tm is None:
            return None
        pl = self.place(o, t)
        if pl is None:
            return None
        ac = self.actors(o, t)
        wt, wp, wa = self.opt.weights
        score = wt * tm[0] + wp * pl[0] + wa * ac[0]
        if ac[0] == 0.0:
            score *= self.opt.actor_conflict_factor
        independent, src = self.source(t)
        return Link(o.iri, self.p.name, [t], round(score, 3), independent,
                    [tm[1], pl[1], ac[1], src])

    def match(self, ours: Iterable[Ours], theirs: list[Theirs]) -> list[Link]:
        """All candidate links at or above ``min_score``; a running total gets one set link."""
        index: dict[int, list[Theirs]] = defaultdict(list)
        for t in theirs:  # weekly buckets: each event is compared only with nearby periods
            s, e = their_window(t, self.p)
            for week in range(s.toordinal() // 7, e.toordinal() // 7 + 1):
                index[week].append(t)
        links: list[Link] = []
        for o in sorted(ours, key=lambda x: x.iri):
            if o.start is None or not o.places:
                continue
            s, e = our_window(o, self.opt.lag_days)
            seen: dict[str, Theirs] = {}
            for week in range(s.toordinal() // 7, e.toordinal() // 7 + 1):
                for t in index.get(week, ()):
                    seen.setdefault(t.iri, t)
            found = [c for t in sorted(seen.values(), key=lambda x: x.id)
                     if (c := self.candidate(o, t)) and c.score >= self.opt.min_score]
            if o.cumulative and found:
                links.append(self.set_link(o, found))
            else:
                links.extend(found)
        return links

    def set_link(self, o: Ours, members: list[Link]) -> Link:
        """One link from a running total to every event it covers."""
        targets = [m.targets[0] for m in members]
        deaths = sum(t.best or 0 for t in targets)
        reasons = [f"running total: covers {len(targets)} {self.p.label} event(s) "
                   f"(their best estimates sum to {deaths})"]
        reasons += [f"{m.targets[0].id}: score {m.score}; " + "; ".join(m.reasons)
                    for m in members]
        score = round(sum(m.score for m in members) / len(members), 3)
        return Link(o.iri, self.p.name, targets, score,
                    all(m.independent for m in members), reasons)


def _local(iri: str) -> str:
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])


# -- writing --------------------------------------------------------------------------------
def link_quads(links: Iterable[Link], dataset_node: str, minter: Minter) -> list[ox.Triple]:
    """Triples of the links: a kg:CandidateLink node each, plus ``skos:closeMatch``."""
    n = ox.NamedNode
    a, close = n(str(RDF.type)), n(str(SKOS.closeMatch))
    k = {name: n(str(getattr(KG, name))) for name in (
        "CandidateLink", "linkSubject", "linkTarget", "score", "reason", "independent")}
    ds, source, derived = n(dataset_node), n(str(DCTERMS.source)), n(str(PROV.wasDerivedFrom))
    out = []
    for lk in links:
        node = n(str(minter.link(lk.dataset, lk.ours, tuple(t.id for t in lk.targets))))
        ours = n(lk.ours)
        out += [ox.Triple(node, a, k["CandidateLink"]), ox.Triple(node, k["linkSubject"], ours),
                ox.Triple(node, k["score"], ox.Literal(f"{lk.score:.3f}",
                                                       datatype=n(str(XSD.decimal)))),
                ox.Triple(node, k["independent"], ox.Literal(lk.independent)),
                ox.Triple(node, source, ds), ox.Triple(node, derived, ds)]
        for t in lk.targets:
            out += [ox.Triple(node, k["linkTarget"], n(t.iri)), ox.Triple(ours, close, n(t.iri))]
        out += [ox.Triple(node, k["reason"], ox.Literal(r)) for r in lk.reasons]
    return out


def imported_graphs(store: EmbeddedStore, ds: Dataset, minter: Minter) -> list[str]:
    """Named graphs holding imported files of dataset ``ds``."""
    prefix = str(minter.graph(*ds.graph_prefix)) + "/"
    return sorted(g for g in store.graphs() if g.startswith(prefix))


def link_dataset(store: EmbeddedStore, name: str, minter: Minter | None = None,
                 options: MatchOptions | None = None,
                 graphs: Iterable[str] | None = None) -> list[MatchReport]:
    """Match our graph against every imported file of dataset ``name`` (or just ``graphs``)
    and replace each file's links graph. Returns one report per file."""
    ds, minter = lookup(name), minter or Minter()
    profile = ds.profile()
    ours = load_ours(store)
    matcher = Matcher(profile, load_places(store, minter), load_actor_groups(store),
                      load_actor_map(ACTORS_FILE, minter.base), options)
    dated = [o for o in ours.values() if o.start is not None]
    reports = []
    for graph in graphs if graphs is not None else imported_graphs(store, ds, minter):
        stem = unquote(graph.rsplit("/", 1)[-1])
        links_graph = str(minter.graph(*ds.links_graph_parts(stem)))
        report = MatchReport(ds.name, graph, links_graph, ours=len(dated))
        if dated:
            # a year of margin covers the widest precision either side may have
            lo = min(o.start for o in dated) - timedelta(days=400)
            hi = max(o.end for o in dated) + timedelta(days=400)
            theirs = load_theirs(store, graph, lo, hi)
            report.events = len(theirs)
            report.links = matcher.match(dated, theirs)
        node = str(minter.external_dataset(ds.name, stem))
        triples = link_quads(report.links, node, minter)
        store.replace_graph(links_graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
                            if triples else b"")
        reports.append(report)
    store.flush()
    return reports


def relink(store: EmbeddedStore, minter: Minter | None = None) -> list[MatchReport]:
    """Re-match every imported file of every dataset (``kg build`` runs it after a change,
    so links follow new and rebuilt bulletins). No imported file: nothing to do."""
    minter = minter or Minter()
    reports = []
    for name, ds in DATASETS.items():
        graphs = imported_graphs(store, ds, minter)
        if graphs:
            reports += link_dataset(store, name, minter, graphs=graphs)
    return reports

