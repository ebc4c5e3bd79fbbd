"""The long text's scan (trie_scan.py) finds exactly what the word-by-word reading finds.

The scan decides most hits from what its regex matched; the word-by-word reading (used for
short texts, the matcher as first written) tries every form at every word. On texts made of
glossary names in every case, with plural endings, gaps, numbers, shorthand and characters
that fold oddly, both give the same matches, number positions and shorthand starts. The
context check's shortcuts (a context word looked for as plain text first, the words read
from the lowered text, the sentence boundary regex) answer as what they stand in for.
bench/decode_parity.py compares whole results with an earlier commit's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iepwizard.core import shorthand
from iepwizard.core.context import (
    _BOUNDARY,
    NEAR_WORDS,
    Context,
    _short_line,
    counts_near,
    near_words,
)
from iepwizard.core.glossary import WORD, Matcher, lower_in_place
from iepwizard.core.loader import load_content
from iepwizard.core.score_raters import SENTENCE_END
from iepwizard.core.term_forms import NUMBERS, SHORT
from iepwizard.core.trie_scan import ascii_shadow

CONTENT = load_content(Path(__file__).resolve().parent.parent / "content")
MATCHER = Matcher(CONTENT.terms.values())
_NAMES = sorted({n for t in CONTENT.terms.values() for n in (*t.names, *t.context_acronyms)})
_NAMES += [n.lower() for n in _NAMES[::3]] + [n.upper() for n in _NAMES[1::3]]
_CONTEXT_WORDS = sorted({w for t in CONTENT.terms.values() for w in t.context_words})
_PIECES = ["'s", "\u2019s", "s", "es", "s'", "'", " ", " ", " ", "  ", "\n", "\n\n", "-", "/",
           "\u2013", ". ", ", ", "; ", "_", ":", "(", ")", "12", "3rd", "2x", "1x30", "504",
           "007", "12:1:1", "30 min", "2x/week", "2 x/week", "15:1", "3 X 30", "60 MIN", "4:",
           "1\u2003x", "10\tmin", "\u2014", "\u2022", "\u00e9", "\u0663", "\u00a0", "\u2019s",
           "\u017f", "\u0130", "\u212a", "\u00df", "\u03a3",
           "the", "student", "was", "and", "at", "WE", "NOT", "A"]
_SUFFIXES = ["", "", "", "'s", "\u2019s", "s", "es", "s'", "'", "'S", "_", "\u2019", "s\u2019"]
_GAPS = [" ", " ", " ", "  ", "\n", "\n\n", "-", "/", "\u2013", ". ", ", ", "; ", ":", "(", ")",
         "", "x"]
_ITEMS = st.tuples(st.sampled_from(_NAMES) | st.sampled_from(_PIECES)
                   | st.sampled_from(_CONTEXT_WORDS), st.sampled_from(_SUFFIXES),
                   st.sampled_from(_GAPS)).map("".join)
texts = st.lists(_ITEMS, max_size=25).map("".join)


def _both(text: str) -> tuple[object, object]:
    """What each way finds: matches, numbers, and the shorthand at the starts it hands on
    (the scan hands on only numbers that a ratio or a frequency may start with)."""
    lowered = lower_in_place(text)
    numbers: list[int] = []
    short: list[int] = []
    scanned = MATCHER._find_long(text, lowered, ascii_shadow(lowered), numbers, short)
    numbers2: list[int] = []
    short2: list[int] = []
    read = MATCHER._find_short(text, lowered, numbers2, short2)
    assert set(short) <= set(short2)
    wanted = MATCHER._shorthand
    return ((scanned, numbers, shorthand.find(text, short, wanted)),
            (read, numbers2, shorthand.find(text, short2, wanted)))


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_the_scan_finds_what_reading_word_by_word_finds(text: str) -> None:
    scanned, read = _both(text)
    assert scanned == read


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_shorthand_is_tried_only_where_it_may_go_on(text: str) -> None:
    """The word-by-word reading hands shorthand.find only the numbers a ratio or a
    frequency may go on after (`_may_go_on`): it finds what it finds at every number."""
    lowered = lower_in_place(text)
    short: list[int] = []
    MATCHER._find_short(text, lowered, [], short)
    every = [w.start() for w in WORD.finditer(lowered)
             if (forms := MATCHER._index.get(w[0])) is NUMBERS or forms is SHORT]
    wanted = MATCHER._shorthand
    assert set(short) <= set(every)
    assert shorthand.find(text, short, wanted) == shorthand.find(text, every, wanted)


def test_the_scan_on_every_name_alone_and_in_a_sentence() -> None:
    for name in _NAMES:
        for text in (name, f"The {name} was 85.", f"{name}'s plan", f"({name}) 2x/week",
                     f"{name}s and {name.upper()}S", f"{name}-{name}"):
            scanned, read = _both(text)
            assert scanned == read, text


def test_the_scan_is_not_the_same_code() -> None:
    """The comparison above can fail: the scan's table decides most hits alone."""
    _, _, table = MATCHER.scan()
    assert sum(isinstance(v, str) for v in table.values()) > 300


_OLD_BOUNDARY = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n")
_OLD_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")


