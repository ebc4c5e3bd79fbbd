"""Tests whose scores are not on the usual scales: the BOT-2 and the GARS-3.

The BOT-2 (motor skills) calls its composites' scores "standard scores", but they have a mean
of 50 and an SD of 10: a BOT-2 41 is about the 18th percentile, in its average range, never
"below the 0.1 percentile". The GARS-3 (an autism rating scale) gives standard and scaled
scores where higher means MORE concern: a 13 is never "high average". Sources: the scales
file's comments (Pearson's BOT-2 sample report and Q-global help; WPS's GARS-3 page).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from iepwizard.core.bellcurve import chart
from iepwizard.core.content import Content
from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.scales_file import parse_scales
from iepwizard.core.score_finder import find_scores
from iepwizard.core.score_history import SavedScore, history
from iepwizard.core.scores import Score
from iepwizard.core.store import Store

from .score_reading import read

GARS = ("Gilliam Autism Rating Scale, Third Edition (GARS-3): Autism Index = 112, 79th "
        "percentile, Probability of ASD: Very Likely. Restrictive/Repetitive Behaviors scaled "
        "score 13.")
BOT = ("BOT-2 Total Motor Composite: standard score 38, 12th percentile. Fine Manual Control "
       "standard score 41.")


def _scores(text: str, scales: Scales) -> dict[str, Score]:
    return {s.label: s for s in find_scores(blank(text), scales)}


def test_a_bot_2_standard_score_is_read_on_its_own_scale(scales: Scales) -> None:
    found = _scores(BOT, scales)
    fine = found["Fine Manual Control"]
    text = fine.explain()
    assert "standard score 41" in text and "average of 50" in text
    assert "about the 18th percentile" in text
    assert "0.1" not in text and "very low" not in text
    assert "the BOT-2 calls this range average" in text
    total = found["Total Motor Composite"]  # (38 is no mean-100 score: it was not read)
    assert (total.value, total.test, total.percentile) == (38, "BOT-2", 12)
    assert "below average" in total.explain() and "disagree" not in total.explain()


def test_gars_3_scores_mean_more_concern_when_higher(scales: Scales) -> None:
    found = _scores(GARS, scales)
    rrb = found["Restrictive/Repetitive Behaviors"]
    text = rrb.explain()
    assert "higher means more concern" in text
    assert "high average" not in text and "as well as or better" not in text
    assert rrb.words == ""
    index = found["Autism Index"]
    assert (index.value, index.test, index.role) == (112, "GARS-3", "problem")
    assert "higher means more concern" in index.explain()
    assert "autism very likely" in index.explain()
    assert index.words == "autism very likely"


def test_gars_3_rows_sit_in_the_more_concern_group(scales: Scales) -> None:
    drawn = chart(find_scores(blank(GARS + "\n\n" + BOT), scales))
    assert {p.label for p in drawn.problem} == {"Autism Index",
                                                "Restrictive/Repetitive Behaviors"}
    assert {p.label for p in drawn.ability} == {"Total Motor Composite", "Fine Manual Control"}
    lines = "\n".join(drawn.lines(80))
    concern = lines.split("higher = more concern")[1]
    assert "Autism Index" in concern and "Restrictive/Repetitive" in concern
    assert "SS 41" in lines.split("higher = more concern")[0]


def test_an_unknown_area_of_the_bot_2_is_not_read_on_the_mean_100_scale(
        scales: Scales) -> None:
    [score] = find_scores(blank("BOT-2 Gross Motor Skills standard score 41."), scales)
    assert score.kind == "unknown" and score.test == "BOT-2"
    assert "0.1" not in score.explain() and "does not say" in score.explain()


def test_iepwizard_decode_explains_both(tmp_path: Path) -> None:
    report = tmp_path / "ot-and-autism.txt"
    report.write_text(GARS + "\n\n" + BOT + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "iepwizard", "decode", str(report)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    out = " ".join(result.stdout.split())
    assert "Fine Manual Control (BOT-2), standard score 41" in out
    assert "about the 18th percentile" in out and "below the 0.1 percentile" not in out
    assert "Autism Index (GARS-3), standard score 112, on a scale where higher means more" in out
    assert "high average" not in out


def _problems(text: str) -> list[str]:
    return [f"{p.line}: {p.message}" for p in parse_scales(text, Path("s.toml"))[1]]


def test_standard_is_is_checked_with_its_line() -> None:
    base = '[[test]]\nid = "a"\nname = "A"\nnames = ["A"]\n'
    assert _problems(base + 'standard_is = "ability"\nability = ["Balance"]\n') == []
    assert _problems(base + 'standard_is = "mean 50"\nability = ["Balance"]\n') == [
        "5: test a: 'standard_is' must be one of ability, problem, adaptive, scaled: the list "
        "whose scores this test calls standard scores, though they are not mean 100 (the "
        "BOT-2's are mean 50, SD 10)"]
    assert _problems(base + 'standard_is = "ability"\nproblem = ["Balance"]\n') == [
        "5: test a: 'standard_is' names the list 'ability', which this test does not have: "
        "list its areas there"]
    scales, found = parse_scales(base + 'problem_scaled = ["Social Interaction"]\n',
                                 Path("s.toml"))
    assert found == [] and [(a.kind, a.role) for a in scales.areas["social interaction"]] == [
        ("scaled", "problem")]


def test_a_gars_3_area_of_no_named_test_is_not_said_to_be_a_concern(scales: Scales) -> None:
    # "Social Interaction scaled score 9", no test named: it was "on a scale where higher
    # means more concern", taken as the GARS-3's; another test's "Social Interaction" may be a
    # skill, where higher is stronger. Neither way is said; an Autism Index or a Maladaptive
    # Speech score says what it is by its name
    text = ("Social Interaction scaled score 9. Social Communication: 35th percentile. "
            "Maladaptive Speech scaled score 12. Autism Index of 104.")
    found = _scores(text, scales)
    for label, said in (("Social Interaction", "scaled score 9, about the 37th percentile: "),
                        ("Social Communication", "35th percentile: ")):
        score = found[label]
        explained = score.explain()
        assert score.test == "" and score.role in ("", "problem"), label
        assert score.unsure == (score.kind == "scaled")  # (a percentile of no test: unsaid)
        assert explained.startswith(f"{label}, {said}higher than about"), explained
        assert "cannot tell its test" in explained and "more concern:" not in explained
        assert "average" not in score.words and score.words == ""
    for label in ("Maladaptive Speech", "Autism Index"):
        assert not found[label].unsure
        assert "on a scale where higher means more concern" in found[label].explain()
    drawn = chart(list(found.values()))
    assert {p.label for p in drawn.problem} == {"Maladaptive Speech", "Autism Index"}
    assert [line.split(",")[0] for line in drawn.left_out] == ["Social Interaction",
                                                                "Social Communication"]


def test_a_gars_3_area_of_the_named_gars_3_is_a_concern(scales: Scales) -> None:
    found = _scores("GARS-3 (parent): Social Interaction scaled score 9.", scales)
    score = found["Social Interaction"]
    assert (score.test, score.unsure) == ("GARS-3", False)
    assert "on a scale where higher means more concern" in score.explain()


def test_concern_by_name_is_checked_with_its_line() -> None:
    base = ('[[test]]\nid = "a"\nname = "A"\nnames = ["A"]\n'
            'problem_scaled = ["Social Interaction", "Maladaptive Speech"]\n')
    assert _problems(base + 'concern_by_name = ["Maladaptive Speech"]\n') == []
    assert _problems(base + 'concern_by_name = ["Balance"]\n') == [
        "6: test a: 'Balance' in 'concern_by_name' is no area of this test's "
        "'problem_standard', 'problem_scaled' or 'problem_vscale' lists (write the first "
        "name of one)"]
    assert _problems(base + 'concern_by_name = "Maladaptive Speech"\n') == [
        "6: test a: 'concern_by_name' must list areas' first names, like [\"Autism Index\"]"]


#: Pearson's BOT-2 Complete Form sample report's subtests (scale score, its category).
PEARSON_SUBTESTS = ("Fine Motor Precision 17 Average\nFine Motor Integration 22 Above Average\n"
                    "Manual Dexterity 3 Well-Below Average\nBilateral Coordination 7 Below "
                    "Average\nRunning Speed and Agility 4 Well-Below Average\nStrength 6 Below "
                    "Average\nUpper-Limb Coordination 5 Well-Below Average\n")


def test_bot_2_subtests_are_scale_scores_on_their_own_scale(scales: Scales) -> None:
    # a BOT-2 subtest's "scale score" (mean 15, SD 5) was listed as "the report does not say
    # here what kind of score this is", though the table's column said so
    text = ("BOT-2, Complete Form.\n"
            "Subtest / Composite            Scale Score   Standard Score   %ile Rank\n"
            "Fine Motor Precision                9\n"
            "   FINE MANUAL CONTROL                              36              8\n"
            "Balance                            10\n")
    found = _scores(text, scales)
    precision = found["Fine Motor Precision"]
    assert (precision.kind, precision.test, precision.value, precision.percentile) == (
        "scale15", "BOT-2", 9, 12)
    explained = precision.explain()
    assert explained.startswith(
        "Fine Motor Precision (BOT-2), scale score 9 (on the BOT-2 a scale score has an average "
        "of 15, and most children score from 10 to 20; it is not the scaled score of most "
        "tests, where 10 is average): about the 12th percentile")
    assert explained.endswith("the BOT-2 calls this range below average.")
    assert found["Balance"].percentile == 16
    drawn = chart(list(found.values()))
    rows = [line for line in drawn.lines() if "Fine Motor Precision" in line]
    assert rows and "Sc 9" in rows[0]
    assert any("Sc scale score" in line for line in drawn.lines())
    assert not any("Sc scale score" in line for line in chart(
        list(_scores(BOT, scales).values())).lines())


def test_bot_2_subtest_categories_are_pearson_s(scales: Scales) -> None:
    # the sample report's own words for its subtests' scale scores
    found = _scores("BOT-2 subtests (scale scores):\n" + PEARSON_SUBTESTS, scales)
    for line in PEARSON_SUBTESTS.splitlines():
        parts = line.split()
        value_at = next(n for n, p in enumerate(parts) if p.isdigit())
        name, value, words = " ".join(parts[:value_at]), int(parts[value_at]), " ".join(
            parts[value_at + 1:])
        score = found[name]
        assert (score.kind, score.value) == ("scale15", value), name
        assert score.words == words.casefold(), (name, score.words, words)


def test_a_grip_strength_in_pounds_is_no_score(scales: Scales) -> None:
    # the BOT-2's Strength subtest: "grip strength 14 lb (R)" was its scale score 14
    text = ("BOT-2 Complete Form. Clinical observations: grip strength 14 lb (R) and 12 lb "
            "(L); stood on one foot for 6 seconds. Balance 10, Strength 6.")
    assert [(s.label, s.value) for s in find_scores(blank(text), scales)] == [
        ("Balance", 10), ("Strength", 6)]


def test_scale15_ranges_need_the_mean_50_standard_scores() -> None:
    base = '[[test]]\nid = "a"\nname = "A"\nnames = ["A"]\nranges = [[0, "low"], [41, "ok"]]\n'
    assert _problems(base + 'standard_is = "ability"\nability = ["Total"]\n'
                            'scale15 = ["Balance"]\n') == []
    assert _problems(base + 'scale15 = ["Balance"]\n') == [
        "6: test a: 'scale15' areas are named by the test's 'ranges' at the same standing on "
        "its mean-50 standard scores: give the test 'standard_is = \"ability\"', or no "
        "'ranges'"]


def test_a_bot_2_scale_score_is_saved_and_charted(store: Store) -> None:
    child = store.add_child("Sam")
    score = Score(0, 1, "scale15", 9, "Fine Motor Precision", "BOT-2")
    evaluation = store.save_evaluation(child.id, "OT evaluation", "3/1/2026",
                                       [SavedScore.of(score)])
    [row] = store.saved_scores(child.id, evaluation.id)
    assert (row.kind, row.value, row.percentile) == ("scale15", 9.0, 12)
    [area] = history(*store.score_history(child.id))
    assert area.line() == "Fine Motor Precision: 12th (2026, BOT-2)"


#: Pearson's Q-global layout: the raw total ("Total Point Score") before the scale score.
PEARSON_TABLE = (
    "BOT-2 Complete Form Report\nMOTOR SCORE SUMMARY\n"
    "Subtest/Composite          Total Point Score   Scale Score   Standard Score   Percentile "
    "Rank   Descriptive Category\n"
    "Fine Motor Precision       40                  17                                       "
    "         Average\n"
    "Fine Manual Control        Sum = 39                          61               86        "
    "        Above Average\n"
    "Balance                    35                  17                                       "
    "         Average\n"
    "Running Speed Agility      15                  4                                        "
    "         Well-Below Average\n")


def test_the_bot_2_raw_total_is_not_its_scale_score(scales: Scales) -> None:
    # "Running Speed Agility  15  4  Well-Below Average" was "scale score 15 ... average": the
    # Total Point Score column was read as the score (a review's finding)
    found = _scores(PEARSON_TABLE, scales)
    assert {label: (s.kind, s.value) for label, s in found.items()} == {
        "Fine Motor Precision": ("scale15", 17), "Fine Manual Control": ("t", 61),
        "Balance": ("scale15", 17), "Running Speed and Agility": ("scale15", 4)}
    assert found["Running Speed and Agility"].words == "well-below average"


def test_a_bot_2_composite_s_sum_of_scale_scores_is_not_its_score(scales: Scales) -> None:
    """A composite's row gives the sum of its subtests' scale scores under "Scale Score",
    then its standard score: "TOTAL MOTOR COMPOSITE  83  44  27" was "standard score 83"
    (beside the report's 27th percentile), where the score is 44."""
    table = (
        "BOT-2 Complete Form\n"
        "Subtest/Composite      Total Point Score   Scale Score   Standard Score   Percentile "
        "Rank   Descriptive Category\n"
        "Fine Motor Precision          30               12\n"
        "FINE MANUAL CONTROL                            20             40               16     "
        "       Below Average\n"
        "TOTAL MOTOR COMPOSITE                          83             44               27     "
        "       Average\n")
    found = _scores(table, scales)
    assert {label: (s.kind, s.value, s.stated) for label, s in found.items()} == {
        "Fine Motor Precision": ("scale15", 12, None),
        "Fine Manual Control": ("t", 40, 16), "Total Motor Composite": ("t", 44, 27)}
    assert not any(s.disagrees for s in found.values())


def test_mabc_2_scores_are_its_own_not_the_bot_2_s(scales: Scales) -> None:
    # the MABC-2 given instead of the BOT-2: its Manual Dexterity 7 (mean 10, SD 3: the 16th
    # percentile) was the BOT-2's "scale score 7 ... about the 5th percentile"
    text = ("Motor testing. The BOT-2 was attempted but discontinued because of fatigue. The "
            "MABC-2 was administered instead.\n"
            "Component            Standard Score   Percentile\n"
            "Manual Dexterity     7\nAiming and Catching  9\nBalance              6\n")
    found = _scores(text, scales)
    dexterity = found["Manual Dexterity"]
    assert (dexterity.test, dexterity.kind, dexterity.percentile) == ("MABC-2", "scaled", 16)
    assert dexterity.explain().startswith(
        "Manual Dexterity (MABC-2), standard score 7 (on the MABC-2 a standard score has an "
        "average of 10, and most children score from 7 to 13; it is not the usual standard "
        "score, where 100 is average): about the 16th percentile")
    assert {s.test for s in found.values()} == {"MABC-2"}
    # and a BOT-2 subtest under a "Standard Score" heading is no scale score of it
    bot = _scores("BOT-2\nSubtest          Standard Score\nManual Dexterity    7\n", scales)
    assert "Manual Dexterity" not in bot or bot["Manual Dexterity"].kind != "scale15"


def test_the_gars_3_says_whom_it_compares_with(content: Content) -> None:
    """Its norms are children and young people with autism: a parent read an Autism Index at
    the 34th percentile as less autism-related behavior than most children (heldout7 review)."""
    definition = content.terms["gars-3"].definition
    assert "compares a child with children and young people who have autism" in definition
    assert "not with all children" in definition


def test_a_table_s_composite_named_with_its_kind_s_word_is_the_bot_2_s(scales: Scales) -> None:
    """"Manual Coordination Composite" in a BOT-2 table (tabs, empty cells) was an area of no
    test and its 43 a standard score of mean 100 ("extremely low"): the BOT-2's standard
    scores have a mean of 50, and 43 is average. The Fine Manual Control row was lost."""
    text = ("BOT-2 results\n\nSubtest/Composite\tPoint Score\tScale Score\tStandard Score\t"
            "Percentile\tDescriptor\nFine Motor Precision\t27\t9\t\t\tBelow Average\n"
            "Fine Manual Control Composite\t\t\t36\t8\tBelow Average\n"
            "Manual Dexterity\t18\t11\t\t\tAverage\n"
            "Manual Coordination Composite\t\t\t43\t24\tAverage\n")
    assert read(text, scales) == [
        ("Fine Motor Precision", "BOT-2", "scale15", 9),
        ("Fine Manual Control", "BOT-2", "t-ability", 36),
        ("Manual Dexterity", "BOT-2", "scale15", 11),
        ("Manual Coordination", "BOT-2", "t-ability", 43)]
