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

from . import lazy_re
from .email_quotes import unquoted
from .scales import Area, Scales, key_of, pool_facts
from .score_cell_lines import cell_line_row
from .score_dated_blocks import dated_by_heading
from .score_dated_sentences import dated_by_sentence
from .score_key import keyed, metric_keyed
from .score_label_last import is_label_last_row, label_last
from .score_mentions import Mentions
from .score_none import ends_something, loose_bound
from .score_pairs import is_pair_row
from .score_percentile_lists import with_percentile_lists
from .score_prose import named, read_prose
from .score_raters import (
    aside_score,
    rated_by,
    sentence_end,
    sentence_start,
    table_rater,
    titled,
    titled_rater,
)
from .score_renamed import renamed_near
from .score_repeats import unique, untested_repeats
from .score_rows import read_row
from .score_tables import (
    MAX_LINE,
    MAX_ROWS,
    Column,
    cells,
    compares_scores,
    header,
    is_empty_row,
    is_page_line,
    is_row,
    is_rule,
    is_section,
    is_subheading,
    with_line_above,
)
from .score_test_words import with_test_words
from .score_transposed import transposed_row
from .score_wrapped import is_label_piece, name_words, names_area
from .scores import DATED_LABEL, NORMED, RATED, Score, disagree, fits

NUMBER = lazy_re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,2})?)(?:(st|nd|rd|th)\b)?(?![\w]|\.\d)")
_DESCRIPTION = lazy_re.compile(
    r"\b(?:mean|means|M\s*=|SD|standard\s+deviation|considered|ranges?\s+"
    r"from|for\s+example|e\.g\.|such\s+as)\b", re.IGNORECASE)
#: Written in every description of a scale (a quick test before the sentence is read).
_DESCRIPTION_WORDS = ("mean", "sd", "deviation", "considered", "range", "example", "e.g.",
                      "such as")
#: A table's cell starts after a tab, a "|" or two spaces (see score_tables).
_CELL_BEFORE = lazy_re.compile(r"(?:\t|\||  |[<>])[ \t]*$")
#: The types a cue written before a number ("SS", "scaled score") makes an area's own: those
#: on a normal curve of their own.
_KINDS = NORMED


#: A part's heading over raw scores.
_RAW_PART = lazy_re.compile(r"\braw\b", re.IGNORECASE)
#: A line that leads from its first number to a name by dot leaders ("  103 ..... 58th .....
#: General Intellectual Ability"): the name is where the last leader ends.
_LEADS_TO_NAME = lazy_re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,2})?[ \t]*(?:\.[ \t]?){3,}"
                                 r"(?:[^.\n]*?(?:\.[ \t]?){3,})*[ \t]*(?=[^\W\d_])")


