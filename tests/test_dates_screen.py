"""The Dates screen and the wizard's dates line in Pilot, on a real store with a fixed today."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from icalendar import Calendar
from rich.console import Console, RenderableType
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, OptionList, Select, Static, TabbedContent

from iepwizard.app import IEPWizardApp
from iepwizard.core.deadline_rules import load_rules
from iepwizard.core.ics import CLOUD_WARNING, calendar_bytes
from iepwizard.core.store import Store
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.dates import DatesScreen
from iepwizard.screens.export_calendar import ExportCalendarScreen
from iepwizard.screens.wizard import WizardScreen

from .helpers import refreshed, setting_typed, settled, until

TODAY = dt.date(2026, 11, 28)
SIZE = (100, 30)
MakeApp = Callable[..., IEPWizardApp]


def plain(renderable: RenderableType | object) -> str:
    console = Console(width=200, file=io.StringIO(), color_system=None, record=True)
    console.print(renderable)
    return console.export_text()


def setup(store: Store, *sets: tuple[str, str], track: str = "iep") -> str:
    from iepwizard.core.date_settings import apply_setting

    child = store.add_child("Sam")
    for event, day in sets:
        store.record_event(child.id, event, day)
    rules = load_rules(store_content_root())
    store.set_date_settings(child.id, apply_setting(store.date_settings(child.id, rules),
                                                    rules, "track", track))
    return child.id


def store_content_root() -> Any:
    from .conftest import CONTENT_DIR

    return CONTENT_DIR


def fixed(app: IEPWizardApp) -> IEPWizardApp:
    app.today = lambda: TODAY
    return app


async def open_dates(pilot: Pilot[Any]) -> DatesScreen:
    await settled(pilot)
    await pilot.press("k")
    await until(pilot, lambda: isinstance(pilot.app.screen, DatesScreen), "the Dates screen")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, DatesScreen)
    return screen


def wizard_line(app: IEPWizardApp) -> str:
    return str(app.screen.query_one("#dates-line", Static).render())


async def test_done_means_overdue_with_its_rule_in_the_app(make_app: MakeApp,
                                                           store: Store) -> None:
    setup(store, ("consent-received", "2026-09-03"))
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await until(pilot, lambda: "OVERDUE" in wizard_line(app), "the wizard's dates line")
        assert wizard_line(app) == "Dates: OVERDUE: evaluation finished (due November 2, 2026)"
        screen = await open_dates(pilot)
        summary = str(screen.query_one("#dates-summary", Static).render())
        assert "Track: IEP (IDEA) · as of November 28, 2026" in summary
        assert "OVERDUE: evaluation finished (due November 2, 2026)" in summary
        listing = screen.query_one("#deadlines", OptionList)
        first = plain(listing.get_option_at_index(0).prompt)
        assert first.split() == ["!", "OVERDUE", "November", "2,", "2026", "evaluation",
                                 "finished", "(60", "days", "from", "September", "3,", "2026)"]
        needs = plain(listing.get_option_at_index(1).prompt)
        assert needs.startswith("? needs") and "needs the date eligibility" in needs
        detail = str(screen.query_one("#deadline-detail", Static).render())
        assert detail.startswith("evaluation finished — OVERDUE, was due November 2, 2026")
        assert "(34 CFR 300.301(c)(1))" in detail
        assert "Federal default; your state may set its own." in detail


async def test_key_dates_are_added_corrected_and_deleted(make_app: MakeApp,
                                                         store: Store) -> None:
    child_id = setup(store)
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        screen.query_one(TabbedContent).active = "tab-keydates"
        await pilot.pause()
        screen.query_one("#key-event", Select).value = "consent-signed"
        screen.query_one("#key-date", Input).focus()
        await pilot.press(*"9/3/2026", "enter")
        await until(pilot, lambda: len(store.key_date_entries(child_id)) == 1, "recorded")
        [entry] = store.key_date_entries(child_id)
        assert (entry.event, entry.date, entry.confirmed) == ("consent-received",
                                                              "2026-09-03", False)
        assert screen.query_one("#key-date", Input).value == ""
        listed = screen.query_one("#key-dates", OptionList).get_option_at_index(0).prompt
        assert plain(listed).startswith("September 3, 2026  consent")
        # the deadline follows at once, counted from the signing
        evaluation = screen.schedule.of("evaluation")[0] if screen.schedule else None
        assert evaluation is not None and "counted from the date you signed" in evaluation.note
        # correct it: the school confirmed it received the consent on September 4
        listing = screen.query_one("#key-dates", OptionList)
        listing.focus()
        listing.highlighted = 0
        await pilot.press("f2")
        box = screen.query_one("#key-date", Input)
        assert box.value == "September 3, 2026" and box.has_focus
        assert box.cursor_position == len(box.value)
        screen.query_one("#key-event", Select).value = "consent-received"
        await pilot.press(*["backspace"] * len("3, 2026"), *"4, 2026", "enter")
        await until(pilot, lambda: store.key_date_entries(child_id)[0].date == "2026-09-04",
                    "corrected")
        assert store.key_date_entries(child_id)[0].confirmed is True
        assert len(store.key_date_entries(child_id)) == 1
        # delete asks first
        listing.focus()
        listing.highlighted = 0
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("escape")  # no: nothing deleted
        await until(pilot, lambda: app.screen is screen, "back")
        assert len(store.key_date_entries(child_id)) == 1
        listing.focus()
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.click("#yes")
        await until(pilot, lambda: store.key_date_entries(child_id) == [], "deleted")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "the wizard")
        assert wizard_line(app) == ""


async def test_settings_change_deadlines_and_the_step_shows_a_note(make_app: MakeApp,
                                                                    store: Store) -> None:
    child_id = setup(store, ("consent-received", "2026-09-03"))
    rules = load_rules(store_content_root())
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        screen.query_one(TabbedContent).active = "tab-settings"
        await pilot.pause()
        assert screen.query_one("#setting--evaluation-days", Input).value == "60 days"
        await setting_typed(pilot, screen, "evaluation-days", "45 school days")
        await until(pilot, lambda: store.date_settings(child_id, rules).counts != {}, "saved")
        assert screen.schedule is not None
        [evaluation] = screen.schedule.of("evaluation")
        assert evaluation.due == dt.date(2026, 11, 5)
        label = str(screen.query_one("#what--evaluation-days", Static).render())
        assert "(your own setting; federal default: 60 days)" in label
        bad = screen.query_one("#setting--iep-meeting-days", Input)
        bad.focus()
        bad.value = ""
        await pilot.press(*"soon", "enter")
        await pilot.pause()
        error = str(screen.query_one("#setting-error", Static).render())
        assert error.startswith('Not saved: "Time to hold the first IEP meeting, from the '
                                'eligibility decision" is a number, like 30')
        screen.query_one("#setting--track", Select).value = "504"
        await until(pilot, lambda: store.date_settings(child_id, rules).track == "504",
                    "the track saved")
        assert screen.schedule is not None and not screen.schedule.of("evaluation")
        screen.query_one("#setting--track", Select).value = "iep"
        await until(pilot, lambda: store.date_settings(child_id, rules).track == "iep", "iep")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "the wizard")
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        wizard.go_to("evaluation")
        await until(pilot, lambda: "for this child" in wizard_line(app), "the step's note")
        assert ("Your own setting for this child: 45 school days (federal default: 60 days) "
                "— evaluation finished") in wizard_line(app)
        wizard.go_to("the-team")
        await until(pilot, lambda: "for this child" not in wizard_line(app), "no note")


async def test_school_calendar_breaks_and_weekdays(make_app: MakeApp, store: Store) -> None:
    child_id = setup(store)
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        screen.query_one(TabbedContent).active = "tab-calendar"
        await pilot.pause()
        saturday = screen.query_one("#weekday-5", Checkbox)
        assert saturday.value is False and saturday.BUTTON_INNER == " "
        assert screen.query_one("#weekday-0", Checkbox).BUTTON_INNER == "X"
        box = screen.query_one("#break-new", Input)
        box.focus()
        await pilot.press(*"2026-12-21..2027-01-01 Winter break", "enter")
        await until(pilot, lambda: len(store.school_breaks(child_id)) == 1, "the break")
        assert store.school_breaks(child_id)[0].name == "Winter break"
        await pilot.press(*"2027-01-05..2027-01-01 wrong", "enter")
        await pilot.pause()
        assert str(screen.query_one("#break-error", Static).render()) == (
            "Not added: a break must end on or after the day it starts.")
        await pilot.click("#weekday-5")
        await until(pilot, lambda: 5 in store.school_calendar(child_id).weekdays, "Saturday")
        assert saturday.BUTTON_INNER == "X"
        listing = screen.query_one("#breaks", OptionList)
        assert plain(listing.get_option_at_index(0).prompt).strip() == (
            "December 21, 2026 to January 1, 2027  Winter break")
        listing.focus()
        listing.highlighted = 0
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        assert str(app.screen.query_one(".dialog Static", Static).render()) == (
            "Delete the break December 21, 2026 to January 1, 2027 Winter break?")
        await pilot.click("#yes")
        await until(pilot, lambda: store.school_breaks(child_id) == [], "deleted")


async def test_export_the_calendar_from_the_screen(make_app: MakeApp, store: Store) -> None:
    child_id = setup(store, ("consent-received", "2026-09-03"),
                     ("records-requested", "2026-11-01"))
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        await pilot.press("ctrl+e")
        await until(pilot, lambda: isinstance(app.screen, ExportCalendarScreen), "the dialog")
        assert CLOUD_WARNING in str(app.screen.query_one("#cloud-warning", Static).render())
        assert app.screen.query_one("#name-in-titles", Checkbox).BUTTON_INNER == " "
        await pilot.press("enter")
        await until(pilot, lambda: list((store.data_dir / "exports").glob("*.ics")),
                    "the file")
        await until(pilot, lambda: CLOUD_WARNING in str(screen.query_one(
            "#dates-status", Static).render()), "the warning")
        # a parent who wants the name in the titles ticks it
        await pilot.press("ctrl+e")
        await until(pilot, lambda: isinstance(app.screen, ExportCalendarScreen), "again")
        await pilot.click("#name-in-titles")
        assert app.screen.query_one("#name-in-titles", Checkbox).BUTTON_INNER == "X"
        await pilot.click("#export")
        await until(pilot, lambda: len(list((store.data_dir / "exports").glob("*.ics"))) == 2,
                    "the second file")
    [saved] = (store.data_dir / "exports").glob("*key-dates.ics")
    [named] = (store.data_dir / "exports").glob("*key-dates-2.ics")
    assert "SUMMARY:Sam: OVERDUE: evaluation finished" in named.read_text()
    assert oct(saved.stat().st_mode & 0o777) == "0o600"
    events = list(Calendar.from_ical(saved.read_bytes()).walk("VEVENT"))
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Due: records to inspect",
                                                         "OVERDUE: evaluation finished"]
    assert "Sam" not in saved.read_text()
    # the same UIDs as the command line's file for the same child: a re-import updates
    rules = load_rules(store_content_root())
    again = Calendar.from_ical(calendar_bytes(store.schedule(child_id, rules, TODAY),
                                              child_id))
    assert {str(e["UID"]) for e in events} == {str(e["UID"]) for e in again.walk("VEVENT")}


async def test_the_calendar_file_holds_the_deadlines_the_screen_lists(make_app: MakeApp,
                                                                      store: Store) -> None:
    """The export takes the schedule the screen already has (counted again after every change
    made on it) rather than counting it again."""
    child_id = setup(store, ("consent-received", "2026-09-03"))
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        shown = screen.schedule
        assert shown is not None
        # written behind the screen's back (as the command line beside the app could): not
        # on the screen until it is reloaded, and so not in the file either
        store.record_event(child_id, "records-requested", "2026-11-01")
        await pilot.press("ctrl+e")
        await until(pilot, lambda: isinstance(app.screen, ExportCalendarScreen), "the dialog")
        await pilot.press("enter")
        await until(pilot, lambda: list((store.data_dir / "exports").glob("*.ics")),
                    "the file")
        assert screen.schedule is shown
    [saved] = (store.data_dir / "exports").glob("*key-dates.ics")

    def events(data: bytes) -> set[tuple[str, str, str]]:
        return {(str(e["UID"]), str(e["SUMMARY"]), str(e["DTSTART"].to_ical()))
                for e in Calendar.from_ical(data).walk("VEVENT")}

    assert events(saved.read_bytes()) == events(calendar_bytes(shown, child_id))
    assert "records to inspect" not in saved.read_text()


async def test_a_letter_marked_as_sent_fills_its_key_date(make_app: MakeApp,
                                                          store: Store) -> None:
    from .test_letters_screen import fill, open_letters

    child_id = setup(store)
    app = fixed(make_app())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_letters(pilot, app)
        template = app.content.letters["evaluation-request"]
        fill(screen, **{f.name: f.example for f in template.fields})
        await until(pilot, lambda: "Ready to copy" in str(screen.query_one(
            "#letter-status", Static).render()), "the letter filled")
        await pilot.press("ctrl+k")
        await until(pilot, lambda: type(app.screen).__name__ == "SentScreen", "the dialog")
        sent = app.screen.query_one("#sent-date", Input)
        sent.value = "October 2, 2026"
        await pilot.press("enter")
        await until(pilot, lambda: store.key_date_entries(child_id), "the key date")
    [entry] = store.key_date_entries(child_id)
    assert (entry.event, entry.date) == ("request-sent", "2026-10-02")
    assert [c.letter_id for c in store.contacts(child_id)] == ["evaluation-request"]


async def test_the_follow_up_letter_in_the_app_cites_the_clock(make_app: MakeApp,
                                                               store: Store) -> None:
    from .test_letters_screen import open_letters

    child_id = setup(store, ("consent-received", "2026-09-03"))
    store.add_contact(child_id, "2026-08-20", "Dr. Lee", "email", "Request",
                      letter_id="evaluation-request", direction="to school")
    app = fixed(make_app())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_letters(pilot, app)

        def preview() -> str:
            return " ".join(str(screen.query_one("#letter-preview", Static).render()).split())

        await until(pilot, lambda: "60-day evaluation period" in preview(), "the clock cited")
        shown = preview()
    assert ("For the record: the school received my consent on September 3, 2026; the "
            "60-day evaluation period ended on November 2, 2026") in shown


async def test_states_differ_by_word_and_glyph_without_colour(
        make_app: MakeApp, store: Store, monkeypatch: Any) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    setup(store, ("consent-received", "2026-09-03"), ("records-requested", "2026-11-20"),
          ("iep-meeting", "2025-12-01"), ("eligibility-decided", "2025-11-10"))
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        listing = screen.query_one("#deadlines", OptionList)
        rows = [plain(listing.get_option_at_index(n).prompt)
                for n in range(listing.option_count)]
    starts = {row.split("  ")[0].strip() for row in rows}
    assert {"! OVERDUE", "→ due", "✓ done", "? needs"} <= starts
    assert app.no_color is True  # Textual read NO_COLOR


def test_the_dates_are_in_the_palette_and_the_help() -> None:
    from iepwizard import keys
    from iepwizard.screens.help import help_markdown

    key = next(k for k in keys.WIZARD if k.action == "app.dates")
    assert (key.keys, key.palette) == ("k", "Key dates and deadlines")
    assert ("Key dates and deadlines", key.help, "dates") in keys.palette_actions()
    assert "| `k` | key dates and deadlines" in help_markdown()
    assert "## Key dates" in help_markdown()


def test_the_help_opens_on_the_keys_of_the_screen_it_is_asked_from() -> None:
    """F1 on the key dates opened the help on the guide's keys."""
    import importlib
    import pkgutil

    import iepwizard.screens
    from iepwizard.screens.help import SECTIONS, help_markdown

    classes = {name for info in pkgutil.iter_modules(iepwizard.screens.__path__)
               for name in vars(importlib.import_module(f"iepwizard.screens.{info.name}"))}
    assert {screen for screen, _, _ in SECTIONS} <= classes  # no section for a lost screen
    headings = [line for line in help_markdown("DatesScreen").splitlines()
                if line.startswith("## ")]
    assert headings[0] == "## Key dates" and len(headings) == len(SECTIONS)
    assert help_markdown("").splitlines()[2] == "## The guide"


