"""A child's services ledger from the store: the saved final IEPs in force one after another
(a change mid-year is two), their services, the sessions, and the school-day calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dates import long_date
from ..records import LedgerSession, SavedIep
from .compensatory import CompensatoryRequest, request
from .keydates_link import school_calendar
from .ledger import Ledger, Session
from .ledger_report import Row, Span, Summary, rows, summary
from .plan import InForce, Plan, plan_from
from .record import effective, saved_doc, session_of

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class LedgerView:
    ieps: tuple[tuple[SavedIep, dt.date], ...]  # final IEPs and the day each is in force
    undated: tuple[SavedIep, ...]  # final IEPs with no date at all: left out
    plan: Plan
    ledger: Ledger
    records: tuple[LedgerSession, ...]
    calendar_note: str

    @property
    def sessions(self) -> list[Session]:
        """The sessions the ledger can count (one with no date, written by hand into the
        file, is left out rather than stopping the ledger)."""
        return [session_of(r) for r in self.records if r.date]

    @property
    def start(self) -> dt.date | None:
        """The first day any counted service is in force."""
        return min((p.start for p in self.plan.periods), default=None)

    @property
    def track(self) -> str:
        return self.ieps[-1][0].track if self.ieps else "unknown"

    def summary(self, as_of: dt.date, count_absences: bool = False) -> list[Summary]:
        if self.start is None or as_of < self.start:
            return []
        return summary(self.ledger, self.sessions, self.start, as_of, count_absences)

    def rows(self, as_of: dt.date, span: Span = "week",
             count_absences: bool = False) -> list[Row]:
        if self.start is None or as_of < self.start:
            return []
        return rows(self.ledger, self.sessions, self.start, as_of, span, count_absences)

    def plan_names(self) -> str:
        """"the IEP dated September 14, 2026" (and the earlier one, after a change)."""
        labels = [f"{s.kind} dated {long_date(self._dated(s, day))}" for s, day in self.ieps]
        return "the " + " and the ".join(labels) if labels else "the IEP"

    @staticmethod
    def _dated(saved: SavedIep, effective: dt.date) -> dt.date:
        """The IEP's own date (the day it is in force if it has none)."""
        return dt.date.fromisoformat(saved.iep_date) if saved.iep_date else effective

    def request(self, as_of: dt.date) -> CompensatoryRequest | None:
        """The make-up (compensatory) request for what is short so far, or None."""
        dates = [self._dated(s, day) for s, day in self.ieps if day <= as_of]
        return request(self.plan_names(), self.track, self.summary(as_of), dates)


def ledger_view(store: Store, child_id: str) -> LedgerView:
    dated: list[tuple[SavedIep, dt.date, InForce]] = []
    undated: list[SavedIep] = []
    for saved in store.ieps(child_id):
        if saved.status != "final":
            continue
        services = store.iep_services(child_id, saved.id)
        day = effective(saved, services)
        if day is None:
            undated.append(saved)
        else:
            dated.append((saved, day, InForce(saved_doc(saved, services), day)))
    dated.sort(key=lambda item: item[1])
    calendar, note = school_calendar(store, child_id)
    plan = plan_from([item[2] for item in dated])
    return LedgerView(tuple((s, d) for s, d, _ in dated), tuple(undated), plan,
                      Ledger(plan.periods, calendar), tuple(store.sessions(child_id)), note)
