"""A test's own average range on the chart.

The chart's │ marks the common average range (standard scores 90 to 109, about the 25th to
73rd percentile). The BOT-2 calls its standard scores 41 to 59 average (about the 18th to 82nd
percentile), the Vineland-3 calls 86 to 114 adequate, the KABC-II 85 to 115 average. A BOT-2
Fine Manual Control of 42 was explained as "the BOT-2 calls this range average" and drawn left
of the │, in "below average". Such a row now has its test's own │ marks, its band is its
test's, and the legend says which ranges those are.
"""

from __future__ import annotations

from iepwizard.core.bellcurve import chart
from iepwizard.core.bellcurve_text import BOUNDARY, MARK
from iepwizard.core.escapes import blank
from iepwizard.core.history_chart import history_rows
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores
from iepwizard.core.score_history import SavedScore, history
from iepwizard.core.store import Store

REPORT = ("BOT-2: Fine Manual Control standard score 42, 21st percentile.\n"
          "Vineland-3 Communication standard score 87.\n"
          "WISC-V Verbal Comprehension Index SS = 92.\n")


def _row(lines: list[str], label: str) -> str:
    return next(line for line in lines if line.startswith(label))


def _inside(row: str) -> bool:
    """Whether the row's mark stands between its two │ marks."""
    left, right = row.find(BOUNDARY), row.rfind(BOUNDARY)
    return 0 <= left < row.find(MARK) < right


def test_a_test_s_own_average_range_is_drawn_on_its_rows(scales: Scales) -> None:
    drawn = chart(find_scores(blank(REPORT), scales))
    bands = {point.label: (point.band, bool(point.edges)) for point in drawn.ability}
    assert bands == {"Fine Manual Control": ("average", True),
                     "Communication": ("average", True),
                     "Verbal Comprehension Index": ("average", False)}
    lines = drawn.lines(80)
    for label in ("Fine Manual Control", "Communication", "Verbal Comprehension I"):
        assert _inside(_row(lines, label)), _row(lines, label)
    legend = " ".join(" ".join(lines).split())
    assert ("the BOT-2's own on its rows, about the 18th to 82nd percentile; the "
            "Vineland-3's own on its rows, about the 18th to 82nd percentile)") in legend
    words = " ".join(drawn.summary(0))
    assert "the BOT-2's own, about the 18th to 82nd percentile" in words


def test_below_a_test_s_own_range_is_below_average(scales: Scales) -> None:
    [point] = chart(find_scores("BOT-2 Fine Manual Control standard score 38.", scales)).ability
    assert point.band == "below average" and point.words == "below average"


def test_the_common_range_draws_no_row_of_its_own(scales: Scales) -> None:
    drawn = chart(find_scores("WISC-V Working Memory Index 86. DAS-II Working Memory 86.",
                              scales))
    assert [point.edges for point in drawn.ability] == [(), ()]
    assert "own on its rows" not in " ".join(drawn.lines(80))


def test_saved_scores_year_to_year_too(store: Store, scales: Scales) -> None:
    child = store.add_child("Sam")
    store.save_evaluation(child.id, "OT", "3/2/2026", [
        SavedScore.of(s) for s in find_scores(blank(REPORT), scales)])
    rows = [row.text for row in history_rows(history(*store.score_history(child.id)), 80,
                                             scales)]
    assert _inside(_row(rows, "2026 BOT-2")), rows
    assert "the BOT-2's own on its rows" in " ".join(rows)


def test_a_range_within_a_point_of_the_common_one_is_drawn_as_it(scales: Scales) -> None:
    """The WJ IV's average is 90 to 110, the common one 90 to 109: its 110 is drawn in the
    edge's own column either way, and a legend line would cost a chart row at 80x24."""
    drawn = chart(find_scores("WJ IV Broad Reading SS = 110.", scales))
    assert [point.edges for point in drawn.ability] == [()]
    assert "own on its rows" not in " ".join(drawn.lines(80))


def test_a_screener_that_names_no_ranges_has_no_marks_on_its_row(scales: Scales) -> None:
    """An i-Ready 18th percentile was drawn left of the common │, under "below average", where
    i-Ready names no ranges for its percentiles and the text says "see the report's own level"
    (heldout10 08 review)."""
    drawn = chart(find_scores("i-Ready Diagnostic, Reading: Overall 18th percentile.", scales))
    [point] = drawn.ability
    assert point.unbanded and point.band == ""
    row = _row(drawn.lines(80), "Overall Reading")
    assert BOUNDARY not in row and MARK in row
    assert "none on i-Ready rows" in " ".join(" ".join(drawn.lines(80)).split())