@settings(max_examples=1500, deadline=None)
@given(st.text(".!?;\n \t\u00a0\u2028ab", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_the_boundary_regexes_are_the_old_ones(text: str, low: int, high: int) -> None:
    for new, old in ((_BOUNDARY, _OLD_BOUNDARY), (SENTENCE_END, _OLD_SENTENCE_END)):
        spans = [m.span() for m in new.finditer(text, low, high)]
        assert spans == [m.span() for m in old.finditer(text, low, high)]
        found, was = new.search(text, low, high), old.search(text, low, high)
        assert (found and found.span()) == (was and was.span())


def _near_words_as_first_written(text: str, start: int, end: int) -> list[str]:
    """context.near_words before its shortcuts (ASCII patterns, a short stretch read first)."""
    low, high = max(0, start - 24 * NEAR_WORDS), min(len(text), end + 24 * NEAR_WORDS)
    ends = [m.end() for m in _OLD_BOUNDARY.finditer(text, low, start)]
    low = ends[-1] if ends else low
    cut = text.rfind("\n", low, start) + 1
    while cut - 1 > low:
        if _short_line(text, cut - 1):
            low = cut
            break
        cut = text.rfind("\n", low, cut - 1) + 1
    boundary = _OLD_BOUNDARY.search(text, end, high)
    high = boundary.start() if boundary else high
    line_end = text.find("\n", end, high)
    while line_end >= 0:
        if _short_line(text, line_end):
            high = line_end
            break
        line_end = text.find("\n", line_end + 1, high)
    near = WORD.findall(text, low, start)[-NEAR_WORDS:] + WORD.findall(text, end, high)[
        :NEAR_WORDS]
    return [word.lower() for word in near]


_CONTEXTS = [Context.of(t) for t in CONTENT.terms.values() if t.context_acronyms]


@settings(max_examples=400, deadline=None)
@given(st.lists(_ITEMS, max_size=60).map("".join))
def test_the_context_shortcuts_answer_as_reading_the_words(text: str) -> None:
    lowered = lower_in_place(text)
    for word in WORD.finditer(text):
        start, end = word.span()
        near = near_words(text, start, end)
        assert near == _near_words_as_first_written(text, start, end)
        assert [w for w in near_words(text, start, end, lowered) if w.isascii()] == [
            w for w in near if w.isascii()]
        for context in _CONTEXTS:
            counts = context.found_in(near)
            assert context.found_in(near_words(text, start, end, lowered)) == counts
            assert counts_near(context, text, start, end, lowered) == counts
            assert counts <= context.maybe_near(lowered, start, end)


def test_the_shadows_stand_ins_are_what_the_regexes_see() -> None:
    """ascii_shadow's premises, over every character: str.isspace is what \\s matches,
    str.isalnum what [^\\W_] matches, and only four characters besides the letters
    themselves match an ASCII letter under re.IGNORECASE (those make no shadow)."""
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert re.findall(r"\s", every) == [c for c in every if c.isspace()]
    assert re.findall(r"[^\W_]", every) == [c for c in every if c.isalnum()]
    assert re.findall(r"(?i)[a-z]", every) == ["\u0130", "\u0131", "\u017f", "\u212a"]


def test_the_shadow_is_used_for_text_beyond_ascii() -> None:
    text = "The IEP\u2019s goals \u2014 speech\u2013language therapy \u2022 caf\u00e9 " * 2000
    lowered = lower_in_place(text)
    shadow = ascii_shadow(lowered)
    assert shadow is not None and shadow.isascii() and len(shadow) == len(lowered)
    assert ascii_shadow(lowered + "\u017f") is None
    scanned, read = _both(text)
    assert scanned == read


@settings(max_examples=800, deadline=None)
@given(texts.filter(lambda t: not t.isascii() and ascii_shadow(lower_in_place(t)) is not None))
def test_the_shadow_finds_what_reading_word_by_word_finds(text: str) -> None:
    scanned, read = _both(text)
    assert scanned == read


def _report(size: int, extra: str = "") -> str:
    words = " ".join(_NAMES[:80]) + " the 12th percentile, SS 85, 30 min 2x/week" + extra
    return ((words + ". ") * (size // (len(words) + 2) + 1))[:size]


def test_a_cold_matcher_reads_a_report_word_by_word_then_the_ready_scan_reads_it_alike(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Compiling the scan (a quarter of a second) pays within one text only past a few MB:
    a report read before the scan is ready is read word by word, with the same answers."""
    from iepwizard.core import glossary

    for text in (_report(30_000), _report(30_000, " “curly” café")):  # plain, and shadowed
        cold = Matcher(CONTENT.terms.values())
        numbers: list[int] = []
        found = cold.find(text, numbers)
        assert not cold.ready  # nothing compiled for it
        cold.warm()
        assert cold.ready
        numbers2: list[int] = []
        assert cold.find(text, numbers2) == found and numbers2 == numbers
    big = Matcher(CONTENT.terms.values())
    monkeypatch.setattr(glossary, "COMPILE_PAYS", 25_000)
    big.find(_report(30_000), [])
    assert big.ready  # a text past COMPILE_PAYS compiles the scan for itself


def _found_in_as_first_written(context: Context, words: list[str]) -> bool:
    """Context.found_in before its plurals were written out (`singles`, `spaced`)."""
    if not context.words.isdisjoint(words) or not context.words.isdisjoint(
            [w[:-1] for w in words if w.endswith("s")]):
        return True
    joined = " " + " ".join(words) + " "
    return any(f" {phrase} " in joined or f" {phrase}s " in joined
               for phrase in context.phrases)


#: Near words are words of the text: none holds a space.
_CONTEXT_WORDS = sorted({word for c in _CONTEXTS for phrase in (*c.words, *c.phrases)
                         for word in phrase.split(" ")})


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CONTEXT_WORDS).flatmap(
    lambda w: st.sampled_from([w, w + "s", w[:-1], "x" + w, w + "x"])) | st.sampled_from(
    ["s", "", "the", "score", "86"]), max_size=16))
def test_found_in_answers_as_first_written(words: list[str]) -> None:
    for context in _CONTEXTS:
        assert context.found_in(words) == _found_in_as_first_written(context, words)
