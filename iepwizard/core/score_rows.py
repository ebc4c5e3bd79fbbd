"""One row of a score table: its area, its score, and the percentile, interval and grade
equivalent in the row's other columns."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from . import lazy_re
from .scales import tokens
from .score_before import GLUE_WORDS
from .score_halves import halves
from .score_label_last import label_last
from .score_raters import RATER_KINDS
from .score_screeners import last_area
from .score_tables import SCORE_KINDS, Cell, Column, cells, row_cells
from .score_wrapped import name_words, names_area, wrapped_label
from .scores import Score, plausible, said_by

if TYPE_CHECKING:
    from .scales import Area
    from .score_finder import _Finder

#: An abbreviation in brackets after a row's label: "(LNF)", and a measure's part "(NWF-CLS)".
_ABBR = lazy_re.compile(r"\s*\(([A-Z][A-Za-z]{1,5}(?:-[A-Z][A-Za-z]{1,5})?)\)\s*$")
#: The same, inside a row's label, words after it: "Oral Reading Fluency (ORF) words correct".
_ABBR_INSIDE = lazy_re.compile(r"\s*\([A-Z][A-Za-z]{1,5}(?:-[A-Z][A-Za-z]{1,5})?\)\s*(?=\w)")
_WORD = lazy_re.compile(r"[^\W_]+|&")
#: A test's short name in a row's first cell: "D-KEFS", "RCFT", "TEA-Ch2" (two capitals at
#: least, no space).
_SHORT_NAME = lazy_re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
#: A cell of words that may be an area's name ("Trail Making: Number-Letter Switching").
_WORDS_CELL = lazy_re.compile(r"[^\W\d_][^\W\d]*(?:[ :&/,'()-]+[^\W\d]+){0,8}")
#: How many lines up and down `_tests_column` reads.
_TESTS_REACH = 40


def _tests_column(finder: _Finder, line_start: int) -> bool:
    """Whether the first column of the table around the row at `line_start` holds tests: a
    row near it starts with a test the scales file knows ("NEPSY-II", "WRAML-3"), as no
    column of index abbreviations ("FR", "WM") does."""
    text = finder.text
    low = high = line_start
    for _ in range(_TESTS_REACH):  # lines up
        low = text.rfind("\n", 0, max(0, low - 1)) + 1
    for _ in range(_TESTS_REACH):  # and down
        if (high := text.find("\n", high + 1)) < 0:
            high = len(text)
            break
    for line in text[low:high].splitlines():
        first = cells(line)
        if len(first) > 2 and finder.scales.test_of(first[0][1]) is not None:
            return True
    return False


#: How far back a test named before a table without a known area may be, in characters.
TEST_REACH = 1200


def read_row(finder: _Finder, line_start: int, line: str, columns: list[Column],
             found: list[tuple[int, str]] | None = None) -> list[Score]:
    """The scores of a row under its header's columns (of each table in it, where tables
    stand side by side: see score_halves). `found`: its cells, (offset from `line_start`,
    text), where they are not the line's own (a table pasted one cell per line)."""
    if found is None:
        found = finder.row[1] if finder.row[0] == line_start else cells(line)
        if columns[0].last:
            found = label_last(found) or found  # (the name last: see score_label_last)
    if finder.table[0] is not columns:
        finder.table = columns, ""  # (a new table: no row of it put on a test yet)
    if not any(column.kind == "label" for column in columns[1:]):
        return _read(finder, line_start, line, columns, found)
    scores: list[Score] = []
    for half_columns, half in halves(line, columns, found):
        scores += _read(finder, line_start, line, half_columns, half)
    return scores


