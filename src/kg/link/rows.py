"""CSV rows read by header name (never by position), with value parsers that say what is wrong.

Releases of the same dataset order and even name columns differently, so every importer
declares the names it reads and the aliases older or reduced exports use.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path

from kg.errors import InputError

csv.field_size_limit(2**24)  # GED's source_original can hold long quotes


def normalise_header(name: str) -> str:
    """``" Date_Start\\ufeff"`` → ``"date_start"``."""
    return name.replace("\ufeff", "").strip().lower()


def read_rows(path: Path, aliases: Mapping[str, str],
              required: tuple[tuple[str, ...], ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line, row)`` with canonical column names, streaming the file.

    ``aliases`` maps another name to the canonical one; ``required`` lists groups of which
    at least one column must be present. Raises :class:`InputError` naming the file when it
    cannot be read or lacks a required column.
    """
    try:
        f = path.open(encoding="utf-8-sig", newline="")
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None
    with f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{path}: empty file (no header row)") from None
        except (csv.Error, UnicodeDecodeError) as e:
            raise InputError(f"{path}:1: unreadable header: {e}") from None
        names = [aliases.get(normalise_header(h), normalise_header(h)) for h in header]
        for group in required:
            if not any(g in names for g in group):
                raise InputError(f"{path}: no column {' or '.join(group)} in the header "
                                 f"({len(names)} columns read by name)")
        width = len(names)
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as e:
                # the csv module cannot resume after a broken quote; stop with a clear message
                raise InputError(f"{path}:{reader.line_num}: unreadable CSV: {e}") from None
            if not values:
                continue
            row = dict(zip(names, values, strict=False))
            if len(values) != width:
                row["__width__"] = f"{len(values)} fields where the header has {width}"
            yield reader.line_num, row


class BadValue(ValueError):
    """A cell that cannot be parsed; the message names the column and the value."""


def text(row: Mapping[str, str], *names: str) -> str | None:
    """The first non-empty cell among ``names`` (stripped), or None."""
    for n in names:
        v = (row.get(n) or "").strip()
        if v and v.upper() not in ("NA", "NULL", "NONE"):
            return v
    return None


def integer(row: Mapping[str, str], name: str, minimum: int | None = 0) -> int | None:
    """An integer cell (``"4"``, ``"4.0"``) or None when empty."""
    v = text(row, name)
    if v is None:
        return None
    try:
        f = float(v)
    except ValueError:
        raise BadValue(f"{name}: not a number: {v!r}") from None
    if f != int(f) or (minimum is not None and f < minimum):
        raise BadValue(f"{name}: not a count: {v!r}")
    return int(f)


def number(row: Mapping[str, str], name: str, low: float, high: float) -> float | None:
    """A float cell within ``[low, high]`` or None when empty."""
    v = text(row, name)
    if v is None:
        return None
    try:
        f = float(v)
    except ValueError:
        raise BadValue(f"{name}: not a number: {v!r}") from None
    if not low <= f <= high:
        raise BadValue(f"{name}: {f} is outside [{low}, {high}]")
    return f


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_DATE_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%Y/%m/%d")


def day(row: Mapping[str, str], *names: str) -> date | None:
    """A date cell: ISO (``2017-03-19``, ``2017-03-19 00:00:00.000``) or ``19 March 2017``."""
    v = text(row, *names)
    if v is None:
        return None
    m = _ISO.match(v)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(v, fmt).date()
            except ValueError:
                continue
    except ValueError:
        pass
    raise BadValue(f"{'/'.join(names)}: not a date: {v!r}")
