"""Which places a clause ties a count or an operation to: heads, not locators.

In ``مدينة دوما بالغوطة الشرقية في ريف دمشق`` the head is Douma; the places after it only
locate it. Of the heads, those containing another are dropped and several siblings
(``حيي الفردوس وبستان القصر``) also get their common parent.
"""

from __future__ import annotations

from kg.extract.document import Document
from kg.extract.mentioned import LOCATOR_GAP as _LOCATOR_GAP
from kg.extract.normalize import norm
from kg.extract.tokens import stems

# where the wounded were taken, not where they were hit ("نقلوا إلى مشافي مدينة الباب")
_HOSPITALS = frozenset(norm(w) for w in (
    "مشفى", "مشافي", "المشفى", "المشافي", "مستشفى", "مستشفيات", "المستشفى", "hospital",
))


def heads(doc: Document, start: int, end: int) -> list[str]:
    """Places named in ``[start, end)``, without locators (``دوما بالغوطة الشرقية``) and
    without hospitals' towns (``إلى مشافي مدينة الباب``)."""
    found = [m for m in doc.places_in(start, end)
             if not any(set(stems(t.text)) & _HOSPITALS
                        for t in doc.tokens[max(m.start - 2, 0):m.start])]
    out: list[str] = []
    roads: set[str] = set()
    prev_end: int | None = None
    for m in found:
        if _road_end(doc, m.start, prev_end, m.key, out, roads):
            roads.add(m.key)
        locator = False
        if prev_end is not None and out:
            gap = doc.tokens[prev_end:m.start]
            first = doc.tokens[m.start].text
            if len(gap) <= 3 and all(set(stems(t.text)) & _LOCATOR_GAP for t in gap) and \
                    not first.startswith("و") and out[-1] not in roads:
                locator = True
            if m.key in doc.gazetteer.ancestors(out[-1]):
                locator = True
        if not locator and m.key not in out:
            out.append(m.key)
        prev_end = m.end
    scene = [p for p in out if p not in roads]
    return scene if scene else out


# "على طريق دمشق – السويداء قرب بلدة الصورة": a road's ends are not where it happened
_ROADS = frozenset(norm(w) for w in ("طريق", "الطريق", "أوتوستراد", "اوتوستراد", "road",
                                     "highway"))
_DASHES = frozenset(("–", "-", "—"))


def _road_end(doc: Document, start: int, prev_end: int | None, key: str, out: list[str],
              roads: set[str]) -> bool:
    """Whether the place at ``start`` names an end of a road (``طريق X – Y``)."""
    before = doc.tokens[start - 1].text if start > 0 else ""
    if set(stems(before)) & _ROADS or before in _ROADS:
        return True
    return before in _DASHES and prev_end == start - 1 and bool(out) and out[-1] in roads


def most_specific(doc: Document, places: list[str]) -> list[str]:
    """Drop places that contain another one; add the common parent of several siblings."""
    places = list(dict.fromkeys(places))
    keep = [p for p in places
            if not any(p in doc.gazetteer.ancestors(q) for q in places if q != p)]
    if len(keep) > 1:
        common = common_parent(doc, keep)
        if common is not None and doc.gazetteer.places[common].place_class != "Country":
            keep.append(common)
    return keep


def common_parent(doc: Document, places: list[str]) -> str | None:
    chains = [[p, *doc.gazetteer.ancestors(p)] for p in places]
    for candidate in chains[0]:
        if all(candidate in ch for ch in chains[1:]):
            return candidate
    return None
