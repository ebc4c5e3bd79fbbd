"""A number in running text: is it a score, and of what? (see score_finder for the rules)

The words before the number are read backwards: first the "glue" ("was", "=", "(",
"standard score of", "T ="), which may name the type, then the area's name. Only the few
words just before a number are read, and most numbers that are no score (dates, times,
ratios, counts) are told by the characters around them before any word is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .scales import Area
from .score_attachments import attachments
from .scores import Score, plausible

if TYPE_CHECKING:
    from .score_finder import _Finder

_TOK = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+(?:\.\d+)?|[^\s\w]")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|&")
_AFTER_NOT = re.compile(
    r"(?:\s*(?:%|percent\b|pts?\b|points?\b|min(?:ute)?s?\b|hours?\b|hrs?\b|days?\b|weeks?\b"
    r"|months?\b|years?\b|yrs?\b|times\b|sessions?\b|items?\b|words\b|students\b|of\b|out\b"
    r"|[ap]\.?m\b)|[/:,.]\d|\s*(?:-|\u2013|\u2014|to)\s*\d{1,3}(?:\.\d+)?(?![\w])"
    r"|\s*(?:or|and)\s+(?:above|below|more|higher|lower|less|over|under|up|greater)\b)",
    re.IGNORECASE)
_PERCENTILE_AFTER = re.compile(r"\s*(percentile|%ile)", re.IGNORECASE)
_CONTINUE = re.compile(r"[\s,]*(?:and|or|&)?\s*")
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
GLUE_PUNCT = {"(", ":", "=", "-", "\u2013", "\u2014", "|", "[", "~"}
#: The words and signs read before a number: this many characters back, or twice as many
#: when the words run on to the edge.
_BACK = 40
_SHORT_CUES = {"SS", "ss", "T", "PR", "GE", "IQ"}
_CUE_WORDS = {"ss", "iq", "standard", "scaled", "t", "percentile", "ile", "pr", "ge",
              "equivalent", "score", "scores", "scored"}
#: Words that start no area's name: an unknown area's label is read after them.
STOP_LABEL = GLUE_WORDS | {"and", "or", "another", "this", "that", "these", "those", "for",
                           "by", "to", "from", "results", "result", "overall", "one", "other"}
#: A number right after one of these describes a scale or a range; it is not a score.
DESC_BEFORE = {"mean", "m", "sd", "deviation", "between", "from", "to", "than", "below",
               "above", "under", "over", "least", "most"}
_SKIP_BEFORE = {"=", ":", "of", "was", "is", "(", "a"}
#: How far back a test named before a score without a known area may be, in characters.
TEST_REACH = 600


def _cue(toks: list[str], i: int) -> str | None:
    """The type a token names ("SS", "T" before "=", "standard" before "score"...)."""
    t = toks[i]
    low = t.lower()
    after = toks[i + 1].lower() if i + 1 < len(toks) else ""
    before = toks[i - 1] if i > 0 else ""
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


class _Before:
    """What stands before a number: the area's words, then the glue, in reading order."""

    def __init__(self, text: str, start: int, lengths: dict[str, tuple[int, ...]],
                 back: int = _BACK) -> None:
        low = max(0, start - back)
        toks = _TOK.findall(text, low, start)
        if low > 0 and toks:
            toks = toks[1:]  # it may be the end of a word cut by the window
        i = len(toks) - 1
        self.abbr = ""  # "Verbal Comprehension (VCI) was 102"
        while i >= 0:
            token = toks[i]
            if token == ")" and i >= 2 and toks[i - 2] == "(" and toks[i - 1][0].isupper() \
                    and toks[i - 1].isalpha() and len(toks[i - 1]) <= 6:
                self.abbr = self.abbr or toks[i - 1]
                i -= 3
            elif token in GLUE_PUNCT or token.lower() in GLUE_WORDS:
                i -= 1
            else:
                break
        self.glue = glue = toks[i + 1:]
        # The area's name ends at the last word, or at a glue word ("Core Language Score of
        # 78"): read as many words as the longest name ending there has.
        need = max((lengths.get(t.casefold(), (0,))[0] for t in (toks[i:i + 1] or [""]) + [
            g for g in glue if g[0].isalpha()]), default=0)
        words: list[str] = []
        while i >= 0 and len(words) < need:
            token = toks[i]
            if token[0].isalpha():
                words.append(token)
            elif token == "&":
                words.append("and")
            elif token not in ("-", "/", "\u2010", "\u2013"):
                break
            i -= 1
        if i < 0 < low and back == _BACK and len(words) < need:  # the name may go on
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
        self.text, self.low, self.start, self.toks = text, low, start, toks
        self.cue: str | None = None
        self.cue_at: list[int] = []
        for index in range(len(glue) - 1, -1, -1):
            if glue[index].lower() not in _CUE_WORDS:
                continue
            kind = _cue(glue, index)
            if kind is not None:
                if self.cue is None or (self.cue == "score" and kind != "score"):
                    self.cue = kind
                self.cue_at.append(index)

    def describes(self) -> bool:
        """A number right after "mean", "SD", "between", "to"... is no score."""
        for token in reversed(self.glue):
            if token.lower() not in _SKIP_BEFORE:
                return token.lower() in DESC_BEFORE
        return bool(self.words) and self.words[-1].lower() in DESC_BEFORE

    def cue_spans(self) -> tuple[tuple[int, int], ...]:
        """Where the short type words stand ("SS", "T", "PR", "GE", "IQ"): written so, they
        name their glossary term whatever the context (the longer ones are found as terms)."""
        spans = []
        bound = self.start
        for index in sorted(self.cue_at, reverse=True):
            token = self.glue[index]
            if token in _SHORT_CUES:
                bound = self.text.rfind(token, self.low, bound)
                spans.append((bound, bound + len(token)))
        return tuple(reversed(spans))

    def label_ends(self, last_words: dict[str, tuple[int, ...]]) -> list[list[str]]:
        """The word lists an area's name may be: the words before the glue, and those with
        the glue's first words ("Core Language Score of 78")."""
        ends = []
        if self.words and self.words[-1].casefold() in last_words:
            ends.append(self.words)
        extra: list[str] = []
        for token in self.glue:
            if not token[0].isalpha():
                break
            extra.append(token)
            if token.casefold() in last_words:
                ends.append(self.words + extra)
        return ends

    def unknown_label(self) -> str:
        """An area the scales file does not know, written right before its type ("Phonics:
        SS 74", "her reading score was 72"): up to four words, capitalised but the nearest."""
        first_cue = min(self.cue_at) if self.cue_at else len(self.glue)
        if any(t[0].isalpha() for t in self.glue[:first_cue]) or not self.words:
            return ""
        nearest = self.words[-1]
        if nearest.lower() in STOP_LABEL or "'" in nearest or "\u2019" in nearest or not (
                self.cue == "score" or nearest[0].isupper()):
            return ""
        label = [nearest]
        for word in reversed(self.words[:-1]):
            if len(label) == 4 or not word[0].isupper() or word.lower() in STOP_LABEL \
                    or "'" in word or "\u2019" in word:
                break
            label.insert(0, word)
        return " ".join(label)


