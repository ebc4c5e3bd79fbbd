"""The decoder: every known term and score in a text, explained in order of appearance."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from . import box_tables, csv_tables, lazy_re
from .content import Content, Term
from .escapes import blank
from .glossary import Match, Matcher, merge

if TYPE_CHECKING:
    from pathlib import Path

    from .scales import Scales
    from .scores import Score

#: The glossary term that explains each score type a report writes as a cue (SS, T, PR...).
CUE_TERMS = {"standard": "standard score", "scaled": "scaled score", "v": "v-scale score",
             "t": "t-score",
             "percentile": "percentile rank", "ci": "confidence interval",
             "ge": "grade equivalent"}


class Decoded(NamedTuple):
    text: str
    matches: tuple[Match, ...]
    terms: tuple[Term, ...]
    scores: tuple[Score, ...]

    def report(self, width: int = 79, drawing: bool = True) -> str:
        """Plain text for a reader: terms, scores, the bell curve (lines wrap at `width`;
        0 does not wrap; `drawing=False` leaves the curve out, for a screen that draws it)."""
        from . import decode_report

        return decode_report.report(self, width, drawing)


#: The last glossary's names (see `_names`): its terms and what each name, written as a cue,
#: stands for.
_NAMES: list[tuple[tuple[Term, ...], dict[str, str]]] = []


def _names(content: Content) -> dict[str, str]:
    """Each name and context acronym of the glossary, spaced as `_cue_matches` writes a cue,
    -> its term id (the first term's); made once per glossary, not per decode (the terms are
    compared item by item: the same objects compare at once)."""
    terms = tuple(content.terms.values())
    if _NAMES and _NAMES[0][0] == terms:
        return _NAMES[0][1]
    by_name: dict[str, str] = {}
    for term in terms:
        for name in (*term.names, *term.context_acronyms):
            by_name.setdefault(" ".join(name.replace("-", " ").split()).casefold(), term.id)
    _NAMES[:] = [(terms, by_name)]
    return by_name


def _cue_matches(scores: list[Score], clean: str, content: Content) -> list[Match]:
    """A score's type written short ("SS = 84", "T = 70", "PR 14", "CI 79-90", "GE 2.6") names
    its glossary term, whatever the acronym's context."""
    if not scores:
        return []  # (the glossary's names are not even looked at)
    by_name = _names(content)
    found = []
    for score in scores:
        for start, end in score.cues:
            written = " ".join(clean[start:end].replace("-", " ").split()).casefold()
            if clean[start:end] == "ss" and score.kind in ("standard", "scaled"):
                written = CUE_TERMS[score.kind]  # "ss" is either: the area tells
            term_id = by_name.get(written)
            if term_id is None and written in ("t", "ss", "scs", "pr", "ci", "ge", "iq"):
                kind = {"t": "t", "ss": "standard", "scs": "scaled", "pr": "percentile",
                        "ci": "ci", "ge": "ge", "iq": "standard"}[written]
                term_id = by_name.get(CUE_TERMS[kind].replace("-", " "))
            if term_id is not None:
                found.append(Match(start, end, term_id))
    return found


#: Subtests whose bare names are ordinary words ("Similarities", "Vocabulary", "Coding"): the
#: glossary names them "X subtest" and the matcher finds only that; a score of the subtest
#: on a Wechsler test names it as surely, wherever the text writes the name beside it.
_SUBTEST = " subtest"
_WECHSLER = ("WISC", "WPPSI", "WAIS")
#: How far from a score's number its subtest's name is looked for, before and after it.
_NAME_BEFORE, _NAME_AFTER = 120, 40


#: The last glossary's subtests named "X subtest" (see `_subtests`).
_SUBTESTS: list[tuple[tuple[Term, ...], dict[str, str]]] = []


def _subtests(content: Content) -> dict[str, str]:
    """Each glossary term named "X subtest", X casefolded -> its id; made once per glossary,
    as `_names` is (made at each decode, it took a fiftieth of a short report's)."""
    terms = tuple(content.terms.values())
    if _SUBTESTS and _SUBTESTS[0][0] == terms:
        return _SUBTESTS[0][1]
    by_name = {t.term.casefold().removesuffix(_SUBTEST): t.id for t in terms
               if t.term.casefold().endswith(_SUBTEST)}
    _SUBTESTS[:] = [(terms, by_name)]
    return by_name


