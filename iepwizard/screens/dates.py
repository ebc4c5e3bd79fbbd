"""Key dates and deadlines (key k): what is due next and what is overdue, each with its rule;
the key dates to add, correct or delete; the child's track and state settings; the school
calendar; and the calendar file (.ics) to import elsewhere.

The screen holds the state in reactives handed down with `data_bind`; the tabs' widgets post
what the parent entered, the screen writes it through the store and reloads.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from textual import on, work
from textual.app import ComposeResult
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList, Static, TabbedContent, TabPane

from .. import keys
from ..core.date_settings import Settings
from ..core.dates import long_date
from ..core.dates_report import summary
from ..core.dates_source import DatesSource
from ..core.dates_view import break_days
from ..core.deadline_rules import check_rules
from ..core.deadlines import Schedule
from ..core.ics import CLOUD_WARNING, calendar_bytes
from ..core.keydates import KeyDate, KeyDateError
from ..core.records import SchoolBreak
from ..core.schoolcal import CalendarError
from ..core.store import Store
from ..core.store.keydates import BIRTH
from ..widgets.date_settings_form import DateSettingsForm
from ..widgets.deadline_list import DeadlineList
from ..widgets.footer import Footer
from ..widgets.header import Header
from ..widgets.key_date_form import KeyDateForm, KeyDateRow
from ..widgets.school_calendar_form import SchoolCalendarForm
from .confirm import ConfirmScreen
from .export_calendar import ExportCalendarScreen

#: The tabs in order (ctrl+page up and down go round them), each with what gets the focus when
#: a key switches to it: its list, or while the list is empty its form's first field.
TABS = {"tab-deadlines": ("#deadlines",), "tab-keydates": ("#key-dates", "#key-event"),
        "tab-settings": ("#setting--track",), "tab-calendar": ("#breaks", "#break-new")}
#: The keys that act on some tabs only; elsewhere the Footer leaves them out (so every tab's
#: keys fit at 80 columns) and they do nothing, as before.
ACTS_ON = {"export": {"tab-deadlines"}, "correct": {"tab-keydates"},
           "delete": {"tab-keydates", "tab-calendar"}}
TRACK_WORDS = {"iep": "IEP (IDEA)", "504": "Section 504 plan",
               "unknown": "not yet known (the IDEA clocks are shown)"}


class DatesScreen(Screen[None]):
    CSS_PATH = "dates.tcss"
    BINDINGS = keys.bindings(keys.DATES)
    AUTO_FOCUS = "#deadlines"

    schedule: reactive[Schedule | None] = reactive(None, init=False)
    """The deadlines as of today, handed down to the deadline list."""
    entries: reactive[tuple[KeyDateRow, ...]] = reactive(tuple, init=False)
    """The key dates, handed down to the key-date form."""
    settings: reactive[Settings] = reactive(Settings, init=False)
    """The child's track and numbers, handed down to the settings form."""
    breaks: reactive[tuple[SchoolBreak, ...]] = reactive(tuple, init=False)
    """The school breaks, handed down to the calendar form."""
    weekdays: reactive[frozenset[int]] = reactive(frozenset(range(5)), init=False)
    """The school weekdays, handed down to the calendar form."""

    def __init__(self, store: Store, child_id: str, dates: DatesSource) -> None:
        super().__init__()
        self.store, self.child_id, self.dates = store, child_id, dates
        self.rules = dates.rules()
        if self.rules is not None:
            self._load()

    def _load(self) -> None:
        """Everything shown, from the store (no watchers run before the screen is mounted)."""
        assert self.rules is not None
        store, cid = self.store, self.child_id
        rows: list[KeyDateRow] = [(str(r.doc_id), KeyDate(dt.date.fromisoformat(r.date), r.event,
                                                      r.confirmed))
                                  for r in store.key_date_entries(cid)]
        birth = store.birth_date(cid)
        if birth is not None:
            rows.append(("birth", KeyDate(birth, BIRTH)))
        calendar = store.school_calendar(cid)
        for name, value in (("schedule", store.schedule(cid, self.rules, self.dates.today())),
                            ("entries", tuple(sorted(rows, key=lambda r: r[1]))),
                            ("settings", store.date_settings(cid, self.rules)),
                            ("breaks", tuple(store.school_breaks(cid))),
                            ("weekdays", calendar.weekdays)):
            if self.is_mounted:
                setattr(self, name, value)
            else:
                self.set_reactive(getattr(DatesScreen, name), value)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._summary(), id="dates-summary", markup=False)
        if self.rules is None:
            problems = "\n".join(str(p) for p in check_rules(self.dates.root))
            yield Static("The key-date rules have problems, so no deadline can be counted "
                         f"until they are fixed (iepwizard check-content lists them):\n"
                         f"{problems}", id="dates-problems", markup=False)
            yield Footer()
            return
        with TabbedContent(id="dates-tabs"):
            with TabPane("Deadlines", id="tab-deadlines"):
                deadlines = DeadlineList(id="deadline-list")
                deadlines.set_reactive(DeadlineList.schedule, self.schedule)
                yield deadlines.data_bind(DatesScreen.schedule)
            with TabPane("Key dates", id="tab-keydates"):
                form = KeyDateForm(id="key-date-form")
                form.set_reactive(KeyDateForm.entries, self.entries)
                yield form.data_bind(DatesScreen.entries)
            with TabPane("Settings", id="tab-settings"):
                settings = DateSettingsForm(self.rules, id="settings-form")
                settings.set_reactive(DateSettingsForm.settings, self.settings)
                yield settings.data_bind(DatesScreen.settings)
            with TabPane("School calendar", id="tab-calendar"):
                calendar = SchoolCalendarForm(id="calendar-form")
                calendar.set_reactive(SchoolCalendarForm.breaks, self.breaks)
                calendar.set_reactive(SchoolCalendarForm.weekdays, self.weekdays)
                yield calendar.data_bind(DatesScreen.breaks, DatesScreen.weekdays)
        yield Static("", id="dates-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        child = self.store.child(self.child_id)
        self.title = f"Key dates and deadlines · {child.name if child else ''}"

    def _summary(self) -> str:
        today = long_date(self.dates.today())
        if self.schedule is None:
            return f"As of {today}."
        return (f"Track: {TRACK_WORDS[self.settings.track]} · as of {today}\n"
                f"{summary(self.schedule)}")

    def watch_schedule(self) -> None:
        self.query_one("#dates-summary", Static).update(self._summary())

    def say(self, message: str) -> None:
        status = self.query_one("#dates-status", Static)
        status.update(message)
        status.set_class(bool(message), "-shown")

    def _done(self, message: str) -> None:
        self._load()
        self.say(message)

    # -- key dates ----------------------------------------------------------------------------
    @on(KeyDateForm.Save)
    def _save_key_date(self, message: KeyDateForm.Save) -> None:
        entry, row_id = message.entry, message.row_id
        try:
            if row_id.isdigit() and entry.event != BIRTH:
                self.store.correct_key_date(self.child_id, int(row_id), entry.event, entry.day,
                                            entry.confirmed)
            else:
                self.store.record_event(self.child_id, entry.event, entry.day, entry.confirmed)
                if row_id.isdigit():  # a stored date corrected into the date of birth
                    self.store.delete_key_date(self.child_id, int(row_id))
                elif row_id == "birth" and entry.event != BIRTH:
                    self.store.update_child(self.child_id, date_of_birth="")
        except KeyDateError as exc:
            self.say(f"Not recorded: {exc}.")
            return
        verb = "Corrected" if row_id else "Recorded"
        self._done(f"{verb}: {entry.label()}, {long_date(entry.day)}.")

    @on(KeyDateForm.Delete)
    @work
    async def _delete_key_date(self, message: KeyDateForm.Delete) -> None:
        entry = message.entry
        where = " (from the child's profile)" if message.row_id == "birth" else ""
        if not await self.app.push_screen_wait(ConfirmScreen(
                f"Delete the key date \"{entry.label()}, {long_date(entry.day)}\"{where}? "
                f"The deadlines it starts or stops are counted again without it.",
                yes="Delete")):
            return
        if message.row_id == "birth":
            await asyncio.wrap_future(self.store.update_child(self.child_id, date_of_birth=""))
        else:
            await asyncio.wrap_future(self.store.delete_key_date(self.child_id,
                                                                 int(message.row_id)))
        self._done(f"Deleted: {entry.label()}, {long_date(entry.day)}.")

    # -- settings and the school calendar -----------------------------------------------------
    @on(DateSettingsForm.Changed)
    def _settings_changed(self, message: DateSettingsForm.Changed) -> None:
        self.store.set_date_settings(self.child_id, message.settings)
        self._done(f"Saved \"{message.label}\"; every deadline that depends on it is counted "
                   f"again.")

    @on(SchoolCalendarForm.WeekdaysChanged)
    def _weekdays_changed(self, message: SchoolCalendarForm.WeekdaysChanged) -> None:
        self.store.set_school_weekdays(self.child_id, message.weekdays)
        self._done("Saved the school weekdays.")

    @on(SchoolCalendarForm.AddBreak)
    def _add_break(self, message: SchoolCalendarForm.AddBreak) -> None:
        try:
            self.store.add_break(self.child_id, message.first, message.last, message.name)
        except CalendarError as exc:
            self.say(f"Not added: {exc}.")
            return
        self._done("Added the break; school days are counted without it.")

    @on(SchoolCalendarForm.DeleteBreak)
    @work
    async def _delete_break(self, message: SchoolCalendarForm.DeleteBreak) -> None:
        item = message.school_break
        if await self.app.push_screen_wait(ConfirmScreen(
                f"Delete the break {break_days(item)} {item.name}".rstrip() + "?",
                yes="Delete")):
            await asyncio.wrap_future(self.store.delete_break(self.child_id, item.doc_id))
            self._done("Deleted the break.")

    # -- keys ---------------------------------------------------------------------------------
    def _tab(self) -> str:
        return self.query_one(TabbedContent).active if self.rules is not None else ""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Export, Correct and Delete only on the tabs they act on; no tab keys without tabs."""
        if not self.is_mounted:
            return True
        if action == "switch_tab":
            return self.rules is not None
        return self._tab() in ACTS_ON[action] if action in ACTS_ON else True

    @on(TabbedContent.TabActivated, "#dates-tabs")
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    def _show_tab(self, pane: str) -> None:
        """Show the tab `pane` and put the focus in it."""
        self.query_one(TabbedContent).active = pane
        *wanted, last = (self.query_one(selector) for selector in TABS[pane])
        target = next((w for w in wanted if not isinstance(w, OptionList)
                       or any(not o.disabled for o in w.options)), last)
        self.set_focus(target)

    def action_switch_tab(self, step: int) -> None:
        """The next (1) or previous (-1) tab, round the four (ctrl+page down and up)."""
        order = list(TABS)
        self._show_tab(order[(order.index(self._tab()) + step) % len(order)])

    def action_correct(self) -> None:
        if self._tab() == "tab-keydates":
            self.query_one(KeyDateForm).correct()

    def action_delete(self) -> None:
        if self._tab() == "tab-keydates":
            self.query_one(KeyDateForm).delete()
        elif self._tab() == "tab-calendar":
            self.query_one(SchoolCalendarForm).delete()

    @work(exclusive=True, group="export")
    async def action_export(self) -> None:
        """The deadlines and meetings as an .ics file in the data folder's exports."""
        child = self.store.child(self.child_id)
        if self.schedule is None or child is None:
            return
        choice = await self.app.push_screen_wait(ExportCalendarScreen(child.name))
        if choice is None:
            return
        # the schedule the screen lists (reloaded after every change made here)
        data = calendar_bytes(self.schedule, self.child_id,
                              f"{child.name}: " if choice.name_in_titles else "")
        path = await asyncio.wrap_future(self.store.save_new(
            "exports", "key-dates", ".ics", data.decode("utf-8")))
        self.say(f"Saved as {path}. {CLOUD_WARNING}")
        self.notify(f"Saved as {path}.", title="Calendar exported", markup=False)
