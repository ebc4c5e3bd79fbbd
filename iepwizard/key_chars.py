"""The characters and displays of the app's named keys, known without Unicode's name table.

Textual finds a named key's character ("question_mark" is "?") by looking its name up among
Unicode's character names, and so for every key bound above the focused widget, each time it
works out which keys a text box may take for itself (`Screen._binding_chain`), and for each
key it writes in the Footer. Each look-up reads pages of the name table into memory: the first
screen's eleven look-ups cost 0.8 MiB of its 40 MiB. This table answers for the named keys the
app and Textual's own screens bind; any other key is asked of Textual, as before.
tests/test_key_chars.py checks each answer against Textual's own and that the first screen
makes no look-up.
"""

from __future__ import annotations

from collections.abc import Callable

#: Each named key -> (its character, or None where Textual finds none; how Textual writes it).
NAMED: dict[str, tuple[str | None, str]] = {
    "question_mark": ("?", "?"),
    "left_square_bracket": ("[", "["),
    "right_square_bracket": ("]", "]"),
    "left_curly_bracket": ("{", "{"),
    "right_curly_bracket": ("}", "}"),
    "minus": (None, "-"),
    "slash": (None, "/"),
    "space": (" ", "space"),
    "tab": ("\t", "tab"),
    "escape": ("\x1b", "esc"),
    "delete": ("\x7f", "del"),
    "enter": (None, "⏎"),
}


def is_function_key(key: str) -> bool:
    """F1-F12 (written "f1" ... "f12")."""
    return key[:1] == "f" and key[1:].isdigit()


def character(key: str, textual: Callable[[str], str | None]) -> str | None:
    """What Textual's `key_to_character` answers for `key`, asked of it (`textual`) only for
    a key neither this table nor the rules below know."""
    if len(key) == 1:
        return key
    if "+" in key or is_function_key(key):  # (a modifier's key, F1-F12: no character)
        return None
    if key in NAMED:
        return NAMED[key][0]
    return textual(key)


def display(key: str) -> str | None:
    """How Textual writes a named key of the table ("?" for "question_mark"), or None."""
    named = NAMED.get(key)
    return named[1] if named else None


def install() -> None:
    """Textual's screens find the characters of the table's keys here (once per process).
    (`textual.screen` imports `key_to_character` by name: that name is the one replaced.)"""
    from textual import screen

    asked: Callable[[str], str | None] | None = getattr(screen, _ASKED, None)
    if asked is None or getattr(asked, "__module__", "") == __name__:
        return  # (a Textual that no longer asks so: the test of the first screen says)
    textual_asked = asked

    def key_to_character(key: str) -> str | None:
        return character(key, textual_asked)

    setattr(screen, _ASKED, key_to_character)


_ASKED = "key_to_character"
