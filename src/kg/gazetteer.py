"""The reference gazetteer: actors and places read from the reviewed CSV files.

No RDF here: the extractor matches against these entries and :mod:`kg.mapping` turns
them into the gazetteer graph. Files live in ``ontology/gazetteer/``:

- ``places.csv``  id, class, label_ar, label_en, variants_ar, parent, pcode, wikidata,
  geonames, lat, lon, source
- ``actors.csv``  id, class, label_ar, label_en, variants_ar, member_of, loyal_to,
  wikidata, source
- ``sources.csv`` id, title, url, licence

``variants_ar`` and the actor lists are ``|``-joined. Prefixes (و ب ل ال) are not listed:
the matcher strips them. Any external identifier or coordinate needs a ``source``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "ontology" / "gazetteer"

PLACE_CLASSES = (
    "Country", "Governorate", "District", "Subdistrict", "City", "Town", "Village",
    "Neighbourhood", "IndustrialZone", "Facility", "Region", "Camp",
)
ACTOR_CLASSES = (
    "StateForce", "Militia", "ArmedGroup", "Coalition", "AirForce", "InternationalCoalition",
    "UnnamedActor",
)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str
    licence: str


@dataclass(frozen=True)
class PlaceEntry:
    id: str
    place_class: str
    label_ar: str
    label_en: str
    variants_ar: tuple[str, ...] = ()
    parent: str | None = None
    pcode: str | None = None
    wikidata: str | None = None
    geonames: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: str | None = None


@dataclass(frozen=True)
class ActorEntry:
    id: str
    actor_class: str
    label_ar: str
    label_en: str
    variants_ar: tuple[str, ...] = ()
    member_of: tuple[str, ...] = ()
    loyal_to: tuple[str, ...] = ()
    wikidata: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, PlaceEntry]
    actors: dict[str, ActorEntry]
    sources: dict[str, Source]

    def ancestors(self, place_id: str) -> list[str]:
        """Parents of ``place_id``, nearest first (``jobar`` → ``damascus`` → … → ``syria``)."""
        out: list[str] = []
        cur = self.places.get(place_id)
        while cur is not None and cur.parent and cur.parent not in out:
            out.append(cur.parent)
            cur = self.places.get(cur.parent)
        return out


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return [(i, row) for i, row in enumerate(csv.DictReader(f), start=2)]
    except OSError as e:
        raise InputError(f"{path}: cannot read gazetteer file: {e}") from e


def _float(path: Path, line: int, value: str | None) -> float | None:
    value = _opt(value)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError as e:
        raise InputError(f"{path}:{line}: not a number: {value!r}") from e


@lru_cache(maxsize=4)
def load_gazetteer(directory: Path = DEFAULT_DIR) -> Gazetteer:
    """Read and check the gazetteer CSVs in ``directory``.

    Raises :class:`kg.errors.InputError` naming the file and line of a bad row
    (unknown class, dangling parent or membership, identifier without a source).
    """
    directory = Path(directory)
    sources = {r["id"]: Source(r["id"], r["title"], r["url"], r["licence"])
               for _, r in _rows(directory / "sources.csv")}
    places: dict[str, PlaceEntry] = {}
    p_path = directory / "places.csv"
    for line, r in _rows(p_path):
        e = PlaceEntry(
            id=r["id"].strip(), place_class=r["class"].strip(), label_ar=r["label_ar"].strip(),
            label_en=r["label_en"].strip(), variants_ar=_split(r.get("variants_ar")),
            parent=_opt(r.get("parent")), pcode=_opt(r.get("pcode")),
            wikidata=_opt(r.get("wikidata")), geonames=_opt(r.get("geonames")),
            lat=_float(p_path, line, r.get("lat")), lon=_float(p_path, line, r.get("lon")),
            source=_opt(r.get("source")),
        )
        if e.place_class not in PLACE_CLASSES:
            raise InputError(f"{p_path}:{line}: unknown place class {e.place_class!r}")
        if (e.pcode or e.wikidata or e.geonames or e.lat is not None) and e.source not in sources:
            raise InputError(f"{p_path}:{line}: {e.id} has identifiers but no known source")
        places[e.id] = e
    actors: dict[str, ActorEntry] = {}
    a_path = directory / "actors.csv"
    for line, r in _rows(a_path):
        a = ActorEntry(
            id=r["id"].strip(), actor_class=r["class"].strip(), label_ar=r["label_ar"].strip(),
            label_en=r["label_en"].strip(), variants_ar=_split(r.get("variants_ar")),
            member_of=_split(r.get("member_of")), loyal_to=_split(r.get("loyal_to")),
            wikidata=_opt(r.get("wikidata")), source=_opt(r.get("source")),
        )
        if a.actor_class not in ACTOR_CLASSES:
            raise InputError(f"{a_path}:{line}: unknown actor class {a.actor_class!r}")
        if a.wikidata and a.source not in sources:
            raise InputError(f"{a_path}:{line}: {a.id} has a Wikidata id but no known source")
        actors[a.id] = a
    for p in places.values():
        if p.parent and p.parent not in places:
            raise InputError(f"{p_path}: {p.id} has unknown parent {p.parent!r}")
    for a in actors.values():
        for ref in a.member_of + a.loyal_to:
            if ref not in actors:
                raise InputError(f"{a_path}: {a.id} refers to unknown actor {ref!r}")
    return Gazetteer(places=places, actors=actors, sources=sources)
