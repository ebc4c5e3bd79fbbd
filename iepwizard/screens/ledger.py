"""The services ledger: from the saved final IEP's services, the sessions delivered or missed,
required against delivered by service, week or month with the running shortfall, and the
letter asking for missed minutes to be made up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from .. import keys
from ..core.dates import long_date
from ..core.iep.compensatory import LETTER_ID
from ..core.iep.keydates_link import school_calendar
from ..core.iep.ledger_view import LedgerView, ledger_view
from ..core.records import LedgerSession
from ..core.records.ieps import SESSION_WORDS
from ..core.safe_text import visible
from ..core.store import Store
from ..core.wording import plural
from ..widgets.footer import Footer
from ..widgets.header import Header
from ..widgets.ledger_table import LedgerTable
from ..widgets.session_form import SessionForm

GLYPHS = {"delivered": "✓", "not-provided": "✗", "child-absent": "○"}
SPANS = ("total", "week", "month")
SPAN_WORDS = {"total": "in all", "week": "by week", "month": "by month"}
#: Sessions listed (newest first); the ledger counts them all.
LISTED = 500


#: The actions of the table, which there is only once a final IEP is saved.
_TABLE_ACTIONS = frozenset({"toggle_span", "toggle_absences", "letter"})


class LedgerScreen(Screen[None]):
    CSS_PATH = "ledger.tcss"
    BINDINGS = keys.bindings(keys.LEDGER)
    AUTO_FOCUS = "#session-date"

    view: var[LedgerView | None] = var(None)
    """The ledger as the store holds it (rebuilt after each change)."""
    span: var[str] = var("total")
    """The table: per service in all, by week or by month."""
    count_absences: var[bool] = var(False)
    """Whether minutes missed while the child was absent count as owed."""
    services: var[tuple[str, ...]] = var(())
    """The services a session can be recorded for."""

    def __init__(self, store: Store, child_id: str,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.store, self.child_id = store, child_id
        child = store.child(child_id)
        self.child_name = child.name if child else "your child"
        self.as_of = today()
        self.calendar, self.calendar_note = school_calendar(store, child_id)
        self._deleted: LedgerSession | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="ledger-status", markup=False)
        yield LedgerTable(id="ledger-table", zebra_stripes=True, cursor_type="row")
        yield OptionList(id="ledger-sessions")
        yield SessionForm(self.as_of, lambda day: self.calendar.add_school_days(day, 1),
                          id="ledger-form").data_bind(services=LedgerScreen.services)
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"Services ledger: {self.child_name}"
        self.query_one("#ledger-sessions", OptionList).border_title = "Sessions (newest first)"
        self.reload()

    def reload(self) -> None:
        view = ledger_view(self.store, self.child_id)
        self.services = tuple(view.ledger.services) + tuple(
            s for s in view.plan.uncounted if s not in view.ledger.services)
        self.view = view

    def watch_view(self) -> None:
        self._fill()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The table's keys (week/month, absences, the letter) only once a final IEP is saved:
        before, there is no table (the footer offered keys that did nothing)."""
        if action in _TABLE_ACTIONS:
            return self.view is not None and bool(self.view.ieps)
        return True

    def watch_span(self) -> None:
        self._fill()

    def watch_count_absences(self) -> None:
        self._fill()

    def _fill(self) -> None:
        view = self.view
        if view is None:
            return
        has_plan = bool(view.ieps)
        self.set_class(not has_plan, "-empty")
        status = self.query_one("#ledger-status", Static)
        if not has_plan:
            status.update(f"No final IEP is saved for {self.child_name} yet: review it (r on "
                          f"the guide) and save it as final; its services start the ledger.")
        else:
            absent = "counted as owed" if self.count_absences else "shown, not counted"
            status.update(f"Minutes required by {view.plan_names()}, {SPAN_WORDS[self.span]}, "
                          f"up to {long_date(self.as_of)}. Child absent: {absent} (ctrl+b)."
                          + (" No school breaks entered (k)." if self.calendar_note else ""))
        self.query_one(LedgerTable).show(view, self.as_of, self.span, self.count_absences)
        self._list(view)

    def _list(self, view: LedgerView) -> None:
        listing = self.query_one("#ledger-sessions", OptionList)
        listing.clear_options()
        for session in list(reversed(view.records))[:LISTED]:
            note = f" ({visible(session.note, 200)})" if session.note else ""
            listing.add_option(Option(Text.assemble(
                (f"{session.date} {GLYPHS[session.status]} {SESSION_WORDS[session.status]}",
                 "bold"), f"  {visible(session.service, 200)}: {session.minutes} min{note}"),
                id=session.id))
        if not view.records:
            listing.add_option(Option(
                "No sessions yet: add them below (Enter adds one)." if view.ieps else
                "No sessions yet: the form to add them comes once a final IEP is saved.",
                disabled=True))

    # -- adding, deleting ---------------------------------------------------------------------
    @on(SessionForm.Add)
    def _add(self, event: SessionForm.Add) -> None:
        self.store.add_session(self.child_id, event.date, event.service, event.minutes,
                               event.status, event.note)
        self.reload()
        periods = [p for p in (self.view.plan.periods if self.view else ())
                   if p.service == event.service]
        day = dt.date.fromisoformat(event.date)
        if periods and not any(p.start <= day <= p.end for p in periods):
            # (kept, as entered: the table counts only the days the IEP's services run)
            first, last = min(p.start for p in periods), max(p.end for p in periods)
            self.notify(f"Kept, but not counted: {long_date(day)} is outside the days "
                        f"{event.service} runs under the IEP ({long_date(first)} to "
                        f"{long_date(last)}).", title="Session outside the services",
                        severity="warning", markup=False)

    def action_delete(self) -> None:
        listing = self.query_one("#ledger-sessions", OptionList)
        if not listing.has_focus or listing.highlighted is None:
            return
        wanted = listing.get_option_at_index(listing.highlighted).id
        session = next((s for s in self.store.sessions(self.child_id) if s.id == wanted), None)
        if session is None:
            return
        self.store.delete_session(self.child_id, session.id)
        self._deleted = session
        self.notify(f"Session of {session.date} deleted. ctrl+z brings it back.", markup=False)
        self.reload()

    def action_undo(self) -> None:
        session, self._deleted = self._deleted, None
        if session is not None:
            self.store.restore_session(self.child_id, session)
            self.reload()

    # -- the view -----------------------------------------------------------------------------
    def action_toggle_span(self) -> None:
        self.span = SPANS[(SPANS.index(self.span) + 1) % len(SPANS)]

    def action_toggle_absences(self) -> None:
        self.count_absences = not self.count_absences

    async def action_letter(self) -> None:
        """Fill the make-up services letter from the ledger, and open it."""
        view = self.view
        request = view.request(self.as_of) if view is not None else None
        if request is None:
            self.notify("Nothing is short so far, so there are no missed minutes to ask for.")
            return
        values = {**self.store.letter_draft(self.child_id, LETTER_ID), **request.letter_values()}
        self.store.set_letter_draft(self.child_id, LETTER_ID, values)
        unlogged = sum(s.not_logged for s in request.services)
        if unlogged:
            self.notify(f"{plural(int(unlogged), 'minute', 'minutes')} of the "
                        f"{int(request.total):,} short have no session recorded (neither "
                        f"delivered nor missed): check them before you send the letter.",
                        severity="warning", timeout=15)
        await self.app.run_action(f"open_letter({LETTER_ID!r})")
