"""Dates in bulletins, resolved against the publication date, with their precision.

``فجر الـ 19 من آذار / مارس الجاري من العام 2017`` is a day, ``الشهر الجاري`` a month,
``العام 2014`` a year; ``أمس`` is the publication date minus one day. Month names come in the
Levantine (كانون الثاني … كانون الأول) and Egyptian/Gulf (يناير … ديسمبر) forms, and in
English. Expressions without a year take it from the previous date in the text, else from
the publication date. :func:`infer_published` reads "today" off the text
(``وحتى اليوم الـ 25 من الشهر ذاته``) when a bulletin carries no date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kg.extract.normalize import normalize
from kg.extract.records import Period
from kg.extract.tokens import Token, stems, tokenize

_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    **{m.lower(): i for i, m in enumerate(calendar.month_name) if m},
}
# first words of month names ("آذار", "تشرين"), to tell "خلال شهر آذار" from a span
MONTH_NAMES = frozenset(k.split()[0] for k in _MONTHS)
_MONTH_PHRASES = sorted(((tuple(k.split()), v) for k, v in _MONTHS.items()),
                        key=lambda r: -len(r[0]))
_ORDINALS = {
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "العشرين": 20, "الثلاثين": 30,
}
_TEEN_ORDINALS = {"الحادي": 1, **{k: v for k, v in _ORDINALS.items() if v < 10 and v > 1}}
# month words saying which occurrence: this one, the last one
_CURRENT = {"الجاري", "الحالي"}
_PAST = {"الفائت", "الماضي", "المنصرم", "السابق"}
_SAME = {"ذاته", "نفسه"}
_YEAR_WORDS = {"العام", "عام", "سنه", "السنه", "year"}
_MONTH_WORDS = {"شهر", "الشهر"}
_DAY_WORDS = {"اليوم", "today"}
_RELATIVE = {"امس": -1, "yesterday": -1}
_SKIP = {"من", "/", "-", "في", "of", ",", "the", "،"}


@dataclass(frozen=True)
class DateMention:
    """A date expression: tokens ``[start, end)`` of the normalised text, and what it means.

    ``period`` is None when the text gives no way to resolve it (no year anywhere).
    ``today`` marks "اليوم الـ 25" (the publication day named by its date).
    """

    start: int
    end: int
    period: Period | None
    today: bool = False


@dataclass
class _Context:
    ref: date | None
    year: int | None = None
    month: int | None = None


def _month_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    for words, month in _MONTH_PHRASES:
        if i + len(words) <= len(tokens) and words[0] in stems(tokens[i].text) and all(
            tokens[i + k].text == w for k, w in enumerate(words[1:], start=1)
        ):
            return month, i + len(words)
    return None


def _text(tokens: list[Token], i: int) -> str:
    return tokens[i].text if i < len(tokens) else ""


def _day_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A day of month: ``الـ 19`` (article split off), ``19th``, ``الثاني``, ``الحادي عشر``."""
    j = i + 1 if _text(tokens, i) == "ال" else i
    t = _text(tokens, j)
    if t.isdecimal() and 1 <= int(t) <= 31:
        return int(t), j + 2 if _text(tokens, j + 1) in ("st", "nd", "rd", "th") else j + 1
    if t in _TEEN_ORDINALS and _text(tokens, j + 1) in ("عشر", "عشره"):
        return 10 + _TEEN_ORDINALS[t], j + 2
    if t in _ORDINALS:
        value, k = _ORDINALS[t], j + 1
        if value < 10 and _text(tokens, k) in ("والعشرين", "والثلاثين"):
            value, k = value + (20 if _text(tokens, k) == "والعشرين" else 30), k + 1
        return value, k
    return None


def _year_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    t = _text(tokens, i)
    if t.isdecimal() and len(t) == 4 and 1900 < int(t) < 2100:
        return int(t), i + 1
    return None


def _skip(tokens: list[Token], i: int) -> int:
    while _text(tokens, i) in _SKIP:
        i += 1
    return i


def _month_spec(tokens: list[Token], i: int, ctx: _Context) -> tuple[int | None, int | None,
                                                                     str, int] | None:
    """``(month, year, which, end)`` of ``آذار / مارس الجاري من العام 2017`` or
    ``الشهر ذاته`` at ``i``; ``which`` is "current", "past", "same" or ""."""
    j = i + 1 if _text(tokens, i) in _MONTH_WORDS else i
    found = _month_at(tokens, j)
    if found is None:
        if _text(tokens, i) in _MONTH_WORDS:
            word = _text(tokens, i + 1)
            for words, which in ((_CURRENT, "current"), (_PAST, "past"), (_SAME, "same")):
                if word in words:
                    return None, None, which, i + 2
        return None
    month, j = found
    k = _skip(tokens, j)
    if (second := _month_at(tokens, k)) is not None:  # "آذار / مارس": a gloss, same month
        j = second[1]
    which = ""
    if _text(tokens, j) in _CURRENT:
        which, j = "current", j + 1
    elif _text(tokens, j) in _PAST:
        which, j = "past", j + 1
    year, end = _year_after(tokens, j)
    return month, year, which, end


def _year_after(tokens: list[Token], j: int) -> tuple[int | None, int]:
    """An optional ``من العام 2017`` / ``من العام الجاري 2017`` / ``2017`` after a month."""
    k = _skip(tokens, j)
    if _text(tokens, k) in _YEAR_WORDS:
        k += 1
        if _text(tokens, k) in _CURRENT:
            k += 1
    if (y := _year_at(tokens, k)) is not None:
        return y[0], y[1]
    return None, j