def _subtest_matches(scores: list[Score], clean: str, content: Content) -> list[Match]:
    """The subtest a Wechsler score is of, where its glossary entry is named "X subtest" and
    the text writes X alone: "Similarities   13", "12 on Vocabulary", "Coding scaled score
    (5)". The name nearest the number, as a whole word."""
    if not scores:
        return []
    by_name = _subtests(content)
    found = []
    for score in scores:
        term_id = by_name.get(score.label.casefold())
        if term_id is None or not score.test.startswith(_WECHSLER):
            continue
        low, high = max(0, score.start - _NAME_BEFORE), min(len(clean), score.end + _NAME_AFTER)
        names = [m for m in re.finditer(rf"(?<!\w){re.escape(score.label)}(?!\w)",
                                        clean[low:high], re.IGNORECASE)]
        if names:
            near = min(names, key=lambda m: abs(low + m.start() - score.start))
            found.append(Match(low + near.start(), low + near.end(), term_id))
    return found


#: After "placement", a grade level: a screener's placement ("Placement: Grade 2", "placement
#: was Early Grade 1", "Placement  Level 1"), not a special-education one.
_GRADE_AFTER = lazy_re.compile(r"[ \t:=\-\u2013]*(?:(?:is|was|of|at|in|=)[ \t]+)?"
                               r"(?:(?:early|mid|late)[ \t]+)?(?:grade|kindergarten|level)\b",
                               re.IGNORECASE)


def _grade_placements(matches: list[Match], clean: str) -> list[Match]:
    """The matches, each "placement" that is a screener's grade placement made one: where a
    grade level follows it, or where it is a cell of a score table's header ("Domain   Scale
    Score   Placement   Percentile", read by the score finder's own table reader). A
    special-education placement is written in sentences, or in an IEP's table beside "percent
    of time", never so."""
    result = matches
    for index, match in enumerate(matches):
        if match.term_id != "placement":
            continue
        start, end = match.start, match.end
        if _GRADE_AFTER.match(clean, end) is None and not _in_score_header(clean, start, end):
            continue
        if result is matches:
            result = list(matches)
        result[index] = Match(start, end, "grade-placement")
    return result


def _in_score_header(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole cell of its line, and another cell of that line
    names a score column (score_tables' cells and column kinds)."""
    from .score_tables import MAX_LINE, cells, column_kind

    line_start = text.rfind("\n", max(0, start - MAX_LINE), start) + 1
    line_end = text.find("\n", end, end + MAX_LINE)
    if line_end < 0 and end + MAX_LINE < len(text) or line_start == 0 and start > MAX_LINE:
        return False  # (a line this long is no header: read whole for each such term, a long
        # text of one line took time growing as its square)
    found = cells(text[line_start:len(text) if line_end < 0 else line_end])
    return len(found) > 1 and (start - line_start, text[start:end]) in found and any(
        column_kind(cell).kind not in ("ignore", "label") for _, cell in found)


def decode(text: str, content: Content, matcher: Matcher | None = None,
           scales: Scales | None = None, scales_cache: Path | None = None) -> Decoded:
    """Terms and scores of `text` (escape sequences and control characters are read as
    spaces, and a word a PDF broke across two lines as one: see line_breaks;
    `Decoded.text` shows the text as given, control characters as visible symbols, at the
    same positions).
    `scales_cache`: where the scales are kept parsed between runs (the command line's), for
    a text that holds a number and no `scales` given."""
    matcher = matcher or Matcher(content.terms.values())
    # (a table drawn "│ Coding │ 5 │", or exported "Coding,5,5": read as "| Coding | 5 |")
    clean = csv_tables.as_pipes(box_tables.as_pipes(blank(text)))
    if "-\n" in clean:  # ("stan-" / "dard score": a word a PDF broke across two lines)
        from .line_breaks import rejoin

        clean = rejoin(clean, matcher.words())
    if "\u00ad" in clean:  # ("Compre\u00adhension": a soft hyphen a PDF kept in a word)
        from .line_breaks import join_soft_hyphens

        clean = join_soft_hyphens(clean)
    numbers: list[int] = []
    found = matcher.find(clean, numbers)
    scores: list[Score] = []
    if numbers:  # no number, no score: the score finder (and its patterns) is not even loaded
        from .scales import scales_for
        from .score_finder import find_scores

        scales = scales if scales is not None else scales_for(content.root, scales_cache)
        scores = find_scores(clean, scales, numbers)
    matches = merge(_grade_placements(found, clean), _cue_matches(scores, clean, content)
                    + _subtest_matches(scores, clean, content))
    first_seen = dict.fromkeys(m.term_id for m in matches)
    order = {term_id: content.terms[term_id] for term_id in first_seen}
    if clean is text:
        shown = text
    else:  # escapes or control characters: shown as visible symbols
        from .safe_text import visible

        shown = visible(text, limit=len(text))
    return Decoded(shown, tuple(matches), tuple(order.values()), tuple(scores))
