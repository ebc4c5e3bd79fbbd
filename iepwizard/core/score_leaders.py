"""A score joined to its area by a dot leader, as in a report's appendix or score list:

    Vocabulary ........................ 8
    Digit Span .... 10 (50th percentile)
    - School Problems ................. 54   (Average)
    Verbal Comprehension Index ........ SS 118  [111-123]  PR 88
    Sequential/Gsm      Number Recall .......... 6      Word Order ............. 7

The leader (three or more dots, or "…") stands where a colon would: the area is what stands
before it on its line (after a bullet, or after the last wide gap, where one line lists two),
and it must be an area's whole name as the scales file writes it (after a test's name, where
the line starts with one: "KTEA-3 Letter & Word Recognition ...... 89"); its test is found as for
any score (a one-word area's test named before it). Between the leader and the number only a
type may stand ("SS", "ScS", "T =", "PR"). After the number, an interval in brackets that holds
it, then a percentile, an interval or a grade equivalent are the score's own.

A table of contents lists pages: no score is read where the lines with leaders stand under a
heading with "Contents", or fewer than half of them start with an area's name ("Reason for
Referral ..... 2", "Reading ..... 7"); nor where the name before the leader is no area.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lazy_re
from .scales import Area, Scales, tokens
from .score_attachments import attachments
from .score_before import Before
from .score_raters import FORM_RATERS
from .score_tables import RATERS
from .scores import Score, plausible, said_by

if TYPE_CHECKING:
    from .score_finder import _Finder

#: The leader and what may follow it before the number (a type: "SS", "ScS", "T =").
_LEADER = lazy_re.compile(r"[ \t]*(?:(?:\.[ \t]?){3,}|\u2026+)[ \t]*(?:[A-Za-z%][\w%-]*[ \t]*"
                          r"[=:]?[ \t]*){0,2}$")
#: Where a line lists two areas, the wide gap before the second ("Rover ... 9      Triangles").
_GAP = lazy_re.compile(r".*(?:\t|  )")
#: A bullet or a dash before the area ("- School Problems", "• Vocabulary").
_BULLET = lazy_re.compile(r"^[ \t]*(?:[-*\u2022\u00b7\u2013]+[ \t]+)?")
#: An interval in brackets after the score ("118  [111-123]", "118 (111-123)").
_INTERVAL = lazy_re.compile(r"[ \t]*[\[(][ \t]*(\d{1,3})[ \t]*[-\u2013\u2014][ \t]*(\d{1,3})[ \t]*"
                            r"[\])]")
#: A second rater's score after the first's: "67 / 59".
_PAIR = lazy_re.compile(r"[ \t]*/[ \t]*(\d{1,3})(?![\d.])")
#: Two sides in brackets, each side's first word kept: "(CBCL T / TRF T)".
_SIDES = lazy_re.compile(r"\(\s*([A-Za-z]+)[^()/]*/\s*([A-Za-z]+)[^()/]*\)")
#: A word after an area's name that says what kind of area it is: "Communication domain".
_KIND_WORDS = frozenset({"domain", "composite", "index", "cluster", "subtest", "scale"})
#: How far back a leader may stand before the number it leads to, in characters.
_NEAR = 24
#: How far back the area's name may start on the number's line, in characters.
_LINE = 160


def leader_score(finder: _Finder, start: int, end: int, value: float, taken_to: int,
                 cue_after: tuple[int, int] | None) -> tuple[list[Score], int] | None:
    """The score a number after a dot leader gives, and where what it took ends; None where no
    leader stands before it, or the name before the leader is no area that can hold it (the
    number is then read as any other)."""
    text = finder.text
    near = max(0, start - _NEAR)
    if text.find(".", near, start) < 0:  # (no dot: neither ".." nor ". ." either)
        if text.find("\u2026", near, start) < 0:
            return None
    elif text.find("..", near, start) < 0 and text.find(". .", near, start) < 0 and \
            text.find("\u2026", near, start) < 0:
        return None
    line_start = text.rfind("\n", max(0, start - _LINE), start) + 1
    if line_start == 0 and start > _LINE:
        return None  # (a line too long to be a list's)
    leader = _LEADER.search(text, line_start, start)
    if leader is None:
        return None
    before = Before(text, start, finder.scales.lengths)
    if before.words or before.describes():
        return None  # ("Reading ...... raw 12")
    areas, words = area_named(finder.scales, _label(text[line_start:leader.start()]))
    if not areas or _sections(text, line_start, finder.scales, finder.sections):
        return None
    cue = "percentile" if cue_after else before.cue
    resolved = finder.resolve(areas, len(words), cue, start, value)
    if resolved is None:
        return None
    area, test = resolved
    if test and finder.other_test_before(start, area.test):
        test = ""
    kind, role, bands = finder.facts(area, test, cue)
    if not plausible(kind, value):
        return None
    cues = before.cue_spans() + ((cue_after,) if cue_after else ())
    if kind == "ge":
        return [Score(start, end, kind, value, area.label, test, cues=cues)], taken_to
    ci = None
    if (bracket := _INTERVAL.match(text, taken_to)) is not None and \
            float(bracket[1]) <= value <= float(bracket[2]):
        ci, taken_to = (float(bracket[1]), float(bracket[2])), bracket.end()
    if (pair := _PAIR.match(text, taken_to)) is not None and plausible(
            kind, second := float(pair[1])) and (raters := _pair_raters(text, line_start)):
        # "- Anxious/Depressed ...... 67 / 59" under "Syndrome scales (CBCL T / TRF T):"
        return [Score(start, end, kind, value, area.label + said_by(raters[0]), test, role,
                      cues=cues, bands=bands),
                Score(pair.start(1), pair.end(1), kind, second,
                      area.label + said_by(raters[1]), test, role, bands=bands)], pair.end()
    extra = attachments(text, taken_to, value)
    if extra is None:
        return [Score(start, end, kind, value, area.label, test, role, None, ci, None, cues,
                      bands)], taken_to
    scores = [Score(start, end, kind, value, area.label, test, role,
                    extra.stated if kind != "percentile" else None, ci or extra.ci,
                    extra.ci_level, cues + tuple((a, b) for a, b, _ in extra.cues), bands)]
    if extra.grade_equivalent is not None:
        ge_start, ge_end, ge_value = extra.grade_equivalent
        scores.append(Score(ge_start, ge_end, "ge", ge_value, area.label, test))
    return scores, max(taken_to, extra.end)


def _pair_raters(text: str, line_start: int) -> tuple[str, str] | None:
    """The two raters the heading over a list of leaders names in brackets, each side's first
    word a rater or a form ("(CBCL T / TRF T)", "(Parent / Teacher)"), or None."""
    end = line_start - 1
    for _ in range(40):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not _LEADER_ANYWHERE.search(line):
            break
        end = start - 1
    else:
        return None
    if (sides := _SIDES.search(line)) is None:
        return None
    whose = [FORM_RATERS.get(first) or (first.lower() if first.lower() in RATERS else "")
             for first in (sides[1], sides[2])]
    return (whose[0], whose[1]) if all(whose) and whose[0] != whose[1] else None


def area_named(scales: Scales, name: str) -> tuple[tuple[Area, ...], list[str]]:
    """The areas whose whole name `name` is, and its words; after a test's name where it
    starts with one ("KTEA-3 Letter & Word Recognition"). ((), words) where it is none."""
    words = tokens(name)
    areas = scales.written(words)
    if not areas and (test := scales.test_match(name)) is not None and \
            not name[test.end():test.end() + 1].isalnum():
        words = tokens(name[test.end():])
        areas = scales.written(words) if words else ()
    if not areas and len(words) > 1 and words[-1].casefold() in _KIND_WORDS:
        words = words[:-1]  # "Communication domain ...": the word for its kind after it
        areas = scales.written(words)
    return areas, words


def _sections(text: str, line_start: int, scales: Scales, known: dict[int, bool]) -> bool:
    """Whether the lines with leaders this one is among list sections, not scores: they stand
    under a heading that says so ("Contents", "Table of Contents"), or fewer than half of them
    start with an area's name ("Reason for Referral ..... 2", "Reading ..... 7": pages).

    The answer is kept in `known` for every line of the block read, where every one of them
    would read the same lines and heading (a block shorter than the lines read at most): a
    list of scores is asked once, not once for each of its lines."""
    if line_start in known:
        return known[line_start]
    lines: list[str] = []
    starts = [line_start]  # (of the lines read)
    heading = ""
    end = line_start - 1
    while end >= 0 and len(lines) < 40:  # the lines above, up to the heading
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not _LEADER_ANYWHERE.search(line):
            heading = line
            break
        lines.append(line)
        starts.append(start)
        end = start - 1
    if "contents" in heading.casefold():
        for start in starts:  # (those above read the same heading)
            known[start] = True
        return True
    start = line_start
    while start < len(text) and len(lines) < 80:  # this line and those below
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not _LEADER_ANYWHERE.search(line):
            break
        lines.append(line)
        if start != line_start:
            starts.append(start)
        start = end + 1
    named = 0
    for line in lines:
        leader = _LEADER_ANYWHERE.search(line)
        if leader is not None and area_named(scales, _label(line[:leader.start()]))[0]:
            named += 1
    result = named * 2 < len(lines)
    if len(lines) < 40:  # (no line of the block reads a limit: each reads all of it)
        for start in starts:
            known[start] = result
    return result


def _label(before: str) -> str:
    """The area's name in what stands before a leader on its line: after the last wide gap
    and a bullet."""
    if (gap := _GAP.match(before)) is not None:
        before = before[gap.end():]
    return _BULLET.sub("", before, count=1).strip()


#: A leader anywhere on a line.
_LEADER_ANYWHERE = lazy_re.compile(r"(?:\.[ \t]?){3,}|\u2026")
