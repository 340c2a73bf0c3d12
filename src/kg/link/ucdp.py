"""UCDP Georeferenced Event Dataset (GED): read full 49-column releases and reduced exports.

Columns are read by header name; reduced exports (e.g. ``id, conflict_id, latitude,
longitude, date, type_of_violence, best, civilian_deaths, combatant_deaths, country,
region``) are mapped through :data:`ALIASES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from kg.errors import InputError
from kg.link import rows as r
from kg.link.records import Description, ExternalEvent, Profile, RowError

CITATIONS = (
    "Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset (GED) Global",
    "Sundberg, Ralph and Erik Melander (2013). Introducing the UCDP Georeferenced Event "
    "Dataset. Journal of Peace Research 50(4): 523-532.",
)
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
URL = "https://ucdp.uu.se/downloads/"

# other names for the canonical GED columns (reduced exports, older releases)
ALIASES = {
    "conflict_id": "conflict_new_id", "civilian_deaths": "deaths_civilians",
    "combatant_deaths": "deaths_combatants", "event_id": "id", "lat": "latitude",
    "lon": "longitude", "long": "longitude",
}
REQUIRED = (("id",), ("date_start", "date"))

TYPE_OF_VIOLENCE = {1: "state-based conflict", 2: "non-state conflict",
                    3: "one-sided violence"}

# GED codebook: date_prec 1 exact day, 2 within 2-6 days, 3 week, 4 month, 5 year or more.
# date_start/date_end usually span that already; reduced exports give one date, so the
# matcher widens any interval shorter than the precision implies.
MIN_SPAN_DAYS = {1: 1, 2: 6, 3: 7, 4: 31, 5: 365}
TIME_UNITS = {1: "day", 2: "day", 3: "week", 4: "month", 5: "year"}
# where_prec 1 exact place, 2 within 25 km of a known point, 3 second-order admin unit
# (centroid), 4 first-order unit (centroid), 5 linear feature or estimate, 6 country,
# 7 waters/airspace: how far the true place may be from the coordinates, in km.
RADIUS_KM = {1: 1.0, 2: 25.0, 3: 30.0, 4: 75.0, 5: 50.0, 6: 300.0, 7: 300.0}
# reduced exports drop where_prec; GED's most common precision is an exact place
DEFAULT_RADIUS_KM = 10.0

_VERSION = re.compile(r"(?:ged|v)[_-]?(\d{2})[._-]?(\d)(?!\d)", re.IGNORECASE)


def version_from_name(name: str) -> str | None:
    """``GEDEvent_v24_1.csv`` → ``24.1``; None when the name carries no version."""
    m = _VERSION.search(name)
    return f"{m[1]}.{m[2]}" if m else None


def describe(path: Path) -> Description:
    """Provenance of a GED file: its name, version (from the name) and mtime."""
    try:
        mtime = path.stat().st_mtime
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None
    return Description(
        title=f"UCDP Georeferenced Event Dataset (GED) Global: {path.name}",
        file_name=path.name, modified=datetime.fromtimestamp(mtime, UTC),
        version=version_from_name(path.name), citations=CITATIONS, licence=LICENCE, url=URL)


def parse_row(path: Path, line: int, row: dict[str, str]) -> ExternalEvent | RowError:
    """One GED row → an event, or the reason it cannot be read."""
    try:
        if "__width__" in row:
            raise r.BadValue(row["__width__"])
        event_id = r.text(row, "id")
        if event_id is None:
            raise r.BadValue("id: empty")
        start = r.day(row, "date_start", "date")
        if start is None:
            raise r.BadValue("date_start: empty")
        end = r.day(row, "date_end", "date") or start
        if end < start:
            raise r.BadValue(f"date_end {end} is before date_start {start}")
        tov = r.integer(row, "type_of_violence")
        conflict_id = r.text(row, "conflict_new_id", "conflict_dset_id")
        return ExternalEvent(
            id=event_id, line=line, start=start, end=end,
            date_prec=r.integer(row, "date_prec"),
            lat=r.number(row, "latitude", -90, 90), lon=r.number(row, "longitude", -180, 180),
            where_prec=r.integer(row, "where_prec"),
            where=r.text(row, "where_coordinates", "where_description"),
            adm1=r.text(row, "adm_1"), adm2=r.text(row, "adm_2"),
            event_type=TYPE_OF_VIOLENCE.get(tov) if tov else None,
            conflict=r.text(row, "conflict_name") or (
                f"UCDP conflict {conflict_id}" if conflict_id else None),
            side_a=r.text(row, "side_a"), side_b=r.text(row, "side_b"),
            deaths_a=r.integer(row, "deaths_a"), deaths_b=r.integer(row, "deaths_b"),
            deaths_civilians=r.integer(row, "deaths_civilians"),
            deaths_combatants=r.integer(row, "deaths_combatants"),
            deaths_unknown=r.integer(row, "deaths_unknown"),
            low=r.integer(row, "low"), best=r.integer(row, "best"),
            high=r.integer(row, "high"),
            source_office=r.text(row, "source_office"),
            source_article=r.text(row, "source_article"),
        )
    except r.BadValue as e:
        return RowError(path, line, str(e))


def read(path: Path) -> Iterator[ExternalEvent | RowError]:
    """Stream the events of a GED CSV (full or reduced); bad rows come as :class:`RowError`."""
    for line, row in r.read_rows(path, ALIASES, REQUIRED):
        yield parse_row(path, line, row)


PROFILE = Profile(
    name="ucdp", label="UCDP GED", read=read, describe=describe,
    min_span_days=MIN_SPAN_DAYS, radius_km=RADIUS_KM, default_radius_km=DEFAULT_RADIUS_KM,
    time_units=TIME_UNITS,
)
