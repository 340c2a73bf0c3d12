"""Military operations → :class:`Event` records; unnamed actors → :class:`NewActor` records.

A trigger word (tables below) opens an operation of its kind, once per sentence. Its
attackers are the actors after ``من قبل`` / right after the trigger, else the clause's
subject; ``بين A من جهة، وB من جهة أخرى`` gives the two sides, the one without the attackers
defending. A battle takes the roles of the offensive that started it (``بدأت بهجوم …``) and
the other operations of the bulletin are part of it. Unnamed groups described by where they
are active (``لواءاً مقاتلاً ينشط في حي برزة``) become :class:`NewActor` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from kg.extract.document import Document
from kg.extract.normalize import norm
from kg.extract.numbers import match_phrase
from kg.extract.places import heads, most_specific
from kg.extract.records import Event, NewActor, Period

TRIGGERS = {norm(k): v for k, v in {
    "هجمات معاكسة": "counter_attack", "هجوم معاكس": "counter_attack",
    "هجوما معاكسا": "counter_attack", "counter attack": "counter_attack",
    "فشل هجوم": "foiled_attack", "إفشال": "foiled_attack", "إحباط": "foiled_attack",
    "foiled": "foiled_attack",
    "معركة": "battle", "المعركة": "battle", "المعارك": "battle", "معارك": "battle",
    "battle": "battle",
    "هجوم": "offensive", "الهجوم": "offensive", "attack": "offensive",
    "offensive": "offensive",
    "انسحبت": "withdrawal", "انسحاب": "withdrawal", "تنسحب": "withdrawal",
    "انسحب": "withdrawal", "withdrew": "withdrawal", "withdrawal": "withdrawal",
    "قصف": "bombardment", "القصف": "bombardment", "shelling": "bombardment",
    "غارات": "air_strike", "الغارات": "air_strike", "غارة": "air_strike",
    "الضربات الجوية": "air_strike", "ضربات جوية": "air_strike", "raids": "air_strike",
    "airstrikes": "air_strike",
    "اشتباكات": "clashes", "الاشتباكات": "clashes", "clashes": "clashes",
    "اغتيال": "assassination", "انفجار": "explosion", "تفجير": "explosion",
}.items()}
_TRIGGER_PHRASES = sorted(((tuple(k.split()), v) for k, v in TRIGGERS.items()),
                          key=lambda r: -len(r[0]))
_BY = tuple(tuple(norm(w).split()) for w in ("من قبل", "by"))
_SIDE_END = tuple(tuple(norm(w).split()) for w in ("من جهة أخرى", "من جانب آخر", "من جهة",
                                                   "من جانب"))
_PARTICIPANT_KINDS = frozenset({"withdrawal", "clashes"})
# kinds whose actor may be the subject before the trigger ("تعاود قوات النظام … بهجمات")
_SUBJECT_KINDS = frozenset({"withdrawal", "counter_attack", "offensive", "foiled_attack"})
_ANAPHORA = frozenset(norm(w) for w in ("هذا", "هذه", "ذلك", "تلك", "this", "that"))
_PART_OF_BATTLE = frozenset({"offensive", "counter_attack", "withdrawal", "clashes",
                             "bombardment", "air_strike"})
_UNNAMED_HEADS = {norm(k): v for k, v in {
    "لواء": "brigade", "لواءا": "brigade", "اللواء": "brigade", "كتيبة": "battalion",
    "فصيل": "faction", "فصيلا": "faction", "مجموعة": "group", "مجموعات": "group",
}.items()}
_UNNAMED_ADJ = frozenset(norm(w) for w in ("مقاتل", "مقاتلا", "مسلح", "مسلحا", "محلي", "محليا",
                                           "المقاتل"))
_ACTIVE = frozenset(norm(w) for w in ("ينشط", "يعمل", "العامل", "الناشط", "تنشط", "تعمل",
                                      "العاملة"))


@dataclass
class _Trigger:
    kind: str
    start: int
    end: int
    attackers: list[str] = field(default_factory=list)
    defenders: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)


def _actors_run(doc: Document, j: int) -> tuple[list[str], int]:
    """Actors named from token ``j`` on, joined by و or من (``الفصائل من هيئة … وفيلق …``)."""
    out: list[str] = []
    while j in doc.match_at and doc.match_at[j].kind == "actor":
        m = doc.match_at[j]
        if m.key not in out:
            out.append(m.key)
        j = m.end
        if j < len(doc.tokens) and doc.tokens[j].text in ("من", "،") and j + 1 in doc.match_at:
            j += 1
    return out, j


def _drop_coalitions(doc: Document, actors: list[str]) -> list[str]:
    """A coalition named with its members stands for them (keep the members)."""
    members = {a: doc.gazetteer.actors[a].member_of for a in actors}
    return [a for a in actors if not any(a in m for m in members.values())]


def _sides(doc: Document, lo: int, hi: int) -> list[list[str]]:
    """The two sides of ``بين A من جهة، وB من جهة أخرى`` (or ``between A and B``)."""
    sides: list[list[str]] = []
    current: list[str] = []
    j = lo
    started = False
    while j < hi:
        if doc.tokens[j].text in (norm("بين"), "between"):
            started, current = True, []
        elif started and match_phrase(doc.tokens, j, [(w, "x") for w in _SIDE_END]):
            sides.append(current)
            current = []
            if len(sides) == 2:
                break
        elif started and j in doc.match_at and doc.match_at[j].kind == "actor":
            if doc.match_at[j].key not in current:
                current.append(doc.match_at[j].key)
            j = doc.match_at[j].end
            continue
        j += 1
    return sides


def _subject(doc: Document, lo: int, hi: int) -> list[str]:
    """The actors named last before ``hi`` (a و-joined run), e.g. the subject of a verb."""
    before = doc.actors_in(lo, hi)
    if not before:
        return []
    run = [before[-1]]
    for m in reversed(before[:-1]):
        if run[0].start - m.end <= 1:
            run.insert(0, m)
        else:
            break
    return _drop_coalitions(doc, list(dict.fromkeys(m.key for m in run)))


def _roles(doc: Document, t: _Trigger) -> None:
    _, b = doc.sentences[doc.sentence_of[t.start]]
    unit_lo = doc.units[doc.unit_of[t.start]][0]
    j = t.end
    while j < min(b, t.end + 4) and j not in doc.match_at:
        by = match_phrase(doc.tokens, j, [(w, "by") for w in _BY])
        if by is not None:
            j = by[1]
            break
        j += 1
    actors, _ = _actors_run(doc, j)
    if not actors and t.kind in _SUBJECT_KINDS:
        actors = _subject(doc, max(unit_lo, t.start - 12), t.start)
    actors = _drop_coalitions(doc, actors)
    if t.kind in _PARTICIPANT_KINDS:
        t.participants = actors
    else:
        t.attackers = actors
    sides = _sides(doc, t.start, b)
    if len(sides) == 2:
        other = [s for s in sides if not set(s) & set(actors)]
        t.defenders = other[-1] if other else []
        if t.kind in _PARTICIPANT_KINDS:
            t.participants = _drop_coalitions(doc, sides[0] + sides[1]) or t.participants


def _period_after(doc: Document, t: _Trigger) -> Period | None:
    a, b = doc.sentences[doc.sentence_of[t.start]]
    for d in doc.dates:
        if a <= d.start < b and d.period is not None and d.period.precision != "year":
            return d.period
    return None


def find_new_actors(doc: Document) -> list[NewActor]:
    """Unnamed groups described by where they are active (``لواءاً مقاتلاً ينشط في حي برزة``)."""
    out: list[NewActor] = []
    toks = doc.tokens
    for i, t in enumerate(toks):
        head = _UNNAMED_HEADS.get(t.text)
        if head is None or not doc.allowed[i] or t.text.startswith("ال"):
            continue
        j = i + 1
        while j < len(toks) and toks[j].text in _UNNAMED_ADJ:
            j += 1
        if j >= len(toks) or toks[j].text not in _ACTIVE:
            continue
        k = j + 1 + (toks[j + 1].text in ("في", "ب") if j + 1 < len(toks) else 0)
        place = doc.match_at.get(k)
        if place is None or place.kind != "place":
            continue
        span = doc.span(i, place.end)
        entry = doc.gazetteer.places[place.key]
        key = f"{head}-active-in-{place.key}"
        if any(n.key == key for n in out):
            continue
        out.append(NewActor(
            key=key, actor_class="UnnamedActor", label_ar=doc.text(span),
            label_en=f"{head.capitalize()} active in {entry.label_en}", span=span,
            active_in=(place.key,),
        ))
    return out


def find_events(doc: Document, new_actors: list[NewActor]) -> list[Event]:
    """Operations in the body, one per kind and sentence, with roles, places and dates."""
    triggers: list[_Trigger] = []
    seen: set[tuple[int, str]] = set()
    i = 0
    while i < len(doc.tokens):
        hit = match_phrase(doc.tokens, i, _TRIGGER_PHRASES) if doc.allowed[i] and \
            not doc.in_title[i] else None
        if hit is None:
            i += 1
            continue
        kind, end = hit
        key = (doc.sentence_of[i], kind)
        anaphoric = i > 0 and doc.tokens[i - 1].text in _ANAPHORA and \
            any(t.kind == kind for t in triggers)  # "هذا الهجوم": one already found
        if key not in seen and not anaphoric:
            seen.add(key)
            triggers.append(_Trigger(kind, i, end))
        i = end
    foiled = {doc.sentence_of[t.start] for t in triggers if t.kind == "foiled_attack"}
    # an attack named in the sentence of a foiled one is that same (planned) attack
    triggers = [t for t in triggers
                if not (t.kind == "offensive" and doc.sentence_of[t.start] in foiled)]
    for t in triggers:
        _roles(doc, t)
    events: list[Event] = []
    battle: Event | None = None
    for t in triggers:
        span = doc.span(t.start, t.end)
        a, b = doc.units[doc.unit_of[t.start]]
        places = most_specific(doc, heads(doc, t.start, min(b, t.end + 15))) or \
            most_specific(doc, heads(doc, a, b))
        period = _period_after(doc, t)
        attackers, defenders = t.attackers, t.defenders
        if t.kind == "battle":
            offensive = next((o for o in triggers if o.kind == "offensive"
                              and doc.sentence_of[o.start] == doc.sentence_of[t.start]), None)
            if offensive is not None:
                attackers = offensive.attackers or attackers
                defenders = offensive.defenders or defenders
            if battle is not None:
                continue
            period = _battle_period(period, doc.published)
        foiled_by: tuple[str, ...] = ()
        if t.kind == "foiled_attack":
            sa, sb = doc.sentences[doc.sentence_of[t.start]]
            foiled_by = tuple(n.key for n in new_actors if sa <= doc.normalized.index(
                n.span.start) and doc.normalized.index(n.span.start) < doc.tokens[sb - 1].end)
            attackers, defenders = _foiled_roles(doc, sa, sb)
            places = most_specific(doc, heads(doc, t.start, min(sb, t.end + 12)))
        event = Event(
            key=span.key, kind=t.kind, span=span, text=doc.text(span),
            attackers=tuple(attackers), defenders=tuple(defenders),
            participants=tuple(t.participants), places=tuple(places), period=period,
            foiled_by=foiled_by,
        )
        if t.kind == "battle":
            battle = event
        events.append(event)
    if battle is not None:
        events = [_within(e, battle) for e in events]
    return events


def _battle_period(start: Period | None, published: date | None) -> Period | None:
    if start is None:
        return None
    if published is not None and published > start.start:
        return Period(start.start, published, "day" if start.precision == "day" else "month")
    return start


def _within(e: Event, battle: Event) -> Event:
    if e is battle or e.kind not in _PART_OF_BATTLE:
        return e
    if e.period is not None and battle.period is not None and \
            e.period.end < battle.period.start:
        return e
    defenders = e.defenders
    if e.kind == "counter_attack" and not defenders:
        defenders = battle.attackers
    return replace(e, part_of=battle.key, defenders=defenders)


def _foiled_roles(doc: Document, lo: int, hi: int) -> tuple[list[str], list[str]]:
    """Who planned a foiled attack (the armed groups named) and whom it targeted (the state)."""
    attackers: list[str] = []
    defenders: list[str] = []
    for m in doc.actors_in(lo, hi):
        actor = doc.gazetteer.actors[m.key]
        state_side = actor.actor_class == "StateForce" or actor.loyal_to
        target = defenders if state_side else attackers
        if m.key not in target:
            target.append(m.key)
    return _drop_coalitions(doc, attackers), defenders
