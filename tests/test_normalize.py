"""Matching-form normalisation keeps a map back to the original text."""

from __future__ import annotations

from kg.extract.normalize import norm, normalize
from kg.extract.tokens import stems


def test_matching_form() -> None:
    assert norm("إصابةُ") == "اصابه"
    assert norm("أطفالٌ") == "اطفال"
    assert norm("على") == "علي"
    assert norm("الـــ 19") == "ال 19"
    assert norm("١٢٣") == "123"
    assert norm("“قسد”") == "قسد"
    assert norm("At  Least") == "at least"


def test_offsets_map_back_to_original() -> None:
    text = "قُتِلَ  ١٢ مواطناً في “جوبر”"
    n = normalize(text)
    i = n.text.index("جوبر")
    assert n.original_text(i, i + 4) == "جوبر"
    j = n.text.index("12")
    span = n.span(j, j + 2)
    assert text[span.start:span.end] == "١٢"
    k = n.text.index("مواطنا")
    assert n.original_text(k, k + len("مواطنا")) == "مواطناً"


def test_newlines_survive_and_spaces_collapse() -> None:
    assert normalize("أ  ب\n\n ج").text == "ا ب\n\nج"


def test_prefix_stripping() -> None:
    assert "العاصمه" in stems("وبالعاصمه")
    assert "الفصائل" in stems("للفصائل")
    assert "دمشق" in stems("ودمشق")
