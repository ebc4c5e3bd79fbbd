"""What the test named with a score adds to how it is said: its own names for ranges of
scores ("the WISC-V calls this range very low"), a screener's same-grade norms and its own
words for percentiles, and its own name for a kind of score (the BOT-2's "standard score",
`score_renamed.own_names`). Given by the score finder to the scores it finds, and to saved
scores read back (`score_history.restored`), so an export says what the decoder said.
"""

from __future__ import annotations

from .scales import Scales
from .score_renamed import own_names
from .scores import Score


def with_test_words(scores: list[Score], scales: Scales) -> list[Score]:
    """The scores, each with what its test (by name) adds to its words."""
    return own_names(_by_grade(_named_ranges(scores, scales), scales), scales)


def _named_ranges(scores: list[Score], scales: Scales) -> list[Score]:
    """The scores, each standard score (and v-scale, BOT-2 scale score and ability T-score,
    named by the same standing) with its test's own names for ranges, where the scales file
    gives them."""
    own = {info.name: info.ranges for info in scales.tests.values() if info.ranges}
    if not own:
        return scores
    return [s._replace(ranges=own[s.test]) if s.test in own and (
        s.kind in ("standard", "v", "scale15") or s.role == "ability") else s
        for s in scores]


def _by_grade(scores: list[Score], scales: Scales) -> list[Score]:
    """The scores, each percentile of a screener (a test whose areas the scales file lists
    only as percentiles) marked as compared with children in the same grade, with its
    test's own words for ranges of percentiles."""
    screeners = {info.name: info for test_id, info in scales.tests.items()
                 if scales.screener(test_id)}
    if not screeners:
        return scores
    return [s._replace(by_grade=True, percentile_bands=screeners[s.test].percentile_bands,
                       percentile_note=screeners[s.test].percentile_note)
            if s.kind == "percentile" and s.test in screeners else s for s in scores]
