"""Plain records produced by extraction: no RDF here, only spans into the bulletin text.

Every offset is a Python ``str`` index into :attr:`Bulletin.text` (code points, end
exclusive), so ``bulletin.text[span.start:span.end] == span_text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CASUALTY_TYPES = ("killed", "wounded", "missing", "captured", "kidnapped")
VICTIM_STATUSES = ("civilian", "combatant", "unknown")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "at_most", "dozens", "hundreds", "several")
PRECISIONS = ("day", "month", "year")
EVENT_KINDS = (
    "battle", "offensive", "counter_attack", "withdrawal", "bombardment", "air_strike",
    "clashes", "foiled_attack", "planned_attack", "assassination", "explosion",
)


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in a bulletin's text."""

    start: int
    end: int

    @property
    def key(self) -> str:
        """The span as ``start-end``: the stable local part of IRIs minted from it."""
        return f"{self.start}-{self.end}"


@dataclass(frozen=True)
class Bulletin:
    """One bulletin as read from a file; ``text`` is what offsets refer to.

    For ``.txt`` files ``text`` is the decoded file (newlines normalised to ``\\n``);
    for ``.jsonl`` it is ``title + "\\n\\n" + body``. ``skip`` lists spans that are page
    furniture (e.g. a line holding only a number) and must not be extracted from.
    """

    id: str
    text: str
    title_span: Span
    body_span: Span
    source: str  # file path (and line for .jsonl), for error messages and provenance
    url: str | None = None
    published: date | None = None
    lang: str = "ar"
    skip: tuple[Span, ...] = ()

    @property
    def title(self) -> str:
        return self.text[self.title_span.start:self.title_span.end]

    @property
    def body(self) -> str:
        return self.text[self.body_span.start:self.body_span.end]


@dataclass(frozen=True)
class Period:
    """A date range with the precision the text gives (``day``, ``month`` or ``year``)."""

    start: date
    end: date
    precision: str = "day"


@dataclass(frozen=True)
class Mention:
    """A gazetteer actor or place found in the text (``key`` is the gazetteer id)."""

    key: str
    kind: str  # "actor" | "place"
    span: Span
    text: str


@dataclass(frozen=True)
class MentionedPlace:
    """A place the text names that the gazetteer lacks, local to the bulletin.

    ``key`` starts with ``@`` (no gazetteer id does); ``label_ar`` is the name as written
    (``span``); ``part_of`` is the gazetteer place the text puts it in, if any.
    """

    key: str
    label_ar: str
    span: Span
    part_of: str | None = None


@dataclass(frozen=True)
class NewActor:
    """An actor the text describes without naming (e.g. a brigade active in Barzeh).

    ``key`` is a slug unique within the bulletin; the IRI minter qualifies it with the
    bulletin id.
    """

    key: str
    actor_class: str  # ontology class local name, e.g. "ArmedGroup", "Militia", "UnnamedActor"
    label_ar: str
    label_en: str
    span: Span
    active_in: tuple[str, ...] = ()  # place keys
    loyal_to: tuple[str, ...] = ()  # actor keys
    member_of: tuple[str, ...] = ()  # actor keys


@dataclass(frozen=True)
class Event:
    """A military operation: who attacked, who defended, where and when."""

    key: str  # span key of ``span``
    kind: str  # one of EVENT_KINDS
    span: Span
    text: str
    attackers: tuple[str, ...] = ()
    defenders: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    period: Period | None = None
    part_of: str | None = None  # key of the enclosing event (e.g. a counter-attack in a battle)
    foiled_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Observation:
    """One stated casualty count, with the sentence that states it."""

    key: str  # span key of ``evidence``; unique within the bulletin
    casualty_type: str  # one of CASUALTY_TYPES
    qualifier: str  # one of QUALIFIERS
    low: int | None
    best: int | None
    high: int | None
    status: str  # one of VICTIM_STATUSES
    evidence: Span
    evidence_text: str
    group: str | None = None  # "children", "women", "officers", ...
    part_of: str | None = None  # key of the parent observation (a sub-count)
    cumulative: bool = False
    in_title: bool = False
    victim_actors: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    period: Period | None = None
    event: str | None = None  # key of the Event this count belongs to


@dataclass(frozen=True)
class ExtractionWarning:
    """Something extraction repaired rather than guessed at (the build reports it, by kind).

    ``kind`` is e.g. ``subcount-larger`` (see :mod:`kg.extract.consistency`); ``message``
    names the bulletin, the evidence quotes and why.
    """

    kind: str
    bulletin: str
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass
class Extraction:
    """Everything extracted from one bulletin."""

    bulletin: Bulletin
    published: date | None = None  # the given date, or the one inferred from the text
    published_inferred: bool = False
    observations: list[Observation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    new_actors: list[NewActor] = field(default_factory=list)
    mentioned_places: list[MentionedPlace] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    # (kind, phrase, span) of place / actor / quoted names the gazetteer did not know, for a
    # curator to extend it (``kg report unknown-names``); kind is "place", "actor" or "quoted"
    unknown_names: list[tuple[str, str, Span]] = field(default_factory=list)
