"""A score table's row pasted without its header: the percentile and interval written after
its score, in cells of their own, are the score's where they agree with it."""

from __future__ import annotations

from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import read_stated


def read_ci(text: str, scales: Scales) -> list[tuple[str, float, float | None,
                                                      tuple[float, float] | None]]:
    return [(s.label, s.value, s.stated, s.ci) for s in find_scores(text, scales)]


_WISC = "WISC-V"


def test_a_row_without_its_header_takes_the_percentile_and_interval_after_its_score(
        scales: Scales) -> None:
    # the percentile and interval beside the index were dropped (stated and ci were None)
    text = ("On the WISC-V, Leo's index scores were as follows.\n"
            "Verbal Comprehension (VCI)      108      70      100-115      Average\n"
            "Processing Speed (PSI)           77       6       71-87       Very Low\n")
    assert [(s.label, s.test, s.kind, s.value, s.stated, s.ci)
            for s in find_scores(text, scales)] == [
        ("Verbal Comprehension Index", _WISC, "standard", 108, 70, (100, 115)),
        ("Processing Speed Index", _WISC, "standard", 77, 6, (71, 87))]
    # the interval may come first, and the cells may be split by tabs
    assert read_ci("WISC-V\nWorking Memory (WMI)\t85\t79-92\t16\n", scales) == [
        ("Working Memory Index", 85, 16, (79, 92))]
    # a scaled score's too, and one with its percentile alone
    assert read_ci("WISC-V subtests\nDigit Span      7      16\nMatrix Reasoning  12  75\n",
                   scales) == [("Digit Span", 7, 16, None), ("Matrix Reasoning", 12, 75, None)]


def test_numbers_after_a_score_that_disagree_with_it_are_not_attached(scales: Scales) -> None:
    text = ("On the WISC-V:\n"
            # 45 is no percentile of 82 (the 12th): neither it nor the range is taken
            "Working Memory (WMI)      82      45      76-91      Low Average\n"
            # 37 is 95's; 65-80 does not hold 95: the percentile alone is taken
            "Processing Speed (PSI)    95      37      65-80\n"
            # a range first that does not hold the score: nothing after it is taken
            "Fluid Reasoning (FRI)     88      95-104      21\n")
    assert read_ci(text, scales) == [("Working Memory Index", 82, None, None),
                                     ("Processing Speed Index", 95, 37, None),
                                     ("Fluid Reasoning Index", 88, None, None)]
    # a number in the next cell that is not the whole cell is no percentile
    assert read_ci("WISC-V\nProcessing Speed (PSI)      77      6 items left blank\n",
                   scales) == [("Processing Speed Index", 77, None, None)]
    # a T-score's next number may be another rater's T-score (60 would "agree" with 58)
    assert read_stated("BASC-3\nHyperactivity      58      60\n", scales) == [
        ("Hyperactivity", "BASC-3", "t", 58, None)]


def test_a_sum_of_scaled_scores_before_the_score_and_its_interval_after(
        scales: Scales) -> None:
    # as a row whose score comes first: the sum of scaled scores (52) is passed over, and
    # the interval after the percentile is the score's too
    text = "WISC-V\nFull Scale IQ              52             82          12        [77, 88]\n"
    assert read_ci(text, scales) == [("Full Scale IQ", 82, 12, (77, 88))]
    assert read_ci(text.replace("52             ", ""), scales) == [
        ("Full Scale IQ", 82, 12, (77, 88))]


def test_pipe_rows_without_their_header_skip_the_sum_of_scaled_scores(scales: Scales) -> None:
    """Ancillary index rows under a title, not a header: "| Nonverbal | NVI | 41 | 84 | 14 |"
    was "Nonverbal Index, standard score 41: below the 0.1 percentile, extremely low" (41 is
    the sum of its subtests' scaled scores), and a sum too small for any index (19) lost its
    row."""
    text = ("WISC-V\nAncillary Index Scores\n"
            "| Quantitative Reasoning | QRI | 19 | 97 | 42 | [90-104] | Average |\n"
            "| Nonverbal | NVI | 41 | 84 | 14 | [78-92] | Low Average |\n"
            "| Verbal Comprehension | 108 | 70 | [100-115] | Average |\n")
    assert [(s.label, s.kind, s.value, s.stated, s.ci) for s in find_scores(text, scales)] == [
        ("Quantitative Reasoning Index", "standard", 97, 42, (90, 104)),
        ("Nonverbal Index", "standard", 84, 14, (78, 92)),
        ("Verbal Comprehension Index", "standard", 108, 70, (100, 115))]
