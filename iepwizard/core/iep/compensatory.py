"""What a letter asking for missed service minutes to be made up (compensatory services) needs,
as data: the lead turns it into a letter template (content/letters/) with these fields.

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

IEP_CITATIONS = ("34 CFR 300.323(c)(2)", "34 CFR 300.151(b)(1)")
PLAN_504_CITATIONS = ("34 CFR 104.33",)
#: Fields the letter takes from the profile and the address book, not from the ledger.
PROFILE_FIELDS = ("parent_name", "parent_email", "recipient_name", "recipient_title",
                  "child_full_name", "school", "response_by")


@dataclass(frozen=True)
class CompensatoryRequest:
    plan: str  # "the IEP dated September 14, 2026"
    track: str  # iep or 504
    start: dt.date
    end: dt.date
    services: tuple[Summary, ...]  # only those with a shortfall

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

    def fields(self) -> dict[str, str]:
        """The ledger's fields for the template, as text."""
        return {"plan": self.plan, "period_start": long_date(self.start),
                "period_end": long_date(self.end), "missed_services": "\n".join(
                    f"- {line}" for line in self.service_lines()),
                "total_minutes": number(self.total), "citations": "; ".join(self.citations)}

    def body(self) -> str:
        """A plain draft of the letter's body, with {placeholders} for the profile's fields."""
        f = self.fields()
        law = ("Services are to be made available in accordance with the IEP (34 CFR "
               "300.323(c)(2)).") if self.track != "504" else (
               "The plan is how the school provides a free appropriate public education under "
               "Section 504 (34 CFR 104.33).")
        return "\n".join([
            "Dear {recipient_name},", "",
            f"I am writing about the services in {f['plan']} for {{child_full_name}}. From "
            f"{f['period_start']} to {f['period_end']}, my records show these services were "
            "not provided as the plan requires:", "", f["missed_services"], "",
            f"In all, {f['total_minutes']} minutes were not provided. {law} I am asking the "
            "school to make up these minutes (compensatory services), and to tell me in writing "
            "by {response_by} when and by whom they will be provided.", "",
            "Please also tell me how missed sessions will be tracked and made up from now on.",
            "", "Sincerely,", "{parent_name}", "{parent_email}"])


def request(plan: str, track: str, summaries: Sequence[Summary]) -> CompensatoryRequest | None:
    """The request for the services with a shortfall, or None when nothing is owed."""
    short = tuple(s for s in summaries if s.shortfall > 0)
    if not short:
        return None
    return CompensatoryRequest(plan, track, min(s.start for s in short),
                               max(s.end for s in short), short)
