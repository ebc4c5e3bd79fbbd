"""The app's named keys are known without Unicode's name table (see iepwizard/key_chars.py):
the same answers as Textual's, and no look-up of a character's name on the first screen."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
import textual.keys
from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.screen import Screen

from iepwizard import key_chars
from tests.test_key_display import EVERY_KEY

MakeApp = Callable[..., Any]
#: Every key bound: the registry's, and Textual's own screens' and app's.
BOUND = sorted({*EVERY_KEY, *key_chars.NAMED,
                *BindingsMap(Screen.BINDINGS).key_to_bindings,
                *BindingsMap(App.BINDINGS).key_to_bindings, "pageup", "home", "f12"})


def _never(key: str) -> str | None:
    raise AssertionError(f"{key!r} was asked of Textual")


@pytest.mark.parametrize("key", BOUND)
def test_the_same_character_as_textuals(key: str) -> None:
    ours = key_chars.character(key, textual.keys.key_to_character)
    assert ours == textual.keys.key_to_character(key)


@pytest.mark.parametrize("key", sorted(key_chars.NAMED))
def test_named_keys_are_never_asked_of_textual(key: str) -> None:
    assert key_chars.character(key, _never) == key_chars.NAMED[key][0]
    assert key_chars.display(key) == textual.keys.format_key(key)
    assert App().get_key_display(Binding(key, "bell")) == key_chars.display(key)


async def test_the_first_screen_looks_up_no_characters_name(
        make_app: MakeApp, monkeypatch: pytest.MonkeyPatch) -> None:
    # Textual caches its answers: emptied, so the first screen asks again as a new app's does
    textual.keys.key_to_character.cache_clear()
    textual.keys.format_key.cache_clear()
    asked: list[str] = []
    lookup = unicodedata.lookup

    def counted(name: str) -> str:
        asked.append(name)
        return lookup(name)

    monkeypatch.setattr(unicodedata, "lookup", counted)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.focused is not None  # (the binding chain is read above a focus)
        assert app.screen.active_bindings  # (and was read)
    assert asked == []
