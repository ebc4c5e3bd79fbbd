"""Every screen of the app, opened the way a parent opens it, on a fixed day with a child's
records in place: the snapshots, the contrast check and the fit checks all walk this list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

from iepwizard.core.dates import long_date
from iepwizard.core.store import Store

from .helpers import settled, until

TODAY = dt.date(2026, 11, 28)
REPORTS = Path(__file__).resolve().parent / "corpus" / "reports"

Opener = Callable[[Pilot[Any]], Awaitable[None]]


def seed(store: Store) -> str:
    """A child with something in every record: ticks, step states, notes, dates, scores."""
    from iepwizard.core.score_history import SavedScore
    from iepwizard.core.scores import Score

    child = store.add_child("Sam")
    cid = child.id
    store.update_parent(name="Maria Lopez", email="maria@example.org")
    store.set_checked(cid, "iep-or-504/list-worries", True)
    store.set_step_state(cid, "iep-or-504", "done")
    store.set_step_state(cid, "rti", "not_applicable")
    store.set_current_step(cid, "put-it-in-writing")
    store.set_checked(cid, "put-it-in-writing/send-request", True)
    store.add_journal(cid, "2026-11-20", "Homework took two hours; tears at the end.")
    store.add_contact(cid, "2026-11-21", "Ms. Carter (teacher)", "email",
                      "Asked for the evaluation")
    store.add_question(cid, "Which tests will you use?")
    store.save_person(cid, role="teacher", name="Ms. Carter", email="carter@school.org")
    store.record_event(cid, "request-sent", "2026-08-20")
    store.record_event(cid, "consent-received", "2026-09-03")

    def saved(label: str, test: str, value: float, kind: str = "standard",
              role: str = "") -> SavedScore:
        return SavedScore.of(Score(0, 1, kind, value, label, test, role))

    store.save_evaluation(cid, "Initial evaluation", "2024-02-10", [
        saved("Reading Composite", "WIAT-4", 85), saved("Math Composite", "WIAT-4", 92),
        saved("Hyperactivity", "BASC-3", 62, "t", "problem")])
    store.save_evaluation(cid, "Triennial", "2026-03-02", [
        saved("Broad Reading", "WJ IV", 79), saved("Math Composite", "WIAT-4", 90),
        saved("Hyperactivity", "BASC-3", 71, "t", "problem")], report_text="kept")
    store.link_areas(cid, "WIAT-4", "Reading Composite", "WJ IV", "Broad Reading")
    store.flush(10.0)
    return cid


async def steady(pilot: Pilot[Any]) -> None:
    """No blinking cursor, no animation left, and the fields that default to today fixed."""
    await pilot.pause()
    screen = pilot.app.screen
    for field in screen.query(Input):
        field.cursor_blink = False
        today = dt.date.today()
        if field.value == today.isoformat():
            field.value = TODAY.isoformat()
        elif field.value == long_date(today):
            field.value = long_date(TODAY)
        else:
            continue
        field.cursor_position = len(field.value)  # (not where today's date, of another
        # length on another day, left it: "December 1, 2026" is shorter than the fixed day)
    for area in screen.query(TextArea):
        area.cursor_blink = False
    await pilot.pause()


async def _wait_for(pilot: Pilot[Any], name: str) -> None:
    await until(pilot, lambda: type(pilot.app.screen).__name__ == name and
                pilot.app.screen.is_mounted, name)
    await steady(pilot)


async def _key_to(pilot: Pilot[Any], keys: list[str], name: str) -> None:
    await settled(pilot)
    await pilot.press(*keys)
    await _wait_for(pilot, name)


async def _push(pilot: Pilot[Any], screen: Screen[Any]) -> None:
    await settled(pilot)
    pilot.app.push_screen(screen)
    await _wait_for(pilot, type(screen).__name__)


def keyed(*keys: str, screen: str) -> Opener:
    async def open_it(pilot: Pilot[Any]) -> None:
        await _key_to(pilot, list(keys), screen)
    return open_it


async def wizard(pilot: Pilot[Any]) -> None:
    await settled(pilot)
    await steady(pilot)


async def wizard_panels(pilot: Pilot[Any]) -> None:
    """Both side panels shown at once (at 80 columns they are folded away by default)."""
    await settled(pilot)
    narrow = pilot.app.screen.has_class("-narrow")
    if narrow:
        await pilot.press("s", "g")
    await steady(pilot)


async def wizard_checklist(pilot: Pilot[Any]) -> None:
    await settled(pilot)
    await pilot.press("space")
    await steady(pilot)


async def decoder(pilot: Pilot[Any]) -> None:
    """A BASC-3 and WISC-V excerpt decoded, on the bell curve with its text version."""
    from textual import events

    from iepwizard.screens.decoder import DecoderScreen

    await _key_to(pilot, ["d"], "DecoderScreen")
    screen = pilot.app.screen
    assert isinstance(screen, DecoderScreen)
    text = "\n".join((REPORTS / name).read_text(encoding="utf-8")
                     for name in ("05-basc-3-ratings.txt", "01-wisc-v-tables.txt"))
    screen.query_one(TextArea).post_message(events.Paste(text))
    await pilot.press("ctrl+d")
    await until(pilot, lambda: screen.decoded is not None, "the decode")
    await pilot.press("f3")
    await steady(pilot)


async def decoder_report(pilot: Pilot[Any]) -> None:
    await decoder(pilot)
    await pilot.press("f2")
    await steady(pilot)


async def glossary_no_match(pilot: Pilot[Any]) -> None:
    await _key_to(pilot, ["slash"], "GlossaryScreen")
    await pilot.press(*"qqzzxx")
    await steady(pilot)


async def scores_saved(pilot: Pilot[Any]) -> None:
    await _key_to(pilot, ["y"], "ScoresScreen")
    await pilot.press("2")
    await steady(pilot)


async def meeting(pilot: Pilot[Any]) -> None:
    await _key_to(pilot, ["m"], "NewMeetingScreen")
    pilot.app.screen.query_one("#meeting-date", Input).value = TODAY.isoformat()
    await pilot.click("#start")
    await _wait_for(pilot, "MeetingScreen")


async def confirm(pilot: Pilot[Any]) -> None:
    from iepwizard.screens.confirm import ConfirmScreen

    await _push(pilot, ConfirmScreen("Delete Sam and everything kept about them: wizard "
                                     "progress, 1 journal entry and 1 contact? This cannot be "
                                     "undone.", yes="Delete Sam"))


async def ask_name(pilot: Pilot[Any]) -> None:
    from iepwizard.screens.ask_name import AskScreen

    await _push(pilot, AskScreen("The new child's first name or nickname", "e.g. Maya",
                                 yes="Add"))


async def sent(pilot: Pilot[Any]) -> None:
    from iepwizard.screens.sent import SentScreen

    await _push(pilot, SentScreen("Request for a full evaluation for Sam", "Ms. Carter"))
    date = pilot.app.screen.query_one("#sent-date", Input)
    date.value = "November 28, 2026"
    date.cursor_position = len(date.value)  # (see `steady`)
    await steady(pilot)


async def export_calendar(pilot: Pilot[Any]) -> None:
    from iepwizard.screens.export_calendar import ExportCalendarScreen

    await _push(pilot, ExportCalendarScreen("Sam"))


async def save_scores(pilot: Pilot[Any]) -> None:
    from iepwizard.screens.decoder_dialogs import SaveScoresDialog

    await _push(pilot, SaveScoresDialog(12, 9, "2026-03-02"))


async def edit_score(pilot: Pilot[Any]) -> None:
    from iepwizard.screens.scores import ScoresScreen

    await scores_saved(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ScoresScreen)
    screen.query_one("#scores-list").focus()
    await pilot.press("f2")
    await _wait_for(pilot, "EditScoreDialog")


async def review(pilot: Pilot[Any]) -> None:
    """This year's draft IEP pasted and reviewed: the parts found, the first findings."""
    from textual import events

    from iepwizard.widgets.burst import SaveArea

    text = (Path(__file__).resolve().parent / "corpus" / "ieps" / "alex-2026.txt").read_text()
    await _key_to(pilot, ["r"], "ReviewScreen")
    box = pilot.app.screen.query_one(SaveArea)
    box.focus()
    await pilot.pause()
    pilot.app.post_message(events.Paste(text))
    await until(pilot, lambda: box.text == text, "the pasted draft")
    await pilot.press("ctrl+s")
    await until(pilot, lambda: getattr(pilot.app.screen, "outcome", None) is not None,
                "the review")
    await steady(pilot)


