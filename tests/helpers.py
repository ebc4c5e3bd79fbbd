"""Helpers for the tests: for Pilot, waiting for a condition (never a fixed sleep); for the
decoder, running the command and reading matches."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from textual import events
from textual.app import App
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TabbedContent, TextArea

from iepwizard.core.content import Content
from iepwizard.core.glossary import Matcher
from iepwizard.core.store import Store


async def until(pilot: Pilot[Any], condition: Callable[[], object], what: str,
                timeout: float = 10.0) -> None:
    """Let the app run until `condition()` holds and the screen on top is mounted (the test
    fails, naming `what`, if it never does). A pushed screen is `app.screen` before its
    widgets are mounted: a test that waited for the screen alone, then read a widget on it,
    failed on a busy machine (CI, stop 41)."""
    deadline = time.monotonic() + timeout
    while not (_holds(condition) and pilot.app.screen.is_mounted):
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await pilot.pause(0.01)


def _holds(condition: Callable[[], object]) -> bool:
    """`condition()`, false while a widget it asks about is not there (being mounted, or
    replaced: the letters screen swaps its form when another letter is asked for)."""
    from textual.css.query import NoMatches

    try:
        return bool(condition())
    except NoMatches:
        return False


async def settled(pilot: Pilot[Any]) -> None:
    """Wait until the first screen is up and has processed what it was sent."""
    from textual.screen import Screen

    await until(pilot, lambda: isinstance(pilot.app.screen, Screen) and pilot.app.screen
                .is_mounted, "the first screen")
    await pilot.pause()


S = TypeVar("S", bound=Screen[Any])


async def open_by_key(pilot: Pilot[Any], key: str, kind: type[S]) -> S:
    """Once the app is up, press `key` and wait for the screen of type `kind` it opens."""
    await settled(pilot)
    await pilot.press(key)
    await until(pilot, lambda: isinstance(pilot.app.screen, kind), kind.__name__)
    screen = pilot.app.screen
    assert isinstance(screen, kind)
    return screen


async def setting_typed(pilot: Pilot[Any], screen: Screen[Any], name: str, text: str) -> Input:
    """On Key dates, the Settings tab shown, `text` typed into the setting `name` (its box
    emptied first) and Enter pressed; the box is returned."""
    screen.query_one(TabbedContent).active = "tab-settings"
    await pilot.pause()
    box = screen.query_one(f"#setting--{name}", Input)
    box.focus()
    box.value = ""
    await pilot.press(*text, "enter")
    return box


async def letters_form(pilot: Pilot[Any]) -> Any:
    """Once the app is up, open the letters (l) and wait for the letter's form."""
    from iepwizard.screens.letters import LettersScreen

    await settled(pilot)
    await pilot.press("l")
    await until(pilot, lambda: isinstance(pilot.app.screen, LettersScreen)
                and bool(pilot.app.screen.query(".field")), "the letters")
    screen = pilot.app.screen
    assert isinstance(screen, LettersScreen)
    return screen


async def refreshed(pilot: Pilot[Any], timeout: float = 10.0) -> None:
    """Wait for the screen's next refresh: what it asked to do after a refresh (its
    call_after_refresh callbacks, run in order) has been done by then."""
    await asyncio.wait_for(pilot.app.screen.wait_for_refresh(), timeout)


async def palette_found(pilot: Pilot[Any], typed: str) -> None:
    """Wait until the command palette has finished searching for what was typed and
    highlights a command that names it (Enter then runs that command)."""
    from textual.command import CommandPalette
    from textual.widgets import OptionList

    def found() -> bool:
        palette = pilot.app.screen
        if not isinstance(palette, CommandPalette):
            return False
        if any(w.node is palette and not w.is_finished for w in pilot.app.workers):
            return False  # still searching
        results = palette.query_one("CommandList", OptionList)
        index = results.highlighted
        return index is not None and typed in str(results.get_option_at_index(index).prompt)

    await until(pilot, found, f"the palette's search for {typed!r}")


class Notifications:
    """Every notification the app is asked to show, caught as it arrives through Textual's
    message hook: `app.run_test(message_hook=notes.hook)`."""

    def __init__(self) -> None:
        self.seen: list[Notification] = []

    def hook(self, message: Message) -> None:
        if isinstance(message, Notify):
            self.seen.append(message.notification)

    def titled(self, title: str) -> list[Notification]:
        return [n for n in self.seen if n.title == title]


def child_id(store: Store, name: str = "Sam") -> str:
    """The id of the child of that name (the test fails if there is none)."""
    child = store.find_child(name)
    assert child is not None, f"no child called {name}"
    return child.id


