"""Scores written before what they belong to, as lists in running text.

- The area after the score: "a scaled score of 8 on Word Classes, 6 on Following Directions
  and 5 on Recalling Sentences", "he scored 7 on Coding". Read only where no area stands
  before the number, and only a name the scales file knows, capitalised, right after "on"
  (or "on the").
- The tests before a list of scores: "The PPVT-5 and EVT-3 standard scores were 88 and 79":
  as many scores as tests, each the total score of its test in the order written. Where the
  counts differ, no score is put on any of the tests (the text does not say whose is which).
- The areas listed before a list of scores: "Shift, Initiate and Task-Monitor were within
  normal limits (T-scores of 58, 57 and 59, respectively)", "Anxiety and Depression were
  elevated (T-scores of 68 and 71)": each the area's in the order written (known names,
  with capitals, joined by commas or "and"). Where the counts differ, no score is put on
  any of the areas (the first number was the last area's).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from . import lazy_re
from .scales import NAME_TOKEN, Area
from .score_raters import names_a_rater
from .scores import NORMED, Score, plausible

if TYPE_CHECKING:
    from .score_finder import _Finder

#: "on" or "on the" (or "for") after a score, then the first letter of an area's name.
_ON = lazy_re.compile(r"[ \t]+(?:on|for|in)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Za-z])")
#: What a report writes in brackets right after a score, before "on" and its area.
_BRACKET = lazy_re.compile(r"[ \t]*\([^()\n]{1,40}\)")
#: The characters after "on" an area's name is read from (the longest names are shorter).
_NAME_REACH = 60
#: What ends an area's name after "on": a sign that ends a clause or a list's item.
_NAME_STOP = lazy_re.compile(r"[.,;:()!?]|\n[ \t]*\n")
#: A number in a list after the first: a comma or "and" before it (as score_prose's
#: `_CONTINUE`), and no unit or range after it (read by `read_prose` as usual).
_NEXT = lazy_re.compile(r"\s*(?:,\s*(?:and|&)?|and|&)\s*(\d{1,3})(?![\w%/:-]|\.\d)")


def area_after(finder: _Finder, end: int, cue: str | None, pos: int,
               value: float) -> tuple[Area, str, int] | None:
    """The area named right after a score ending at `end` ("... 8 on Word Classes"): the area,
    its test's name ("" when the text names none of the tests that have it), and where the
    name ends; None where no known area's name follows "on"."""
    text = finder.text
    on = _ON.match(text, end)
    if on is None and (bracket := _BRACKET.match(text, end)) is not None:
        if (named := _bracketed_area(finder, bracket, cue, pos, value)) is not None:
            return named  # "9 (Block Design)"
        on = _ON.match(text, bracket.end())  # "102 (55th percentile) on Math Concepts"
    if on is None or not text[on.end()].isupper():
        return None  # (an area after a score is written as a name: "on reading tasks" is none)
    stop = _NAME_STOP.search(text, on.end(), on.end() + _NAME_REACH)
    words = list(islice(NAME_TOKEN.finditer(text, on.end(), stop.start() if stop else
                                            on.end() + _NAME_REACH), finder.scales.longest))
    for k in range(len(words), 0, -1):
        found = finder.scales.written([w[0] for w in words[:k]])
        if not found:
            continue
        resolved = finder.resolve(found, k, cue, pos, value)
        if resolved is None:
            return None  # (the longest name decides, as before a number)
        return *resolved, words[k - 1].end()
    return None


def _bracketed_area(finder: _Finder, bracket: re.Match[str], cue: str | None, pos: int,
                    value: float) -> tuple[Area, str, int] | None:
    """The area a score's brackets hold whole, right after it ("9 (Block Design)"), as
    `area_after` gives it; None where they hold anything else."""
    inside = bracket[0].strip()[1:-1].strip()
    if not inside[:1].isupper():
        return None
    words = NAME_TOKEN.findall(inside)
    found = finder.scales.written(words) if len(words) <= finder.scales.longest else ()
    resolved = finder.resolve(found, len(words), cue, pos, value) if found else None
    return (*resolved, bracket.end()) if resolved is not None else None


def listed_numbers(text: str, end: int) -> list[tuple[int, int, float]]:
    """The numbers listed after a number ending at `end` ("88 and 79", "7, 9 and 12"): each
    number's span and value."""
    found = []
    while (hit := _NEXT.match(text, end)) is not None:
        found.append((hit.start(1), hit.end(1), float(hit[1])))
        end = hit.end()
    return found


def read_listed(finder: _Finder, tests: list[str], cue: str | None, start: int, end: int,
                value: float, cues: tuple[tuple[int, int], ...]) -> tuple[list[Score], int] | None:
    """The scores of tests named as a list before a list of as many numbers ("The PPVT-5 and
    EVT-3 standard scores were 88 and 79"), each its test's total score in the order written,
    and where the last ends; None where the numbers are not one per test, a test has no total
    score, or a number cannot be its test's."""
    totals = [finder.scales.totals.get(test) for test in tests]
    rest = listed_numbers(finder.text, end)
    if len(rest) + 1 != len(totals):
        return None
    scores = []
    for (at, upto, number), area in zip([(start, end, value), *rest], totals, strict=True):
        if area is None or (cue in NORMED and cue != area.kind):
            return None
        test = finder.scales.tests[area.test].name
        kind, role, bands = finder.facts(area, test, cue)
        if not plausible(kind, number):
            return None
        scores.append(Score(at, upto, kind, number, area.label, test, role,
                            cues=cues if at == start else (), bands=bands))
    return scores, rest[-1][1]