async def test_the_wizard_line_follows_a_date_entered(make_app: MakeApp, store: Store) -> None:
    setup(store)
    app = fixed(make_app())
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await refreshed(pilot)  # the wizard counts the dates after its first refresh
        assert wizard_line(app) == ""
        assert not app.screen.query_one("#dates-line", Static).display
        screen = await open_dates(pilot)
        screen.query_one(TabbedContent).active = "tab-keydates"
        await pilot.pause()
        screen.query_one("#key-event", Select).value = "consent-received"
        screen.query_one("#key-date", Input).focus()
        await pilot.press(*"2026-09-03", "enter")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "the wizard")
        await until(pilot, lambda: "OVERDUE" in wizard_line(app), "the line updated")
        assert app.screen.query_one("#dates-line", Static).display


async def test_broken_rules_are_named_not_hidden(content_copy: Any, store: Store) -> None:
    from iepwizard.core.loader import load_content

    rules = content_copy / "deadlines.toml"
    rules.write_text(rules.read_text().replace('start = "consent-received"',
                                               'start = "consent-recieved"'))
    store.add_child("Sam")
    app = fixed(IEPWizardApp(store=store, content=load_content(content_copy),
                             child_name="Sam"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_dates(pilot)
        problems = str(screen.query_one("#dates-problems", Static).render())
        assert f"{rules}:" in problems and "unknown event 'consent-recieved'" in problems
        await pilot.press("ctrl+e")  # nothing to export, and no crash
        await pilot.pause()
        assert app.screen is screen
