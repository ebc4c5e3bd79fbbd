"""The ledger's service periods from one or more saved IEPs (a change mid-year is two)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .calendar import ONE_DAY, a_year_on
from .dates_text import iep_label
from .ledger import ServicePeriod
from .matching import name_key, name_similarity
from .model import IepDoc


@dataclass(frozen=True)
class InForce:
    """An IEP and the first day it is in force (its start date, or the date the parent gives)."""

    doc: IepDoc
    effective: dt.date


@dataclass(frozen=True)
class Plan:
    periods: tuple[ServicePeriod, ...]
    #: Services with no stated amount ("as needed"): nothing can be counted for them.
    uncounted: tuple[str, ...]


def _ledger_name(name: str, known: list[str]) -> str:
    """Keep last year's name for the same service, so its sessions stay on one line."""
    for other in known:
        if name_key(other) == name_key(name) or name_similarity(other, name) >= 0.5:
            return other
    return name


def plan_from(ieps: Sequence[InForce]) -> Plan:
    ordered = sorted(ieps, key=lambda i: i.effective)
    periods: list[ServicePeriod] = []
    uncounted: list[str] = []
    names: list[str] = []
    for index, item in enumerate(ordered):
        following = ordered[index + 1].effective if index + 1 < len(ordered) else None
        for service in item.doc.services:
            name = _ledger_name(service.name, names)
            if name not in names:
                names.append(name)
            if service.amount is None:
                uncounted.append(name)
                continue
            start = max(item.effective, service.start_date or item.effective)
            end = service.end_date or item.doc.end_date or a_year_on(item.effective)
            if following is not None:
                end = min(end, following - ONE_DAY)
            if start <= end:
                periods.append(ServicePeriod(name, service.amount, start, end,
                                             iep_label(item.doc, item.effective)))
    return Plan(tuple(periods), tuple(dict.fromkeys(uncounted)))
