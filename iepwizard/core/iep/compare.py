"""Compare last year's IEP with this year's: goals dropped, added, rewritten or repeated;
services up or down with their minutes; accommodations removed or weakened; placement."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from .areas import areas_of
from .benchmark import far_behind
from .matching import jaccard, name_key, name_similarity, pair
from .model import Accommodation, Amount, Goal, IepDoc, Per, Service, number
from .textutil import normal, strip_dates, words
from .weaker import weakened

#: "Specialized academic instruction" serves each of these.
ACADEMIC = frozenset({"reading", "math", "writing"})
KINDS = ("goal-dropped", "goal-added", "goal-rewritten", "goal-repeated", "service-decreased",
         "service-increased", "service-added", "service-dropped", "drop-while-behind",
         "accommodation-removed", "accommodation-weakened", "accommodation-added",
         "placement-changed")


@dataclass(frozen=True)
class Change:
    kind: str
    item: str
    old: Fraction | None = None
    new: Fraction | None = None
    per: str = ""  # week, month, year, or percent
    detail: str = ""

    def line(self) -> str:
        return _LINES[self.kind](self)


def _amount(value: Fraction | None, per: str) -> str:
    return "as needed (no amount stated)" if value is None else \
        f"{number(value)} minutes a {per}"


def _service_line(c: Change) -> str:
    if c.old is None or c.new is None:
        return f"{c.item}: {_amount(c.old, c.per)} -> {_amount(c.new, c.per)}"
    way = "down" if c.new < c.old else "up"
    return (f"{c.item}: {number(c.old)} -> {number(c.new)} minutes a {c.per} "
            f"({way} {number(abs(c.new - c.old))}){c.detail}")


_LINES: dict[str, Callable[[Change], str]] = {
    "goal-dropped": lambda c: f"Last year's {c.item}: gone; ask whether it was met (and where "
                              f"that is shown) or dropped.",
    "goal-added": lambda c: f"{c.item}: a new goal.",
    "goal-rewritten": lambda c: f"{c.item}: rewritten; last year: \"{c.detail}\"",
    "goal-repeated": lambda c: f"{c.item}: the same goal as last year (only the dates changed); "
                               f"ask why it was not met and what will be done differently.",
    "service-decreased": _service_line,
    "service-increased": _service_line,
    "service-added": lambda c: f"{c.item}: a new service, {_amount(c.new, c.per)}.",
    "service-dropped": lambda c: f"{c.item}: dropped (last year {_amount(c.old, c.per)}).",
    "drop-while-behind": lambda c: f"{c.item}: less service while the present levels show the "
                                   f"child still far from the benchmark: \"{c.detail}\"",
    "accommodation-removed": lambda c: f"Accommodation removed: {c.item}.",
    "accommodation-weakened": lambda c: f"Accommodation weakened: {c.item} -> {c.detail}.",
    "accommodation-added": lambda c: f"Accommodation added: {c.item}.",
    "placement-changed": lambda c: f"Time with children without disabilities: {number(c.old or 0)}%"
                                   f" -> {number(c.new or 0)}% of the day.",
}


def _goal_key(goal: Goal) -> str:
    return normal(goal.area)


def _goal_similarity(a: Goal, b: Goal) -> float:
    if areas_of(a.area) and areas_of(a.area) != areas_of(b.area):
        return 0.0
    return jaccard(words(a.statement), words(b.statement))


def _same_goal(a: Goal, b: Goal) -> bool:
    return all(normal(strip_dates(x)) == normal(strip_dates(y)) for x, y in (
        (a.statement, b.statement), (a.criterion, b.criterion), (a.method, b.method)))


def compare_goals(old: IepDoc, new: IepDoc) -> list[Change]:
    pairs, dropped, added = pair(old.goals, new.goals, _goal_key, _goal_similarity, 0.5)
    changes = [Change("goal-repeated" if _same_goal(a, b) else "goal-rewritten", b.name,
                      detail="" if _same_goal(a, b) else a.statement[:200]) for a, b in pairs]
    changes += [Change("goal-added", g.name) for g in added]
    changes += [Change("goal-dropped", g.name) for g in dropped]
    return sorted(changes, key=lambda c: KINDS.index(c.kind))


def _unit(a: Amount | None, b: Amount | None) -> Per:
    units = {x.per for x in (a, b) if x is not None}
    return units.pop() if len(units) == 1 else "week"


def compare_services(old: IepDoc, new: IepDoc) -> list[Change]:
    pairs, dropped, added = pair(old.services, new.services, lambda s: name_key(s.name),
                                 lambda a, b: name_similarity(a.name, b.name), 0.5)
    changes: list[Change] = []
    less: list[Service] = []
    for a, b in pairs:
        per = _unit(a.amount, b.amount)
        was = a.amount.in_unit(per) if a.amount else None
        now = b.amount.in_unit(per) if b.amount else None
        if was == now or (was is None and now is None):
            continue
        down = now is None or (was is not None and now < was)
        changes.append(Change("service-decreased" if down else "service-increased", b.name, was,
                              now, per))
        if down:
            less.append(b)
    for s in added:
        per = s.amount.per if s.amount else "week"
        changes.append(Change("service-added", s.name, None, s.amount.minutes if s.amount
                              else None, per))
    for s in dropped:
        per = s.amount.per if s.amount else "week"
        changes.append(Change("service-dropped", s.name, s.amount.minutes if s.amount else None,
                              None, per))
        less.append(s)
    for s in less:
        for area in sorted(areas_of(s.name) or (ACADEMIC if "academic" in s.name.lower()
                                                else set())):
            if evidence := far_behind(new.present_levels, area):
                changes.append(Change("drop-while-behind", s.name, detail=evidence))
                break
    return changes


def _accommodation_similarity(a: Accommodation, b: Accommodation) -> float:
    wa, wb = words(a.text), words(b.text)
    head_a, head_b = re.findall(r"[a-z]+", a.text.lower())[:2], re.findall(r"[a-z]+",
                                                                             b.text.lower())[:2]
    return max(jaccard(wa, wb), 0.6 if head_a == head_b and len(head_a) == 2 else 0.0)


def compare_accommodations(old: IepDoc, new: IepDoc) -> list[Change]:
    pairs, removed, added = pair(old.accommodations, new.accommodations,
                                 lambda a: normal(a.text), _accommodation_similarity, 0.4)
    changes = [Change("accommodation-weakened", a.text, detail=b.text) for a, b in pairs
               if weakened(a.text, b.text)]
    changes += [Change("accommodation-removed", a.text) for a in removed]
    changes += [Change("accommodation-added", a.text) for a in added]
    return changes


def compare(old: IepDoc, new: IepDoc) -> list[Change]:
    """Every change from `old` (last year's) to `new`, goals first."""
    changes = compare_goals(old, new) + compare_services(old, new)
    changes += compare_accommodations(old, new)
    was = old.placement.percent_with_peers if old.placement else None
    now = new.placement.percent_with_peers if new.placement else None
    if was is not None and now is not None and was != now:
        changes.append(Change("placement-changed", "placement", Fraction(was), Fraction(now),
                              "percent"))
    return changes
