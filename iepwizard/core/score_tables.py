"""Score tables flattened to text: a header line naming the columns, then one row per area
(a rule line such as "|---|---|" or "-----  -----", or one blank line, may stand between the
header and its rows, or between rows).

Cells are split at tabs, at `|`, or at two or more spaces (how PDF tables paste). A row's cells
match the header's one to one, or, where some are empty, by position under the header. A header
that repeats its columns heads tables set side by side (see score_halves).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import lazy_re
from .score_halves import starts_over
from .score_pairs import PAIR, pair_numbers, split_pair

_SPLIT = lazy_re.compile(r"\t+|\|| {2,}")
_NUMBER = lazy_re.compile(
    r"^(?:v\s*=\s*)?[<>]?\s*(\d{1,3}(?:\.\d{1,2})?)"  # ("v = 12": a v-scale's)
    r"(?:\s*[(\[](\d{1,3})\s*[-\u2013\u2014]\s*(\d{1,3})[)\]])?$")
_RANGE = lazy_re.compile(r"^[(\[]?(\d{1,3})\s*(?:-|\u2013|\u2014|to)\s*(\d{1,3})[)\]]?$")
_LEVEL = lazy_re.compile(r"(\d{2})\s*%")
#: A row's label with numbers run on after it, one space apart (no two spaces to split at).
_RUN_ON = lazy_re.compile(r"(.*?[^\W\d_)\]])((?: [<>]?\d[\d./:\-\u2013]*)+)")
_TOKEN = lazy_re.compile(r"\S+")
#: Who fills in a rating scale, as a header names a column of their own ("Parent T").
RATERS = frozenset({"parent", "teacher", "self", "student", "mother", "father", "caregiver"})
#: Words after a rater's name in the name of their form ("Parent/Caregiver Form", "Teacher
#: Rating Form"), over the rater's columns.
_FORM_WORDS = RATERS | {"form", "rating", "ratings", "report", "scale", "scales", "version"}
#: The types of score a column may hold (a "score / percentile" cell may begin with one).
SCORE_KINDS = ("standard", "scaled", "v", "t", "score")
#: Header words of a table that compares scores (the WJ IV's variations and discrepancies:
#: "Actual  Predicted  Difference  PR  SD"; the WISC-V's pairwise comparisons: "Score 1  Score
#: 2  Difference  Critical Value  Base Rate"): its percentile is the difference's, not the
#: child's standing, and its scores belong to other rows; none of its cells is read.
_COMPARES = frozenset({"predicted", "difference", "discrepancy", "critical", "base rate"})
#: An interval written "[91, 103]".
_BRACKETED = lazy_re.compile(r"^\[\s*(\d{1,3}),\s*(\d{1,3})\s*\]$")
#: A year heading a column of its own ("2023 SS") or a group of columns.
_YEAR = lazy_re.compile(r"(?:19|20)\d\d")
#: A year as a column's heading may date it: "Oct. 2023 (Gr. 3)", "Spring 2022", "2026 (age 11)"
#: (lower case; the year is group 1).
#: A month or a season before a year ("Oct. ", "March ", "the spring of "), lower case.
WHEN = (r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
        r"|(?:the\s+)?(?:spring|fall|autumn|winter|summer)\s+(?:of\s+)?)")
_DATED = lazy_re.compile(WHEN + r"?((?:19|20)\d\d)(?:\s*\([^()]{1,12}\))?")
#: First words of a header cell over a column of raw figures, not of the rows' names.
_RAW_FIRST = frozenset({"raw", "sum", "age", "ae", "w", "rpi"})
#: How far a header's first cell may stand from the line's start and still be a label's; one
#: further in heads a column over no label ("                 Parent   Teacher").
_NO_LABEL = 12
#: Rows are looked for this many lines under their header at most.
MAX_ROWS = 80
#: A table's line (header or row) is at most this long.
MAX_LINE = 400


class Column(NamedTuple):
    start: int
    kind: str  # label, standard, scaled, t, score, percentile, ci, ge, rater, metric, ignore
    level: int | None = None  # a confidence interval's or band's level, in percent
    tab: int = -1  # in a header split at tabs: how many tabs stand before it
    group: str = ""  # whose rating: a rater's own columns' ("Parent T"); the label's, a table's
    bars: int = -1  # a second table's label, in a header split at "|": the bars before it
    bar: int = -1  # in a header split at "|": the bars before it (every column's)
    pair: bool = False  # its cells are "score / percentile" ("58 / 81"), as its header says
    keyed: str = ""  # a plain "Score" column's: the type the report's key gives "a/b" cells
    # (a "Metric" column's: the type the key gives its "ss" cells)
    last: bool = False  # the label's column: its names stand last in each row (score_label_last)


def cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty cell."""
    if "\t" not in line and "|" not in line and "  " not in line:  # one cell: a line of
        cell = _cell(line, 0)  # prose, told without the pattern (it is slow on long lines)
        return [cell] if cell else []
    return split_cells(line)


