"""Arabic normalisation for matching, with a map back to the original offsets.

The stored bulletin text is never changed: :func:`normalize` returns a *matching* form in
which tatweel, diacritics, quotation marks and invisible bidi/zero-width characters are
dropped, alef forms are unified (أ إ آ ٱ → ا),
ى → ي, ة → ه, Arabic-Indic and Persian digits become ASCII, Arabic thousands/decimal
separators become ``,``/``.``, whitespace runs become one space (or one newline) and Latin
letters are lower-cased.
:meth:`Normalized.span` maps a range of the matching form back to the original text.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.records import Span

_DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)]  # harakat, tanwin, shadda, sukun, maddah
    + ["\u0670", "\u0640"]  # superscript alef, tatweel
    + ["\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", '"', "\u2018", "\u2019", "\u200f",
       "\u200e", "\u200c", "\u200d", "\ufeff"]
    # invisible format characters pasted from web pages: zero-width space, word joiner, soft
    # hyphen, Arabic letter mark and the bidi embeddings/overrides/isolates
    + ["\u200b", "\u2060", "\u00ad", "\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
)
_MARKS = frozenset([chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"])
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    "\u066c": ",", "\u066b": ".", "\u060c": "،",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}


@dataclass(frozen=True)
class Normalized:
    """The matching form of a text and, for each of its characters, the original index."""

    original: str
    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last one is len(original)

    def span(self, start: int, end: int) -> Span:
        """The original span covering matching-form characters ``[start, end)``."""
        if end <= start:
            pos = self.offsets[start]
            return Span(pos, pos)
        stop = self.offsets[end - 1] + 1
        while stop < len(self.original) and self.original[stop] in _MARKS:
            stop += 1  # keep the word's trailing diacritics (مواطناً)
        return Span(self.offsets[start], stop)

    def original_text(self, start: int, end: int) -> str:
        """The original text covering matching-form characters ``[start, end)``."""
        s = self.span(start, end)
        return self.original[s.start:s.end]

    def index(self, original_pos: int) -> int:
        """The first matching-form index at or after ``original_pos`` in the original."""
        lo, hi = 0, len(self.offsets) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.offsets[mid] < original_pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


def normalize_char(ch: str) -> str:
    """The matching form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    if ch.isspace():
        return "\n" if ch == "\n" else " "
    return _MAP.get(ch, ch.lower() if ch.isascii() else ch)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping the offset map."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        n = normalize_char(ch)
        if not n:
            continue
        if n == " " and out and out[-1] in " \n":
            continue
        if n == "\n" and out and out[-1] == " ":
            out[-1], offsets[-1] = n, i
            continue
        out.append(n)
        offsets.append(i)
    offsets.append(len(text))
    return Normalized(text, "".join(out), tuple(offsets))


def norm(text: str) -> str:
    """Only the matching form (for tables and gazetteer labels)."""
    return normalize(text).text.strip()
