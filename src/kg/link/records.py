"""Plain records for external datasets: events as read from a file, and how to read them.

No RDF here (:mod:`kg.link.mapping` turns these into quads), and nothing specific to one
dataset (:mod:`kg.link.ucdp` and :mod:`kg.link.acled` fill a :class:`Profile` each).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ExternalEvent:
    """One event row of another dataset, with the dataset's own codes kept as given."""

    id: str
    line: int  # line of the file the row ends on (for messages)
    start: date
    end: date
    date_prec: int | None = None  # the dataset's own scale (GED 1-5, ACLED 1-3)
    lat: float | None = None
    lon: float | None = None
    where_prec: int | None = None  # the dataset's own scale (GED 1-7, ACLED 1-3)
    where: str | None = None  # the place as the dataset describes it
    adm1: str | None = None
    adm2: str | None = None
    event_type: str | None = None
    conflict: str | None = None
    side_a: str | None = None
    side_b: str | None = None
    deaths_a: int | None = None
    deaths_b: int | None = None
    deaths_civilians: int | None = None
    deaths_combatants: int | None = None
    deaths_unknown: int | None = None
    low: int | None = None
    best: int | None = None
    high: int | None = None
    source_office: str | None = None
    source_article: str | None = None


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be read; the import goes on without it."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Description:
    """What provenance says about one imported file."""

    title: str
    file_name: str
    modified: datetime  # the file's mtime: the download date when no version is known
    version: str | None
    citations: tuple[str, ...]
    licence: str  # an IRI when the licence has one, else its name
    url: str
    access: str | None = None  # e.g. "private: not for redistribution"


@dataclass(frozen=True)
class Profile:
    """How to read one dataset and how far its precision codes widen dates and places."""

    name: str
    label: str  # "UCDP GED", "ACLED": used in reasons and labels
    read: Callable[[Path], Iterator[ExternalEvent | RowError]]
    describe: Callable[[Path], Description]
    min_span_days: Mapping[int, int]  # precision code → shortest interval it can mean
    radius_km: Mapping[int, float]  # precision code → how far the true place may be
    default_radius_km: float = 50.0  # when the code is missing or unknown
    time_units: Mapping[int, str] = field(default_factory=dict)  # code → day|week|month|year