def _resolve_month(month: int, year: int | None, which: str, ctx: _Context) -> int | None:
    if year is not None:
        return year
    if which == "past" and ctx.ref is not None:
        return ctx.ref.year if month < ctx.ref.month else ctx.ref.year - 1
    if ctx.ref is not None:
        return ctx.ref.year if month <= ctx.ref.month else ctx.ref.year - 1
    return ctx.year


def _day_period(y: int, m: int, d: int) -> Period | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return Period(day, day, "day")


def _month_period(y: int, m: int) -> Period:
    last = calendar.monthrange(y, m)[1]
    return Period(date(y, m, 1), date(y, m, last), "month")


def _parse_at(tokens: list[Token], i: int, ctx: _Context) -> DateMention | None:
    t = _text(tokens, i)
    today = t in _DAY_WORDS
    start = i
    j = i + 1 if today else i
    day = _day_at(tokens, j)
    if day is not None and (today or _text(tokens, j) == "ال" or not _text(tokens, j).isdecimal()
                            or _text(tokens, day[1]) in ("من", "of")
                            or _month_at(tokens, day[1]) is not None):
        value, k = day
        spec = _month_spec(tokens, _skip(tokens, k), ctx)
        if spec is not None:
            month, year, which, end = spec
            if month is None:  # الشهر الجاري / ذاته
                month = ctx.month if which == "same" else (ctx.ref.month if ctx.ref else None)
                year = ctx.year if which == "same" else (ctx.ref.year if ctx.ref else None)
            else:
                year = _resolve_month(month, year, which, ctx)
            period = _day_period(year, month, value) if year and month else None
            return DateMention(start, end, period, today=today)
    if today:
        return DateMention(i, i + 1, Period(ctx.ref, ctx.ref, "day") if ctx.ref else None,
                           today=True)
    if t in _RELATIVE or (t in stems(t) and any(s in _RELATIVE for s in stems(t))):
        offset = next(_RELATIVE[s] for s in stems(t) if s in _RELATIVE)
        end = i + 1
        if _text(tokens, end) == "الاول":  # أمس الأول: the day before yesterday
            offset, end = offset - 1, end + 1
        if ctx.ref is None:
            return DateMention(i, end, None)
        day = ctx.ref + timedelta(days=offset)
        return DateMention(i, end, Period(day, day, "day"))
    spec = _month_spec(tokens, i, ctx)
    if spec is not None:
        month, year, which, end = spec
        if month is None:
            if which == "same" and ctx.month and ctx.year:
                return DateMention(i, end, _month_period(ctx.year, ctx.month))
            if which in ("current", "past") and ctx.ref is not None:
                ref = ctx.ref if which == "current" else ctx.ref.replace(day=1) - timedelta(1)
                return DateMention(i, end, _month_period(ref.year, ref.month))
            return DateMention(i, end, None)
        if year is None and not which and t not in _MONTH_WORDS:
            return None  # a bare "آب" / "may" is too often an ordinary word
        year = _resolve_month(month, year, which, ctx)
        return DateMention(i, end, _month_period(year, month) if year else None)
    if t in _YEAR_WORDS and (y := _year_at(tokens, i + 1)) is not None:
        return DateMention(i, y[1], Period(date(y[0], 1, 1), date(y[0], 12, 31), "year"))
    return None


def find_dates(tokens: list[Token], published: date | None) -> list[DateMention]:
    """Every date expression in ``tokens``, resolved in reading order."""
    ctx = _Context(published, published.year if published else None,
                   published.month if published else None)
    out: list[DateMention] = []
    i = 0
    while i < len(tokens):
        m = _parse_at(tokens, i, ctx)
        if m is None:
            i += 1
            continue
        out.append(m)
        if m.period is not None and m.period.precision in ("day", "month"):
            ctx.year, ctx.month = m.period.start.year, m.period.start.month
        elif m.period is not None:
            ctx.year = m.period.start.year
        i = max(m.end, i + 1)
    return _backfill(out, tokens, published)


def _backfill(out: list[DateMention], tokens: list[Token],
              published: date | None) -> list[DateMention]:
    """Give a year to "الـ 19 من آذار الجاري" when the year is only stated later."""
    if published is not None:
        return out
    years = [m.period.start.year for m in out if m.period is not None]
    if not years:
        return out
    ctx = _Context(None, years[0])
    fixed: list[DateMention] = []
    for m in out:
        if m.period is None:
            again = _parse_at(tokens, m.start, ctx)
            m = again if again is not None else m
        else:
            ctx.year = m.period.start.year
        if m.period is not None and m.period.precision != "year":
            ctx.month = m.period.start.month
        fixed.append(m)
    return fixed


def infer_published(tokens: list[Token]) -> date | None:
    """The publication date the text states as "today" (``وحتى اليوم الـ 25 من الشهر ذاته``),
    or None."""
    days = [m.period.start for m in find_dates(tokens, None)
            if m.today and m.period is not None and m.period.precision == "day"]
    return days[-1] if days else None


def parse_date(phrase: str, published: date | None = None) -> Period | None:
    """The period of a single date expression (a helper for tests and callers).

    >>> parse_date("فجر الـ 19 من آذار / مارس الجاري من العام 2017")
    Period(start=datetime.date(2017, 3, 19), end=datetime.date(2017, 3, 19), precision='day')
    """
    tokens = tokenize(normalize(phrase).text)
    found = [m for m in find_dates(tokens, published) if m.period is not None]
    return found[0].period if found else None


def span_period(first: Period, last: Period) -> Period:
    """The period from the start of ``first`` to the end of ``last`` (coarsest precision)."""
    order = ("day", "month", "year")
    precision = max(first.precision, last.precision, key=order.index)
    return replace(first, end=max(last.end, first.end), precision=precision)
