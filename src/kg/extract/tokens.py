"""Words of a normalised text, with their positions, and Arabic prefix stripping."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"[0-9]+(?:[,.][0-9]{3})*|[^\W\d_]+|\n|[^\s\w]")
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@dataclass(frozen=True)
class Token:
    """One word, number or punctuation mark of the matching form: ``text[start:end]``."""

    text: str
    start: int
    end: int
    index: int

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdecimal()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


def tokenize(text: str) -> list[Token]:
    """Split a normalised text into tokens (numbers keep their thousands separators)."""
    return [Token(m.group(), m.start(), m.end(), i) for i, m in enumerate(_TOKEN.finditer(text))]


@lru_cache(maxsize=65536)  # called for every word against every table: cache per word
def stems(word: str) -> tuple[str, ...]:
    """``word`` and its forms without the prefixes و ف, ب ل ك (``لل`` → ``ال``), longest first.

    >>> stems("وبالعاصمه")
    ('وبالعاصمه', 'بالعاصمه', 'العاصمه')
    >>> stems("للفصائل")
    ('للفصائل', 'الفصائل')
    """
    out = [word]
    bases = [word]
    if word[:1] in _CONJ and len(word) > 2:
        bases.append(word[1:])
    for b in list(bases):
        if b.startswith("لل") and len(b) > 4:
            bases.append("ال" + b[2:])
        elif b[:1] in _PREP and len(b) > 3:
            bases.append(b[1:])
    for b in bases:
        if b not in out:
            out.append(b)
    return tuple(out)


def without_article(word: str) -> str:
    """``word`` without a leading ``ال`` (the word itself if it has none)."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word
