"""Property-based tests (hypothesis) of the number, qualifier and date parsers, and a fuzz run
of the whole extractor on random and mutated bulletins: no crash, spans always valid."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.bulletins import from_text
from kg.extract import extract
from kg.extract.dates import parse_date
from kg.extract.numbers import parse

from .conftest import SEED_ID, SEEDS

INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
QUALIFIERS = {
    "": "exact", "على الأقل": "at_least", "ما لا يقل عن": "at_least", "أكثر من": "more_than",
    "نحو": "about", "قرابة": "about", "حوالي": "about",
}
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]
SEED_TEXT = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.integers(min_value=1, max_value=99_999), st.booleans())
def test_digits_parse_to_themselves(n: int, indic: bool) -> None:
    text = str(n).translate(INDIC) if indic else str(n)
    low, best, high, qualifier = parse(text)
    assert (low, best, high, qualifier) == (n, n, n, "exact")


@FAST
@given(st.integers(min_value=2, max_value=9_999), st.sampled_from(sorted(QUALIFIERS)))
def test_qualifier_words(n: int, phrase: str) -> None:
    text = f"{n} {phrase}" if phrase == "على الأقل" else f"{phrase} {n}".strip()
    low, best, high, qualifier = parse(text)
    assert qualifier == QUALIFIERS[phrase]
    assert best in (n, n + 1)
    assert low is None or best is None or low <= best
    assert high is None or best is None or best <= high


@FAST
@given(st.dates(min_value=date(2011, 1, 1), max_value=date(2030, 12, 31)))
def test_day_month_year_dates(day: date) -> None:
    text = f"في الـ {day.day} من {MONTHS[day.month - 1]} من العام {day.year}"
    period = parse_date(text)
    assert period is not None
    assert (period.start, period.end, period.precision) == (day, day, "day")


@FAST
@given(st.dates(min_value=date(2012, 1, 2), max_value=date(2030, 12, 31)))
def test_yesterday_is_resolved_against_publication(published: date) -> None:
    period = parse_date("قتل أمس", published)
    assert period is not None and period.start == published - timedelta(days=1)


def _check(text: str) -> None:
    b = from_text("fuzz", text, "fuzz")
    ex = extract(b)
    for o in ex.observations:
        assert 0 <= o.evidence.start < o.evidence.end <= len(b.text)
        assert b.text[o.evidence.start:o.evidence.end] == o.evidence_text
        assert o.part_of is None or o.part_of in {x.key for x in ex.observations}
    for m in ex.mentions:
        assert b.text[m.span.start:m.span.end] == m.text


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
               max_size=400).filter(lambda s: s.strip()))
def test_random_text_does_not_crash(text: str) -> None:
    _check(text)


@FAST
@given(st.lists(st.tuples(st.integers(0, len(SEED_TEXT) - 1), st.integers(0, 40),
                          st.sampled_from(["", " ", "٣", "7", "و", "\u200f", "\u200b", "بينهم",
                                           "على الأقل", "\n", "ـ", "، "])),
                min_size=1, max_size=8))
def test_mutated_seed_does_not_crash(edits: list[tuple[int, int, str]]) -> None:
    text = SEED_TEXT
    for at, cut, insert in edits:
        at = min(at, len(text) - 1)
        text = text[:at] + insert + text[at + cut:]
    if text.strip():
        _check(text)
