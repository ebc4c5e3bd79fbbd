"""Forms a keyboard user can work: the first field focused on open, Tab from the list to the
first field (the buttons after the fields), Enter opens the chosen child, a new child asks for
a name; no empty related-terms box; a path in a message on a line of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Button, OptionList

from iepwizard.core.store import Store
from iepwizard.screens.ask_name import AskScreen
from iepwizard.screens.letters import LettersScreen
from iepwizard.widgets.letter_form import LetterForm

from .helpers import child_id, until
from .screen_cells import lines
from .screen_tour import SCREENS, TODAY, seed

MakeApp = Callable[..., Any]

#: Each form, and the field that has the focus when it opens.
FIRST_FIELDS = {"letters": "letter-to", "journal": "journal-text", "contacts": "contact-who",
                "questions": "question-input", "search": "search-input",
                "profile": "parent-name", "ask_name": "answer", "sent": "sent-date",
                "new_meeting": "meeting-date", "save_scores": "save-name",
                "glossary": "glossary-search", "meeting": "note-input"}


@pytest.mark.parametrize("name", sorted(FIRST_FIELDS))
async def test_the_first_field_has_the_focus(name: str, make_app: MakeApp,
                                            store: Store) -> None:
    seed(store)
    app = make_app()
    app.today = lambda: TODAY
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS[name](pilot)
        focused = app.screen.focused
        assert focused is not None and focused.id == FIRST_FIELDS[name], focused


async def test_welcome_focuses_the_first_field(make_app: MakeApp) -> None:
    app = make_app(child=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.focused is not None, "a focused field")
        focused = app.screen.focused
        assert focused is not None and focused.id == "parent-name", focused


def _index(chain: list[Widget], widget: Widget) -> int:
    return chain.index(widget)


async def test_letters_tab_goes_from_the_list_to_the_first_field(make_app: MakeApp,
                                                                 store: Store) -> None:
    seed(store)
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await SCREENS["letters"](pilot)
        screen = app.screen
        assert isinstance(screen, LettersScreen)
        chain = screen.focus_chain
        fields = [w for w in chain if screen.query_one(LetterForm) in w.ancestors]
        buttons = [w for w in chain if isinstance(w, Button)]
        assert fields and buttons
        assert max(map(chain.index, fields)) < min(map(chain.index, buttons))
        await pilot.press("shift+tab")
        assert screen.focused is screen.query_one("#letter-list", OptionList)
        await pilot.press("tab")
        assert screen.focused is not None and screen.focused.id == "letter-to"


async def test_enter_opens_the_chosen_child(make_app: MakeApp, store: Store) -> None:
    seed(store)
    store.add_child("Maya")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["profile"](pilot)
        children = app.screen.query_one("#children", OptionList)
        children.focus()
        children.highlighted = children.get_option_index(child_id(store, "Maya"))
        await pilot.press("enter")
        await until(pilot, lambda: app.child_id == child_id(store, "Maya"), "Maya opened")
        await until(pilot, lambda: type(app.screen).__name__ == "WizardScreen", "the guide")
        assert app.screen.title == "Maya"


@pytest.mark.parametrize("answer", ["Maya", None])
async def test_a_new_child_is_asked_for_a_name(answer: str | None, make_app: MakeApp,
                                              store: Store) -> None:
    seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["profile"](pilot)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, AskScreen), "the name question")
        assert [c.name for c in store.children()] == ["Sam"]  # nothing made yet
        if answer is None:
            await pilot.press("escape")
        else:
            await pilot.press(*answer, "enter")
        await until(pilot, lambda: not isinstance(app.screen, AskScreen), "answered")
        store.flush(10)
        names = [c.name for c in store.children()]
        assert names == (["Sam", answer] if answer else ["Sam"])


async def test_no_empty_related_terms_box(make_app: MakeApp, store: Store) -> None:
    seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["glossary"](pilot)
        related = app.screen.query_one("#related", OptionList)
        assert related.display and related.option_count  # "504 coordinator" has one
        await pilot.press(*"qqzzxx")
        await until(pilot, lambda: not related.display, "the box hidden")
        rows = lines(app.export_screenshot(), 80, 24)
        assert not any("Related terms" in row for row in rows)
        assert any("No term matches that search." in row for row in rows)


async def test_a_path_in_a_message_is_never_cut_mid_word(make_app: MakeApp,
                                                         store: Store) -> None:
    seed(store)
    path = "/home/maria/.local/share/iepwizard/exports/notes-Sam-2026-11-28.md"
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await SCREENS["wizard"](pilot)
        app.notify(f"Copied to the clipboard. Also saved as {path} and, to print, "
                   f"{path[:-3]}.html", title="Notes exported")
        await until(pilot, lambda: len(app.screen.query("Toast")) == 1, "the message")
        await pilot.pause()
        rows = lines(app.export_screenshot(), 80, 24)
        assert any(path in row for row in rows), "\n".join(rows)
        assert any(path[:-3] + ".html" in row for row in rows)
