"""Test scores in plain words: what a standard, scaled or T-score, or a percentile, means.

Computed from the normal distribution (mean and standard deviation of each scale). The usual
descriptive ranges differ a little between tests: the evaluator's own report has the last word.
"""

from __future__ import annotations

import re
from statistics import NormalDist
from typing import NamedTuple

from .dates import ordinal

#: (mean, standard deviation, lowest and highest plausible score) of each scale.
SCALES = {
    "standard": (100.0, 15.0, 40, 160),
    "scaled": (10.0, 3.0, 1, 19),
    "t": (50.0, 10.0, 20, 100),
    "percentile": (0.0, 0.0, 0.1, 99.9),
}
NAMES = {"standard": "standard score", "scaled": "scaled score", "t": "T-score",
         "percentile": "percentile rank"}
#: Descriptive ranges on the standard-score scale (a common Wechsler-style labelling).
RANGES = [(130, "very high"), (120, "high"), (110, "high average"), (90, "average"),
          (80, "low average"), (70, "low"), (0, "very low")]
EVALUATOR_RULES = "The evaluator's own report and ranges have the last word."
_NORMAL = NormalDist()

# Words that introduce a score type in a report, and what the type is.
_TYPE_WORDS = re.compile(
    r"\b(?:(?P<standard>standard\s+scores?|SS|index\s+scores?|composite(?:\s+scores?)?|FSIQ|IQ)"
    r"|(?P<scaled>scaled\s+scores?|subtest\s+scores?)"
    r"|(?P<t>T[\s-]?scores?)"
    r"|(?P<percentile>percentile\s+ranks?|percentiles?|PR))(?![\w])", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:\.\d)?)(?![\w%/:]|\.\d|-\d|,\d)")
_ORDINAL_BEFORE = re.compile(r"(?<![\w.])(\d{1,2}(?:\.\d)?)(?:st|nd|rd|th)\s+$", re.IGNORECASE)
#: The glossary terms that name a score type, for decoding with the glossary's matches.
KIND_OF_TERM = {"standard-score": "standard", "scaled-score": "scaled", "t-score": "t",
                "percentile-rank": "percentile", "iq": "standard"}
#: A number right after one of these is an age, a count or a range end, not a score.
_NOT_A_SCORE_AFTER = (" age", " ages", " grade", " grades", " page", " item", " items",
                      " minutes", " weeks", " days", " years", " months", " interval of",
                      " to", " between")
#: How far after a score type its numbers may stand (a long list of subtests fits).
LIST_REACH = 240
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n\s*\n")


class Score(NamedTuple):
    start: int
    end: int
    kind: str
    value: float

    @property
    def percentile(self) -> int:
        """The percentile the score stands for, rounded to a whole percentile (1 to 99)."""
        if self.kind == "percentile":
            return max(1, min(99, round(self.value)))
        mean, sd, _, _ = SCALES[self.kind]
        return max(1, min(99, round(_NORMAL.cdf((self.value - mean) / sd) * 100)))

    @property
    def standard_equivalent(self) -> float:
        if self.kind == "percentile":
            return 100 + 15 * _NORMAL.inv_cdf(min(max(self.value, 0.1), 99.9) / 100)
        mean, sd, _, _ = SCALES[self.kind]
        return 100 + 15 * (self.value - mean) / sd

    @property
    def range_name(self) -> str:
        equivalent = round(self.standard_equivalent)
        return next(name for floor, name in RANGES if equivalent >= floor)

    def explain(self) -> str:
        value = f"{self.value:g}"
        n = self.percentile
        share = (f"as well as or better than about {n} of every 100 children of the same age"
                 if self.kind != "percentile" else
                 f"as well as or better than {n} of every 100 children of the same age "
                 f"(not {n}% correct)")
        head = (f"{NAMES[self.kind]} {value}: " if self.kind != "percentile"
                else f"{ordinal(n)} percentile: ")
        where = f"about the {ordinal(n)} percentile, " if self.kind != "percentile" else ""
        text = f"{head}{where}{share}; usually described as {self.range_name}."
        if self.kind == "t":
            text += (" On rating scales of problems, higher means more concern "
                     "(60-69 is often called at risk, 70 and up clinically significant).")
        return text


def _plausible(kind: str, value: float) -> bool:
    _, _, low, high = SCALES[kind]
    return low <= value <= high


def type_mentions(text: str) -> list[tuple[int, int, str]]:
    """Where the text names a score type: (start, end, kind)."""
    mentions = []
    for mention in _TYPE_WORDS.finditer(text):
        if mention.group().upper() in {"SS", "PR"} and not mention.group().isupper():
            continue
        mentions.append((mention.start(), mention.end(), mention.lastgroup or "standard"))
    return mentions


def find_scores(text: str, mentions: list[tuple[int, int, str]] | None = None) -> list[Score]:
    """Scores named in the text. A type carries across a list ("scaled scores: Digit Span (6)
    and Coding (7)") until the sentence ends or another type is named; numbers outside a
    scale's range, percentages and ages are ignored. `mentions` (from the glossary matcher)
    saves a pass over the text."""
    if mentions is None:
        mentions = type_mentions(text)
    found: dict[int, Score] = {}
    for number, (start, end, kind) in enumerate(mentions):
        if kind == "percentile":
            ordinal_number = _ORDINAL_BEFORE.search(text, max(0, start - 12), start)
            if ordinal_number is not None:
                value = float(ordinal_number.group(1))
                if _plausible("percentile", value):
                    found[ordinal_number.start()] = Score(ordinal_number.start(), end,
                                                          "percentile", value)
        window = min(len(text), end + LIST_REACH)
        if number + 1 < len(mentions):
            window = min(window, mentions[number + 1][0])
        stop = _SENTENCE_END.search(text, end, window)
        limit = stop.start() if stop else window
        for hit in _NUMBER.finditer(text, end, limit):
            before = text[max(0, hit.start() - 14):hit.start()].rstrip().lower()
            if (" " + before).endswith(_NOT_A_SCORE_AFTER):
                continue
            if text[hit.end():hit.end() + 2].lower() in {"st", "nd", "rd", "th"}:
                continue
            value = float(hit.group(1))
            if _plausible(kind, value) and hit.start() not in found:
                found[hit.start()] = Score(hit.start(), hit.end(), kind, value)
    return [found[k] for k in sorted(found)]
