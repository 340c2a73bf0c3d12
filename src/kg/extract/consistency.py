"""A last pass over one bulletin's observations: drop sub-count links that cannot be right.

One wrong "among them" link (a part larger than its total) used to make SHACL reject the
whole bulletin. This pass drops such a link instead, keeps both observations, and records an
:class:`ExtractionWarning` naming the bulletin, the evidence quotes and the reason. SHACL's
``kg-shape:SubCountShape`` stays the guard; after this pass it has nothing to find.

A link is dropped when (checked in this order):

=================  ==============================================================
kind               the link …
=================  ==============================================================
subcount-dangling  points to no observation of the bulletin
subcount-type      joins two casualty types (a death cannot be among the wounded)
subcount-larger    has a part larger than its total: best > best, low > high, or
                   low > low unless the total is vague (the SHACL comparisons)
subcount-cycle     closes a cycle (the earliest count in the cycle loses its link)
subcount-sum       is one of the exact parts of an exact total whose exact parts sum
                   to more than it; the last parts listed lose their links until the
                   rest fit. Family counts (``من عائلة واحدة``) cut across the other
                   groups and are left out of the sum; parts by age or sex (children,
                   women, men, elderly) and the other parts are summed apart.
=================  ==============================================================
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.records import ExtractionWarning, Observation

_VAGUE = frozenset(("several", "dozens", "hundreds"))
_OVERLAPPING_GROUPS = frozenset(("family",))  # may hold children, women and men alike
# parts by age and sex cut across parts by side or cause ("382 مدنياً بينهم 97 طفلاً …،
# ومن بينهم 209 قضوا بالقصف"): each kind of breakdown must fit the total on its own
DEMOGRAPHIC_GROUPS = frozenset(("children", "women", "men", "elderly"))


def breakdown_kind(group: str | None) -> bool:
    """True for a part by age or sex, False for any other part."""
    return group in DEMOGRAPHIC_GROUPS


def _larger(part: Observation, total: Observation) -> str | None:
    """Why ``part`` cannot be inside ``total`` by its bounds, or None."""
    if part.best is not None and total.best is not None and part.best > total.best:
        return f"its count {part.best} is larger than the total's {total.best}"
    if part.low is not None and total.high is not None and part.low > total.high:
        return f"its lowest count {part.low} is above the total's highest {total.high}"
    if part.low is not None and total.low is not None and part.low > total.low and \
            total.qualifier not in _VAGUE:
        return f"its lowest count {part.low} is above the total's lowest {total.low}"
    return None


def _in_cycle(key: str, parent: dict[str, str | None]) -> bool:
    seen = {key}
    step = parent.get(key)
    while step is not None:
        if step in seen:
            return step == key
        seen.add(step)
        step = parent.get(step)
    return False


def check_links(bulletin_id: str, observations: list[Observation]
                ) -> tuple[list[Observation], list[ExtractionWarning]]:
    """``observations`` with every impossible ``part_of`` link dropped, and one warning per
    dropped link (see the module docstring)."""
    by_key = {o.key: o for o in observations}
    parent: dict[str, str | None] = {o.key: o.part_of for o in observations}
    warnings: list[ExtractionWarning] = []

    def drop(o: Observation, kind: str, why: str) -> None:
        total = by_key.get(parent[o.key] or "")
        whole = f" from its total «{total.evidence_text}»" if total is not None else ""
        warnings.append(ExtractionWarning(
            kind, bulletin_id, f"bulletin {bulletin_id}: sub-count «{o.evidence_text}» "
            f"unlinked{whole}: {why}"))
        parent[o.key] = None

    for o in observations:
        if o.part_of is None:
            continue
        total = by_key.get(o.part_of)
        if total is None:
            drop(o, "subcount-dangling", f"its total {o.part_of} is not in the bulletin")
        elif total.casualty_type != o.casualty_type:
            drop(o, "subcount-type", f"it counts {o.casualty_type}, its total "
                 f"{total.casualty_type}")
        elif (why := _larger(o, total)) is not None:
            drop(o, "subcount-larger", why)
    for o in observations:
        if parent[o.key] is not None and _in_cycle(o.key, parent):
            drop(o, "subcount-cycle", "the link closes a cycle of sub-counts")
    for total in observations:
        if total.qualifier != "exact" or total.best is None:
            continue
        for kind in (True, False):
            parts = [o for o in observations if parent[o.key] == total.key and
                     o.qualifier == "exact" and o.best is not None and
                     o.group not in _OVERLAPPING_GROUPS and breakdown_kind(o.group) == kind]
            room = total.best
            while parts and sum(p.best or 0 for p in parts) > room:
                last = parts.pop()
                drop(last, "subcount-sum", f"the exact parts of {room} add up to "
                     f"{sum(p.best or 0 for p in parts) + (last.best or 0)}")
    if not warnings:
        return observations, warnings
    return [o if parent[o.key] == o.part_of else replace(o, part_of=parent[o.key])
            for o in observations], warnings
