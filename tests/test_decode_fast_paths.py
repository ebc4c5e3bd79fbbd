"""The decoder's shortcuts answer as what they stand in for: `blank`'s byte test for text
with nothing to blank, and the glossary's names made once per glossary."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from iepwizard.core import decode as decode_module
from iepwizard.core.escapes import SEQUENCE, blank
from iepwizard.core.loader import load_content
from iepwizard.core.locations import content_dir

_CHARS = st.sampled_from(["a", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x00", "\x1b", "\x7f",
                          "\x85", "\x9b", "]", "~", "\u00e9", "\u2019", "[", "7", "\u00a9",
                          "\u0100", "\ud800", "\U0001f600", "\u2014"]) | st.sampled_from(
    ["\x1b]0;title\x07", "\x1b]52;c;aGk=\x1b\\", "\x1b[31m", "\x1b[", "\x9b2J", "\x1bP1$r\x9c",
     "\x9d8;;x\x07", "\x1b(B", "\x1b]", "\x1b\\", "\x1bX", "\x07", "\x9c", "\x1b_a"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_CHARS, max_size=30).map("".join))
def test_the_byte_test_blanks_as_the_substitution(text: str) -> None:
    assert blank(text) == _substituted(text)


def _substituted(text: str) -> str:
    """What `blank` stands in for: every sequence replaced, trying every character."""
    return SEQUENCE.sub(lambda m: " " * len(m.group()), text)


def test_text_with_nothing_to_blank_is_the_same_object() -> None:
    text = "Reading Comprehension:\tSS = 84\r\n~ [PR 14] ~" * 10
    assert blank(text) is text
    assert blank(text + "\x7f") == _substituted(text + "\x7f") != text + "\x7f"


def test_the_names_are_made_anew_for_another_glossary() -> None:
    content = load_content(content_dir())
    names = decode_module._names(content)
    assert decode_module._names(content) is names
    assert names["ss"] == "standard-score"
    fewer = content._replace(terms={k: v for k, v in content.terms.items()
                                    if k != "standard-score"})
    assert "ss" not in decode_module._names(fewer)
    assert decode_module._names(content) == names