def _cell(part: str, offset: int) -> tuple[int, str] | None:
    """The cell a piece of a line (at `offset`) holds, or None where it is blank: its text,
    or the text inside a bold cell's marks ("**79**", "__79__": a Markdown table's bold cell;
    not "_____", marks around more of the same mark)."""
    text = part.strip()
    if text[:2] in _BOLD and text.endswith(text[:2]) and len(text) > 4 and (
            inner := text[2:-2].strip()) and text[0] not in (inner[0], inner[-1]):
        return offset + part.index(inner), inner
    return (offset + len(part) - len(part.lstrip()), text) if text else None


#: A cell that says its score's type before the number, in a column that does not, or says
#: the same: "SS 79" among bare scale scores in one "Score" column.
_TYPED = lazy_re.compile(r"^(SS|ScS|T|ss)\s*=?\s*(\d{1,3}(?:\.\d{1,2})?)$")
#: ("ss" in small letters is a scaled score in some reports, a standard one in others: a
#: score whose type its area gives.)
_TYPES = {"SS": "standard", "ScS": "scaled", "T": "t", "ss": "score"}
#: A column whose cells say whose rating each row is ("Parent", "Teacher").
_RATER_HEADS = frozenset({"rater", "raters", "informant", "respondent", "rated by", "form"})
#: A column whose cells say each row's type of score ("Standard", "Scaled", "T-score").
_METRIC_HEADS = frozenset({"metric", "metric type", "score type", "type of score", "type"})
#: The types a metric cell may give its row's score.
_METRIC_KINDS = frozenset({"standard", "scaled", "v", "t", "percentile", "ge"})
#: Words of a metric cell that make its row's number no score.
_NO_SCORE_METRICS = frozenset({"raw", "seconds", "sec", "secs", "errors", "z", "time", "count",
                               "percent", "age"})
#: How Markdown marks a bold cell, on both sides ("**79**").
_BOLD = ("**", "__")


def split_cells(line: str) -> list[tuple[int, str]]:
    """`cells`, read with the pattern."""
    found, position = [], 0
    for part in _SPLIT.split(line):
        offset = line.find(part, position) if part else position
        position = offset + len(part)
        if (cell := _cell(part, offset)) is not None:
            found.append(cell)
    return found


def column_kind(text: str) -> Column:
    """What a header cell names (never a score type from "composite" or "index" alone), and
    whose rating it is ("Teacher T-Score": a teacher's T-score)."""
    low = " ".join(text.casefold().replace("-", " ").split())
    if low[:1] == "(" and low[-1:] == ")":  # "Parent (T)": the type in brackets
        low = low[1:-1].strip()
    if low.startswith("self report "):  # "Self-Report T": the child's own rating
        low = "self " + low[len("self report "):]
    rater, _, rest = low.partition(" ")
    if (rater in RATERS or _YEAR.fullmatch(rater)) and rest:
        return column_kind(rest)._replace(group=rater)
    if (dated := _DATED.match(low)) and low[dated.end():dated.end() + 1] == " ":
        return column_kind(low[dated.end():])._replace(group=dated.group(1))  # "Oct. 2023
        # (Gr. 3) SS/PR": the date over the header's second line
    if (pair := split_pair(low) if "/" in low else _bracketed(low)) is not None:  # "T / %ile",
        first, second = column_kind(pair[0]), column_kind(pair[1])  # "SS/PR", "SS (PR)"
        if first.kind in SCORE_KINDS and second.kind == "percentile":
            return Column(0, first.kind, first.level, pair=True)
    level = int(m.group(1)) if (m := _LEVEL.search(low)) else None
    words = set(re.findall(r"[a-z%]+", low))
    if low in _RATER_HEADS:  # "Rater": each row's cell says whose rating the row is
        return Column(0, "rater")
    if low in _METRIC_HEADS:  # "Metric": each row's cell says its score's type
        return Column(0, "metric")
    if "raw" in words or "sum" in words or "point" in words or low in {
            "w", "ae", "rpi", "age eq"} or "age" in words or "growth" in words:  # ("Total
        # Point Score": the BOT-2's raw total, before its scale score; "Growth %ile": a rank
        # of how much the child grew, not of where the child stands)
        kind = "ignore"
    elif words & {"band", "ci"} and ("ss" in words or "standard" in words):  # "SS (90% CI)"
        kind = "standard"
    elif words & {"ci", "confidence", "band"}:
        kind = "ci"
    elif "scaled" in words:
        kind = "scaled"
    elif low in {"v", "v scale", "v scale score", "v scale scores"}:
        kind = "v"
    elif low in {"t", "t score", "t scores"} or low.startswith("t score"):
        kind = "t"
    elif "standard" in words or low in {"ss", "std score", "std. score"}:
        kind = "standard"
    elif words & {"percentile", "%ile", "pr", "ile", "npr"}:
        kind = "percentile"
    elif low in {"ge", "grade equivalent", "grade equiv", "grade equiv."}:
        kind = "ge"
    elif "score" in words or "scores" in words or low in {"composite", "index"}:
        kind = "score"
    else:
        kind = "ignore"
    return Column(0, kind, level)


