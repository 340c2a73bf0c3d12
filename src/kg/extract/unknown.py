"""Names the gazetteer does not know: place and actor phrases, and quoted names.

The extractor drops what it cannot match; this module lists it instead, so a curator can
extend ``ontology/gazetteer/*.csv``. Three patterns, each a table below:

- *place*: a feature word (حي، بلدة، مدينة، قرية، منطقة، ريف …) and the one or two words
  after it, when no gazetteer place starts there (``بلدة كفرنبل``);
- *actor*: a group-like head word (حركة، لواء، جيش، فصائل، ميليشيا …) and up to three words
  after it (``الفصائل الموالية لتركيا``), when no gazetteer actor covers it;
- *quoted*: a phrase in quotation marks (“…”, «…», "…") that holds no gazetteer name.

>>> from kg.extract.records import Bulletin, Span
>>> from kg.extract import extract
>>> text = "t\\n\\nاستشهد مواطن في قرية بسنقول"
>>> b = Bulletin("b", text, Span(0, 1), Span(3, len(text)), "doc")
>>> [(k, p) for k, p, _ in extract(b).unknown_names]
[('place', 'قرية بسنقول')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.extract.document import Document
from kg.extract.normalize import norm
from kg.extract.nouns import lookup
from kg.extract.records import Extraction, Span
from kg.extract.tokens import stems

# feature words that introduce a place name (their first letters may be و ب ل ف)
_PLACE_HEADS = frozenset(norm(w) for w in (
    "حي", "حيي", "بلدة", "بلدتي", "مدينة", "مدينتي", "قرية", "قريتي", "منطقة", "ناحية", "مخيم",
    "ريف", "محافظة", "جبل", "سهل", "بادية", "وادي", "تل", "مطار", "معبر",
))
# head words of an armed group's proper name ("حركة نور الدين الزنكي")
_ACTOR_HEADS = frozenset(norm(w) for w in (
    "حركة", "لواء", "ألوية", "كتيبة", "كتائب", "جيش", "جبهة", "فيلق", "تجمع", "هيئة", "تنظيم",
    "سرايا", "حزب", "الحزب", "ميليشيا", "غرفة",
))
# generic heads ("الفصائل انسحبت"): a name only after من / عناصر / مقاتلي / صفوف …
_GENERIC_HEADS = frozenset(norm(w) for w in (
    "فصائل", "الفصائل", "فصيل", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات", "مجموعة",
    "مجموعات", "قوات", "وحدات",
))
_AFFILIATION = frozenset(norm(w) for w in (
    "من", "عناصر", "مقاتلي", "صفوف", "ضمن", "قبل", "عنصر", "مقاتل", "قيادي", "قائد",
))
# words that end a name: prepositions, relatives, verbs of the clause, punctuation
_STOP = frozenset(norm(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "بين", "منذ", "خلال", "جراء", "إثر", "بعد", "قبل",
    "عند", "التي", "الذي", "الذين", "التابعة", "التابع", "الواقعة", "الواقع", "المحاذية", "حيث",
    "وسط", "قرب", "بالقرب", "نحو", "بعد", "أطراف", "محيط", "ما", "كما", "فيما", "في حين", "أن",
    "عدة", "عدد", "المنطقة", "المدينة", "البلدة", "القرية", "الحي", "مناطق", "هذه", "هذا",
    "بينهم", "منهم", "هم", "ضمنهم", "وهم",
))
_GENERIC_AFTER = frozenset(norm(w) for w in (
    "النظام", "الطرفين", "المعارضة", "المقاتلة", "الاسلامية", "العسكرية", "الأمنية", "الخاصة",
    "مشتركة", "كبيرة", "واسعة", "عسكرية", "جديدة", "أخرى", "الشرقية", "الغربية", "الشمالية",
    "الجنوبية", "مقاتلة", "موالية", "الموالية", "العاملة", "المسلحة", "مسلحة",
))
# quoted phrases that name the source, not a place or actor
_NOT_NAMES = frozenset(norm(w) for w in ("المرصد السوري", "المرصد السوري لحقوق الإنسان"))
_QUOTED = re.compile(r"[“«\"]([^”»\"\n]{2,60})[”»\"]")


def _known(doc: Document, j: int) -> bool:
    """Token ``j`` is part of a gazetteer name (a mentioned place is still unknown)."""
    m = doc.match_at.get(j)
    return m is not None and not m.key.startswith("@")


def _is_word(doc: Document, j: int) -> bool:
    t = doc.tokens[j]
    return t.is_word and doc.allowed[j] and t.text not in _STOP and lookup(t.text) is None


def _phrase(doc: Document, head: int, limit: int) -> tuple[int, int] | None:
    """Token range of ``head`` and up to ``limit`` name words after it, or None."""
    j = head + 1
    while j < len(doc.tokens) and j - head <= limit and _is_word(doc, j) and not _known(doc, j):
        if j > head + 1 and doc.tokens[j].text[:1] in "وب":
            break  # "بلدة كفرنبل بريف إدلب", "قرية X وقرية Y": the name ended
        j += 1
    return (head, j) if j > head + 1 else None


def _heads(doc: Document, table: frozenset[str]) -> list[int]:
    return [i for i, t in enumerate(doc.tokens)
            if doc.allowed[i] and not _known(doc, i) and any(s in table for s in stems(t.text))]


def find_unknown_names(doc: Document) -> list[tuple[str, str, Span]]:
    """Place, actor and quoted phrases of ``doc`` that no gazetteer entry matched."""
    out: list[tuple[str, str, Span]] = []
    heads = [("place", i, 2) for i in _heads(doc, _PLACE_HEADS)]
    heads += [("actor", i, 3) for i in _heads(doc, _ACTOR_HEADS)]
    heads += [("actor", i, 3) for i in _heads(doc, _GENERIC_HEADS)
              if i > 0 and doc.tokens[i - 1].text in _AFFILIATION]
    for kind, i, limit in heads:
        found = _phrase(doc, i, limit)
        if found is None:
            continue
        a, b = found
        if kind == "actor" and all(doc.tokens[k].text in _GENERIC_AFTER for k in range(a + 1, b)):
            continue  # "قوات كبيرة", "فصائل مقاتلة": a description, not a name
        span = doc.span(a, b)
        out.append((kind, doc.text(span), span))
    text = doc.bulletin.text
    body = (doc.bulletin.title_span, doc.bulletin.body_span)
    for m in _QUOTED.finditer(text):
        span = Span(m.start(1), m.end(1))
        if norm(m.group(1)) in _NOT_NAMES or not any(s.start <= span.start < s.end for s in body):
            continue
        if any(x.mention.span.start < span.end and span.start < x.mention.span.end
               for x in doc.matches if not x.key.startswith("@")):
            continue  # a known name (or part of one: تنظيم “الدولة الإسلامية”)
        out.append(("quoted", m.group(1).strip(), span))
    out.sort(key=lambda r: r[2].start)
    return out


@dataclass(frozen=True)
class UnknownName:
    """One unknown phrase over many bulletins: how often, and one bulletin to look at."""

    kind: str
    phrase: str
    count: int
    example: str  # id of the first bulletin it occurs in


def tally(extractions: Iterable[Extraction]) -> list[UnknownName]:
    """Unknown names of ``extractions`` counted by (kind, normalised phrase), most frequent first.

    >>> tally([])
    []
    """
    counts: dict[tuple[str, str], list] = {}
    for ex in extractions:
        for kind, phrase, _ in ex.unknown_names:
            row = counts.setdefault((kind, norm(phrase)), [phrase, 0, ex.bulletin.id])
            row[1] += 1
    rows = [UnknownName(kind, phrase, n, example)
            for (kind, _), (phrase, n, example) in counts.items()]
    return sorted(rows, key=lambda r: (-r.count, r.kind, r.phrase))
