"""Which characters typed are text (core/safe_text.py)."""

from __future__ import annotations

from iepwizard.core.safe_text import is_text


def test_which_characters_typed_are_text() -> None:
    """Spaces, joiners and soft hyphens are text, though Python does not call them printable;
    control characters and line separators are not."""
    for character in "\u00a0\u2009\u202f\u200d\u200c\u00ad\u2060\u3000":
        assert is_text(character), repr(character)
    for character in "\x1b\x07\x00\n\t\u2028\u2029\x85" + "ab":
        assert not is_text(character), repr(character)
    assert not is_text("") and not is_text("ab")
