"""How and when progress is measured and reported (34 CFR 300.320(a)(3)) is a description the
IEP gives, once for all its goals or goal by goal: the plan-wide gap is the required finding,
and a goal without its own statement is advice. A measurable annual goal (300.320(a)(2)(i)) is
required of every goal. A walk found "REQUIRED (34 CFR 300.320(a)(3)(ii))" repeated per goal,
beside the plan's own finding, counted as "11 about what federal law requires"."""

from __future__ import annotations

from iepwizard.core.iep.findings import Finding
from iepwizard.core.iep.report import report_lines
from iepwizard.core.iep.review import review_text

PRESENT = "PRESENT LEVELS\nSam reads 40 words correct per minute; writes 2 sentences.\n\n"
MEASURED = ("By June 1, 2027, Sam will read 90 words correct per minute on 3 of 4 probes, as "
            "measured by curriculum-based probes.")
UNMEASURED = "By June 1, 2027, Sam will write 5 sentences in 4 of 5 trials."


def iep(*goals: str, tail: str = "") -> str:
    text = "INDIVIDUALIZED EDUCATION PROGRAM\n" + PRESENT + "ANNUAL GOALS\n"
    text += "\n".join(f"Goal {n}\n{goal}\n" for n, goal in enumerate(goals, start=1))
    return text + tail


REPORTED = "\nPROGRESS REPORTING\nProgress will be reported quarterly with report cards.\n"


def progress(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.code in {"method", "frequency", "progress-reporting",
                                              "progress-measure"}]


def test_when_progress_is_reported_is_required_once_for_the_plan_not_per_goal() -> None:
    review = review_text(iep(MEASURED, MEASURED, MEASURED))
    found = progress(review.findings)
    required = [f for f in found if f.required]
    assert [(f.kind, f.code, f.citation) for f in required] == [
        ("document", "progress-reporting", "34 CFR 300.320(a)(3)(ii)")]
    per_goal = [f for f in found if f.kind == "goal"]
    assert [f.code for f in per_goal] == ["frequency"] * 3
    assert not any(f.required for f in per_goal)
    assert per_goal[0].line() == (
        "Goal 1: this goal does not say how often its progress is measured or reported; good "
        "practice, not a federal requirement for each goal; the IEP as a whole must say it, "
        "once for all goals or goal by goal (34 CFR 300.320(a)(3)(ii)). Ask: How often will "
        "progress on this goal be measured, and can the goal say so?")
    lines = report_lines(review, "the pasted text")
    assert not any("REQUIRED" in line or "required by 34 CFR 300.320(a)(3)(ii)" in line
                   for line in lines if line.startswith("Goal "))


def test_stated_once_for_all_goals_no_goal_is_flagged_for_it() -> None:
    review = review_text(iep(MEASURED, MEASURED, tail=REPORTED))
    assert progress(review.findings) == []
    said_once = ("\nPROGRESS REPORTING\nProgress on all goals will be measured by data sheets and"
                 " work samples and reported to parents quarterly.\n")
    review = review_text(iep(UNMEASURED, UNMEASURED, tail=said_once))
    assert progress(review.findings) == []


def test_how_progress_is_measured_is_required_only_when_the_plan_never_says_it() -> None:
    nowhere = review_text(iep(UNMEASURED, UNMEASURED, tail=REPORTED))
    found = progress(nowhere.findings)
    assert [(f.kind, f.code, f.required) for f in found] == [
        ("document", "progress-measure", True), ("goal", "method", False),
        ("goal", "method", False)]
    assert found[0].citation == "34 CFR 300.320(a)(3)(i)"
    # One goal says how it is measured: the IEP has a description; the other goal is advice.
    some = progress(review_text(iep(MEASURED, UNMEASURED, tail=REPORTED)).findings)
    assert [(f.key, f.code, f.required) for f in some] == [("goal 2", "method", False)]
    assert "the IEP as a whole must say it" in some[0].footing


def test_a_measurable_goal_stays_required_for_every_goal() -> None:
    review = review_text(iep("Sam will get better at reading.", "Sam will work on writing.",
                             tail=REPORTED))
    criteria = [f for f in review.findings if f.code == "criterion"]
    assert [(f.key, f.required, f.citation) for f in criteria] == [
        ("goal 1", True, "34 CFR 300.320(a)(2)(i)"), ("goal 2", True, "34 CFR 300.320(a)(2)(i)")]
    # Benchmarks or short-term objectives are not asked of every goal (300.320(a)(2)(ii)).
    assert not any("objective" in f.problem or "benchmark" in f.problem
                   for f in review.findings)


def test_the_count_of_what_federal_law_requires_counts_the_plan_once() -> None:
    tail = ("\nSERVICES\nSpecialized reading instruction: 30 minutes, 5 times a week, special "
            "education classroom, special education teacher, starting September 8, 2026.\n"
            "\nACCOMMODATIONS\n- Extended time (1.5x) on tests\n"
            "\nPLACEMENT\nSam is in general education classes 80% of the day.\n")
    review = review_text(iep(MEASURED, MEASURED, MEASURED, tail=tail))
    assert [f.code for f in review.required] == ["progress-reporting"]
    assert len([f for f in review.findings if f.code == "frequency"]) == 3