def _bracketed(low: str) -> tuple[str, str] | None:
    """A header's "a (b)" as the two types it names ("ss", "pr" for "ss (pr)"), or None."""
    if not low.endswith(")") or (at := low.rfind("(")) <= 0 or "(" in low[:at]:
        return None
    return low[:at].strip(), low[at + 1:-1].strip()


def header(line: str, found: list[tuple[int, str]] | None = None) -> list[Column] | None:
    """The columns of a header line, or None if the line is not a score table's header
    (`found`: its `cells`, when already read)."""
    found = cells(line) if found is None else found
    if len(found) < 2 or any(_NUMBER.match(text) for _, text in found):
        return None
    if found[0][0] >= _NO_LABEL and all(_group_of(text, True) for _, text in found):
        # "                  Parent   Teacher": raters' (years', forms': the line names two)
        # columns over no label's, their type said above the table ("BRIEF-2 (T-scores
        # ...)") or by each row's area
        return [Column(0, "label"), *(_group_column(Column(offset, "score"), text)
                                      for offset, text in found)]
    tabbed = "\t" in line and "|" not in line
    columns = [Column(0, "label", None, 0 if tabbed else -1)]
    if unlabelled(line, found):  # "                 Scaled   %ile": the labels' column is
        found = [(0, ""), *found]  # blank over the rows' names; each cell names a column
    if _compares_any(found):
        return columns + [Column(offset, "ignore") for offset, _ in found[1:]]
    columns += [column_kind(text)._replace(start=offset, tab=line.count("\t", 0, offset)
                                           if tabbed else -1)
                for offset, text in found[1:]]
    if not any(c.kind in (*SCORE_KINDS, "percentile") for c in columns):
        said = _said_in_label(found, columns)
        if said:
            columns = said
        elif len(found) > 2 and all(_group_of(text, True) for _, text in found[1:]):
            columns = columns[:1] + [_group_column(c, text)
                                     for c, (_, text) in zip(columns[1:], found[1:],
                                                             strict=True)]  # "Scale  Parent
            # Teacher", or "WIAT-4  Jan 2020  Feb 2023"
        elif (years := _years_then_change(found)) is not None:
            columns = columns[:1] + years  # "WISC-V   Jan 2020   Feb 2023   Change 20-23"
        else:
            return None
    for at in [*starts_over(found), *_windows_between(found, columns)]:  # tables side by
        # side: a label column each
        columns[at] = columns[at]._replace(kind="label", bars=line.count("|", 0, found[at][0]))
    for at in range(2, len(columns)):  # "Parent T  %ile  Teacher T  %ile": each "%ile" is the
        before, column = columns[at - 1], columns[at]  # percentile of the rater's score
        if column.kind == "percentile" and not column.group and before.group in RATERS and \
                before.kind in SCORE_KINDS:  # before it
            columns[at] = column._replace(group=before.group)
    if not any(c.group for c in columns) and (whose := _group_of(found[0][1], True)) in RATERS:
        columns[0] = columns[0]._replace(group=whose)  # "Teacher (TRS)  T  %ile": one rater's
    if "|" in line and "\t" not in line and len(columns) == len(found):
        columns = [c._replace(bar=line.count("|", 0, offset))
                   for c, (offset, _) in zip(columns, found, strict=True)]
    return columns


