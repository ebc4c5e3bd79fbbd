"""A number in running text: is it a score, and of what? (see score_finder for the rules)

The words before the number are read backwards: first the "glue" ("was", "=", "(",
"standard score of", "T ="), which may name the type, then the area's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .scales import Area
from .score_attachments import attachments
from .scores import Score, plausible

if TYPE_CHECKING:
    from .score_finder import _Finder

_TOK = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+(?:\.\d+)?|\n[ \t]*\n|[^\s\w]")
_AFTER_NOT = re.compile(
    r"(?:\s*(?:%|percent\b|pts?\b|points?\b|min(?:ute)?s?\b|hours?\b|hrs?\b|days?\b|weeks?\b"
    r"|months?\b|years?\b|yrs?\b|times\b|sessions?\b|items?\b|words\b|students\b|of\b|out\b"
    r"|[ap]\.?m\b)|[/:,.]\d|\s*(?:-|\u2013|\u2014|to)\s*\d{1,3}(?:\.\d+)?(?![\w])"
    r"|\s*(?:or|and)\s+(?:above|below|more|higher|lower|less|over|under|up|greater)\b)",
    re.IGNORECASE)
_PERCENTILE_AFTER = re.compile(r"\s*(percentile|%ile)", re.IGNORECASE)
_CONTINUE = re.compile(r"[\s,]*(?:and|or|&)?\s*")
_ABBR = re.compile(r"[A-Z][A-Za-z]{1,5}")
GLUE_PUNCT = {"(", ":", "=", "-", "\u2013", "\u2014", "|", "[", "~"}
GLUE_WORDS = {
    "was", "were", "is", "are", "of", "a", "an", "the", "her", "his", "their", "its", "score",
    "scores", "scored", "standard", "scaled", "composite", "index", "subtest", "scale",
    "domain", "cluster", "quotient", "rank", "obtained", "earned", "received", "yielded",
    "achieved", "had", "has", "with", "at", "in", "on", "fell", "falls", "within", "which",
    "rating", "ratings", "gave", "got", "she", "he", "they", "reached", "equal", "equals",
    "rated", "grade", "equivalent", "percentile", "average", "low", "high", "below", "above",
    "very", "extremely", "borderline", "range", "elevated", "clinically", "significant",
    "mildly", "potentially", "risk", "total", "be", "ss", "iq", "pr", "ge", "t",
}
#: Words that start no area's name: an unknown area's label is read after them.
STOP_LABEL = GLUE_WORDS | {"and", "or", "another", "this", "that", "these", "those", "for",
                           "by", "to", "from", "results", "result", "overall", "one", "other"}
#: A number right after one of these describes a scale or a range; it is not a score.
DESC_BEFORE = {"mean", "m", "sd", "deviation", "between", "from", "to", "than", "below",
               "above", "under", "over", "least", "most"}
_SKIP_BEFORE = {"=", ":", "of", "was", "is", "(", "a"}
#: How far back a test named before a score without a known area may be, in characters.
TEST_REACH = 600
_BACK = 160


def _cue(toks: list[tuple[str, int]], i: int) -> str | None:
    """The type a token names ("SS", "T" before "=", "standard" before "score"...)."""
    t = toks[i][0]
    low = t.lower()
    after = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
    before = toks[i - 1][0] if i > 0 else ""
    if t in ("SS", "IQ"):
        return "standard"
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


def _words_back(toks: list[tuple[str, int]], end: int, limit: int) -> list[str]:
    """The words ending at token `end`, joined across "-", "/" and "&" ("Plan/Organize")."""
    words: list[str] = []
    i = end
    while i >= 0 and len(words) < limit:
        t = toks[i][0]
        if t in ("-", "/", "\u2010", "\u2013"):
            i -= 1
            continue
        if t == "&":
            words.append("and")
        elif t[0].isalpha():
            words.append(t)
        else:
            break
        i -= 1
    words.reverse()
    return words


@dataclass
class _Glue:
    """What stands between an area's name and its number, read backwards."""

    label_end: int  # the token where the area's name ends (or -1)
    cue: str | None = None  # the type written (standard, scaled, t, percentile, ge, score)
    cues: list[tuple[int, int]] = field(default_factory=list)
    words: list[int] = field(default_factory=list)  # glue words, cue words among them
    cue_at: list[int] = field(default_factory=list)
    abbr: str = ""  # an abbreviation in brackets: "Verbal Comprehension (VCI) was 102"

    @property
    def between(self) -> list[int]:
        """Glue words (not cues) between the name and the type: "reading score" has none."""
        if not self.cue_at:
            return self.words
        nearest = min(self.cue_at)
        return [g for g in self.words if g not in self.cue_at and g < nearest]


def _glue(toks: list[tuple[str, int]], cue: str | None) -> _Glue:
    i, steps = len(toks) - 1, 0
    glue = _Glue(-1, cue)
    while i >= 0 and steps < 14:
        t, position = toks[i]
        steps += 1
        if t in GLUE_PUNCT:
            i -= 1
            continue
        if t == ")" and i >= 2 and toks[i - 2][0] == "(" and _ABBR.fullmatch(toks[i - 1][0]):
            glue.abbr = toks[i - 1][0]
            i -= 3
            continue
        kind = _cue(toks, i)
        if kind is None and t.lower() not in GLUE_WORDS:
            break
        if kind is not None:
            if glue.cue is None or (glue.cue == "score" and kind != "score"):
                glue.cue = kind
            if kind != "score" or t == "ss":
                glue.cues.append((position, position + len(t)))
            glue.cue_at.append(i)
        glue.words.append(i)
        i -= 1
    glue.label_end = i
    return glue


