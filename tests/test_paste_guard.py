"""A bracketed paste that holds escape sequences reaches the app whole and in order, through
Textual's own terminal input parser (iepwizard/paste_guard.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual import events
from textual._xterm_parser import XTermParser
from textual.message import Message

from iepwizard.paste_guard import END, QUOTE, STAND_IN, START, PasteGuard, install, restore

install()


def read(*chunks: str) -> list[Message]:
    """What Textual's parser makes of the terminal's input, read in these chunks."""
    parser = XTermParser()
    found: list[Message] = []
    for chunk in chunks:
        if chunk:  # ("" tells the parser the input has ended)
            found += parser.feed(chunk)
    return found


def pasted(found: list[Message]) -> list[str]:
    return [event.text for event in found if isinstance(event, events.Paste)]


def test_a_paste_with_escape_sequences_is_one_paste_in_order() -> None:
    """It was the keys "^[31mBBB^[0m CCC", then the paste "AAA " (saved as "...CCCAAA ")."""
    text = "AAA \x1b[31mBBB\x1b[0m CCC\nline two \x1b]0;title\x07 end"
    found = read(START + text + END)
    assert pasted(found) == [text]
    assert not [event for event in found if isinstance(event, events.Key)]


def test_cut_across_reads_anywhere() -> None:
    data = "x" + START + "a \x1b[1mb\x1b[0m c" + END + "y"
    for cut in range(1, len(data)):
        for second in range(cut, len(data)):
            found = read(data[:cut], data[cut:second], data[second:])
            assert pasted(found) == ["a \x1b[1mb\x1b[0m c"], (cut, second)
            assert [e.key for e in found if isinstance(e, events.Key)] == ["x", "y"]


def test_the_escape_key_and_other_keys_are_untouched() -> None:
    found = read("\x1b[A", "q")  # up, then q
    assert [e.key for e in found if isinstance(e, events.Key)] == ["up", "q"]
    assert PasteGuard().guard("\x1b") == "\x1b"  # a lone Escape is not held back


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(["a", " ", "\n", "\x1b", "[", "1", "m", "~", "2", "0",
                                STAND_IN, QUOTE, "é"]), max_size=30))
def test_any_pasted_text_comes_back_exactly(text: str) -> None:
    if END in text:
        return  # (the terminal ends the paste there)
    guard = PasteGuard()
    marked = guard.guard(START + text + END)
    assert "\x1b" not in marked[len(START):-len(END)]
    assert restore(marked[len(START):-len(END)]) == text
    found = read(START + text + END)
    assert pasted(found) == [text.replace("\x00", "")]  # (Textual drops NUL characters)
