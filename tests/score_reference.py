"""The score finder's pieces as they were before issue 12's speed work (commit e640dcd), kept
to test the quicker ones against: the same answers on any text."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from iepwizard.core.scales import Area, key_of
from iepwizard.core.score_before import (
    _BACK,
    _CUE_WORDS,
    _GLUE,
    _NO_CUE,
    _NONE,
    GLUE_WORDS,
    _name_words,
    _test_in_brackets,
    tokens,
)
from iepwizard.core.score_finder import _KINDS, _Finder
from iepwizard.core.score_renamed import renamed_near
from iepwizard.core.scores import fits


def _cue(toks: list[str], i: int) -> str | None:
    """The type a token names ("SS", "T" before "=", "standard" before "score"...)."""
    t = toks[i]
    low = t.lower()
    after = toks[i + 1].lower() if i + 1 < len(toks) else ""
    before = toks[i - 1] if i > 0 else ""
    if t in ("SS", "IQ"):
        return "standard"
    if low == "scs":
        return "scaled"
    if t == "v":
        return "v" if after in ("=", ":") or (after == "-" and i + 2 < len(toks)
                                              and toks[i + 2].lower() == "scale") else None
    if low in ("standard", "scaled") and after.startswith("score"):
        return low
    if t in ("T", "t") and (after in {"=", ":", "-", "score", "scores", ""} or before == "("):
        return "t"
    if low in ("percentile", "ile") or t == "PR":
        return "percentile"
    if t == "GE" or (low == "equivalent" and before.lower() == "grade"):
        return "ge"
    if low in ("score", "scores", "scored") or t == "ss":
        return "score"
    return None


class SlowBefore:
    """score_before.Before as first written (e640dcd): its fields only."""

    #: One is made for nearly every score: slots make it and its fields quicker.
    __slots__ = ("abbr", "glue", "words", "text", "low", "start", "cue", "cue_at")

    def __init__(self, text: str, start: int, lengths: dict[str, tuple[int, ...]],
                 back: int = _BACK) -> None:
        low = max(0, start - back)
        if low and "   " in text[low:start]:  # (a table's gap counts as no space)
            low = max(0, low - min(text[low:start].count(" "), back))
        toks = tokens(text, low, start)
        if low > 0 and toks and not (text[low - 1].isspace() or text[low].isspace()):
            del toks[0]  # it may be the end of a word cut by the window (no space at the edge)
        i = len(toks) - 1
        self.abbr = ""  # "Verbal Comprehension (VCI) was 102"
        while i >= 0:
            token = toks[i]
            if token in _GLUE:  # glue written in lower case: the common case, one look-up
                i -= 1
            elif token == ")" and i >= 2 and toks[i - 2] == "(" and toks[i - 1][0].isupper() \
                    and toks[i - 1].isalpha() and len(toks[i - 1]) <= 6:
                self.abbr = self.abbr or toks[i - 1]
                i -= 3
            elif token == ")" and (opened := _test_in_brackets(toks, i)) >= 0:
                i = opened - 1  # "Full Scale IQ (WISC-V) was 96": a test's name in brackets
            elif token.lower() in GLUE_WORDS:
                i -= 1
            else:
                break
        self.glue = glue = toks[i + 1:]
        glue_end = i
        # The area's name ends at the last word, or at a glue word ("Core Language Score of
        # 78"): read as many words as the longest name ending there has.
        need = lengths.get(toks[i].casefold() if i >= 0 else "", _NONE)[0]
        for g in glue:
            if g[0].isalpha() and (k := lengths.get(g.casefold(), _NONE)[0]) > need:
                need = k
        words: list[str] = []
        i = _name_words(toks, i, need, words)
        if i < 0 < low and back == _BACK and len(words) < need:  # the name may go on
            wide_low = max(0, start - 2 * _BACK)
            if wide_low and "   " in text[wide_low:start]:
                wide_low = max(0, wide_low - min(text[wide_low:start].count(" "), 2 * _BACK))
            wide = tokens(text, wide_low, start)
            if wide_low > 0 and wide and not (text[wide_low - 1].isspace()
                                              or text[wide_low].isspace()):
                del wide[0]
            more = len(wide) - len(toks)
            # Read further back. Where the wider window ends in these same tokens (it
            # does unless the word cut at `low` splits in two), the glue stopped on a word
            # and no "(VCI)" can reach into the new tokens, reading it anew would only
            # repeat the above: the words read so far stand and reading goes on before them.
            if more >= 0 and wide[more:] == toks and glue_end >= 0 and not (
                    glue_end < 2 and toks[glue_end] == ")"):
                toks, low = wide, wide_low
                i = _name_words(toks, more - 1, need, words)
            else:
                self.__init__(text, start, lengths, 2 * _BACK)  # type: ignore[misc]
                return
        if not words and i >= 0 and toks[i][0].isalpha():
            words.append(toks[i])  # an unknown area's last word ("Phonics: SS 74")
            i -= 1
            while i >= 0 and len(words) < 4 and toks[i][0].isalpha():
                words.append(toks[i])
                i -= 1
        words.reverse()
        self.words = words
        self.text, self.low, self.start = text, low, start
        self.cue: str | None = None
        self.cue_at: list[int] = []  # where the glue names a type, from the last
        for index in range(len(glue) - 1, -1, -1):
            if glue[index] in _NO_CUE or glue[index].lower() not in _CUE_WORDS:
                continue
            kind = _cue(glue, index)
            if kind is not None:
                if self.cue is None or (self.cue == "score" and kind != "score"):
                    self.cue = kind
                self.cue_at.append(index)


def slow_nearest_test(finder: _Finder, pos: int, among: AbstractSet[str] | None = None,
                      reach: int | None = None) -> str | None:
    """_Finder.nearest_test as first written."""
    starts = finder._mentions()
    best, best_at = None, -1
    if among is None:
        index = bisect.bisect_left(starts, pos) - 1
        if index >= 0:
            best, best_at = finder._ids[index], starts[index]
    else:
        for test_id in among:
            named = finder._by_test.get(test_id)
            index = bisect.bisect_left(named, pos) - 1 if named else -1
            if index >= 0 and named is not None and named[index] > best_at:
                best, best_at = test_id, named[index]
    if best is None or (reach is not None and pos - best_at > reach):
        return None
    return best


def slow_resolve(finder: _Finder, areas: tuple[Area, ...], words: int, cue: str | None,
             pos: int, value: float) -> tuple[Area, str] | None:
    """_Finder.resolve as first written."""
    finder._mentions()
    if len(areas) == 1:  # most names belong to one test: the rules below, for one area
        area = areas[0]
        if (cue in _KINDS and area.kind != finder.scales.cue_kind(cue, area.test)) or (
                cue not in ("percentile", "ge") and not fits(area.kind, area.role, value)):
            return None
        if area.test in finder._by_test and (words >= 2 or min(finder._by_test[area.test]) < pos):
            return area, finder.scales.tests[area.test].name  # (a one-word area: named before)
        if words < 2 or (cue == "standard" and renamed_near(finder, pos)):
            return None  # (only a test the text names is named; nor a BOT-2 report's
        return area, ""  # "standard score" for another test's area)
    if cue == "standard" and any(finder.scales.tests[a.test].standard_is for a in areas):
        areas = tuple(a for a in areas if a.kind == finder.scales.cue_kind(cue, a.test))
        if not areas:
            return None
        cue = next(iter({a.kind for a in areas})) if len({a.kind for a in areas}) == 1 else cue
    pool: Sequence[Area] = [a for a in areas if a.kind == finder.scales.cue_kind(cue, a.test)
                            ] if cue in _KINDS else areas
    if cue not in ("percentile", "ge"):
        pool = [a for a in pool if fits(a.kind, a.role, value)]
    if not pool:
        return None
    named_tests = {a.test for a in areas} & finder._by_test.keys()
    if cue not in _KINDS and named_tests and not {a.test for a in pool} & named_tests:
        return None  # a named test's area was ruled out: not one of a test the text doesn't name
    tests = {a.test for a in pool}
    if len(tests) == 1:  # named before `pos` or, failing that, anywhere: the same here
        near = pool[0].test if pool[0].test in finder._by_test and (
            words >= 2 or min(finder._by_test[pool[0].test]) < pos) else None
    else:
        near = finder.nearest_test(pos, tests)
        if near is None and words >= 2 and len(named := tests & finder._by_test.keys()) == 1:
            near = named.pop()  # the only one of these tests the text names, after it
    if near is not None:
        for area in pool:  # the first of the pool's areas in that test
            if area.test == near:
                return area, finder.scales.tests[near].name
    if words < 2 or len({(a.kind, a.role) for a in pool}) > 1 or (
            cue == "standard" and renamed_near(finder, pos)):
        return None  # a one-word area ("Reading") needs its test named
    # (the name as written where one of them has it: "Working Memory" is the DAS-II's)
    return next((a for a in pool if finder.scales.areas.get(key_of(a.label)) is areas),
                pool[0]), ""
