"""An area's score given twice, once in a sentence that dates it to an earlier year: a
reevaluation's background quotes the last evaluation ("His 2024 evaluation reported a WISC-V
Full Scale IQ of 84"), then gives this one's ("Full Scale IQ: 88"). Told without a year, the
2024 score stood beside this year's as a second one of now, and was drawn as today's.

Only where the text gives the same area (of the same test, the same kind of score) more than
once is a score dated by its sentence: its sentence names one year, the text names a later one
(within ten years), and another of that area's scores is of a later year or of none. A score
given once keeps its label: an IEP quoting the evaluation it rests on gives its scores as they
are. A screener's scores (its percentiles compare children of a grade) are given season by
season, one area many times in a school year: they are not dated this way.
"""

from __future__ import annotations

from . import lazy_re
from .score_raters import sentence_end, sentence_start
from .scores import DATED_LABEL, Score, dated

#: A year, not inside a longer number.
ANY_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: How far a score's sentence is read before and after it, in characters.
_BEFORE, _AFTER = 300, 200


def dated_by_sentence(text: str, scores: list[Score]) -> list[Score]:
    """The scores, each one of an area given more than once that its sentence dates to an
    earlier year labelled with that year."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for i, score in enumerate(scores):
        if score.label and not score.by_grade and not DATED_LABEL.search(score.label):
            groups.setdefault((score.test, score.label, score.kind), []).append(i)
    twice = [group for group in groups.values() if len(group) > 1]
    if not twice:
        return scores
    later: dict[int, bool] = {}  # a year -> whether the text names a later one
    result = list(scores)
    for group in twice:
        years = [_sentence_year(text, scores[i]) for i in group]
        for i, year in zip(group, years, strict=True):
            if year is None:
                continue
            if year not in later:
                later[year] = _names_later_year(text, year)
            if not later[year]:
                continue
            if any(other is None or other > year for j, other in zip(group, years, strict=True)
                   if j != i and scores[j].value != scores[i].value):
                result[i] = scores[i]._replace(label=dated(scores[i].label, str(year)))
    return result


def _names_later_year(text: str, year: int) -> bool:
    """Whether the text names a year after `year` (within ten): each is looked for as a
    string, the nearest first (a regex for any year over a 3 MB text took 0.1 s)."""
    for later in range(year + 1, year + 11):
        at = text.find(str(later))
        while at >= 0:
            if not text[at - 1:at].isdigit() and not text[at + 4:at + 5].isdigit():
                return True
            at = text.find(str(later), at + 4)
    return False


def _sentence_year(text: str, score: Score) -> int | None:
    """The one year the score's sentence names, or None (none, or more than one)."""
    low = max(0, score.start - _BEFORE)
    around = text[low:score.end + _AFTER]
    if "19" not in around and "20" not in around:
        return None  # (a look, then the patterns)
    sentence = text[sentence_start(text, low, score.start):
                    sentence_end(text, score.end, score.end + _AFTER)]
    years = set(ANY_YEAR.findall(sentence))
    return int(years.pop()) if len(years) == 1 else None
