"""One bulletin analysed for extraction: tokens, sentences, clause units, mentions, dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from kg.extract.dates import DateMention, find_dates, infer_published
from kg.extract.gazetteer import Match, find_mentions
from kg.extract.mentioned import find_mentioned_places, with_places
from kg.extract.normalize import Normalized, norm, normalize
from kg.extract.nouns import lookup
from kg.extract.records import Bulletin, MentionedPlace, Span
from kg.extract.tokens import Token, stems, tokenize
from kg.gazetteer import Gazetteer

_SENTENCE_END = frozenset({".", "\n", "!", "?", "؟", "؛", ";"})
# words opening a new clause unit within a sentence (their first word may carry و)
UNIT_STARTS = tuple(tuple(norm(w).split()) for w in (
    "فيما", "في حين", "كما", "كذلك", "حيث", "بينما", "إذ", "وفي التفاصيل", "في التفاصيل",
    "ارتفع", "يرتفع", "ليرتفع", "ترتفع", "لترتفع", "ارتفاع", "يرفع", "ليرفع", "while",
    # "…، لتتجاوز بذلك حصيلة …": the toll a count brings up is a clause of its own
    "لتتجاوز", "ليتجاوز", "لتتخطى", "ليتخطى", "ليصل", "لتصل", "ليبلغ", "لتبلغ",
    "where", "also",
))
_AUXILIARIES = frozenset(("were", "was", "are", "is", "have", "has", "had", "been"))


@dataclass
class Document:
    """The analysed text of one bulletin (token indices refer to ``tokens``)."""

    bulletin: Bulletin
    gazetteer: Gazetteer
    normalized: Normalized
    tokens: list[Token]
    allowed: list[bool]  # token is in the title or body and not page furniture
    in_title: list[bool]
    sentence_of: list[int]
    sentences: list[tuple[int, int]]
    unit_of: list[int]
    units: list[tuple[int, int]]
    matches: list[Match]
    dates: list[DateMention]
    published: date | None
    published_inferred: bool
    match_at: dict[int, Match] = field(default_factory=dict)
    mentioned: list[MentionedPlace] = field(default_factory=list)  # places not in the gazetteer

    def words(self, start: int, end: int) -> list[str]:
        return [t.text for t in self.tokens[max(start, 0):end]]

    def span(self, start: int, end: int) -> Span:
        """The original span of tokens ``[start, end)``."""
        return self.normalized.span(self.tokens[start].start, self.tokens[end - 1].end)

    def text(self, span: Span) -> str:
        return self.bulletin.text[span.start:span.end]

    def places_in(self, start: int, end: int) -> list[Match]:
        return [m for m in self.matches if m.kind == "place" and start <= m.start < end]

    def actors_in(self, start: int, end: int) -> list[Match]:
        return [m for m in self.matches if m.kind == "actor" and start <= m.start < end]


def starts_unit(tokens: list[Token], i: int) -> bool:
    """True when a clause unit (فيما، في حين، كما، حيث، ارتفع إلى …) starts at token ``i``."""
    if tokens[i].text == "also" and i > 0 and tokens[i - 1].text in _AUXILIARIES:
        return False  # "were also killed": an adverb, not a new clause
    for words in UNIT_STARTS:
        if i + len(words) <= len(tokens) and words[0] in stems(tokens[i].text) and all(
            tokens[i + k].text == w for k, w in enumerate(words[1:], start=1)
        ):
            return True
    return False


def _ranges(n: int, breaks: list[int]) -> list[tuple[int, int]]:
    edges = sorted({0, *breaks, n})
    return [(a, b) for a, b in pairwise(edges) if b > a]


def _adjective(tokens: list[Token], m: Match, gazetteer: Gazetteer) -> bool:
    """A country name right after a victim noun is the adjective (``مدنياً سورياً``), and
    right after a number the nationality noun (``31 سورياً``)."""
    if m.kind != "place" or gazetteer.places[m.key].place_class != "Country" or m.start == 0:
        return False
    return lookup(tokens[m.start - 1].text) is not None or tokens[m.start - 1].is_digit


def analyse(bulletin: Bulletin, gazetteer: Gazetteer) -> Document:
    """Normalise, tokenise and segment ``bulletin``; find its mentions and dates."""
    normalized = normalize(bulletin.text)
    tokens = tokenize(normalized.text)
    orig = [normalized.span(t.start, t.end) for t in tokens]

    def inside(span: Span, s: Span) -> bool:
        return s.start <= span.start < s.end

    skip = bulletin.skip
    in_title = [inside(o, bulletin.title_span) for o in orig]
    allowed = [
        (inside(o, bulletin.title_span) or inside(o, bulletin.body_span))
        and not any(inside(o, s) for s in skip)
        for o in orig
    ]
    title_end = next((i for i, t in enumerate(in_title) if not t and i > 0 and in_title[i - 1]),
                     None)
    breaks = [i + 1 for i, t in enumerate(tokens) if t.text in _SENTENCE_END]
    if title_end is not None:
        breaks.append(title_end)
    sentences = _ranges(len(tokens), breaks)
    unit_breaks = breaks + [i for i in range(len(tokens)) if starts_unit(tokens, i)]
    units = _ranges(len(tokens), unit_breaks)
    sentence_of = [0] * len(tokens)
    for k, (a, b) in enumerate(sentences):
        for i in range(a, b):
            sentence_of[i] = k
    unit_of = [0] * len(tokens)
    for k, (a, b) in enumerate(units):
        for i in range(a, b):
            unit_of[i] = k
    matches = [m for m in find_mentions(tokens, normalized, gazetteer, skip)
               if allowed[m.start] and not _adjective(tokens, m, gazetteer)]
    mentioned: list[MentionedPlace] = []
    if bulletin.lang == "ar":
        matches, mentioned = find_mentioned_places(tokens, normalized, gazetteer, matches, allowed)
        gazetteer = with_places(gazetteer, mentioned)
    published, inferred = bulletin.published, False
    if published is None:
        published = infer_published(tokens)
        inferred = published is not None
    dates = find_dates(tokens, published)
    doc = Document(bulletin, gazetteer, normalized, tokens, allowed, in_title, sentence_of,
                   sentences, unit_of, units, matches, dates, published, inferred,
                   mentioned=mentioned)
    for m in matches:
        for i in range(m.start, m.end):
            doc.match_at[i] = m
    return doc