def _known_area(finder: _Finder, toks: list[tuple[str, int]], glue: _Glue, pos: int,
                value: float) -> tuple[Area, str] | None:
    """The longest known area name ending at the glue (or inside it: "Core Language Score
    of 78"), whose test the text makes clear; longer names first, then earlier ones."""
    candidates = []
    for label_end in [glue.label_end, *sorted(g for g in glue.words if g > glue.label_end)[:3]]:
        if label_end < 0 or not toks[label_end][0][0].isalpha():
            continue
        found, k = finder.areas_named(_words_back(toks, label_end, finder.scales.longest))
        if found:
            candidates.append((-k, label_end - k, found))
    if glue.abbr and (found := finder.areas_named([glue.abbr])[0]):
        candidates.append((-2, len(toks), found))
    for minus_k, _, areas in sorted(candidates, key=lambda c: (c[0], c[1])):
        resolved = finder.resolve(areas, -minus_k, glue.cue, pos, value)
        if resolved is not None:
            return resolved
    return None


def _excluded(text: str, number: re.Match[str], toks: list[tuple[str, int]]) -> bool:
    """Dates, times, ranges, counts, percentages, scale descriptions ("mean of 100")."""
    start = number.start()
    previous = text[max(0, start - 2):start]
    if previous[-1:] == "/" or (previous[-1:] in (":", "-", "\u2013") and previous[:1].isdigit()):
        return True
    if number.group(2) is None and _AFTER_NOT.match(text, number.end()):
        return True
    j = len(toks) - 1
    while j >= 0 and toks[j][0].lower() in _SKIP_BEFORE:
        j -= 1
    return j >= 0 and toks[j][0].lower() in DESC_BEFORE


def read_prose(finder: _Finder, number: re.Match[str]) -> tuple[list[Score] | None, int]:
    """The score(s) this number gives (with a grade equivalent written after it), and where
    what it took ends; (None, 0) when it is no score."""
    text = finder.text
    start, end = number.span(1)
    value = float(number.group(1))
    cue_after: tuple[int, int] | None = None
    if number.group(2):  # "12th": a score only as "12th percentile"
        after = _PERCENTILE_AFTER.match(text, number.end())
        if after is None:
            return None, 0
        cue_after = after.span(1)
    toks = [(m.group(), m.start()) for m in _TOK.finditer(text, max(0, start - _BACK), start)]
    if _excluded(text, number, toks):
        return None, 0
    taken_to = cue_after[1] if cue_after else number.end()
    last = finder.last
    if (last is not None and cue_after is None and last.end <= start <= last.end + 8
            and _CONTINUE.fullmatch(text, last.end, start)
            and last.kind in ("standard", "scaled", "t", "percentile")):
        if not plausible(last.kind, value):  # "scaled scores of 6 and 7"
            return None, 0
        return _finish(finder, Score(start, end, last.kind, value, "", last.test, last.role,
                                     bands=last.bands), taken_to)
    glue = _glue(toks, "percentile" if cue_after else None)
    cues = tuple(glue.cues) + ((cue_after,) if cue_after else ())
    resolved = _known_area(finder, toks, glue, start, value)
    if resolved is not None:
        area, test = resolved
        kind = glue.cue if glue.cue in ("percentile", "ge") else area.kind
        info = finder.scales.tests.get(area.test) if test else None
        score = Score(start, end, kind, value, area.label, test,
                      area.role if kind == "t" else "", cues=cues,
                      bands=info.bands if info else ())
    else:
        label = _label_before(toks, glue.label_end, glue.between, glue.cue == "score")
        if glue.cue is None or (glue.cue == "score" and not label):
            return None, 0
        if finder.description_sentence(start):
            return None, 0
        kind = "unknown" if glue.cue == "score" else glue.cue
        near = finder.nearest_test(start, None, TEST_REACH)
        info = finder.scales.tests.get(near) if near else None
        score = Score(start, end, kind, value, label, info.name if info else "",
                      (info.t_role if info else "") if kind == "t" else "", cues=cues,
                      bands=info.bands if info else ())
    if not plausible(kind, value):
        return None, 0
    if kind == "ge":
        return [score], taken_to
    return _finish(finder, score, taken_to)


def _label_before(toks: list[tuple[str, int]], i: int, between: list[int],
                  lower_ok: bool) -> str:
    """An area the scales file does not know, written right before its type ("Phonics: SS
    74", "her reading score was 72"): up to four words, capitalised but for the nearest.
    `between` are the glue words between it and the type: there must be none."""
    if (i < 0 or between or not toks[i][0][0].isalpha() or toks[i][0].lower() in STOP_LABEL
            or "'" in toks[i][0] or "\u2019" in toks[i][0]
            or not (lower_ok or toks[i][0][0].isupper())):
        return ""
    words = [toks[i][0]]
    k = i - 1
    while k >= 0 and len(words) < 4:
        t = toks[k][0]
        if t in ("&", "/", "-"):
            k -= 1
            continue
        if not t[0].isupper() or t.lower() in STOP_LABEL or "'" in t or "\u2019" in t:
            break
        words.insert(0, t)
        k -= 1
    return " ".join(words)


def _finish(finder: _Finder, score: Score, end: int) -> tuple[list[Score], int]:
    """The score with what is written after it (percentile, interval, grade equivalent)."""
    extra = attachments(finder.text, end)
    cues = score.cues + tuple((a, b) for a, b, _ in extra.cues)
    stated = extra.stated if score.kind != "percentile" else None
    result = [Score(score.start, score.end, score.kind, score.value, score.label, score.test,
                    score.role, stated, extra.ci, extra.ci_level, cues, score.bands)]
    if extra.grade_equivalent is not None:
        ge_start, ge_end, ge_value = extra.grade_equivalent
        result.append(Score(ge_start, ge_end, "ge", ge_value, score.label, score.test))
    return result, max(end, extra.end)
