"""Rule-based, offline extraction: a bulletin in, plain records (no RDF) out.

>>> from kg.extract.records import Bulletin, Span
>>> text = "مقتل 3 عناصر من قوات النظام"
>>> b = Bulletin("b1", text, Span(0, len(text)), Span(len(text), len(text)), "doc")
>>> [(o.casualty_type, o.best, o.status) for o in extract(b).observations]
[('killed', 3, 'combatant')]
"""

from __future__ import annotations

from kg.extract.casualties import extract_observations
from kg.extract.consistency import check_links
from kg.extract.document import analyse
from kg.extract.events import find_events, find_new_actors
from kg.extract.records import Bulletin, Extraction
from kg.extract.unknown import find_unknown_names
from kg.gazetteer import Gazetteer, load_gazetteer

__all__ = ["extract"]


def extract(bulletin: Bulletin, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract observations, operations, mentions and unnamed actors from ``bulletin``."""
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    doc = analyse(bulletin, gazetteer)
    new_actors = find_new_actors(doc)
    events = find_events(doc, new_actors)
    observations, warnings = check_links(bulletin.id, extract_observations(doc, events))
    return Extraction(
        bulletin=bulletin, published=doc.published, published_inferred=doc.published_inferred,
        observations=observations, events=events,
        mentions=[m.mention for m in doc.matches], new_actors=new_actors,
        mentioned_places=doc.mentioned, warnings=warnings,
        unknown_names=find_unknown_names(doc),
    )