#: A column of a screener's testing windows: between score columns, it names the rows of a
#: second table ("SS  %ile  Testing Window  Scaled Score  PR  GE": a test's areas on the left,
#: a screener's seasons on the right, side by side on the same lines).
_WINDOWS = frozenset({"window", "testing window", "test window", "screening window",
                      "benchmark window", "benchmark period", "season", "testing season"})


def _windows_between(found: list[tuple[int, str]], columns: list[Column]) -> list[int]:
    """Where a header (its cells `found`, read as `columns`) names a column of testing windows
    with score columns on both sides of it: the start of a second table, whose scores are
    not the first table's rows' ([] where there is none)."""
    scored = (*SCORE_KINDS, "percentile")
    return [at for at in range(2, min(len(found), len(columns)) - 1)
            if found[at][1].casefold() in _WINDOWS
            and any(c.kind in scored for c in columns[1:at])
            and any(c.kind in scored for c in columns[at + 1:])]


def unlabelled(line: str, found: list[tuple[int, str]]) -> bool:
    """Whether a header line leaves its labels' column blank ("            Raw   Scaled"):
    its first cell starts far in and names a score's column or a raw one, and no bar splits
    it."""
    if found[0][0] < _NO_LABEL or "|" in line:
        return False
    first = found[0][1]
    return first.split(" ", 1)[0].casefold() in _RAW_FIRST or column_kind(first).kind in (
        *SCORE_KINDS, "percentile", "ci", "ge")


def compares_scores(line: str, found: list[tuple[int, str]] | None = None) -> bool:
    """Whether a line is the header of a table that compares scores (see `_COMPARES`): a
    number in it ("Score 1   Score 2   Difference") is no score either (`found`: its
    `cells`, when already read)."""
    found = cells(line) if found is None else found
    return len(found) >= 3 and _compares_any(found)


#: First words of a column after the years' that gives the change between two of them.
_CHANGE_HEADS = frozenset({"change", "gain", "growth", "diff", "diff."})


def _group_column(column: Column, text: str) -> Column:
    """The column, a score column of the group its header cell names alone ("Parent",
    "Teacher Form", "Feb 2023"): a year's cells may hold a percentile in brackets, "82 (12)"
    (a table of years gives no raw score so; see _years_then_change)."""
    group = _group_of(text, True)
    return column._replace(kind="score", group=group, pair=_YEAR.fullmatch(group) is not None)


def _years_then_change(found: list[tuple[int, str]]) -> list[Column] | None:
    """The columns of a header of two years or more, then columns of the change between them
    ("Jan 2020  Feb 2023  Feb 2026  Change 23-26"): a score column of each year, whose cells
    may hold a percentile in brackets ("82 (12)": a table of years gives no raw score so),
    and the change's columns read as none; None where the header is no such one."""
    years = [_group_of(text) for _, text in found[1:]]
    count = next((i for i, year in enumerate(years) if not year), len(years))
    if count < 2 or any(year for year in years[count:]) or not all(
            text.casefold().split(" ", 1)[0] in _CHANGE_HEADS for _, text in found[1 + count:]):
        return None
    return [Column(offset, "score", group=year, pair=True) if year else Column(offset, "ignore")
            for (offset, _), year in zip(found[1:], years, strict=True)]


def _compares_any(found: list[tuple[int, str]]) -> bool:
    """Whether a header's cells, but its label's, name a comparison (`_COMPARES`)."""
    for _, text in found[1:]:
        low = " ".join(text.casefold().split())
        if low in _COMPARES or low.split(" ", 1)[0] in _COMPARES:
            return True
    return False


def _said_in_label(found: list[tuple[int, str]], columns: list[Column]) -> list[Column]:
    """Raters' columns whose type the label cell says once, for all of them ("Composite Scores
    (T / %ile)   Parent (PRS-A)   Teacher (TRS-A)"): each a "score / percentile" column of its
    rater's; [] where the header is no such one."""
    label = found[0][1]
    if not label.endswith(")") or "/" not in label:
        return []
    said = column_kind(label[label.rfind("("):])
    groups = [_group_of(text) for _, text in found[1:]]
    if not said.pair or not all(groups):
        return []
    return columns[:1] + [c._replace(kind=said.kind, level=said.level, pair=True, group=group)
                          for c, group in zip(columns[1:], groups, strict=True)]


