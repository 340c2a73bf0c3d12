"""ACLED: read a user's own export (ACLED's terms forbid redistributing its rows).

Events go into a private graph (``graph/private/acled/{file}``) that public dumps leave out;
``event_id_cnty`` is kept as the event's id, which is how ACLED asks to be cited.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from kg.errors import InputError
from kg.link import rows as r
from kg.link.records import Description, ExternalEvent, Profile, RowError

CITATION = ("Armed Conflict Location & Event Data Project (ACLED); www.acleddata.com. "
            "Events cited by event_id_cnty.")
LICENCE = "ACLED Terms of Use and Attribution Policy (no redistribution of data)"
URL = "https://acleddata.com/"
ACCESS = "private: imported from the user's own ACLED export; not for redistribution"

ALIASES = {"event_id": "event_id_cnty"}
REQUIRED = (("event_id_cnty",), ("event_date",))

# codebook: time_precision 1 day, 2 within a week, 3 within a month
MIN_SPAN_DAYS = {1: 1, 2: 7, 3: 31}
TIME_UNITS = {1: "day", 2: "week", 3: "month"}
# geo_precision 1 the named town, 2 near it or a part of a region, 3 a provincial capital or
# larger region standing for a vaguer place
RADIUS_KM = {1: 3.0, 2: 25.0, 3: 75.0}


def describe(path: Path) -> Description:
    """Provenance of an ACLED export: file name and mtime (ACLED exports carry no version)."""
    try:
        mtime = path.stat().st_mtime
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None
    return Description(
        title=f"ACLED export: {path.name}", file_name=path.name,
        modified=datetime.fromtimestamp(mtime, UTC), version=None, citations=(CITATION,),
        licence=LICENCE, url=URL, access=ACCESS)


def parse_row(path: Path, line: int, row: dict[str, str]) -> ExternalEvent | RowError:
    """One ACLED row → an event, or the reason it cannot be read."""
    try:
        if "__width__" in row:
            raise r.BadValue(row["__width__"])
        event_id = r.text(row, "event_id_cnty")
        if event_id is None:
            raise r.BadValue("event_id_cnty: empty")
        day = r.day(row, "event_date")
        if day is None:
            raise r.BadValue("event_date: empty")
        kind = " / ".join(v for v in (r.text(row, "event_type"),
                                      r.text(row, "sub_event_type")) if v)
        return ExternalEvent(
            id=event_id, line=line, start=day, end=day,
            date_prec=r.integer(row, "time_precision"),
            lat=r.number(row, "latitude", -90, 90), lon=r.number(row, "longitude", -180, 180),
            where_prec=r.integer(row, "geo_precision"),
            where=r.text(row, "location"), adm1=r.text(row, "admin1"),
            adm2=r.text(row, "admin2"), event_type=kind or None,
            side_a=r.text(row, "actor1"), side_b=r.text(row, "actor2"),
            best=r.integer(row, "fatalities"), source_office=r.text(row, "source"),
        )
    except r.BadValue as e:
        return RowError(path, line, str(e))


def read(path: Path) -> Iterator[ExternalEvent | RowError]:
    """Stream the events of an ACLED CSV export; bad rows come as :class:`RowError`."""
    for line, row in r.read_rows(path, ALIASES, REQUIRED):
        yield parse_row(path, line, row)


PROFILE = Profile(
    name="acled", label="ACLED", read=read, describe=describe, min_span_days=MIN_SPAN_DAYS,
    radius_km=RADIUS_KM, default_radius_km=25.0, time_units=TIME_UNITS,
)
