"""The map at ``/map``: operations and casualty observations where the bulletins place them.

``/map.json`` lists one point per (resource, place): an observation's count and victim status,
an operation's kind. A place without coordinates takes those of its nearest ``kg:partOf``
ancestor that has a ``geo:asWKT`` point (the point says which place it stands for). The page
draws them with Leaflet (npm ``leaflet``, served from node_modules like YASGUI) on a plain
background, or over the tiles of ``KG_TILE_URL`` when that setting is given.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template

from kg.web import i18n, public, view
from kg.web.public import Readable

bp = Blueprint("map", __name__)

_PREFIXES = """PREFIX kg: <https://w3id.org/sohr-kg/ontology#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# The nearest point-bearing ancestor (or the place itself): no other point-bearing place lies
# between them on the kg:partOf chain. kg:partOf is transitive, so the inferred closure may
# hold shortcuts; the FILTER keeps the nearest all the same.
_LOCATED = """
  ?place kg:partOf* ?located .
  ?located geo:hasGeometry/geo:asWKT ?wkt .
  FILTER NOT EXISTS {
    ?place kg:partOf* ?closer .
    ?closer kg:partOf+ ?located ; geo:hasGeometry/geo:asWKT ?closerWkt .
    FILTER (?closer != ?located)
  }
"""
OBSERVATIONS = _PREFIXES + """
SELECT DISTINCT ?item ?place ?located ?wkt ?status ?best ?low ?running ?sub WHERE {
  ?item a kg:CasualtyObservation ; kg:place ?place .
  OPTIONAL { ?item kg:victimStatus ?status }
  OPTIONAL { ?item kg:countBest ?best }
  OPTIONAL { ?item kg:countLow ?low }
  OPTIONAL { ?item kg:cumulative ?running }
  OPTIONAL { ?item kg:subCountOf ?sub }
""" + _LOCATED + "} ORDER BY ?item ?place"
OPERATIONS = _PREFIXES + """
SELECT DISTINCT ?item ?place ?located ?wkt WHERE {
  ?item a kg:MilitaryOperation ; kg:place ?place .
""" + _LOCATED + "} ORDER BY ?item ?place"
# Every place with a point: the faint background that stands in for map tiles offline.
PLACES = _PREFIXES + """
SELECT DISTINCT ?place ?wkt WHERE { ?place geo:hasGeometry/geo:asWKT ?wkt } ORDER BY ?place
"""
_POINT = re.compile(r"POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)", re.IGNORECASE)
STATUSES = ("civilian", "combatant", "unknownStatus")


@dataclass(frozen=True)
class Point:
    """One marker: where, what, and how big."""

    kind: str  # "observation" or "operation"
    href: str
    label: str
    lat: float
    lon: float
    place: str  # the place the bulletin names
    located: str  # the place whose point is used (itself or an ancestor)
    status: str | None = None  # civilian | combatant | unknownStatus (observations)
    count: int | None = None
    running: bool = False  # a running total ("the toll has risen to …")
    subcount: bool = False  # part of another count


def lat_lon(wkt: str) -> tuple[float, float] | None:
    """(lat, lon) of a WKT ``POINT(lon lat)``; None for anything else.

    >>> lat_lon("POINT(36.28 33.51)")
    (33.51, 36.28)
    """
    m = _POINT.search(wkt)
    return (float(m[2]), float(m[1])) if m else None


def _label(store: Readable, node: ox.Term, lang: str) -> str:
    found = view.labels(store, node) if isinstance(node, ox.NamedNode) else {}
    other = "ar" if lang == "en" else "en"
    return found.get(lang) or found.get(other) or found.get("") or view.short(node.value)


def points(store: Readable, lang: str = "en") -> list[Point]:
    """The markers of every observation and operation with a locatable place.

    One marker per resource and point: an operation named at three quarters of a city whose
    only point is the city's is one marker there, not three on top of each other.
    """
    from kg.web.resources import count_phrase

    out: list[Point] = []
    seen: set[tuple[str, str]] = set()
    for row in store.query(OBSERVATIONS, use_default_graph_as_union=True):
        where = lat_lon(row["wkt"].value)
        if where is None or (row["item"].value, row["wkt"].value) in seen:
            continue
        seen.add((row["item"].value, row["wkt"].value))
        n = row["best"] or row["low"]
        status = row["status"].value.rpartition("#")[2] if row["status"] else None
        place = _label(store, row["place"], lang)
        phrase = count_phrase(store, row["item"], lang) or "?"
        out.append(Point(
            "observation", view.href(row["item"].value),
            f"{phrase} · {_label(store, row['status'], lang)}" if row["status"] else phrase,
            *where, place=place,
            located=_label(store, row["located"], lang),
            status=status if status in STATUSES else "unknownStatus",
            count=int(n.value) if n else None,
            running=bool(row["running"]) and row["running"].value == "true",
            subcount=row["sub"] is not None))
    for row in store.query(OPERATIONS, use_default_graph_as_union=True):
        where = lat_lon(row["wkt"].value)
        if where is None or (row["item"].value, row["wkt"].value) in seen:
            continue
        seen.add((row["item"].value, row["wkt"].value))
        out.append(Point("operation", view.href(row["item"].value),
                         _label(store, row["item"], lang), *where,
                         place=_label(store, row["place"], lang),
                         located=_label(store, row["located"], lang)))
    return out


def context(store: Readable, lang: str = "en") -> list[dict[str, object]]:
    """Every place with a point, for the outline drawn when there are no tiles."""
    out = []
    for row in store.query(PLACES, use_default_graph_as_union=True):
        where = lat_lon(row["wkt"].value)
        if where:
            out.append({"lat": where[0], "lon": where[1],
                        "label": _label(store, row["place"], lang)})
    return out


@bp.route("/map.json")
def map_json() -> Response:
    """The markers and the background places as JSON."""
    store = public.view()
    lang = i18n.language()
    return jsonify(points=[asdict(p) for p in points(store, lang)],
                   places=context(store, lang),
                   tiles=current_app.config.get("KG_TILE_URL", ""))


@bp.route("/map")
def map_page() -> Response:
    """The Leaflet map (needs the npm files; without them the page says so)."""
    from kg.web.ui import vendor_installed

    page = render_template("map.html", leaflet=vendor_installed("leaflet.js", "leaflet.css"),
                           tiles=current_app.config.get("KG_TILE_URL", ""))
    return Response(page, mimetype="text/html")
