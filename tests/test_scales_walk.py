"""The tests' names found without compiling their patterns (`TrieWalk`, for short texts):
the very matches of the compiled patterns, in the corpus, at every place, and in texts made
to trip it (dashes that are both a name's character and a separator, runs of separators,
names that begin others, a text's end)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepwizard.core import scales as scales_module
from iepwizard.core.name_starts import SEPARATOR
from iepwizard.core.scales import FILE_NAME, Scales, parsed
from iepwizard.core.trie import TrieWalk, trie_pattern

REPO = Path(__file__).resolve().parent.parent
TEXTS = sorted((REPO / "tests" / "corpus").rglob("*.txt"))


def _pair() -> tuple[Scales, Scales]:
    """The shipped scales twice: one that compiles its patterns, one that walks."""
    compiled, walked = (parsed(REPO / "content" / FILE_NAME) for _ in range(2))
    compiled._split()
    return compiled, walked


@pytest.fixture
def pair(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Scales, Scales]]:
    monkeypatch.setattr(scales_module, "WALK_BUDGET", 10 ** 12)
    yield _pair()


def _spans(found: object) -> object:
    return None if found is None else (found.span(), found.group())  # type: ignore[attr-defined]


def test_the_corpus_texts_name_the_same_tests(pair: tuple[Scales, Scales]) -> None:
    compiled, walked = pair
    assert len(TEXTS) > 50
    named = 0
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        mentions = compiled.test_mentions(text)
        assert walked.test_mentions(text) == mentions, path.name
        named += len(mentions)
    assert walked._halves is None and walked._pattern is None  # (walked, never compiled)
    assert named > 300


def test_a_match_at_every_place_is_the_same(pair: tuple[Scales, Scales]) -> None:
    compiled, walked = pair
    for path in TEXTS[::8]:
        text = path.read_text(encoding="utf-8")[:4000]
        for pos in range(len(text)):
            for whole in (False, True):
                assert _spans(walked.test_match(text, pos, whole)) == _spans(
                    compiled.test_match(text, pos, whole)), (path.name, pos, whole)
    for name in compiled.test_names:  # every name, whole, and its end cut off
        for text in (name, name[:-1], f"{name}s", name.replace(" ", " \t\n- ")):
            for whole in (False, True):
                assert _spans(walked.test_match(text, 0, whole)) == _spans(
                    compiled.test_match(text, 0, whole)), (text, whole)
    assert walked._halves is None


def test_the_separators_are_the_patterns() -> None:
    separator = re.compile(SEPARATOR)
    for code in [*range(0x3000), *range(0x3000, 0x110000, 97), 0x3000, 0x202F, 0x205F]:
        char = chr(code)
        assert scales_module._separates(char) == bool(separator.fullmatch(char)), hex(code)


#: Words whose units are characters and runs (" "): a literal dash that a run also takes
#: ("a\u2013bb" and "a b": the run is tried first), a run before one ("x \u2013": the longest
#: run that leaves the dash is tried first), words that begin others, a one-character word.
WORDS = ["a\u2013b", "a\u2013bb", "a b", "a", "a  c", "ab", "abc d", "b\u2014", "b c", "c",
         "A-1", "A 1x", "x\u2010 y", "x y", "x \u2013", "y \u2010 \u2014"]
CHARS = ["a", "b", "c", "d", "x", "y", "A", "1", " ", "  ", "\t", "\n", "-", "--",
         "\u2010", "\u2013", "\u2014", "\u00a0", "/", "z"]


def _units(word: str) -> list[str]:
    return [" " if u.strip(" -") == "" else u for u in re.findall(r"[\s\-]+|.", word)]


def test_made_up_texts_match_as_the_compiled_pattern_does() -> None:
    units = [_units(word) for word in WORDS]
    pattern = re.compile(trie_pattern(units, scales_module._name_unit))
    walk = TrieWalk(units, scales_module._name_unit, " ", scales_module._separates)
    chance = random.Random(16)
    pieces = CHARS + WORDS + [word[:-1] for word in WORDS]
    texts = ["a\u2013bb", "x \u2013\u2013", "x\u2010 \u2013y"] + [
        "".join(chance.choice(pieces) for _ in range(chance.randrange(0, 8)))
        for _ in range(4000)]
    for text in texts:
        assert [_spans(m) for m in walk.finditer(text)] == [
            _spans(m) for m in pattern.finditer(text)], repr(text)
        for pos in range(len(text) + 1):
            assert _spans(walk.match(text, pos)) == _spans(pattern.match(text, pos)), (text, pos)
            assert _spans(walk.fullmatch(text, pos)) == _spans(
                pattern.fullmatch(text, pos)), (text, pos)


def test_a_long_text_or_many_compile_the_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Walking is for short texts: past `WALK_BUDGET` characters the patterns are compiled,
    and used from then on."""
    monkeypatch.setattr(scales_module, "WALK_BUDGET", 1000)
    scales = parsed(REPO / "content" / FILE_NAME)
    line = "Reading Composite SS = 84 on the WISC-V and the i-Ready.\n"
    assert scales.test_mentions(line) and scales._halves is None
    assert scales.test_match("KTEA-3 Reading") is not None and scales._halves is None
    assert scales.test_mentions(line * 30) == _pair()[0].test_mentions(line * 30)
    assert scales._halves is not None
    assert isinstance(scales.test_match("KTEA-3 Reading"), re.Match)


def test_a_name_a_walk_cannot_take_is_found_by_the_pattern(pair: tuple[Scales, Scales]) -> None:
    """A run of separators with a tab in it is a unit of its own, written as it stands
    (`_name_units`): no walk takes it, and the patterns are compiled."""
    _, walked = pair
    info = walked.tests["wisc-v"]
    walked.tests["wisc-v"] = info._replace(names=(*info.names, "WISC\t- Five"))
    walked.test_ids[scales_module.test_key("WISC\t- Five")] = "wisc-v"
    text = "the WISC\t- Five and the KTEA-3"
    assert [i for _, i in walked.test_mentions(text)] == ["wisc-v", "ktea-3"]
    assert walked._halves is not None and walked._walks is None
