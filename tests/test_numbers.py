"""Amounts and qualifiers → (low, best, high, qualifier)."""

from __future__ import annotations

import pytest

from kg.extract.normalize import norm
from kg.extract.numbers import match_phrase, parse, parse_number
from kg.extract.tokens import tokenize


@pytest.mark.parametrize(("phrase", "expected"), [
    ("14", (14, 14, 14, "exact")),
    # tens and hundreds times a thousand, without و ("عشرين ألف", "مئتي ألف", "60 ألفاً")
    ("أكثر من عشرين ألف", (20001, 20001, None, "more_than")),
    ("مئتي ألف", (200000, 200000, 200000, "exact")),
    ("نحو 60 ألفاً", (None, 60000, None, "about")),
    ("خمسة وثلاثين ألفا", (35000, 35000, 35000, "exact")),
    ("١٢", (12, 12, 12, "exact")),
    ("1,455", (1455, 1455, 1455, "exact")),
    ("٢٬٣٠٠", (2300, 2300, 2300, "exact")),
    ("5 آلاف", (5000, 5000, 5000, "exact")),
    ("ثلاثة عشر", (13, 13, 13, "exact")),
    ("أربع", (4, 4, 4, "exact")),
    ("عشرين", (20, 20, 20, "exact")),
    ("خمسة وعشرين", (25, 25, 25, "exact")),
    ("ألف", (1000, 1000, 1000, "exact")),
    ("مئتين", (200, 200, 200, "exact")),
    ("82 على الأقل", (82, 82, None, "at_least")),
    ("ما لا يقل عن 29", (29, 29, None, "at_least")),
    ("أكثر من 200", (201, 201, None, "more_than")),
    ("ما يزيد عن 40", (41, 41, None, "more_than")),
    ("نحو 950", (None, 950, None, "about")),
    ("بنحو ألف", (None, 1000, None, "about")),
    ("حوالي 30", (None, 30, None, "about")),
    ("قرابة 60", (None, 60, None, "about")),
    ("ما لا يزيد عن 10", (None, 10, 10, "at_most")),
    ("عشرات", (20, None, 99, "dozens")),
    ("العشرات", (20, None, 99, "dozens")),
    ("مئات", (200, None, 999, "hundreds")),
    ("عدة", (2, None, None, "several")),
    ("عدد من", (2, None, None, "several")),
    ("عدد كبير من", (2, None, None, "several")),
    ("at least 26", (26, 26, None, "at_least")),
    ("more than 80", (81, 81, None, "more_than")),
    ("dozens of", (20, None, 99, "dozens")),
])
def test_parse(phrase: str, expected: tuple[object, ...]) -> None:
    assert parse(phrase) == expected


def test_definite_number_word_only_when_asked() -> None:
    tokens = tokenize(norm("الثمانية"))
    assert parse_number(tokens, 0) is None
    assert parse_number(tokens, 0, definite=True) == (8, 1)


def test_not_a_number() -> None:
    assert parse("مواطنين") is None


def test_phrase_lists_made_per_call_are_not_kept() -> None:
    """A phrase list built for one call (``[(words, kind)]``) is matched but not indexed for
    good: the build workers call it for every bulletin (kept, they grew ~2.5 MiB/s)."""
    from kg.extract import numbers

    tokens = tokenize("قتل خمسة مواطنين")
    for _ in range(1000):
        assert match_phrase(tokens, 0, [(("قتل",), "killed")]) == ("killed", 1)
        match_phrase(tokens, 0, [((w,), "x") for w in ("قتل", "خمسة", "مواطنين", "و", "ب", "ل")])
    assert len(numbers._INDEXES) <= numbers._KEPT_AT_MOST
