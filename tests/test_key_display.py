"""The app writes every key of the key registry as Textual writes it (the Footer, the help
screen, the palette), without Textual's look-up of Unicode's character names where a key
names none (a letter, a digit, F1-F12: the look-up costs 0.7 MiB of memory at start-up)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.app import App
from textual.binding import Binding

from iepwizard import keys

MakeApp = Callable[..., Any]
REGISTRY = [keys.APP, keys.WIZARD, keys.MEETING, keys.LETTERS, keys.JOURNAL, keys.CONTACTS,
            keys.QUESTIONS, keys.SEARCH, keys.DATES, keys.REVIEW, keys.LEDGER, keys.DECODER,
            keys.SCORES]
EVERY_KEY = sorted({one for group in REGISTRY for k in group for one in k.keys.split(",")}
                   | {"ctrl+shift+a", "shift+f5", "alt+x", "ctrl+0", "f12", "escape",
                      "question_mark", "ctrl+c", "super+c", "é", "A"})


@pytest.mark.parametrize("key", EVERY_KEY)
def test_written_as_textual_writes_it(key: str) -> None:
    binding = Binding(key, "bell", "Bell")
    assert keys.plain_display(binding) in (None, App().get_key_display(binding))


async def test_the_app_writes_keys_so(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)):
        for key in EVERY_KEY:
            binding = Binding(key, "bell", "Bell")
            assert app.get_key_display(binding) == App().get_key_display(binding), key


def test_only_letters_digits_function_keys_and_known_names_skip_textual() -> None:
    assert keys.plain_display(Binding("ctrl+q", "quit")) == "^q"
    assert keys.plain_display(Binding("f1", "help")) == "f1"
    assert keys.plain_display(Binding("question_mark", "help")) == "?"
    assert keys.plain_display(Binding("escape", "back")) == "esc"
    assert keys.plain_display(Binding("pageup", "back")) is None
    assert keys.plain_display(Binding("é", "bell")) is None
    assert keys.plain_display(Binding("x", "bell", key_display="X!")) == "X!"