def flushed(store: Store) -> bool:
    """Everything the app changed so far is on disk."""
    return store.flush(10.0)


def same_guide(cached: Content, parsed: Content) -> bool:
    """The cached guide holds what the parsed one does (its term positions and blocks are
    looked up by their texts, and compared so)."""
    by_text = ("term_spans", "blocks")
    return all(getattr(cached, field) == getattr(parsed, field)
               for field in Content._fields if field not in by_text) and all(
        len(getattr(cached, field)) == len(getattr(parsed, field))
        and all(getattr(cached, field)[text] == value
                for text, value in getattr(parsed, field).items())
        for field in by_text)


def burst(app: App[Any], *events_: events.Event) -> None:
    """Events sent at once, as a terminal delivers them in one read: nothing waits between."""
    for event in events_:
        app.post_message(event)


def typed(text: str) -> list[events.Event]:
    """The key events of typing `text` ("\\n" is Enter, "\\t" Tab), for `burst`."""
    names = {"\n": ("enter", "\r"), "\t": ("tab", "\t"), " ": ("space", " ")}
    return [events.Key(*names.get(c, (c, c))) for c in text]


def line_fed(text: str) -> list[events.Event]:
    """The key events of `text` sent as one burst by a macro, SSH or `tmux send-keys -l`: each
    newline arrives as a line feed (ctrl+j), not as Enter (a carriage return)."""
    names = {"\n": ("ctrl+j", "\n"), "\t": ("tab", "\t"), " ": ("space", " ")}
    return [events.Key(*names.get(c, (c, c))) for c in text]


async def journal_box(pilot: Pilot[Any]) -> TextArea:
    """Open the journal (once the app is up) and put the cursor in its box."""
    from iepwizard.screens.journal import JournalScreen

    journal = await open_by_key(pilot, "j", JournalScreen)
    area = journal.query_one("#journal-text", TextArea)
    area.focus()
    await until(pilot, lambda: area.has_focus, "the journal's box")
    return area


async def start_meeting(pilot: Pilot[Any], app: App[Any], attendees: str = "") -> Any:
    """Once the app is up: meeting mode, through the new-meeting dialog (a meeting left open
    is continued); returns the MeetingScreen."""
    from iepwizard.screens.new_meeting import NewMeetingScreen
    from iepwizard.widgets.burst import LineInput

    dialog = await open_by_key(pilot, "m", NewMeetingScreen)
    if dialog.query("#continue"):
        await pilot.click("#continue")
    else:
        dialog.query_one("#meeting-attendees", LineInput).value = attendees
        await pilot.click("#start")
    await until_in_meeting(pilot, app)
    return app.screen


def in_meeting(app: App[Any]) -> bool:
    """Meeting mode is up and ready: its note line mounted, its draft restored and focused.
    (On a busy machine the screen is on the stack before its widgets are: waiting for the
    screen alone let a test read a note line not yet there.)"""
    from iepwizard.screens.meeting import MeetingScreen

    return isinstance(app.screen, MeetingScreen) and getattr(
        app.focused, "id", None) == "note-input"


async def until_in_meeting(pilot: Pilot[Any], app: App[Any], what: str = "meeting mode") -> None:
    await until(pilot, lambda: in_meeting(app), f"{what}, its note line ready")


def decoded(tmp_path: Path, text: str) -> str:
    """What `iepwizard decode` prints for `text` (read from a file)."""
    from .test_cli import run

    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    result = run("decode", str(report))
    assert result.returncode == 0, result.stderr
    return result.stdout


def saved_and_exported(data_dir: Path, tmp_path: Path, first: str, later: str) -> str:
    """Sam's two evaluations ("Initial", 2024-02-10: `first`; "Triennial", 2026-03-02:
    `later`) saved with `iepwizard decode --save`, then `iepwizard export`'s text."""
    from .test_cli import run

    with Store.open(data_dir) as store:
        store.add_child("Sam")
    for name, date, text in (("Initial", "2024-02-10", first), ("Triennial", "2026-03-02",
                                                                later)):
        report = tmp_path / f"{name}.txt"
        report.write_text(text, encoding="utf-8")
        saved = run("--data-dir", str(data_dir), "decode", str(report), "--save", name,
                    "--date", date)
        assert saved.returncode == 0, saved.stderr
    return run("--data-dir", str(data_dir), "export").stdout


def matches_found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    """Each match of `matcher` in `text`: (the words matched, the term id)."""
    return [(m.text(text), m.term_id) for m in matcher.find(text)]