async def ledger(pilot: Pilot[Any]) -> None:
    """Two final IEPs (speech cut mid-year) and six weeks of sessions, counted to the day."""
    from iepwizard.app import IEPWizardApp

    from .ledger_fixture import SESSIONS, SPEECH, save_two_finals

    await settled(pilot)
    app = pilot.app
    assert isinstance(app, IEPWizardApp), app
    store = app.store
    child = store.add_child("Riley")
    save_two_finals(store, child.id)
    for day, minutes, status, note in SESSIONS:
        store.add_session(child.id, day, SPEECH, minutes, status, note)
    store.flush(10.0)
    await app.open_child(child.id)
    await settled(pilot)
    await _key_to(pilot, ["v"], "LedgerScreen")


async def palette(pilot: Pilot[Any]) -> None:
    await settled(pilot)
    await pilot.press("ctrl+p")
    await until(pilot, lambda: type(pilot.app.screen).__name__ == "CommandPalette",
                "the palette")
    await pilot.press(*"lett")
    await steady(pilot)


async def toasts(pilot: Pilot[Any]) -> None:
    """The wizard with a message, a warning and an error showing."""
    await settled(pilot)
    await pilot.press("x")
    pilot.app.notify("Saved as /home/maria/.local/share/iepwizard/exports/notes-Sam.md",
                     title="Warning", severity="warning", markup=False)
    pilot.app.notify("iepwizard cannot save right now.", title="Not saved yet",
                     severity="error")
    await until(pilot, lambda: len(pilot.app.screen.query("Toast")) >= 3, "three messages")
    await steady(pilot)


