"""The map and timeline data: nearest located ancestor, and sums without double counting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from kg.store import EmbeddedStore
from kg.web import map as kg_map

from .web_support import copy_seed, make_app

PREFIXES = """
@prefix kg: <https://w3id.org/sohr-kg/ontology#> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/sohr-kg/> .
"""
# A governorate ⊃ a city ⊃ a quarter; only the first two have points, and the quarter also
# has the inferred shortcut to the governorate (kg:partOf is transitive).
PLACES = """
<place/gov> a kg:Place ; rdfs:label "Gov"@en ; geo:hasGeometry <place/gov#g> .
<place/gov#g> geo:asWKT "POINT(36.0 33.0)"^^geo:wktLiteral .
<place/city> a kg:Place ; rdfs:label "City"@en ; kg:partOf <place/gov> ;
  geo:hasGeometry <place/city#g> .
<place/city#g> geo:asWKT "POINT(36.3 33.5)"^^geo:wktLiteral .
<place/quarter> a kg:Place ; rdfs:label "Quarter"@en ; kg:partOf <place/city>, <place/gov> .
"""


def _obs(name: str, n: int, *, status: str = "civilian", cumulative: bool = False,
         title: bool = False, sub: str | None = None, start: str = "2017-03-20",
         end: str | None = None) -> str:
    extra = f" kg:subCountOf <observation/b/{sub}> ;" if sub else ""
    return (f"<observation/b/{name}> a kg:CasualtyObservation ; kg:casualtyType kg:killed ;"
            f" kg:victimStatus kg:{status} ; kg:countBest {n} ;"
            f" kg:cumulative {str(cumulative).lower()} ; kg:inTitle {str(title).lower()} ;"
            f"{extra} kg:place <place/quarter> ; prov:wasDerivedFrom <bulletin/b> ;"
            f' kg:startDate "{start}"^^xsd:date ; kg:endDate "{end or start}"^^xsd:date .\n')


OBSERVATIONS = (
    _obs("body", 10)                                   # counted
    + _obs("sub", 3, sub="body")                       # inside "body": not added
    + _obs("title", 10, title=True)                    # the title repeating the body
    + _obs("running", 40, cumulative=True)             # a running total: shown apart
    + _obs("other-day", 5, start="2017-03-21")         # counted, another day
    + _obs("week", 7, start="2017-03-19", end="2017-03-25")  # spans days, same month
    + _obs("fighters", 4, status="combatant")
)


@pytest.fixture(scope="module")
def app() -> Flask:
    store = EmbeddedStore.memory()
    graph = ox.NamedNode("https://w3id.org/sohr-kg/graph/bulletin/b")
    store.oxigraph.load((PREFIXES + PLACES + OBSERVATIONS).encode(), ox.RdfFormat.TURTLE,
                        to_graph=graph)
    return make_app(store)


@pytest.fixture(scope="module")
def seed_app(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    yield make_app(copy_seed(seed_store_path, tmp_path_factory.mktemp("map") / "s"))


def test_lat_lon_reads_wkt_points() -> None:
    assert kg_map.lat_lon("POINT(36.28 33.51)") == (33.51, 36.28)
    assert kg_map.lat_lon("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(1 2)") == (2, 1)
    assert kg_map.lat_lon("LINESTRING(1 2, 3 4)") is None


def test_a_place_without_a_point_takes_its_nearest_ancestors(app: Flask) -> None:
    doc = app.test_client().get("/map.json").get_json()
    assert len(doc["points"]) == 7  # one per observation, not one per ancestor
    assert {(p["lat"], p["lon"], p["place"], p["located"]) for p in doc["points"]} == {
        (33.5, 36.3, "Quarter", "City")}
    body = next(p for p in doc["points"] if p["href"].endswith("/body"))
    assert body["count"] == 10 and body["status"] == "civilian" and not body["running"]
    assert next(p for p in doc["points"] if p["href"].endswith("/sub"))["subcount"]
    assert next(p for p in doc["points"] if p["href"].endswith("/running"))["running"]
    assert {p["label"] for p in doc["places"]} == {"Gov", "City"} and doc["tiles"] == ""


def test_map_json_on_the_seed(seed_app: Flask) -> None:
    doc = seed_app.test_client().get("/map.json").get_json()
    kinds = [p["kind"] for p in doc["points"]]
    assert kinds.count("observation") == 5 and kinds.count("operation") > 0
    assert all(32 < p["lat"] < 38 and 35 < p["lon"] < 43 for p in doc["points"])  # Syria


def test_map_page_uses_the_tile_setting(app: Flask) -> None:
    client = app.test_client()
    page = client.get("/map").get_data(as_text=True)
    assert 'data-tiles=""' in page and "/static/vendor/leaflet.js" in page
    tiled = make_app(EmbeddedStore.memory(),
                     KG_TILE_URL="https://tile.example.org/{z}/{x}/{y}.png?a=1&b=<2>")
    page = tiled.test_client().get("/map").get_data(as_text=True)
    assert 'data-tiles="https://tile.example.org/{z}/{x}/{y}.png?a=1&amp;b=&lt;2&gt;"' in page


def _cells(client: object, per: str) -> dict[tuple[str, str], tuple[int, int]]:
    doc = client.get(f"/timeline.json?per={per}").get_json()
    return {(r["period"], r["status"]): (r["killed"], r["largestRunningTotal"])
            for r in doc["rows"]}


def test_timeline_counts_every_death_once(app: Flask) -> None:
    client = app.test_client()
    # Per month: 10 (body; its sub-count and the title repeat left out) + 5 + 7 civilians;
    # the running total of 40 beside, never added.
    assert _cells(client, "month") == {("2017-03", "civilian"): (22, 40),
                                       ("2017-03", "combatant"): (4, 0)}
    assert _cells(client, "day") == {("2017-03-20", "civilian"): (10, 40),
                                     ("2017-03-21", "civilian"): (5, 0),
                                     ("spans days", "civilian"): (7, 0),
                                     ("2017-03-20", "combatant"): (4, 0)}


def test_timeline_links_the_query_behind_it(app: Flask) -> None:
    client = app.test_client()
    doc = client.get("/timeline.json?per=day").get_json()
    assert doc["query"].startswith("/query?query=") and doc["rq"] == "/timeline.rq?per=day"
    month = client.get("/timeline.rq").get_data(as_text=True)
    assert month == (Path(__file__).parents[1] / "sparql/deaths-by-side-and-month.rq").read_text()
    day = client.get("/timeline.rq?per=day").get_data(as_text=True)
    assert "SUBSTR(STR(?start), 1, 10)" in day and '"spans days"' in day
    assert client.get("/timeline.json?per=year").status_code == 400
    page = client.get("/timeline").get_data(as_text=True)
    assert 'id="query-link" href="/query?query=' in page and "timeline.js" in page


def test_resource_language_switch_is_remembered(seed_app: Flask) -> None:
    from .web_support import BROWSER, OBSERVATION

    client = seed_app.test_client()
    reply = client.get(f"/{OBSERVATION}?lang=ar", headers={"Accept": BROWSER})
    page = reply.get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page and "82 على الأقل" in page
    assert "kg_lang=ar" in reply.headers["Set-Cookie"]
    page = client.get(f"/{OBSERVATION}", headers={"Accept": BROWSER}).get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page  # the cookie
    page = client.get(f"/{OBSERVATION}?lang=en", headers={"Accept": BROWSER}).get_data(
        as_text=True)
    assert '<html lang="en" dir="ltr">' in page and ">at least 82<" in page
    assert client.get(f"/{OBSERVATION}?lang=xx", headers={"Accept": BROWSER}).status_code == 200