def _read(finder: _Finder, line_start: int, line: str, columns: list[Column],
          found: list[tuple[int, str]]) -> list[Score]:
    """The scores of a row's cells (`found`: the label's first) under their columns."""
    label, _, numbers = row_cells(line, columns, found)
    label = label.strip(" :*\u2022-")
    names_unknown = False  # whether the row's first cell is a test the scales file does not
    # know (its own test cell: see below)
    if len(found) > 1 and not any(c.isdigit() for c in found[1][1]) and \
            finder.scales.test_of(label) is not None:
        label = f"{label} {found[1][1]}"  # "| Beery VMI | Motor Coordination | 76 |": a
        # column of tests, then one of areas
    elif len(found) > 2 and not found[2][1][:1].isdigit() and \
            finder.scales.test_of(found[1][1]) is not None:
        label = f"{found[1][1]} {found[2][1]}"  # "Reading   WIAT-4  Basic Reading   88/21":
        # a column of domains, then the test and its area (the domain names no area)
    elif len(found) > 2 and not found[1][1][:1].isdigit() and not names_area(finder, label) \
            and names_area(finder, found[1][1]):
        label = found[1][1]  # "ACH|Broad Reading|--|474|...": a column of batteries (or
        # domains) that names no area, then the area's own
    elif len(found) > 2 and found[2][1][:1].isdigit() and \
            not label.startswith(finder.scales.test_names) and (
                finder.scales.test_of(found[1][1]) is not None
                or _test_first(finder, found[1][1])[0]):
        label = found[1][1]  # "| Phonics | WIAT-4 Pseudoword Decoding | 81 |": a column of
        # domains, then one of each test with its area
    elif len(found) > 2 and found[2][1][:1].isdigit() and _SHORT_NAME.fullmatch(label) and \
            _WORDS_CELL.fullmatch(found[1][1]) and finder.scales.test_of(label) is None and \
            RATER_KINDS.get(found[1][1].casefold()) is None and not names_area(finder, label) \
            and _tests_column(finder, line_start):
        label = found[1][1]  # " D-KEFS    Trail Making: Number-Letter Switching   5   ss": a
        # column of tests the scales file does not know, by their short names, then their
        # areas; the rows under it whose test's cell is blank are that test's too
        names_unknown = True
    if names_unknown:
        finder.unknown_test = columns, found[1][0], found[0][1]
    elif finder.unknown_test[0] is columns and found[0][0] < finder.unknown_test[1] - 2:
        finder.unknown_test = None, 0, ""  # (a row with a test's cell of its own)
    unknown = finder.unknown_test[2] if finder.unknown_test[0] is columns else ""  # (of a
    # test the scales file does not know: no known test's area, nor the test named nearest,
    # is put on it; its scores are of the test as the row names it)
    row_rater = ""
    if any(c.kind == "rater" for c in columns):  # "Communication   Parent   74   4"
        label, row_rater = _row_rater(label, found)
    own_test, label = _test_first(finder, label)  # "WIAT-4 Word Reading"
    label = wrapped_label(finder, line_start, line_start + len(line), label)  # "Reading" over
    # "Comprehension": the row's label wraps onto a line of its own
    if not own_test and (whole := finder.scales.test_of(label)) in finder.scales.totals:
        own_test, label = whole, ""  # "PPVT-5    88    21": a one-score test's score
    abbr = _ABBR.search(label)
    plain = label[:abbr.start()] if abbr else label
    said = name_words(plain)
    areas, words = finder.areas_named(said)
    if words and words < len(said):
        areas, words = (), 0  # the whole label must name the area
    if not areas and len(said) > 1 and said[-1].casefold() in _KIND_WORDS:
        areas, words = finder.areas_named(said[:-1])  # "Manual Coordination Composite": the
        if words < len(said) - 1:  # BOT-2's "Manual Coordination", its kind's word after it
            areas, words = (), 0
    if own_test:
        areas = tuple(a for a in areas if a.test == own_test)
        words = max(words, 2) if areas else words  # (its test named right there, a one-word
        # area is as sure as a longer one: "| GORT-5 | Fluency | 5 |")
        if (total := finder.scales.totals.get(own_test)) and all(
                w.lower() in GLUE_WORDS for w in _WORD.findall(plain)):
            areas, words = (total,), 2  # ("PPVT-5 Standard Score" too)
    if not areas and (inside := _ABBR_INSIDE.search(plain)) is not None:
        # "Oral Reading Fluency (ORF) words correct": the name, its abbreviation left out
        joined = name_words(plain[:inside.start()] + " " + plain[inside.end():])
        areas, words = finder.areas_named(joined)
        if words < len(joined):
            areas, words = (), 0
    if not areas and abbr:
        parts = _WORD.findall(abbr.group(1))
        areas, words = finder.areas_named(parts)
        areas, words = (areas, 2) if areas and words == len(parts) else ((), 0)  # (all of it:
        # "NWF-CLS", never its "CLS" alone)
    if unknown:
        areas, words = (), 0
    if not areas and _SEASON.fullmatch(plain.strip()) and (
            total := _screener_total(finder, line_start)) is not None:
        areas, words = (total,), 2  # "Fall 2025   402   18   2.1" under "Window  Scaled
        # Score  PR  GE": a season of the one-area screener named last above (Star Reading)
    if len({c.group for c in columns}) < 3:  # (the label's "" and raters: two or more)
        if not _seasons(columns, areas):
            return _scores(finder, line_start, numbers, areas, words, plain, row_rater, unknown)
        # a screener's seasons side by side ("Score %ile Score %ile"): each season's (the
        # columns of a normed test's two years, unnamed, stay the first's: whose year is
        # whose is not said)
        return [score for each in _sets(numbers)
                for score in _scores(finder, line_start, each, areas, words, plain, "")]
    scores: list[Score] = []  # a column of each per rater ("Parent T", "Teacher T")
    for rater in dict.fromkeys(c.group for c in numbers):
        scores += _scores(finder, line_start, [c for c in numbers if c.group == rater], areas,
                          words, plain, rater)
    return scores