class _Finder(Mentions):
    def __init__(self, text: str, scales: Scales) -> None:
        super().__init__(text, scales)
        self.found: list[Score] = []
        self.last: Score | None = None
        self.skip_to = 0
        self.after_end = -10  # where the last score whose area came after it ended
        #: Scores on rating scales whose paragraph, or one rater's table, names their rater:
        #: where they are in `found`, how many, and the rater.
        self.raters: list[tuple[int, int, str]] = []
        #: Scores on rating scales in running text, whose rater their paragraph may name:
        #: where they are in `found`, how many, and where the first stands (asked by
        #: `rated_by` only where the answer may matter).
        self.paragraphs: list[tuple[int, int, int]] = []
        self._headers: dict[int, list[Column] | None] = {}  # table rows -> their header
        self._plain: set[int] = set()  # lines that are no table row
        #: Rows under a part's heading that says they are raw ("Validity (raw scores)"):
        #: their numbers are no scores (see `_header_for`).
        self._raw_rows: set[int] = set()
        self.row: tuple[int, list[tuple[int, str]]] = (-1, [])  # the last row's cells
        self._cells: tuple[str | None, list[tuple[int, str]]] = (None, [])  # the last line's
        self.sections: dict[int, bool] = {}  # lines with leaders -> whether they list sections
        #: The header of the table whose rows are being read, and the test of the last of
        #: its rows put on one (`score_rows`: a name several tests have is that test's).
        self.table: tuple[list[Column] | None, str] = (None, "")
        #: The values of the scores found (up to `_given_upto`) -> their labels and tests.
        self._given: dict[float, dict[tuple[str, str], int]] = {}
        self._given_upto = 0
        #: The tests of the scores found (up to `_dated_upto`) -> whether all were dated.
        self._dated: dict[str, bool] = {}
        self._dated_upto = 0
        #: Where the last pair of two raters' scores ended, and their raters in order
        #: ("74 (mom) / 69 (Ms. Ferris)": see score_rater_pairs).
        self.rater_pair: tuple[int, tuple[str, str]] | None = None
        #: The type of score the text's key says is written with its percentile in brackets
        #: ("T (%ile) = ...": see score_key); None until asked.
        self.bracket_kind: str | None = None
        #: The header of each row of a table pasted one cell per line, by the start of the
        #: row's label (see score_cell_lines).
        self.cell_line_headers: dict[int, list[Column] | None] = {}
        #: A table with a column of tests whose rows since one naming a test the scales file
        #: does not know are that test's, where those rows' labels start, and the test's name
        #: ("D-KEFS"; see `score_rows`): their areas are put on no known test.
        self.unknown_test: tuple[list[Column] | None, int, str] = (None, 0, "")

    def resolve(self, areas: tuple[Area, ...], words: int, cue: str | None, pos: int,
                value: float, stated: float | None = None, prefer: str = ""
                ) -> tuple[Area, str] | None:
        """Which test's area this is, and the test's name ("" when the text names none of the
        tests that have it: a score is never put on a test the report does not name).

        Where tests that have the name give it different kinds of score, a percentile given
        with it (`stated`) rules out those it disagrees with ("Working Memory  82  12": the
        WISC-V's standard score, not the BRIEF-2's T-score); `prefer` (the test of a table's
        rows above) is taken before the test named nearest."""
        if self._starts is None:
            self._mentions()
        if len(areas) == 1:  # most names belong to one test: the rules below, for one area
            area = areas[0]
            if (cue in _KINDS and area.kind != self.scales.cue_kind(cue, area.test)) or (
                    cue not in ("percentile", "ge") and not fits(area.kind, area.role, value)):
                return None
            if area.test in self._by_test and (words >= 2 or self._by_test[area.test][0] < pos):
                if words < 2 and self.paragraph_of_another(area.test, pos):
                    return None  # (its test named only in a paragraph above, another test
                    # in its own: "Vocabulary" in the TOWL-4's paragraph is not the WISC-V's)
                return self._named(area, words, pos)  # (a one-word area: its test named
                # before it, as below)
            if words < 2 or (cue == "standard" and renamed_near(self, pos)):
                return None  # (nor a BOT-2 report's "standard score": mean 50, not 100)
            return area, ""  # (a test the text does not name is
            # not named for it: "Attention Problems" is also a CBCL scale, no scales file's)
        fitting = self.scales.fitting(areas, cue, value)
        if fitting is None:
            return None
        pool, tests, mixed = fitting
        if stated is not None and mixed and len(agreeing := tuple(
                a for a in pool if not disagree(a.kind, value, stated))) not in (0, len(pool)):
            pool, tests, mixed = agreeing, *pool_facts(agreeing)[1:]
        if cue not in _KINDS:
            kind, all_tests, _ = self.scales.pool(areas)
            if not kind and (named_tests := self._by_test.keys() & all_tests) and not any(
                    a.test in named_tests for a in pool):
                return None  # the named test's area ruled out ("WISC-V ... Working Memory:
                # 11", no WISC-V score), not another test's that the text does not name and
                # whose type the text does not say (asked where the areas' kinds differ)
        if cue is None and len(tests) > 1 and (again := self._given_before(pool, value)):
            return self._named(again, words, pos)  # a summary's "Working Memory (82)", no
            # type written: the WISC-V's index of 82 in the table above, not the BRIEF-2's
            # scale named nearer
        if len(tests) == 1:  # named before `pos` or, failing that, anywhere (a one-word area's
            # test before it: "i-Ready Overall Reading: 9th percentile", a WIAT-4 named after)
            near = pool[0].test if pool[0].test in self._by_test and (
                words >= 2 or self._by_test[pool[0].test][0] < pos) else None
        else:
            near = prefer if prefer in tests else self.nearest_test(pos, tests)
            if near is not None and near != prefer and self._quoted_only(near, pos):
                near = self.nearest_test(pos, tests - {near}) or near  # an earlier year's
                # test, quoted in the background, does not take the report's own areas
            if near is None and words >= 2 and len(named := self._by_test.keys() & tests) == 1:
                near = named.pop()  # the only one of these tests the text names, after it
        if near is not None and words < 2 and near != prefer and self.paragraph_of_another(
                near, pos):
            near = None  # (as for one area, above)
        if near is not None:
            for area in pool:  # the first of the pool's areas in that test
                if area.test == near:
                    return self._named(area, words, pos)
        if words < 2 or mixed or (cue == "standard" and renamed_near(self, pos)):
            return None  # a one-word area ("Reading") needs its test named
        # (no test the text does not name; its name as written where one of them has it:
        # "Working Memory: SS 79" is the DAS-II's and SB5's name, the WISC-V's "Working
        # Memory Index" only a test the text might have meant)
        return next((a for a in pool if self.scales.areas.get(key_of(a.label)) is areas),
                    pool[0]), ""

    def _quoted_only(self, test_id: str, pos: int) -> bool:
        """Whether every score told so far on the test is an earlier testing's ("His KABC-II
        Mental Processing Index of 84 in May 2024", in an SB5 report), and the test was last
        named on an earlier line than `pos`: a mention of the past, not the report's test."""
        found, dated = self.found, self._dated
        for score in found[self._dated_upto:]:
            dated[score.test] = dated.get(score.test, True) and bool(
                DATED_LABEL.search(score.label))
        self._dated_upto = len(found)
        if not dated.get(self.scales.tests[test_id].name):
            return False
        named = self._by_test[test_id]
        last = named[bisect.bisect_left(named, pos) - 1]
        return self.text.find("\n", last, pos) >= 0

    def told(self, value: float) -> dict[tuple[str, str], int] | None:
        """The labels and tests of the scores of `value` found so far, each with how many
        times it was found (None: none)."""
        given = self._given
        for score in self.found[self._given_upto:]:
            times = given.setdefault(score.value, {})
            times[score.label, score.test] = times.get((score.label, score.test), 0) + 1
        self._given_upto = len(self.found)
        return given.get(value)

    def repeats(self, last: Score, value: float) -> bool:
        """Whether `last` repeats a score told before it, and `value`, listed after it, is
        that of another score told before: "his Working Memory was 72 and 82??", a parent's
        question quoting two scores of two tests."""
        told = self.told(last.value)
        return bool(told and told.get((last.label, last.test), 0) > 1 and self.told(value))

    def _given_before(self, pool: tuple[Area, ...], value: float) -> Area | None:
        """The first of `pool`'s areas whose score of `value`, on its test, was found before
        (the scores found are indexed by value as they are asked for)."""
        if (earlier := self.told(value)) is None:
            return None
        tests = self.scales.tests
        return next((a for a in pool if (a.label, tests[a.test].name) in earlier), None)

    def _named(self, area: Area, words: int, pos: int) -> tuple[Area, str] | None:
        """The area and its test's name. A screener's area (reported only as percentiles) is
        its test's only where that test is the last named before `pos`: a DIBELS 8 table's
        "Letter Naming Fluency" is not aimswebPlus's, named elsewhere in the text; else it is
        of no test (a name of two words or more) or none (one word: "Phonics")."""
        if area.kind == "percentile" and (
                (last := self.last_test(pos)) is None or last[0] != area.test):
            return (area, "") if words >= 2 else None
        return area, self.scales.tests[area.test].name

    def facts(self, area: Area, test: str, cue: str | None
              ) -> tuple[str, str, tuple[tuple[int, str], ...]]:
        """What a score of `area` is: its kind (a percentile or a grade equivalent where the cue
        says so, else the area's), its role (a T-score's or a percentile's: a percentile on a
        problem scale is no strength, "Hyperactivity at the 95th") and its test's own words for
        bands (where the text names the test: `test`)."""
        kind = cue if cue in ("percentile", "ge") else area.kind
        info = self.scales.tests.get(area.test) if test else None
        return (kind, area.role if kind != "ge" else "",  # (an autism scale's standard
                # score is on a problem scale too: the GARS-3's, higher means more concern)
                info.bands_of(area.label) if info else ())

    def areas_named(self, words: list[str]) -> tuple[tuple[Area, ...], int]:
        """The areas of the longest name ending the word list, and how many words it has."""
        if not words:
            return (), 0
        return named(self.scales.areas, self.scales.lengths.get(words[-1].casefold(), ()), words)

    def run(self, numbers: list[int] | None = None) -> list[Score]:
        text = self.text
        if numbers is None:
            numbers = [m.start() for m in NUMBER.finditer(text)]
        found = self.found
        for position in numbers:
            if position < self.skip_to:
                continue
            sign = text[position - 1] if position else "x"
            if sign in "/:-\u2013\u2212" and ends_something(text, position):
                continue  # (asked only after such a sign; no table's cell follows one)
            number = NUMBER.match(text, position)
            if number is None:
                continue
            if _cell_before(text, position) or text.startswith(("  ", "\t"), number.end()):
                # maybe a table's cell, or the first of a row whose label runs into it
                # ("Receptive Vocabulary 15     6": a raw score one space after the label)
                line_start, line_end = self._line(position)
                columns = (self._header_for(line_start, line_end)
                           if line_end - line_start <= MAX_LINE else None)
                if columns is None and (across := transposed_row(
                        self, line_start, text[line_start:line_end])) is not None:
                    if across[1]:  # the areas across the top, a row per kind or rater
                        self.raters.append((len(found), len(across[0]), across[1]))
                    found.extend(across[0])
                    self.skip_to = line_end
                    continue
                if columns is not None and line_start in self._raw_rows:
                    self.skip_to = line_end  # (raw scores: none is the child's to explain)
                    continue
                if columns is not None:
                    row = read_row(self, line_start, text[line_start:line_end], columns)
                    if rater := table_rater(text, columns, row):
                        self.raters.append((len(found), len(row), rater))
                    found.extend(row)
                    self.skip_to = line_end
                    continue
            if text.startswith(("  ", "\t"), number.end()) and self._compares(position):
                continue  # ("Score 1   Score 2   Difference": a comparison table's header)
            if self._row_without_header(position):
                continue
            if (not position or text[position - 1] == "\n") and (
                    by_lines := cell_line_row(self, position)) is not None:
                found.extend(by_lines[0])  # a table pasted one cell per line
                self.skip_to = by_lines[1]
                continue
            scores, end = read_prose(self, number)
            if not scores and (aside := aside_score(text, self.last, *number.span(1))):
                self.raters.append((len(found), 1, aside[1]))  # ("61, while the parent's
                found.append(aside[0])  # was 57": the parent's score of the same scale)
            if scores and (scores[0].role in RATED or scores[0].test in self.scales.rated):
                self.paragraphs.append((len(found), len(scores), scores[0].start))
            if scores:
                found.extend(scores)
                self.last = scores[0]
                self.skip_to = max(self.skip_to, end)
        rated = rated_by(self.found, self.raters, text, self.paragraphs, self.scales.rated)
        told = untested_repeats(dated_by_sentence(text, with_test_words(unique(
            with_percentile_lists(text, dated_by_heading(text, rated))), self.scales)),
            self.first_named)
        return [score for score in told if not loose_bound(text, score)]

    def _label_last_header(self, line_start: int, row: list[tuple[int, str]]
                           ) -> list[Column] | None:
        """The header of a table whose rows give their names last (see score_label_last),
        where the row starting at `line_start` (its cells `row`) is one of its: the rows
        above it are of the same shape, up to a header whose type comes first and the
        names' heading last; None if not so."""
        visited, end = [line_start], line_start - 1
        while end >= 0 and len(visited) < MAX_ROWS:
            start = self.text.rfind("\n", max(0, end - MAX_LINE), end) + 1
            if end - start >= MAX_LINE:
                return None
            line = self.text[start:end]
            end = start - 1
            if start in self._headers:
                columns = self._headers[start]
                break
            if not line.strip() or is_rule(line):
                continue
            found = cells(line)
            if is_label_last_row(found):
                visited.append(start)
                continue
            if (rotated := label_last(found)) is None or (
                    columns := header(line, rotated)) is None:
                return None
            columns = titled(self.text, start, [columns[0]._replace(last=True), *columns[1:]])
            break
        else:
            return None
        if columns is None or not columns[0].last:
            return None
        for start in visited:
            self._headers[start] = columns
        self.row = line_start, label_last(row) or row
        return columns

    def _row_without_header(self, pos: int) -> bool:
        """Whether the number at `pos` starts a row that gives an area's name last ("79   8
        76-82   Broad Reading") under no header that says so: read back, its words would be
        the row above's name. Nothing of it is told (`skip_to` passes the line)."""
        text, line_start = self.text, pos
        while line_start and text[line_start - 1] in " \t":
            line_start -= 1
        if line_start and text[line_start - 1] != "\n":
            return False  # (the number does not start its line: asked of every number)
        line_end = text.find("\n", pos, pos + MAX_LINE)
        if line_end < 0:
            return False
        line = text[line_start:line_end]
        if (leads := _LEADS_TO_NAME.match(line)) is not None:  # "103 ..... 58th ..... General
            name = line[leads.end():]  # Intellectual Ability (GIA)": a leader's list reversed
        else:
            found = cells(line)
            if not is_label_last_row(found):
                return False
            name = found[-1][1]
        if not names_area(self, name.split(" (")[0].strip()):
            return False  # (nor where the words are no area's: "81   10   Below Average")
        self.skip_to = line_end
        return True

    def _compares(self, pos: int) -> bool:
        """Whether the number at `pos` ends a cell of a header that compares scores (the
        line's cells are read again only where `_header_for` did not just read them)."""
        line = self.text[slice(*self._line(pos))]
        return compares_scores(line, self._cells[1] if self._cells[0] == line else None)

    def _line(self, pos: int) -> tuple[int, int]:
        """Where the line around `pos` starts and ends (read no further than `MAX_LINE`
        back; its end, where no line break comes within `MAX_LINE`, is the text's)."""
        start = self.text.rfind("\n", max(0, pos - MAX_LINE), pos) + 1
        end = self.text.find("\n", pos, pos + MAX_LINE)
        return start, len(self.text) if end < 0 else end

    def _header_for(self, line_start: int, line_end: int) -> list[Column] | None:
        """The header of the score table this line is a row of, if it is one."""
        if line_start in self._headers:
            return self._headers[line_start]
        if line_start in self._plain:
            return None
        line = self.text[line_start:line_end]
        row = cells(line)
        self._cells = line, row  # (for `_compares`, asked next of the same line)
        if is_label_last_row(row) and (
                columns := self._label_last_header(line_start, row)) is not None:
            return columns  # "84   14   81-87   Reading": the name last
        # where the first row that is one by its "a / b" cells only is in `visited` (-1: none
        # is); such rows count only under a header that says so ("T / %ile": see score_pairs)
        paired = -1 if is_row(line, row) else 0
        if paired == 0 and not is_pair_row(row):
            self._plain.add(line_start)
            return None
        self.row = line_start, row  # its cells, for read_row
        visited, result = [line_start], None
        stop: tuple[int, str, list[tuple[int, str]]] | None = None
        end = start = line_start - 1  # (`start`, where the header is found: its line's start)
        blanks = False
        parted = False  # whether a part's heading stands between the line and those read
        pieces = 0  # lines passed since the last row that are pieces of a wrapped label
        cut = False  # whether the last of them ends in a hyphen
        while end >= 0 and len(visited) < MAX_ROWS:
            start = self.text.rfind("\n", max(0, end - MAX_LINE), end) + 1
            if end - start >= MAX_LINE:
                break
            if start in self._headers:
                if not parted and start in self._raw_rows:
                    self._raw_rows.update(visited)  # (the raw part above goes on)
                result, start = self._headers[start], -1  # (its title read already)
                break
            line = self.text[start:end]
            blank = not line.strip()
            if pieces and (blank or is_page_line(line)) and not cut:
                break  # (a label's piece lies right between rows: "Subtest Scaled Scores"
                # under a blank line is a title, the table starting under it; not a word
                # cut by a hyphen, "Bilat-", under a page's break)
            if blank and blanks:
                break  # (two blank lines end a table)
            blanks = blank
            if is_page_line(line):  # a page's header or footer: the table goes on under it
                blanks = False
                end = start - 1
                continue
            if blank or is_rule(line) or is_section(line):  # a header's underline ("|---|",
                end = start - 1  # "-----  -----"), one blank line (under the header, at a
                # page break), or a part's heading ("CLINICAL SCALES")
                if not blank:
                    self._part_heading(line, parted, visited)
                    parted = True
                continue
            if pieces < 2 and is_label_piece(line):
                parted = True
                cut = line.rstrip().endswith("-")
                pieces += 1  # a row's label wrapped onto a line of its own ("Comprehension"),
                end = start - 1  # the table going on above it (see score_wrapped)
                continue
            if not blanks and is_subheading(line) and self._row_or_header_above(start) and \
                    not self._starts_label_below(line, end + 1):
                end = start - 1  # a part's heading between rows ("Validity (raw scores)",
                # "DSM-5 Symptom Scales"), or under the header, no blank line by it
                self._part_heading(line, parted, visited)
                parted = True
                continue
            found = cells(line)  # read once for both questions
            if (columns := header(line, found)) is not None:
                result = self._header_above(start, line, found) or columns
                break
            if not is_row(line, found) and not is_empty_row(line, found):
                if pieces:
                    break  # (no row nor header over a piece of a label: no table)
                if is_pair_row(found):  # maybe a row of "58 / 81" cells
                    if paired < 0:
                        paired, stop = len(visited), (start, line, found)
                    visited.append(start)
                    end = start - 1
                    continue
                result = self._header_above(start, line, found)
                break
            visited.append(start)
            pieces = 0
            end = start - 1
        if paired >= 0 and result is not None and start >= 0:
            result = keyed(self.text, start, result)  # ("Score" over "88/21": the key says)
        if paired >= 0 and not (result and any(c.pair for c in result)):
            # (as if they were no rows: the table ends above the first of them)
            if paired == 0:
                self._plain.add(line_start)
                return None
            visited = visited[:paired]
            result, start = self._header_above(*stop) if stop else None, stop[0] if stop else -1
        if result is not None and start >= 0:
            result = metric_keyed(self.text, start, titled(self.text, start, result))
        for visited_start in visited:
            self._headers[visited_start] = result
        return result

    def _part_heading(self, line: str, parted: bool, visited: list[int]) -> None:
        """Passing a part's heading (`parted`: not the first passed): where it is the first
        and says its rows are raw scores ("Validity (raw scores)", "RAW SCORES"), the rows
        read so far (`visited`) are raw."""
        if not parted and _RAW_PART.search(line):
            self._raw_rows.update(visited)

    def _starts_label_below(self, line: str, below: int) -> bool:
        """Whether the line is the start of a name the label of the row starting at `below`
        ends ("CASL-2 General Language" over "Ability Index   ...   81"): no heading."""
        line_end = self.text.find("\n", below, below + MAX_LINE)
        found = cells(self.text[below:line_end if line_end >= 0 else below + MAX_LINE])
        if not found:
            return False
        label = name_words(found[0][1])
        return self.areas_named(name_words(line) + label)[1] > len(label)

    def _row_or_header_above(self, start: int) -> bool:
        """Whether the line above the one starting at `start` is a table's row or header."""
        if (above := self._line_above(start)) is None:
            return False
        found = cells(above)
        return is_row(above, found) or header(above, found) is not None

    def _line_above(self, start: int) -> str | None:
        """The line above the one starting at `start`; None where there is none, or it is
        longer than a table's line may be."""
        if start == 0:
            return None
        above_start = self.text.rfind("\n", max(0, start - 1 - MAX_LINE), start - 1) + 1
        return None if start - 1 - above_start >= MAX_LINE else self.text[above_start:start - 1]

    def _header_above(self, start: int, line: str,
                      found: list[tuple[int, str]]) -> list[Column] | None:
        """The header a line makes with the line above it (see `with_line_above`), or None."""
        if not found or (len(found) == 1 and found[0][0] == 0) or (
                above := self._line_above(start)) is None:
            return None  # (one cell at the line's start, as a line of prose: with any line
            # above it, no header; see `with_line_above`)
        tabbed = "\t" in line and "\t" in above and "|" not in line
        upper = [(offset, titled_rater(self.text, cell) or cell) for offset, cell in cells(above)]
        # ("Ms. Alvarez   Mr. Chen" over their columns, the text saying who they are)
        merged = with_line_above(found, upper, (above, line) if tabbed else None)
        return header(line, merged) if merged else None

    def description_sentence(self, pos: int) -> bool:
        """Whether the sentence around `pos` describes a scale rather than giving a score."""
        text = self.text
        low, high = max(0, pos - 200), min(len(text), pos + 200)
        folded = text[low:high].casefold()
        for word in _DESCRIPTION_WORDS:
            if word in folded:
                break
        else:
            return False
        return _DESCRIPTION.search(text, sentence_start(text, low, pos),
                                   sentence_end(text, pos, high)) is not None


def _cell_before(text: str, start: int) -> bool:
    """`_CELL_BEFORE.search(text, max(0, start - 3), start)`, mostly without the regex: the
    character before a number decides, or the two before a space."""
    before = text[start - 1] if start else "x"
    if before == " ":
        return start >= 2 and text[start - 2] in " \t|<>"
    if before == "\n":  # "$" also stands before a last newline: the regex decides
        return _CELL_BEFORE.search(text, max(0, start - 3), start) is not None
    return before in "\t|<>"


def find_scores(text: str, scales: Scales | None = None,
                numbers: list[int] | None = None) -> list[Score]:
    """Every score in `text` with its area, test and type, in order (see the module doc).

    `numbers` (from `Matcher.find`) says where the numbers are, saving a pass over the text."""
    return _Finder(unquoted(text), scales or Scales()).run(numbers)
