"""Finding the scores in a report, each with its area, its test and its type.

A number is a score when an area the scales file knows stands right before it ("Math Problem
Solving was 101", "Digit Span (6)"), when a type is written before it ("SS = 84", "T-score of
71", "standard score of 79"), or when it sits in a score table's column. Its type comes from
the test named nearest before it that has that area, and from the area (see scales.py); where
neither tells, from the words written, and where nothing tells, it is "unknown" and the
decoder says so. Scale descriptions ("a mean of 100 and SD of 15", "scores from 90 to 109"),
ranges, dates, times, ratios, percentages and counts are not scores. A one-word area
("Reading", "Coding") counts only where a test that has it is named before it.
"""

from __future__ import annotations

import bisect
import re

from .scales import Area, Scales
from .score_prose import read_prose
from .score_rows import read_row
from .score_tables import MAX_ROWS, Column, header, is_row
from .scores import Score, plausible

NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,2})?)(?:(st|nd|rd|th)\b)?(?![\w]|\.\d)")
_DESCRIPTION = re.compile(r"\b(?:mean|means|M\s*=|SD|standard\s+deviation|considered|ranges?\s+"
                          r"from|for\s+example|e\.g\.|such\s+as)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")


class _Finder:
    def __init__(self, text: str, scales: Scales) -> None:
        self.text, self.scales = text, scales
        self.found: list[Score] = []
        self.last: Score | None = None
        self.skip_to = 0
        self._starts: list[int] | None = None
        self._ids: list[str] = []
        self._headers: dict[int, list[Column] | None] = {}  # table rows -> their header
        self._plain: set[int] = set()  # lines that are no table row

    def nearest_test(self, pos: int, among: set[str] | None = None,
                     reach: int | None = None) -> str | None:
        """The id of the test named nearest before `pos` (among `among`, within `reach`)."""
        if self._starts is None:
            pattern = self.scales.test_pattern
            self._starts, self._ids = [], []
            for hit in pattern.finditer(self.text) if pattern else ():
                test_id = self.scales.test_of(hit.group())
                if test_id:
                    self._starts.append(hit.start())
                    self._ids.append(test_id)
        index = bisect.bisect_left(self._starts, pos) - 1
        while index >= 0:
            if reach is not None and pos - self._starts[index] > reach:
                return None
            if among is None or self._ids[index] in among:
                return self._ids[index]
            index -= 1
        return None

    def resolve(self, areas: tuple[Area, ...], words: int, cue: str | None, pos: int,
                value: float) -> tuple[Area, str] | None:
        """Which test's area this is, and the test's name ("" when the text does not say)."""
        pool = list(areas)
        if cue in ("standard", "scaled", "t"):
            pool = [a for a in pool if a.kind == cue]
        if cue not in ("percentile", "ge"):
            pool = [a for a in pool if plausible(a.kind, value)]
        if not pool:
            return None
        near = self.nearest_test(pos, {a.test for a in pool})
        if near is not None:
            return next(a for a in pool if a.test == near), self.scales.tests[near].name
        if words < 2 or len({(a.kind, a.role) for a in pool}) > 1:
            return None  # a one-word area ("Reading") needs its test named
        tests = {a.test for a in pool}
        return pool[0], (self.scales.tests[pool[0].test].name if len(tests) == 1 else "")

    def areas_named(self, words: list[str]) -> tuple[tuple[Area, ...], int]:
        """The areas of the longest name ending the word list, and how many words it has."""
        areas = self.scales.areas
        for k in range(min(len(words), self.scales.longest), 0, -1):
            cased = " ".join(words[-k:])
            found = areas.get(cased) or areas.get(cased.casefold())
            if found:
                return found, k
        return (), 0

    def run(self) -> list[Score]:
        text = self.text
        for number in NUMBER.finditer(text):
            start = number.start()
            if start < self.skip_to:
                continue
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            columns = self._header_for(line_start, line_end)
            if columns is not None:
                self.found.extend(read_row(self, line_start, text[line_start:line_end],
                                           columns))
                self.skip_to = line_end
                continue
            scores, end = read_prose(self, number)
            if scores:
                self.found.extend(scores)
                self.last = scores[0]
                self.skip_to = max(self.skip_to, end)
        return _unique(self.found)

    def _header_for(self, line_start: int, line_end: int) -> list[Column] | None:
        """The header of the score table this line is a row of, if it is one."""
        if line_start in self._headers:
            return self._headers[line_start]
        if line_start in self._plain:
            return None
        if not is_row(self.text[line_start:line_end]):
            self._plain.add(line_start)
            return None
        visited, result = [line_start], None
        end = line_start - 1
        while end >= 0 and len(visited) < MAX_ROWS:
            start = self.text.rfind("\n", 0, end) + 1
            if start in self._headers:
                result = self._headers[start]
                break
            line = self.text[start:end]
            if (columns := header(line)) is not None:
                result = columns
                break
            if not is_row(line):
                break
            visited.append(start)
            end = start - 1
        for row in visited:
            self._headers[row] = result
        return result

    def description_sentence(self, pos: int) -> bool:
        """Whether the sentence around `pos` describes a scale rather than giving a score."""
        text = self.text
        low = max(0, pos - 300)
        starts = [m.end() for m in _SENTENCE_END.finditer(text, low, pos)]
        start = starts[-1] if starts else low
        end_match = _SENTENCE_END.search(text, pos, pos + 300)
        end = end_match.start() if end_match else min(len(text), pos + 300)
        return _DESCRIPTION.search(text, start, end) is not None


def _unique(scores: list[Score]) -> list[Score]:
    """A score repeated in the text (same area, test, type and value) is kept once."""
    seen: set[tuple[str, str, str, str, float]] = set()
    kept: list[Score] = []
    for score in scores:
        key = (score.label.casefold(), score.test, score.kind, score.role, score.value)
        if key not in seen:
            seen.add(key)
            kept.append(score)
    return kept


def find_scores(text: str, scales: Scales | None = None) -> list[Score]:
    """Every score in `text` with its area, test and type, in order (see the module doc)."""
    return _Finder(text, scales or Scales()).run()