#: A row's label that names a screening window, not an area ("Fall 2025", "Winter", "BOY").
_SEASON = lazy_re.compile(
    r"(?i:fall|autumn|winter|spring|summer|boy|moy|eoy|(?:beginning|middle|end) of (?:the )?"
    r"year)(?:\s+(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?)?")


def _screener_total(finder: _Finder, line_start: int) -> Area | None:
    """The area of the screener named last before a row: its one area (Star Reading's
    "Reading"), or the one named right after the test's name on its line ("MAP Growth
    Reading"); None where the test is no screener or the area is not said."""
    last = finder.last_test(line_start)
    if last is None or not finder.scales.screener(last[0]):
        return None
    test_id, _, end = last
    total = finder.scales.totals.get(test_id)
    if total is not None:
        return total if total.kind == "percentile" else None
    text = finder.text
    line_end = text.find("\n", end)
    title = text[end:line_end if line_end >= 0 else len(text)].split("  ", 1)[0]
    return last_area(finder, test_id, tokens(title))


#: A word after an area's name that says what kind of area it is (see `_read`).
_KIND_WORDS = frozenset({"composite", "index", "cluster", "domain", "quotient", "subtest"})


def _row_rater(label: str, found: list[tuple[int, str]]) -> tuple[str, str]:
    """The row's label and whose rating the row is, under a "Rater" column: its cell's
    ("Parent", "Mother", "Teacher"), or the label's last word where the label ran on into
    that column with one space ("Adaptive Behavior Composite Parent"); "" for none."""
    for _, text in found[1:]:
        if (rater := RATER_KINDS.get(text.casefold())) is not None:
            return label, rater
    head, _, last = label.rpartition(" ")
    if head and (rater := RATER_KINDS.get(last.casefold())) is not None:
        return head, rater
    return label, ""


