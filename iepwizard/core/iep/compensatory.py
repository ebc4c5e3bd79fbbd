"""What the letter asking for missed service minutes to be made up (compensatory services) is
filled with: content/letters/compensatory-services-request.md, whose fields these are.

Law: an IEP's services are to be made available "in accordance with the child's IEP" (required
by 34 CFR 300.323(c)(2)); a state that finds a failure to provide services must address it,
"such as" with compensatory services (34 CFR 300.151(b)(1)). For a 504 plan: 34 CFR 104.33
(a free appropriate public education). How many minutes are owed is the ledger's count, not a
federal formula: it is the parent's request, and the school may count differently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from ..dates import long_date
from .ledger_report import Summary
from .model import number
from .textutil import find_dates

IEP_CITATIONS = ("34 CFR 300.323(c)(2)", "34 CFR 300.151(b)(1)")
PLAN_504_CITATIONS = ("34 CFR 104.33",)
LETTER_ID = "compensatory-services-request"


@dataclass(frozen=True)
class CompensatoryRequest:
    plan: str  # "the IEP dated September 14, 2026"
    track: str  # iep or 504
    start: dt.date
    end: dt.date
    services: tuple[Summary, ...]  # only those with a shortfall
    iep_dates: tuple[dt.date, ...] = ()  # the dates of the plans in force (two after a change)

    @property
    def total(self) -> Fraction:
        return sum((s.shortfall for s in self.services), Fraction(0))

    @property
    def citations(self) -> tuple[str, ...]:
        return PLAN_504_CITATIONS if self.track == "504" else IEP_CITATIONS

    def service_lines(self) -> list[str]:
        lines = []
        for s in self.services:
            dates = ", ".join(long_date(d) for d in s.missed_dates) or "none recorded"
            lines.append(f"{s.service}: {number(s.required)} minutes required, {s.delivered} "
                         f"delivered, {number(s.shortfall)} short; sessions not provided on: "
                         f"{dates}" + (f"; {number(s.not_logged)} minutes with no session "
                                       f"recorded" if s.not_logged else ""))
        return lines

    def letter_values(self) -> dict[str, str]:
        """The letter's fields the ledger knows (the profile and the address book fill the
        rest); the period's dates as ISO, as letter drafts keep them (the letter prints them
        long); the plan's dates already long, its field being free text ("both dates if it
        changed"): the dates given, else every date the plan's name states."""
        days = self.iep_dates or tuple(find_dates(self.plan))
        return {"plan": "Section 504 plan" if self.track == "504" else "IEP",
                "iep_date": " and ".join(long_date(d) for d in days),
                "period_start": self.start.isoformat(), "period_end": self.end.isoformat(),
                "missed_services": "\n".join(f"- {line}" for line in self.service_lines()),
                "total_minutes": number(self.total)}


def request(plan: str, track: str, summaries: Sequence[Summary],
            iep_dates: Sequence[dt.date] = ()) -> CompensatoryRequest | None:
    """The request for the services with a shortfall, or None when nothing is owed."""
    short = tuple(s for s in summaries if s.shortfall > 0)
    if not short:
        return None
    return CompensatoryRequest(plan, track, min(s.start for s in short),
                               max(s.end for s in short), short, tuple(iep_dates))
