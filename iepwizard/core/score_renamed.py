"""Scores a test names otherwise than the decoder does (the scales file's `standard_is`, and
its standard and scaled scores where higher means more concern): the BOT-2 calls its
composites' scores "standard scores", with a mean of 50 and an SD of 10, which the decoder
reads as ability T-scores and explains under the BOT-2's own name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scales import KINDS, Scales, TestInfo
from .scores import NAMES, Score

if TYPE_CHECKING:
    from .score_mentions import Mentions

#: How far back a test named before a "standard score" of an area the scales file does not
#: know may be, in characters (as `score_prose.TEST_REACH`).
REACH = 600


def own_names(scores: list[Score], scales: Scales) -> list[Score]:
    """The scores, each of an area in `Scales.own_kinds` (of its test, or of none the text
    names) with the test's own name for its kind (`Score.called`); where the text names no
    test, a score on a scale of concerns whose name does not say so is `Score.unsure`."""
    if not scales.own_kinds:
        return scores
    named = []
    for score in scores:
        own = scales.own_kinds.get(score.label)
        if own is not None and score.test in ("", scales.tests[own[0]].name):
            info, kind = scales.tests[own[0]], own[1]
            if info.standard_is and (score.kind, score.role) == KINDS[info.standard_is]:
                score = score._replace(called=NAMES["standard"])
            elif score.kind == "percentile" and score.role == "problem" and kind != "t":
                score = score._replace(called=NAMES[kind])
            if (not score.test and score.role == "problem" and kind != "t"
                    and score.label not in info.concern_by_name):
                score = score._replace(unsure=True)  # (see `Score.unsure`)
            elif (not score.test and not score.role and score.kind == kind
                  and score.label in info.concern_by_name):
                score = score._replace(role="problem")  # (a one-word name of no test the
                # text names, its type written: "Externalizing v-scale score 21" is no
                # strength, whichever test it is)
        named.append(score)
    return named


def renamed_near(finder: Mentions, pos: int) -> TestInfo | None:
    """The test named just before a "standard score" whose area the scales file does not
    know, where that test's standard scores are not mean 100 (the BOT-2's): the number is
    then not explained on the mean-100 scale."""
    test_id = finder.nearest_test(pos, None, REACH)
    info = finder.scales.tests.get(test_id) if test_id is not None else None
    return info if info is not None and info.standard_is else None