#: Every screen (and every dialog worth a look), by name; the welcome runs without a child.
SCREENS: dict[str, Opener] = {
    "wizard": wizard,
    "wizard_panels": wizard_panels,
    "wizard_checklist": wizard_checklist,
    "help": keyed("question_mark", screen="HelpScreen"),
    "glossary": keyed("slash", screen="GlossaryScreen"),
    "glossary_no_match": glossary_no_match,
    "decoder": decoder,
    "decoder_report": decoder_report,
    "scores": keyed("y", screen="ScoresScreen"),
    "scores_saved": scores_saved,
    "dates": keyed("k", screen="DatesScreen"),
    "letters": keyed("l", screen="LettersScreen"),
    "new_meeting": keyed("m", screen="NewMeetingScreen"),
    "meeting": meeting,
    "questions": keyed("q", screen="QuestionsScreen"),
    "journal": keyed("j", screen="JournalScreen"),
    "contacts": keyed("c", screen="ContactsScreen"),
    "search": keyed("ctrl+f", screen="SearchScreen"),
    "profile": keyed("e", screen="ProfileScreen"),
    "confirm": confirm,
    "ask_name": ask_name,
    "sent": sent,
    "export_calendar": export_calendar,
    "save_scores": save_scores,
    "edit_score": edit_score,
    "review": review,
    "ledger": ledger,
    "palette": palette,
    "toasts": toasts,
}