def with_line_above(found: list[tuple[int, str]], above: list[tuple[int, str]],
                    tabs: tuple[str, str] | None = None) -> list[tuple[int, str]] | None:
    """A header's cells with the line above it read in, where that line belongs to the header
    (None where it does not): whose columns they are ("Parent   Teacher" over "T  %ile  T
    %ile"), or the first half of a header set on two lines ("Sum of Scaled  Composite" over
    "Scores  Score", which starts further in than the line above, or whose cells each stand
    under one of the line above's). `tabs`: the header line and the line above, where both
    are split at tabs: a group then heads the columns from its own tab on, not from where
    it starts."""
    if not above or any(_NUMBER.match(text) for _, text in above):
        return None
    if all(_group_of(text, len(above) > 1) for _, text in above):
        def place(line: str | None, offset: int) -> int:  # (a tab's count, or where)
            return line.count("\t", 0, offset) if line is not None else offset
        upper, lower = tabs if tabs is not None else (None, None)
        groups = sorted((place(upper, start), _group_of(text, True)) for start, text in above)
        slack = 0 if tabs is not None else 2
        if tabs is None and len(found) > 1 and groups[0][0] > found[1][0] + slack:
            return _under_centred(found, above)  # ("      2023          2026" centred
            # over "SS  %ile   SS  %ile": the first year starts after its first column)
        merged = [found[0]]
        for offset, text in found[1:]:
            over = [g for start, g in groups if start <= place(lower, offset) + slack]
            merged.append((offset, f"{over[-1]} {text}" if over else text))
        return merged
    starts = [start for start, _ in above]
    aligned = all(any(abs(offset - start) <= 2 for start in starts) for offset, _ in found[1:])
    no_label = aligned and found[0][0] >= _NO_LABEL and above[0][0] >= _NO_LABEL and any(
        abs(found[0][0] - start) <= 2 for start in starts)  # (both lines leave the labels'
    # column blank: "          Raw     Scaled" over "          Score   Score")
    if not no_label and (above[0][0] > 2 or len(above) < 2 or not (
            found[0][0] > 0 or (aligned and len(found) > 2))):
        return None  # (a header's second line starts further in, its label being above,
        # or each of its cells stands under one of the line above's: "Raw / Score")
    merged = list(above)
    for offset, text in found:  # under the cell above it that starts nearest
        spans = [i for i, (start, upper) in enumerate(above)
                 if start - 2 <= offset <= start + len(upper) + 1]
        if spans:
            i = min(spans, key=lambda i: abs(above[i][0] - offset))
            merged[i] = (merged[i][0], f"{merged[i][1]} {text}")
        else:
            merged.append((offset, text))
    return sorted(merged)


