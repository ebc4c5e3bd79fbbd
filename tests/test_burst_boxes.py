"""The burst-proof boxes (widgets/burst.py) in the app: what a multi-line box draws of a saved
text with escape codes, what a paste puts into a one-line field, and where a paste that comes
right after Tab lands."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import TextArea

from iepwizard.app import IEPWizardApp
from iepwizard.core.store import Store
from iepwizard.screens.journal import DRAFT, JournalScreen
from iepwizard.screens.letters import LettersScreen
from iepwizard.widgets.burst import BurstArea, SaveArea

from .helpers import child_id, flushed, settled, until

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]
HOSTILE = "Red \x1b[31mtext\x1b[0m, a title \x1b]0;pwned\x07 and a bell \x07"
SHOWN = "Red ␛[31mtext␛[0m, a title ␛]0;pwned␇ and a bell ␇"
RAW = {chr(c) for c in [*range(0x00, 0x09), *range(0x0b, 0x20), 0x7f, *range(0x80, 0xa0)]}


def drawn(area: TextArea) -> str:
    """What the box sends to the terminal for its first row."""
    return "".join(segment.text for segment in area.render_line(0))


async def test_a_saved_draft_with_escape_codes_is_drawn_as_symbols(make_app: MakeApp,
                                                                    store: Store) -> None:
    store.add_child("Sam")
    cid = child_id(store)
    store.set_draft(cid, DRAFT, HOSTILE)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen), "the journal")
        area = app.screen.query_one(SaveArea)
        await until(pilot, lambda: area.text == HOSTILE, "the draft in the box")
        assert area.get_line(0).plain == SHOWN
        await pilot.pause()
        assert SHOWN in drawn(area) and not RAW & set(drawn(area))
        await pilot.press("ctrl+s")  # saved as it was kept, escape codes and all
        await until(pilot, lambda: store.journal(cid), "saved")
    [entry] = store.journal(cid)
    assert entry.text == HOSTILE


async def test_a_letter_field_draft_is_drawn_as_symbols_and_kept(make_app: MakeApp,
                                                                 store: Store) -> None:
    store.add_child("Sam")
    cid = child_id(store)
    store.set_letter_draft(cid, "evaluation-request", {"concerns": HOSTILE})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await app.run_action("go_step('put-it-in-writing')")
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LettersScreen)
                    and bool(app.screen.query("#field--concerns")), "the letter's form")
        area = app.screen.query_one("#field--concerns", BurstArea)
        assert area.text == HOSTILE and area.get_line(0).plain == SHOWN
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press(*" ok")
        await until(pilot, lambda: store.letter_draft(cid, "evaluation-request")
                    .get("concerns") == HOSTILE + " ok", "the edit kept")
        assert flushed(store)
        assert not RAW & set(drawn(area))
