"""Counts: digits, number words, duals, singular nouns and qualifiers → low / best / high.

Amounts follow UCDP's low / best / high, chosen so that each qualifier is read one way:

=============  ======================  =====================================================
qualifier      phrases                 (low, best, high)
=============  ======================  =====================================================
exact          ``14``, ``ثلاثة عشر``    (n, n, n)
at_least       على الأقل, ما لا يقل عن  (n, n, None)
more_than      أكثر من, ما يزيد عن      (n + 1, n + 1, None)
about          نحو, حوالي, قرابة         (None, n, None)
at_most        ما لا يزيد عن            (None, n, n)
dozens         عشرات, العشرات           (20, None, 99)
hundreds       مئات, المئات             (200, None, 999)
several        عدة, عدد من, عدد كبير    (2, None, None)
=============  ======================  =====================================================

"Thousands" (آلاف without a number) is not a count qualifier: such phrases describe forces,
not casualties, and are left out. Singular victim nouns count one and duals two
(``طفلان``, ``مواطنان اثنان``, ``شخصين اثنين``); see :mod:`kg.extract.nouns`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.normalize import norm
from kg.extract.tokens import Token, stems, tokenize

_UNITS = {
    **dict.fromkeys(("واحد", "واحده", "احد"), 1),
    **dict.fromkeys(("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني"), 2),
    **dict.fromkeys(("ثلاث", "ثلاثه"), 3), **dict.fromkeys(("اربع", "اربعه"), 4),
    **dict.fromkeys(("خمس", "خمسه"), 5), **dict.fromkeys(("ست", "سته"), 6),
    **dict.fromkeys(("سبع", "سبعه"), 7), **dict.fromkeys(("ثمان", "ثماني", "ثمانيه"), 8),
    **dict.fromkeys(("تسع", "تسعه"), 9),
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "dozen": 12,
}
_TEN = {"عشر": 10, "عشره": 10, "ten": 10}
_ENGLISH_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                  "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {
    **{f"{stem}{end}": v for stem, v in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50),
                                         ("ست", 60), ("سبع", 70), ("ثمان", 80), ("تسع", 90))
       for end in ("ين", "ون")},
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_HUNDREDS = {
    **dict.fromkeys(("مئه", "مائه", "hundred"), 100),
    **dict.fromkeys(("مئتان", "مئتين", "مائتان", "مائتين", "مئتي", "مائتي"), 200),
    **{f"{u}{h}": v * 100 for u, v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6),
                                        ("سبع", 7), ("ثمان", 8), ("تسع", 9))
       for h in ("مئه", "مائه")},
}
_THOUSANDS = {"الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000,
              "thousand": 1000}
_MULTIPLIERS = {"الاف": 1000, "الف": 1000, "الفا": 1000, "thousand": 1000, "مليون": 10**6,
                "ملايين": 10**6, "million": 10**6}

_BEFORE = {
    "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "ما لا يقل علي": "at_least",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "اكثر من": "more_than", "ما يزيد عن": "more_than", "ما يزيد علي": "more_than",
    "يزيد عن": "more_than", "ازيد من": "more_than", "more than": "more_than",
    "over": "more_than", "ما يربو علي": "more_than", "ما يربو عن": "more_than",
    "يربو علي": "more_than", "ما يفوق": "more_than", "ما ينيف علي": "more_than",
    "ما ينوف عن": "more_than",
    "نحو": "about", "حوالي": "about", "قرابه": "about", "ما يقارب": "about", "يقارب": "about",
    "زهاء": "about", "ما يناهز": "about", "يناهز": "about", "ما يقرب من": "about",
    "يقرب من": "about", "about": "about", "around": "about", "nearly": "about",
    "approximately": "about", "almost": "about", "some": "about", "roughly": "about",
    "about a": "about", "nearly a": "about", "around a": "about", "almost a": "about",
    "no fewer than": "at_least", "not fewer than": "at_least",
    "ما لا يزيد عن": "at_most", "لا يزيد عن": "at_most", "ما لا يزيد علي": "at_most",
    "at most": "at_most", "up to": "at_most", "no more than": "at_most",
}
_AFTER = {"علي الاقل": "at_least", "at least": "at_least", "علي الاكثر": "at_most",
          "تقريبا": "about", "approximately": "about",
          "at most": "at_most"}
_VAGUE = {
    "عشرات": "dozens", "العشرات": "dozens", "tens of": "dozens", "dozens of": "dozens",
    "dozens": "dozens", "scores of": "dozens",
    "مئات": "hundreds", "المئات": "hundreds", "hundreds of": "hundreds",
    "عده": "several", "بضعه": "several", "بضع": "several", "عدد من": "several",
    "عدد كبير من": "several", "عدد اخر من": "several", "عدد اخر": "several",
    # accusative, as an object: "تأسر عدداً من عناصر القوات النظامية"
    "عددا من": "several", "عددا كبيرا من": "several", "عددا اخر من": "several",
    "several": "several", "a number of": "several",
}

_BOUNDS = {
    "exact": lambda n: (n, n, n),
    "at_least": lambda n: (n, n, None),
    "more_than": lambda n: (n + 1, n + 1, None),
    "about": lambda n: (None, n, None),
    "at_most": lambda n: (None, n, n),
    "dozens": lambda n: (20, None, 99),
    "hundreds": lambda n: (200, None, 999),
    "several": lambda n: (2, None, None),
}


def bounds(qualifier: str, n: int | None) -> tuple[int | None, int | None, int | None]:
    """UCDP-style ``(low, best, high)`` of ``n`` under ``qualifier`` (see module docstring)."""
    return _BOUNDS[qualifier](n)


@dataclass(frozen=True)
class Quantity:
    """A stated amount: tokens ``[start, end)`` (qualifier included), value and qualifier."""

    start: int
    end: int
    value: int | None
    qualifier: str
    number_start: int  # token index of the number itself (== start without a qualifier)

    @property
    def bounds(self) -> tuple[int | None, int | None, int | None]:
        return bounds(self.qualifier, self.value)


def _phrases(table: dict[str, str]) -> list[tuple[tuple[str, ...], str]]:
    rows = [(tuple(k.split()), v) for k, v in table.items()]
    return sorted(rows, key=lambda r: -len(r[0]))


_BEFORE_P, _AFTER_P, _VAGUE_P = _phrases(_BEFORE), _phrases(_AFTER), _phrases(_VAGUE)


def match_phrase(tokens: list[Token], i: int,
                 table: list[tuple[tuple[str, ...], str]]) -> tuple[str, int] | None:
    """The table value of the longest phrase at token ``i`` (its first word may carry a
    prefix such as و or ب) and the index after it."""
    if not 0 <= i < len(tokens):  # callers look around a count, past either end
        return None
    index = _first_words(table)
    rows = sorted(r for form in stems(tokens[i].text) for r in index.get(form, ()))
    for _, words, value in rows:  # in table order: the longest phrase first
        if i + len(words) > len(tokens):
            continue
        if all(tokens[i + k].text == w for k, w in enumerate(words[1:], start=1)):
            return value, i + len(words)
    return None


_Row = tuple[int, tuple[str, ...], str]  # position in the table, words, value
_INDEXES: dict[int, tuple[list[tuple[tuple[str, ...], str]], dict[str, list[_Row]]]] = {}
_KEPT_FROM = 6  # rows from which a table's index is kept (the module's tables; calls make shorter)
_KEPT_AT_MOST = 64  # tables whose index is kept


def _first_words(table: list[tuple[tuple[str, ...], str]]) -> dict[str, list[_Row]]:
    """The rows of a phrase table by their first word (built once per module table; a short
    list made for one call is indexed anew, not kept: kept, each would live for good)."""
    hit = _INDEXES.get(id(table))
    if hit is None or hit[0] is not table:
        index: dict[str, list[_Row]] = {}
        for n, (words, value) in enumerate(table):
            index.setdefault(words[0], []).append((n, words, value))
        if len(table) < _KEPT_FROM:
            return index
        if len(_INDEXES) >= _KEPT_AT_MOST:  # so that no list made for a call lives for good
            _INDEXES.clear()
        hit = _INDEXES[id(table)] = (table, index)
    return hit[1]


def _word_value(word: str, table: dict[str, int], definite: bool) -> int | None:
    for s in stems(word):
        if s in table:
            return table[s]
        if definite and s.startswith("ال") and s[2:] in table:
            return table[s[2:]]
    return None


def _digits(token: Token) -> int | None:
    if not token.is_digit:
        return None
    return int(token.text.replace(",", "").replace(".", ""))


def parse_number(tokens: list[Token], i: int, definite: bool = False) -> tuple[int, int] | None:
    """The number starting at token ``i`` and the index after it, or None.

    Digits may take a multiplier (``5 آلاف``); number words combine with و
    (``خمسة وعشرين``), teens with عشر (``ثلاثة عشر``). With ``definite`` the first word may
    carry the article (``الثمانية``).
    """
    if i >= len(tokens):
        return None
    value = _digits(tokens[i])
    if value is not None:
        j = i + 1
        if j < len(tokens) and tokens[j].text in _MULTIPLIERS:
            scale = _MULTIPLIERS[tokens[j].text]
            value, j = value * scale, j + 1
            rest = _digits(tokens[j + 1]) if j + 1 < len(tokens) and tokens[j].text == "و" \
                else None
            if rest is not None and rest < scale:  # "12 ألفاً و475"
                return value + rest, j + 2
            return value, j
        return value, j
    total, j, first = 0, i, True
    while j < len(tokens):
        word = tokens[j].text
        if not first and word in _MULTIPLIERS:  # "عشرين ألف", "مئة ألف": a multiple
            total, j = total * _MULTIPLIERS[word], j + 1
            break
        if not first and not word.startswith("و"):
            break
        unit = _word_value(word, _UNITS, definite and first)
        ten = _word_value(word, _TEN, definite and first)
        tens = _word_value(word, _TENS, definite and first)
        hundred = _word_value(word, _HUNDREDS, definite and first)
        thousand = _word_value(word, _THOUSANDS, definite and first)
        teen = _ENGLISH_TEENS.get(word)
        if unit is not None:
            if j + 1 < len(tokens) and tokens[j + 1].text in _TEN:
                total, j = total + 10 + unit, j + 2
            elif j + 1 < len(tokens) and tokens[j + 1].text in _MULTIPLIERS:
                total, j = total + unit * _MULTIPLIERS[tokens[j + 1].text], j + 2
            else:
                total, j = total + unit, j + 1
        elif (ten or tens or hundred or teen) is not None:
            total, j = total + (ten or tens or hundred or teen or 0), j + 1
        elif thousand is not None:
            total, j = (total or 1) * thousand if total else thousand, j + 1
        else:
            break
        first = False
    return (total, j) if j > i else None


def parse_quantity(tokens: list[Token], i: int, definite: bool = False) -> Quantity | None:
    """A qualified number (``ما لا يقل عن 29``, ``نحو ألف``) or vague amount (``العشرات``,
    ``عدد كبير من``) starting at token ``i``; qualifiers written after the noun are read by
    :func:`after_qualifier`."""
    vague = match_phrase(tokens, i, _VAGUE_P)
    if vague is not None:
        q, j = vague
        # "عدة" may also be a plain adjective after the noun ("مناطق عدة"): the caller checks
        return Quantity(i, j, None, q, i)
    before = match_phrase(tokens, i, _BEFORE_P)
    j = before[1] if before else i
    if before and j + 1 < len(tokens) and tokens[j].text == "ال":
        j += 1  # "قرابة الـ 40": the article written apart before the number
    number = parse_number(tokens, j, definite)
    if number is None:
        return None
    value, k = number
    return Quantity(i, k, value, before[0] if before else "exact", j)


def after_qualifier(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A qualifier written after the amount or its noun (``على الأقل``) at token ``i``."""
    return match_phrase(tokens, i, _AFTER_P)


def combine(before: str, after: str | None) -> str:
    """The qualifier of an amount qualified on both sides (``ما لا يقل عن 35 على الأقل``)."""
    if after is None:
        return before
    return after if before == "exact" else before


def parse(phrase: str) -> tuple[int | None, int | None, int | None, str] | None:
    """``(low, best, high, qualifier)`` of a short phrase such as ``"نحو 950"``, or None.

    >>> parse("ما لا يقل عن 29")
    (29, 29, None, 'at_least')
    >>> parse("أكثر من 200")
    (201, 201, None, 'more_than')
    """
    tokens = tokenize(norm(phrase))
    q = parse_quantity(tokens, 0)
    if q is None:
        return None
    after = after_qualifier(tokens, q.end)
    qualifier = combine(q.qualifier, after[0] if after else None)
    return (*bounds(qualifier, q.value), qualifier)