def _under_centred(found: list[tuple[int, str]],
                   above: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A header's cells, each under the group cell above whose middle is nearest its own
    (groups centred over their columns, as word processors set them)."""
    middles = [(start + len(text) / 2, _group_of(text, True)) for start, text in above]
    merged = [found[0]]
    for offset, text in found[1:]:
        middle = offset + len(text) / 2
        group = min(middles, key=lambda m: abs(m[0] - middle))[1]
        merged.append((offset, f"{group} {text}"))
    return merged


def _group_of(text: str, forms: bool = False) -> str:
    """Whose or which year's columns a header cell names ("parent" for "Parent (PRS)"), or
    "" (`forms`: a rater's form's name too, "parent" for "Parent/Caregiver Form", where the
    line names more than one group: a title alone, "Teacher Rating Form", heads no columns)."""
    low = text.casefold()
    first = low.split(" (")[0] if low.endswith(")") else low
    if first in RATERS or _YEAR.fullmatch(first):
        return first
    if dated := _DATED.fullmatch(low):  # "Spring 2022", "Oct. 2023 (Gr. 3)"
        return dated.group(1)
    if forms:
        words = re.split(r"[\s/-]+", first)
        if words[0] in RATERS and all(word in _FORM_WORDS for word in words[1:]):
            return words[0]
    return ""


_RULE = lazy_re.compile(r"[ \t]*\|?(?:[ \t]*:?[-=\u2013\u2014\u2500]{3,}:?[ \t]*\|?)+[ \t]*")


#: A page's running header or footer, where a table breaks across pages: "... Page 8",
#: "Page 2 of 6", "- 3 -".
_PAGE_LINE = lazy_re.compile(r".*\bPage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*|\s*-\s*\d{1,3}\s*-\s*",
                             re.IGNORECASE)


def is_page_line(line: str) -> bool:
    """Whether the line is a page's running header or footer (see `_PAGE_LINE`)."""
    return _PAGE_LINE.fullmatch(line) is not None


#: A part's heading inside a table, over its rows: "CLINICAL SCALES", "ADAPTIVE COMPOSITES".
_SECTION = lazy_re.compile(r"[ \t]*[A-Z][A-Z/&-]*(?: [A-Z][A-Z/&-]*){0,3}:?[ \t]*")


def is_section(line: str) -> bool:
    """Whether the line is a part's heading in capitals inside a table (its rows keep the
    header above it), up to four words."""
    return _SECTION.fullmatch(line) is not None


#: A part's heading inside a table, as most tables write it: a few words (a digit may be in
#: one: "DSM-5 Symptom Scales"), a capital first, maybe an aside in brackets ("Validity (raw
#: scores)"); no number alone, no sentence's full stop.
_SUBHEADING = lazy_re.compile(
    r"[ \t]*[A-Z][\w/&'-]*(?: [\w/&'-]*[^\W\d_][\w/&'-]*){0,4}(?: \([^()\d.]{1,30}\))?:?[ \t]*")


def is_subheading(line: str) -> bool:
    """Whether the line may be a part's heading inside a table written in small letters too
    (see `_SUBHEADING`): the table's rows keep its header past it where a row or the header
    stands right above it (`_Finder._header_for` asks)."""
    return _SUBHEADING.fullmatch(line) is not None


def is_rule(line: str) -> bool:
    """Whether the line only underlines a header: "|---|:---:|", "------  ------", "====="."""
    return _RULE.fullmatch(line) is not None


def is_row(line: str, found: list[tuple[int, str]] | None = None) -> bool:
    found = cells(line) if found is None else found
    return (len(found) >= 2 and any(c.isalpha() for c in found[0][1])
            and any(_NUMBER.match(text) or _RANGE.match(text) for _, text in found[1:]))


#: What a table writes in a cell it leaves empty: "--", "—", "n/a".
_PLACEHOLDERS = frozenset(("-", "--", "---", "\u2013", "\u2014", "n/a", "N/A", "NA", "na",
                           "*", "\u2014\u2014"))


#: A cell that says why its row has no score: "Not administered", "Not computed",
#: "Discontinued (fire alarm)", "Invalid".
_NOT_GIVEN = lazy_re.compile(
    r"(?:not\s+(?:administered|computed|given|tested|scored|obtained|calculated|reported|"
    r"available|completed|interpretable|valid)|discontinued|omitted|invalid|spoiled|spoilt|"
    r"untestable|declined|refused|no\s+score)\b", re.IGNORECASE)


def is_empty_row(line: str, found: list[tuple[int, str]] | None = None) -> bool:
    """Whether the line is a table's row that gives no score: its cells left empty
    ("Letter Naming Fluency (LNF)   --   --   --": not given in that grade) or saying why
    ("--   N/A   Not administered"), among words of the row's own ("PS  Coding  CD  --"): a
    row, though it holds no score, so the rows under it keep the header above it."""
    found = cells(line) if found is None else found
    if len(found) < 2 or not any(c.isalpha() for c in found[0][1]):
        return False
    said = False  # whether a cell says that no score was given
    for _, text in found[1:]:
        text = text.strip()
        if text in _PLACEHOLDERS or _NOT_GIVEN.match(text):
            said = True
        elif any(c.isdigit() for c in text):
            return False  # (a score, or a figure of the row's)
    return said  # (other cells are words: a domain's code, an abbreviation, "Average")


class Cell(NamedTuple):
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    level: int | None = None
    offset: int = 0
    length: int = 0
    group: str = ""  # its column's rater


def _metric_kind(said: str) -> str | None:
    """The kind a row's metric cell gives its score ("Standard", "ScS", "T-score"); "ignore"
    where it names a count, a time or an age ("Raw", "Seconds": no score); None where it
    names no type ("ss", either kind: the area tells; "Subtest", "Index": the row as it
    is)."""
    kind = _TYPES.get(said) or column_kind(said).kind
    if kind in _METRIC_KINDS:
        return kind
    return "ignore" if _NO_SCORE_METRICS.intersection(re.findall(r"[a-z]+", said.casefold())) \
        else None


def row_cells(line: str, columns: list[Column],
              found: list[tuple[int, str]] | None = None) -> tuple[str, int, list[Cell]]:
    """The row's label (and its offset), and its number cells with the column each is in
    (`found`: the line's `cells`, when already read)."""
    found = cells(line) if found is None else found
    label_offset, label = found[0]
    values = found[1:]
    if len(values) < len(columns) - 1 and (run_on := _RUN_ON.match(label)) is not None:
        # "Letter-Word Identification 466 7-3": numbers one space after the label are cells
        # of their own, where that makes as many cells as the header has
        run = [(label_offset + m.start(), m[0])
               for m in _TOKEN.finditer(label, run_on.end(1))]
        if len(run) + len(values) == len(columns) - 1:
            label, values = run_on[1], run + values
    head, _, last = label.rpartition(" ")
    if last in _TYPES and head and values and _NUMBER.match(values[0][1]):
        # "CTOPP-2 Phonological Awareness SS 82": a long name ran into its typed cell
        label, values = head.rstrip(), [  # (placed so that its number is where it stands)
            (values[0][0] - len(last) - 1, f"{last} {values[0][1]}"), *values[1:]]
    if columns[-1].tab >= 0 and "\t" in line and "|" not in line:
        # split at tabs, both: a cell is in the column with as many tabs before it (an
        # empty cell is two tabs in a row, and the cells' offsets say nothing)
        by_tab = {c.tab: c for c in columns[1:]}
        placed = [(by_tab[tab], (offset, text)) for offset, text in values
                  if (tab := line.count("\t", 0, offset)) in by_tab]
    elif columns[-1].bar >= 0 and "|" in line and line.count("|", 0, label_offset) == \
            columns[0].bar:
        # split at "|", both: a cell is in the column with as many bars before it (an
        # empty cell is "| |", and in a row not padded to the header the offsets say nothing)
        by_bar = {c.bar: c for c in columns[1:]}
        placed = [(by_bar[bar], (offset, text)) for offset, text in values
                  if (bar := line.count("|", 0, offset)) in by_bar]
    elif len(values) == len(columns) - 1 and not any(c.pair for c in columns):
        placed = list(zip(columns[1:], values, strict=True))  # (a "score / percentile"
        # table's cells by position: its rows hold words too, "63 / 89   AT-RISK")
    else:
        placed = []
        for offset, text in values:
            column = min(columns[1:], key=lambda c: abs(c.start - offset))
            placed.append((column, (offset, text)))
    metric = next((column.keyed if text == "ss" and column.keyed else _metric_kind(text)
                   for column, (_, text) in placed if column.kind == "metric"), None)
    result: list[Cell] = []
    for column, (offset, text) in placed:
        if metric and column.kind == "score":
            column = column._replace(kind=metric)
        if column.pair and (pair := PAIR.match(text)):  # "58 / 81": a score, its percentile
            score, percentile = pair_numbers(pair)
            for at, kind in ((score, column.keyed or column.kind), (percentile, "percentile")):
                result.append(Cell(kind, float(pair.group(at)), None, None, None,
                                   offset + pair.start(at), pair.end(at) - pair.start(at),
                                   column.group))
        elif column.kind == "ci" and (ci := _RANGE.match(_BRACKETED.sub(r"[\1-\2]", text))):
            result.append(Cell("ci", None, float(ci.group(1)), float(ci.group(2)), column.level,
                               offset, len(text), column.group))
        elif (typed := _TYPED.match(text)) and (
                column.kind in ("score", _TYPES[typed[1]])
                or typed[1] == "ss" and column.kind in ("standard", "scaled")):
            result.append(Cell(_TYPES[typed[1]], float(typed[2]), None, None, None,
                               offset + typed.start(2), typed.end(2) - typed.start(2),
                               column.group))  # "SS 79": the cell says its type
        elif number := _NUMBER.match(text):
            low = float(number.group(2)) if number.group(2) else None
            high = float(number.group(3)) if number.group(3) else None
            result.append(Cell(column.kind, float(number.group(1)), low, high, column.level,
                               offset + number.start(1), number.end(1) - number.start(1),
                               column.group))
    return label, label_offset, result