def _seasons(columns: list[Column], areas: tuple[Area, ...]) -> bool:
    """Whether the header gives a screener's columns season after season, for no rater:
    the same columns twice or more for an area of percentiles ("Beginning of Year / Middle
    of Year" over "Score  Status  %ile  Score  Status  %ile"), or one percentile a season,
    each beside a figure on the screener's own scale ("RIT  %ile  RIT  %ile  RIT  %ile")."""
    kinds = [c.kind for c in columns[1:] if c.kind not in ("ignore", "label")]
    if not areas or not kinds:
        return False
    half = len(kinds) // 2
    if half >= 2 and kinds[:half] == kinds[half:2 * half] and all(
            a.kind == "percentile" for a in areas):
        return True
    every = [c.kind for c in columns[1:] if c.kind != "label"]
    return set(kinds) == {"percentile"} and any(
        every == every[:size] * (len(every) // size)
        for size in range(2, len(every) // 2 + 1) if len(every) % size == 0)


def _sets(numbers: list[Cell]) -> list[list[Cell]]:
    """A row's cells in sets, a new one where a kind comes again (a cell left empty, "--",
    gives none)."""
    sets: list[list[Cell]] = [[]]
    seen: set[str] = set()
    for cell in numbers:
        if cell.kind in seen:
            sets.append([])
            seen = set()
        sets[-1].append(cell)
        seen.add(cell.kind)
    return sets


def _untyped(cell: Cell) -> bool:
    return cell.kind == "score"


def _test_first(finder: _Finder, label: str) -> tuple[str, str]:
    """The id of a test named at the start of a row's label, and the label after it ("WIAT-4
    Word Reading" in a table of two tests' scores); ("", label) where none is."""
    if not label.startswith(finder.scales.test_names):
        return "", label  # (most labels: one look at every name, not a loop over them)
    words = _WORD.findall(label)
    if finder.areas_named(words)[1] == len(words):
        return "", label  # ("SRS-2 Total": an area's whole name, the test's name in it)
    named = [(len(name), test_id) for test_id, info in finder.scales.tests.items()
             for name in info.names
             if label.startswith(name) and label[len(name):len(name) + 1] in (" ", ":")]
    if not named:
        return "", label
    length, test_id = max(named)  # the longest name: "WJ IV ACH Broad Reading", not "WJ IV"
    return test_id, label[length + 1:].strip(" :")


def _scores(finder: _Finder, line_start: int, cells: list[Cell], areas: tuple[Area, ...],
            words: int, plain: str, rater: str, unknown: str = "") -> list[Score]:
    """The score (with its percentile, interval and grade equivalent) of a row's cells, or
    of one rater's cells in it (`rater`: "parent", "teacher"..., said after the area);
    `unknown`: the name of the test the row is of, where the scales file does not know it
    (no test named near is its)."""
    mains = [c for c in cells if c.kind in SCORE_KINDS and c.value is not None]
    main = mains[0] if mains else None
    percentile = next((c for c in cells if c.kind == "percentile"), None)
    interval = next((c for c in cells if c.kind == "ci"), None)
    grade = next((c for c in cells if c.kind == "ge" and c.value is not None), None)
    by = said_by(rater)
    scores: list[Score] = []
    if main is not None and percentile is not None and percentile.value is not None \
            and any(a.kind == "percentile" for a in areas) \
            and (own := finder.resolve(areas, words, "percentile", line_start,
                                       percentile.value)) is not None \
            and own[0].kind == "percentile":
        main = None  # a screener's row ("Overall Reading  489  Grade 2  9"): its scale score
        # is on the screener's own scale, no score; its percentile is (asked only where one
        # of the areas is a screener's: the area resolved is one of them)
    if main is not None and main.value is not None:
        stated = percentile.value if percentile is not None else None
        resolved, value = None, main.value
        for each in sorted(mains, key=_untyped) if areas else ():  # (the first of several
            # score columns, those that name a type first, whose type the area's test gives
            # it: a BOT-2 composite's "Standard Score", not the sum of its subtests' scale
            # scores printed under "Scale Score", a column of no type the decoder knows)
            cue = each.kind if each.kind != "score" else None
            each_value = cast(float, each.value)  # (`mains` holds cells with values)
            resolved = finder.resolve(areas, words, cue, line_start, each_value, stated,
                                      finder.table[1])
            if resolved is not None:
                main, value = each, each_value
                break
        cue = main.kind if main.kind != "score" else None
        if resolved is None and areas and cue is not None:
            resolved = _under_loose_heading(finder, areas, words, cue, line_start, value)
        if resolved is not None:
            area, test = resolved
            if test:
                finder.table = finder.table[0], area.test
            kind, role, shown = area.kind, area.role, area.label + by
            info = finder.scales.tests.get(area.test) if test else None
            bands = info.bands_of(area.label) if info else ()
        else:
            kind = cue or "unknown"
            info = None if unknown else finder.test_near(line_start + main.offset, kind,
                                                         TEST_REACH)
            role = (info.t_role if info else "") if kind == "t" else ""
            shown, test = plain.strip() + by, info.name if info else unknown
            bands = info.unnamed_bands if info else ()
        if plausible(kind, value):
            ci = ((main.low, main.high) if main.low is not None and main.high is not None else
                  (interval.low, interval.high) if interval and interval.low is not None
                  and interval.high is not None else None)
            level = main.level if main.low is not None else interval.level if interval else None
            start = line_start + main.offset
            scores.append(Score(start, start + main.length, kind, value, shown, test,
                                role, percentile.value if percentile else None, ci,
                                level if ci else None, (), bands))
    elif percentile is not None and percentile.value is not None:
        start = line_start + percentile.offset
        if plausible("percentile", percentile.value):
            # A known area gives its test and, on a rating scale, its role: a BASC-3
            # "Hyperactivity | 95" is no strength.
            resolved = finder.resolve(areas, words, "percentile", line_start,
                                      percentile.value) if areas else None
            label, test, role = (resolved[0].label, resolved[1], resolved[0].role) \
                if resolved else (plain.strip(), unknown, "")
            scores.append(Score(start, start + percentile.length, "percentile",
                                percentile.value, label + by, test, role))
    if grade is not None and grade.value is not None and scores:
        start = line_start + grade.offset
        scores.append(Score(start, start + grade.length, "ge", grade.value, scores[0].label,
                            scores[0].test))
    return scores


def _under_loose_heading(finder: _Finder, areas: tuple[Area, ...], words: int, cue: str,
                         line_start: int, value: float) -> tuple[Area, str] | None:
    """A known area's score under a heading that names a type its test never gives (the
    TOWRE-2's standard scores printed under "Scaled"): the area's own type decides. (Asked
    only where the heading's type ruled the area out.)"""
    resolved = finder.resolve(areas, words, None, line_start, value)
    if resolved is None or finder.scales.cue_kind(cue, resolved[0].test) in \
            finder.scales.kinds.get(resolved[0].test, ()):
        return None  # (a heading's "Standard Score" is the BOT-2's mean-50 score: its
    # subtests' scale scores are not under it, nor is another test's score of the same name)
    return resolved