def _known_area(finder: _Finder, before: _Before, pos: int,
                value: float) -> tuple[Area, str] | None:
    """The longest known area name ending at the glue (or inside it), whose test the text
    makes clear; longer names first."""
    candidates = []
    for words in before.label_ends(finder.scales.last_words):
        found, k = finder.areas_named(words)
        if found:
            candidates.append((k, found))
    if before.abbr and (found := finder.areas_named([before.abbr])[0]):
        candidates.append((2, found))
    candidates.sort(key=lambda c: -c[0])
    for k, areas in candidates:
        resolved = finder.resolve(areas, k, before.cue, pos, value)
        if resolved is not None:
            return resolved
    return None


def read_prose(finder: _Finder, number: re.Match[str]) -> tuple[list[Score] | None, int]:
    """The score(s) this number gives (with a grade equivalent written after it), and where
    what it took ends; (None, 0) when it is no score."""
    text = finder.text
    start, end = number.span(1)
    previous = text[start - 2:start] if start >= 2 else " " + text[:start]
    if previous[1:] == "/" or (previous[1:] in (":", "-", "\u2013") and (
            previous[0].isdigit() or (previous[1] == "-" and previous[0].isalpha()))):
        return None, 0  # a date, a time, a range's end, a test's edition ("WIAT-4")
    cue_after: tuple[int, int] | None = None
    if number.group(2):  # "12th": a score only as "12th percentile"
        after = _PERCENTILE_AFTER.match(text, number.end())
        if after is None:
            return None, 0
        cue_after = after.span(1)
    elif _AFTER_NOT.match(text, number.end()):
        return None, 0
    value = float(number.group(1))
    if value > 200:
        return None, 0
    taken_to = cue_after[1] if cue_after else number.end()
    last = finder.last
    if (last is not None and cue_after is None and last.end <= start <= last.end + 8
            and last.kind in ("standard", "scaled", "t", "percentile")
            and _CONTINUE.fullmatch(text, last.end, start)):
        if not plausible(last.kind, value):  # "scaled scores of 6 and 7"
            return None, 0
        return _finish(finder, start, end, last.kind, value, "", last.test, last.role, (),
                       last.bands, taken_to)
    before = _Before(text, start, finder.scales.lengths)
    if before.describes():
        return None, 0
    if cue_after:
        before.cue = "percentile"
    cues = before.cue_spans() + ((cue_after,) if cue_after else ())
    resolved = _known_area(finder, before, start, value)
    if resolved is not None:
        area, test = resolved
        kind = before.cue if before.cue in ("percentile", "ge") else area.kind
        info = finder.scales.tests.get(area.test) if test else None
        label, role, bands = area.label, area.role if kind == "t" else "", \
            info.bands if info else ()
    else:
        label = before.unknown_label()
        if before.cue is None or (before.cue == "score" and not label):
            return None, 0
        if finder.description_sentence(start):
            return None, 0
        kind = "unknown" if before.cue == "score" else before.cue
        info = finder.test_near(start, kind, TEST_REACH)
        test = info.name if info else ""
        role = (info.t_role if info else "") if kind == "t" else ""
        bands = info.bands if info else ()
    if not plausible(kind, value):
        return None, 0
    if kind == "ge":
        return [Score(start, end, kind, value, label, test, cues=cues)], taken_to
    return _finish(finder, start, end, kind, value, label, test, role, cues, bands, taken_to)


def _finish(finder: _Finder, start: int, end: int, kind: str, value: float, label: str,
            test: str, role: str, cues: tuple[tuple[int, int], ...],
            bands: tuple[tuple[int, str], ...], taken_to: int) -> tuple[list[Score], int]:
    """The score with what is written after it (percentile, interval, grade equivalent)."""
    extra = attachments(finder.text, taken_to)
    if extra is None:
        return [Score(start, end, kind, value, label, test, role, None, None, None, cues,
                      bands)], taken_to
    result = [Score(start, end, kind, value, label, test, role,
                    extra.stated if kind != "percentile" else None, extra.ci, extra.ci_level,
                    cues + tuple((a, b) for a, b, _ in extra.cues), bands)]
    if extra.grade_equivalent is not None:
        ge_start, ge_end, ge_value = extra.grade_equivalent
        result.append(Score(ge_start, ge_end, "ge", ge_value, label, test))
    return result, max(taken_to, extra.end)
