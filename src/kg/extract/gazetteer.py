"""Find gazetteer actors and places in a normalised text: prefixes stripped, longest wins.

A name may carry the prefixes و ب ل ال (and their combinations وب، بال، لل، وال) on its first
word, and a place may be introduced by a feature word (حي، مدينة، بلدة، قرية، …) which is
kept in the mention's span. English bulletins match the English labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.normalize import Normalized, norm
from kg.extract.records import Mention, Span
from kg.extract.tokens import Token, stems, tokenize
from kg.gazetteer import Gazetteer

FEATURE_WORDS = frozenset(norm(w) for w in (
    "حي", "حيي", "أحياء", "مدينة", "مدينتي", "مدن", "بلدة", "بلدتي", "بلدات", "قرية", "قريتي",
    "قرى", "منطقة", "منطقتي", "محور", "محاور", "ناحية", "مخيم", "جبل",
))


@dataclass(frozen=True)
class Match:
    """A mention with its token range ``[start, end)`` in the normalised text."""

    key: str
    kind: str  # "actor" | "place"
    start: int
    end: int
    mention: Mention


@dataclass(frozen=True)
class _Index:
    by_first: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]


def _forms(gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for p in gazetteer.places.values():
        out += [(f, "place", p.id) for f in (p.label_ar, *p.variants_ar, p.label_en)]
    for a in gazetteer.actors.values():
        out += [(f, "actor", a.id) for f in (a.label_ar, *a.variants_ar, a.label_en)]
    return out


_CACHE: dict[int, tuple[Gazetteer, _Index]] = {}


def _index(gazetteer: Gazetteer) -> _Index:
    cached = _CACHE.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    if len(_CACHE) > 8:
        _CACHE.clear()
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for form, kind, key in _forms(gazetteer):
        words = tuple(t.text for t in tokenize(norm(form)) if t.text not in "-'")
        if words:
            by_first.setdefault(words[0], []).append((words, kind, key))
    index = _Index({k: tuple(sorted(v, key=lambda r: -len(r[0]))) for k, v in by_first.items()})
    _CACHE[id(gazetteer)] = (gazetteer, index)
    return index


def _match_at(index: _Index, words: list[str], i: int) -> tuple[int, str, str] | None:
    """The longest name starting at word ``i``: ``(end, kind, key)``."""
    best: tuple[int, str, str] | None = None
    for first in stems(words[i]):
        for form, kind, key in index.by_first.get(first, ()):
            end = i + len(form)
            if end <= len(words) and tuple(words[i + 1:end]) == form[1:] and (
                best is None or end > best[0]
            ):
                best = (end, kind, key)
    return best


def find_mentions(tokens: list[Token], normalized: Normalized, gazetteer: Gazetteer,
                  skip: tuple[Span, ...] = ()) -> list[Match]:
    """Every actor and place named in ``tokens`` (non-overlapping, longest first)."""
    index = _index(gazetteer)
    # English names are matched without hyphens and apostrophes ("al-Abbasiyyin")
    kept = [t for t in tokens if t.text not in "-'"]
    words = [t.text for t in kept]
    out: list[Match] = []
    i = 0
    while i < len(kept):
        found = _match_at(index, words, i)
        start = i
        if found is None and words[i] in FEATURE_WORDS and i + 1 < len(kept):
            found = _match_at(index, words, i + 1)
            if found is not None and found[1] != "place":
                found = None
        if found is None:
            i += 1
            continue
        end, kind, key = found
        span = normalized.span(kept[start].start, kept[end - 1].end)
        if not any(s.start <= span.start < s.end for s in skip):
            text = normalized.original[span.start:span.end]
            out.append(Match(key, kind, kept[start].index, kept[end - 1].index + 1,
                             Mention(key, kind, span, text)))
        i = end
    return out
