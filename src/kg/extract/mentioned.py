"""Places the text names but the gazetteer lacks: bulletin-local *mentioned places*.

The gazetteer will never hold every village. A feature word and the name after it
(``قرية كفرصفرة``, ``لبلدة الكشكية``, ``منطقة خربة الجوز``, ``بادية الرصافة``) is a place
as written: it becomes a place match of its own, keyed ``@<span>``, so the extractor ties
counts to it like to any gazetteer place. Its parent is the gazetteer place that locates it
right after the name (``قرية X بريف إدلب`` → Idlib countryside; ``بناحية جنديرس``). A
countryside word before a gazetteer town (``بادية تدمر``) is a mentioned place too, part of
the town. Labels drop administrative feature words (``بلدة``, ``قرية``, ``حي`` …) and keep
geographic ones (``بادية``, ``جبل``, ``سهل``, ``تل``), as the gold convention writes them.

>>> from kg.extract.records import Bulletin, Span
>>> from kg.extract import extract
>>> text = "t\\n\\nاستشهد مواطن في قرية بسنقول بريف حلب"
>>> b = Bulletin("b", text, Span(0, 1), Span(3, len(text)), "doc")
>>> [(p.label_ar, p.part_of) for p in extract(b).mentioned_places]
[('بسنقول', 'aleppo-countryside')]
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.gazetteer import FEATURE_WORDS, Match
from kg.extract.normalize import Normalized, norm
from kg.extract.nouns import lookup
from kg.extract.records import Mention, MentionedPlace
from kg.extract.tokens import Token, stems
from kg.gazetteer import Gazetteer, PlaceEntry

# administrative feature words: dropped from the label (``قرية كوتانا`` → ``كوتانا``)
_DROPPED_HEADS = frozenset(norm(w) for w in (
    "حي", "بلدة", "مدينة", "قرية", "منطقة", "ناحية", "جزيرة", "محور", "مقبرة",
))
# geographic feature words: part of the name (``بادية الرصافة``, ``جبل البشري``)
_KEPT_HEADS = frozenset(norm(w) for w in (
    "بادية", "جبل", "سهل", "وادي", "تل", "مخيم", "خربة", "مطار", "معبر",
))
# countryside words that make a gazetteer town's surroundings a place (``بادية تدمر``)
_AROUND_HEADS = frozenset(norm(w) for w in ("بادية",))
# first words of two-word names (``أبو حمام``, ``عين البيضا``, ``نهر البارد``)
_COMPOUND_FIRST = frozenset(norm(w) for w in (
    "أبو", "أم", "عين", "تل", "خربة", "نهر", "كفر", "دير", "بيت", "رأس", "جسر", "حديقة",
    "بئر", "مزرعة", "تلة", "سد", "عرب", "قصر", "حوش", "بير", "باب", "خان", "الشيخ", "شيخ",
    "بابا", "بني", "قلعة", "جب", "مرج",
))
# ``هشام بن عبد الملك``: a name that goes on through a patronym
_SON_OF = frozenset(norm(w) for w in ("بن", "ابن"))
_SERVANT = frozenset(norm(w) for w in ("عبد",))
# a direction after a gazetteer region makes a longer region (``ريف إدلب الجنوبي الشرقي``)
_DIRECTIONS = frozenset(norm(w) for w in (
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية",
))
# words that end a name or are no name at all (``منطقة عسكرية``, ``بلدة أخرى``)
_NOT_NAME = frozenset(norm(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "بين", "منذ", "خلال", "جراء", "إثر", "بعد", "قبل",
    "عند", "التي", "الذي", "الذين", "التابعة", "التابع", "الواقعة", "الواقع", "حيث", "وسط",
    "قرب", "بالقرب", "نحو", "أطراف", "محيط", "ما", "كما", "فيما", "أن", "عدة", "عدد", "هذه",
    "هذا", "بينهم", "منهم", "هم", "أخرى", "آخر", "واحدة", "عسكرية", "حدودية", "مجاورة",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "سكنية", "صناعية",
    "العسكرية", "الحدودية", "الصناعية", "السكنية", "الشرقية", "الغربية", "الشمالية",
    "الجنوبية", "المجاورة", "المذكورة", "نفسها", "ذاتها", "جماعية", "الحياة",
    "القريبة", "القريب", "البعيدة", "المحاذية", "المحيطة", "المحاصرة", "المنكوبة",
))
# words between a name and the gazetteer place that locates it
LOCATOR_GAP = frozenset(norm(w) for w in (
    "في", "التابعة", "الواقعة", "الواقع", "شمال", "جنوب", "شرق", "غرب", "شمالي",
    "جنوبي", "شرقي", "غربي", "قرب", "بالقرب", "أطراف", "الأطراف", "محيط", "لناحية", "الواقعين",
    "الشرقية", "الغربية", "الشمالية", "الجنوبية", "ريف", "in", "of", "near",
))


def _head(token: Token) -> tuple[str, int] | None:
    """The feature word ``token`` holds and the length of its prefix (``لبلدة`` → 1)."""
    t = token.text
    # two-letter heads keep their preposition in stems(): "بحي الزهور", "وبتل …"
    short = t.removeprefix("و").removeprefix("ف")
    forms = (*stems(t), short[1:]) if short[:1] in "بل" and len(short) == 3 else stems(t)
    for s in forms:
        if s in _DROPPED_HEADS or s in _KEPT_HEADS:
            return s, len(t) - len(s)
    return None


def _name_word(tokens: list[Token], allowed: list[bool], taken: set[int], j: int) -> bool:
    if j >= len(tokens) or not allowed[j] or j in taken:
        return False
    t = tokens[j].text
    return t.isalpha() and t not in _NOT_NAME and lookup(t) is None and not t.isascii()


def _adjective(word: str) -> bool:
    """A relational adjective (``الحدودية``, ``العسكري``): describes, does not name."""
    return word.startswith("ال") and (word.endswith("يه") or word.endswith("ي"))


def _name_end(tokens: list[Token], allowed: list[bool], taken: set[int], j: int) -> int:
    """End of the name starting at ``j`` (``j`` itself when there is none)."""
    if not _name_word(tokens, allowed, taken, j):
        return j
    first = tokens[j].text
    nxt = j + 1
    if nxt + 1 < len(tokens) and tokens[nxt].text in _SON_OF and \
            _name_word(tokens, allowed, taken, nxt + 1):
        last = nxt + 2 if tokens[nxt + 1].text in _SERVANT else nxt + 1
        return last + 1 if _name_word(tokens, allowed, taken, last) else nxt + 2
    if _name_word(tokens, allowed, taken, nxt) and not tokens[nxt].text.startswith("و") and (
            first in _COMPOUND_FIRST or
            (tokens[nxt].text.startswith("ال") and not _adjective(tokens[nxt].text))):
        return nxt + 1
    return nxt


def _genitive(tokens: list[Token], at: dict[int, Match], end: int) -> bool:
    """A gazetteer place right after the name, with no preposition: the name is its part
    (``محور تلال الكبينة``), not a place of its own."""
    m = at.get(end)
    return m is not None and m.start == end and tokens[end].text[:1] not in "بلوف"


def _parent(tokens: list[Token], at: dict[int, Match], end: int) -> str | None:
    """The gazetteer place right after a name (``… بريف إدلب``, ``… في ناحية جنديرس``)."""
    for k in range(end, min(end + 3, len(tokens))):
        m = at.get(k)
        if m is not None and m.start == k:
            return m.key if m.kind == "place" else None
        if not set(stems(tokens[k].text)) & (LOCATOR_GAP | FEATURE_WORDS):
            return None
    return None


def find_mentioned_places(tokens: list[Token], normalized: Normalized, gazetteer: Gazetteer,
                          matches: list[Match], allowed: list[bool],
                          ) -> tuple[list[Match], list[MentionedPlace]]:
    """``matches`` with the mentioned places added (in text order), and those places."""
    at = {i: m for m in matches for i in range(m.start, m.end)}
    taken = set(at)
    found: list[Match] = []
    places: dict[str, MentionedPlace] = {}
    by_name: dict[str, str] = {}
    original = normalized.original
    dropped: set[int] = set()
    for i, t in enumerate(tokens):
        if not allowed[i] or i in taken:
            continue
        head = _head(t)
        if head is None or (i + 1 < len(tokens) and _head(tokens[i + 1]) is not None):
            continue  # "محور قرية الزيارة": the inner feature word heads the name
        word, prefix = head
        g = at.get(i + 1)
        if word in _AROUND_HEADS and g is not None and g.kind == "place" and g.start == i + 1 and \
                gazetteer.places[g.key].place_class not in ("Country", "Governorate", "Region"):
            end, parent = g.end, g.key  # "بادية تدمر": the town's surroundings
            dropped.add(id(g))
        else:
            end = _name_end(tokens, allowed, taken, i + 1)
            if end == i + 1 or _genitive(tokens, at, end):
                continue
            parent = _parent(tokens, at, end)
        first = i if word in _KEPT_HEADS else i + 1
        label_span = normalized.span(tokens[first].start + (prefix if first == i else 0),
                                     tokens[end - 1].end)
        label = original[label_span.start:label_span.end]
        key = by_name.setdefault(norm(label), "@" + label_span.key)
        if key not in places or (places[key].part_of is None and parent is not None):
            # the first mention keeps its span; any mention may say where it lies
            places[key] = MentionedPlace(key, label, places[key].span if key in places
                                         else label_span, parent)
        span = normalized.span(t.start, tokens[end - 1].end)
        found.append(Match(key, "place", i, end, Mention(key, "place", span, original[
            span.start:span.end])))
        taken.update(range(i, end))
    found += _longer_regions(tokens, normalized, gazetteer, matches, allowed, taken, places,
                             dropped)
    if not found:
        return matches, []
    merged = sorted([m for m in matches if id(m) not in dropped] + found, key=lambda m: m.start)
    return merged, list(places.values())


def _longer_regions(tokens: list[Token], normalized: Normalized, gazetteer: Gazetteer,
                    matches: list[Match], allowed: list[bool], taken: set[int],
                    places: dict[str, MentionedPlace], dropped: set[int]) -> list[Match]:
    """``ريف إدلب الجنوبي الشرقي``: a gazetteer region and a direction after it name a
    part of that region, kept as written (its parent the region)."""
    found: list[Match] = []
    for m in matches:
        end = m.end
        if m.kind != "place" or gazetteer.places[m.key].place_class != "Region" or \
                end >= len(tokens) or not allowed[end] or end in taken or \
                tokens[end].text not in _DIRECTIONS:
            continue
        t = tokens[m.start]
        prefix = next((len(t.text) - len(x) for x in stems(t.text) if x.startswith(
            norm(gazetteer.places[m.key].label_ar).split()[0])), 0)
        label_span = normalized.span(t.start + prefix, tokens[end].end)
        label = normalized.original[label_span.start:label_span.end]
        key = "@" + label_span.key
        places.setdefault(key, MentionedPlace(key, label, label_span, m.key))
        span = normalized.span(t.start, tokens[end].end)
        found.append(Match(key, "place", m.start, end + 1, Mention(
            key, "place", span, normalized.original[span.start:span.end])))
        dropped.add(id(m))
        taken.add(end)
    return found


def with_places(gazetteer: Gazetteer, places: list[MentionedPlace]) -> Gazetteer:
    """``gazetteer`` plus ``places`` as entries (class ``MentionedPlace``), for one bulletin."""
    if not places:
        return gazetteer
    local = {p.key: PlaceEntry(p.key, "MentionedPlace", p.label_ar, "", parent=p.part_of)
             for p in places}
    return replace(gazetteer, places={**gazetteer.places, **local})

