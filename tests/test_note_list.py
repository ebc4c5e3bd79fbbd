"""The meeting's note list: the latest note on screen from the first frame, a highlight moved by
keys and the mouse, the earlier notes offered above, each note wrapped to the width, and the
parent's text drawn as text."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.message import Message
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from iepwizard.core.records import Entry
from iepwizard.widgets.note_list import NoteList

from .helpers import until
from .screen_cells import lines

SIZE = (50, 12)


def note(n: int, text: str = "", mark: str = "") -> Entry:
    return Entry(ts=f"2026-11-29T10:{n % 60:02d}:00", text=text or f"note {n} " + "word " * 8,
                 mark=mark, doc_id=n + 1)


class NotesScreen(Screen[None]):
    def __init__(self, entries: list[Entry], total: int) -> None:
        super().__init__()
        self.entries, self.total = entries, total

    def compose(self) -> ComposeResult:
        yield NoteList(self.entries, self.total)


class NotesApp(App[None]):
    """The list on a screen pushed over another, as meeting mode opens."""

    def __init__(self, entries: list[Entry], total: int) -> None:
        super().__init__()
        self.entries, self.total = entries, total
        self.heard: list[Message] = []

    def compose(self) -> ComposeResult:
        yield Static("the guide")

    def on_mount(self) -> None:
        self.push_screen(NotesScreen(self.entries, self.total))

    def on_note_list_earlier(self, message: NoteList.Earlier) -> None:
        self.heard.append(message)

    def on_note_list_chosen(self, message: NoteList.Chosen) -> None:
        self.heard.append(message)


async def opened(pilot: Pilot[None], app: NotesApp) -> NoteList:
    """The list, once its screen is up, with the focus."""
    await until(pilot, lambda: isinstance(app.screen, NotesScreen), "the list's screen")
    notes = app.screen.query_one(NoteList)
    notes.focus()
    return notes


def drawn(app: App[Any]) -> str:
    return "\n".join(lines(app.export_screenshot(), *app.size))


async def test_the_first_frame_shows_the_latest_note_highlighted() -> None:
    app = NotesApp([note(n) for n in range(100, 130)], 130)
    async with app.run_test(size=SIZE) as pilot:
        notes = await opened(pilot, app)
        assert "note 129" in drawn(app)
        assert notes.scroll_y == notes.max_scroll_y > 0
        assert notes.highlighted == notes.item_count - 1
        assert notes.highlighted_entry == note(129)
        assert notes.vertical_scrollbar.position == notes.scroll_y  # the thumb at the bottom
        assert notes.item_text(0) == "▲ 100 earlier notes: press enter to show more"


async def test_keys_move_the_highlight_and_keep_it_in_view() -> None:
    app = NotesApp([note(n) for n in range(100, 130)], 130)
    async with app.run_test(size=SIZE) as pilot:
        notes = await opened(pilot, app)
        await pilot.press("up", "up")
        assert notes.highlighted_entry == note(127)
        await pilot.press("home")
        assert notes.highlighted == 0 and notes.highlighted_entry is None
        assert notes.scroll_y == 0
        assert "earlier notes" in drawn(app)
        await pilot.press("down", "enter")
        await until(pilot, lambda: app.heard, "a note chosen")
        assert isinstance(app.heard[-1], NoteList.Chosen)
        assert app.heard[-1].entry == note(100)
        await pilot.press("pagedown")
        assert (notes.highlighted or 0) > 2
        await pilot.press("end")
        assert notes.highlighted_entry == note(129)
        assert notes.scroll_y == notes.max_scroll_y


async def test_enter_on_the_first_line_asks_for_the_earlier_notes() -> None:
    app = NotesApp([note(n) for n in range(100, 130)], 130)
    async with app.run_test(size=SIZE) as pilot:
        notes = await opened(pilot, app)
        await pilot.press("home", "enter")
        await until(pilot, lambda: app.heard, "the earlier notes asked for")
        assert app.heard[-1] == NoteList.Earlier(30)
        notes.show_earlier([note(n) for n in range(70, 100)])
        await pilot.pause()
        assert notes.item_count == 61
        assert notes.item_text(0).startswith("▲ 70 earlier notes")
        assert notes.highlighted_entry == note(99)  # the last of the page put above
        assert "note 99" in drawn(app)
        notes.show_earlier([note(n) for n in range(70)])
        assert notes.item_count == 130 and "note 0" in notes.item_text(0)  # no line offered


async def test_a_click_chooses_the_note_under_the_mouse() -> None:
    app = NotesApp([note(n, f"short {n}") for n in range(5)], 5)
    async with app.run_test(size=SIZE) as pilot:
        notes = await opened(pilot, app)
        await pilot.click(NoteList, offset=(8, 2))
        await until(pilot, lambda: app.heard, "a note chosen")
        assert isinstance(app.heard[-1], NoteList.Chosen)
        assert app.heard[-1].entry == note(2, "short 2")
        assert notes.highlighted == 2


async def test_notes_are_wrapped_again_at_a_new_width() -> None:
    app = NotesApp([note(1)], 1)
    async with app.run_test(size=SIZE) as pilot:
        notes = await opened(pilot, app)
        await pilot.pause()
        wide = notes.virtual_size.height
        await pilot.resize_terminal(24, 12)
        await until(pilot, lambda: notes.virtual_size.height > wide, "wrapped again")
        assert all(len(row.rstrip()) <= 24 for row in drawn(app).splitlines())


async def test_added_changed_and_removed_notes() -> None:
    app = NotesApp([note(n) for n in range(20)], 20)
    async with app.run_test(size=SIZE) as pilot:
        notes = await opened(pilot, app)
        notes.highlighted = 0
        fresh = note(20, "just typed", "decision")
        notes.add_entry(fresh)
        await pilot.pause()
        assert notes.highlighted_entry == fresh  # the list follows the new note
        assert "10:20 … DECISION just typed" in drawn(app)  # not on disk yet: …, not ✓
        # drawn in the cursor's colours, over the mark's (readable without colour too)
        row = notes.render_line(notes.scrollable_content_region.height - 1)
        assert "DECISION" in row.text
        cursor = notes.get_component_rich_style("note-list--cursor")
        assert {s.style.color for s in row if s.text.strip() and s.style} == {cursor.color}
        notes.mark_saved(fresh.doc_id)
        notes.update_entry(note(3, "corrected").but(edited="yes"), saved=False)
        await pilot.pause()
        assert "10:20 ✓ DECISION just typed" in drawn(app)
        assert notes.item_text(3) == "10:03 … corrected (edited)"
        notes.remove_entry(fresh.doc_id)
        notes.remove_entry(999)  # not shown: nothing happens
        assert notes.item_count == 20 and notes.highlighted == 19


async def test_the_parents_text_is_never_markup_nor_raw_escapes() -> None:
    app = NotesApp([note(1, "[bold]not markup[/] \x1b[31mred")], 1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = drawn(app)
        assert "[bold]not markup[/] ␛[31mred" in screen