#: After a list of numbers: the word that pairs them with what was listed before.
_RESPECTIVELY = lazy_re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)
#: Between two names of a list: a comma, "and" or both.
_LIST_GLUE = lazy_re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)")
#: How far back in its sentence the areas' names are read, in characters.
_SENTENCE_REACH = 300
#: Right before a list of numbers, the type written in the plural: a list of scores
#: ("Shift, Initiate and Inhibit were within normal limits (T-scores of 58, 57 and 59)").
_PLURAL = ("scores of ", "scores were ", "scores: ")
#: What `read_in_order` returns where a list of areas and a list of numbers do not pair up.
UNPAIRED: tuple[list[Score], int] = ([], 0)


def read_in_order(finder: _Finder, cue: str, start: int, end: int, value: float,
                  cues: tuple[tuple[int, int], ...], named_before: bool
                  ) -> tuple[list[Score], int] | None:
    """The scores of a list of numbers after a list of areas ("Anxiety and Depression were
    elevated (T-scores of 68 and 71)", "..., respectively"), each its area's in the order
    written; `UNPAIRED` where two areas or more are listed before a different count of
    numbers (the first number is not the last area's: whose is which is not said); None where
    the number starts no list, or no list of areas stands before it. Read only where an area
    was found before the number (`named_before`), "respectively" follows the list, or the
    type is written in the plural right before it, the areas' list then said to be so in
    words only (see `_only_words`)."""
    text = finder.text
    rest = listed_numbers(text, end)
    if not rest:
        return None
    after = _RESPECTIVELY.match(text, rest[-1][1])
    plural = not (named_before or after) and text.endswith(_PLURAL, max(0, start - 14), start)
    if not (named_before or after or plural):
        return None
    low = max(0, start - _SENTENCE_REACH)
    low = max(low, text.rfind(". ", low, start) + 1, text.rfind("\n\n", low, start) + 1)
    names = _names_in(finder, low, start)
    run = names[-1:]
    while len(run) < len(names):
        before = names[-len(run) - 1]
        if not _LIST_GLUE.fullmatch(text, before[3], run[0][2]):
            break
        run.insert(0, before)
    numbers = [(start, end, value), *rest]
    if len(run) < 2 or plural and not _only_words(text[run[-1][3]:start]):
        return None
    if len(run) != len(numbers):
        return UNPAIRED
    scores = []
    for (areas, k, _, _), (at, upto, number) in zip(run, numbers, strict=True):
        resolved = finder.resolve(areas, k, cue, at, number)
        if resolved is None:
            return UNPAIRED
        area, test = resolved
        kind, role, bands = finder.facts(area, test, cue)
        scores.append(Score(at, upto, kind, number, area.label, test, role,
                            cues=cues if at == start else (), bands=bands))
    return scores, after.end() if after else rest[-1][1]


def _only_words(gap: str) -> bool:
    """Whether what stands between a list of areas and its numbers, where no area stands
    right before them, only says how they were ("were within normal limits (T-scores of"):
    no number and no rater ("... as the parent and the teacher rated them, T-scores of 70
    and 65" may be each rater's score on both)."""
    return not any(c.isdigit() for c in gap) and not names_a_rater(gap)


def _names_in(finder: _Finder, low: int, high: int
              ) -> list[tuple[tuple[Area, ...], int, int, int]]:
    """The known areas named in text[low:high], longest name first at each word, in order:
    each with its number of words and where it starts and ends. Only names that start with a
    capital count."""
    words = list(NAME_TOKEN.finditer(finder.text, low, high))
    lengths = finder.scales.lengths
    found = []
    i = 0
    while i < len(words):
        if not words[i][0][0].isupper():
            i += 1
            continue
        for k in range(min(finder.scales.longest, len(words) - i), 0, -1):
            # (only where some name of k words ends in the k-th word: one look-up, not a join)
            if k not in lengths.get(words[i + k - 1][0].casefold(), ()):
                continue
            named = finder.scales.written([w[0] for w in words[i:i + k]])
            if named:
                if k > 1 and not finder.names_any({area.test for area in named}):
                    named, k = _named_test_first(finder, words, i, k, named)
                found.append((named, k, words[i].start(), words[i + k - 1].end()))
                i += k
                break
        else:
            i += 1
    return found


def _named_test_first(finder: _Finder, words: list[re.Match[str]], i: int, k: int,
                      named: tuple[Area, ...]) -> tuple[tuple[Area, ...], int]:
    """A shorter name at the same word whose areas' test the text names, where the longest
    name's test it does not ("Working Memory index scores" in an SB5 report: the SB5's
    Working Memory, not the WISC-V's Working Memory Index); else the longest, as found."""
    for shorter in range(k - 1, 0, -1):
        if shorter not in finder.scales.lengths.get(words[i + shorter - 1][0].casefold(), ()):
            continue
        areas = finder.scales.written([w[0] for w in words[i:i + shorter]])
        if areas and finder.names_any({area.test for area in areas}):
            return areas, shorter
    return named, k
