"""Goal and service checks, one rule at a time, with their legal footing."""

from __future__ import annotations

from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.review import review_text

PRESENT = "PRESENT LEVELS\nSam reads 40 words correct per minute; the benchmark is 90 words.\n\n"


def goals(*blocks: str, progress: bool = True, present: str = PRESENT) -> str:
    text = "INDIVIDUALIZED EDUCATION PROGRAM\n" + present + "ANNUAL GOALS\n"
    text += "\n".join(f"Goal {n}\n{block}\n" for n, block in enumerate(blocks, start=1))
    if progress:
        text += "\nPROGRESS REPORTING\nProgress will be reported quarterly with report cards.\n"
    return text


def codes(text: str, key: str = "goal 1") -> dict[str, tuple[bool, bool]]:
    """code -> (required, soft) for one goal or service."""
    return {f.code: (f.required, f.soft) for f in review_text(text).findings if f.key == key}


COMPLETE = ("Annual Goal: By June 1, 2027, Sam will read 90 words correct per minute on 3 of 4 "
            "probes, as measured by curriculum-based probes.")


def test_a_complete_goal_has_no_finding() -> None:
    assert codes(goals(COMPLETE)) == {}


def test_each_missing_part_is_named_with_its_footing() -> None:
    goal = "Annual Goal: Sam will answer questions about stories."
    # How and how often progress is measured are good practice per goal: 300.320(a)(3) asks
    # the IEP for them once, for all goals or goal by goal (the plan's own finding is required).
    assert codes(goals(goal)) == {"baseline": (False, False), "criterion": (True, False),
                                  "method": (False, False), "by-when": (False, False)}
    # How often: the goal's own schedule, or the IEP's statement of when progress is reported.
    assert codes(goals(goal, progress=False))["frequency"] == (False, False)
    assert "frequency" not in codes(goals(goal + "\nEvaluation schedule: monthly",
                                          progress=False))
    review = review_text(goals("Annual Goal: Sam will answer questions about stories."))
    lines = [f.line() for f in review.findings if f.kind == "goal"]
    assert any("no measurable criterion; required by 34 CFR 300.320(a)(2)(i)" in line
               for line in lines)
    assert any("this goal does not say how its progress is measured; good practice, not a "
               "federal requirement for each goal; the IEP as a whole must say it" in line
               for line in lines)
    assert [f.line().split(". Ask:")[0] for f in review.findings
            if f.code == "progress-measure"] == [
        "This IEP: no description of how progress toward the goals is measured (not for any "
        "goal, nor once for all); required by 34 CFR 300.320(a)(3)(i)"]
    assert any("no date by when the goal is to be met; good practice, not a federal "
               "requirement" in line for line in lines)
    assert all(" Ask: " in line and line.startswith("Goal 1: ") for line in lines)


def test_the_baseline_may_be_in_the_goal_or_the_present_levels() -> None:
    no_present = "PRESENT LEVELS\nSam likes school.\n\n"
    assert "baseline" in codes(goals(COMPLETE, present=no_present))
    assert "baseline" not in codes(goals(COMPLETE))  # 40 words correct in the present levels
    assert "baseline" not in codes(goals("Baseline: 40 words correct per minute.\n" + COMPLETE,
                                         present=no_present))
    inline = COMPLETE.replace("Sam will", "Sam, who currently reads 40 words, will")
    assert "baseline" not in codes(goals(inline, present=no_present))
    found = [f for f in review_text(goals(COMPLETE, present=no_present)).findings
             if f.kind == "goal"]
    assert [f.footing for f in found] == ["good practice, not a federal requirement"]


def test_a_vague_verb_is_a_soft_note_only_in_a_complete_goal() -> None:
    vague_complete = COMPLETE.replace("will read", "will improve his reading and read")
    assert codes(goals(vague_complete)) == {"vague-verb": (False, True)}
    vague_incomplete = "Annual Goal: Sam will work on reading."
    assert codes(goals(vague_incomplete))["vague-verb"] == (False, False)
    [note] = [f for f in review_text(goals(vague_complete)).findings if f.kind == "goal"]
    assert note.line().startswith('Goal 1: note: a vague verb ("will improve")')


def test_teacher_observation_alone_is_weak_but_not_with_data() -> None:
    alone = COMPLETE.replace("curriculum-based probes", "teacher observation")
    assert codes(goals(alone)) == {"weak-method": (False, False)}
    labelled = COMPLETE.replace(", as measured by curriculum-based probes", "") + \
        "\nMeasured by: Teacher observation and data sheets"
    assert codes(goals(labelled)) == {}


def test_a_date_or_an_end_phrase_is_a_by_when() -> None:
    for by in ("By June 2027, ", "By the end of the IEP, ", "Within 36 instructional weeks, "):
        goal = COMPLETE.replace("By June 1, 2027, ", by)
        assert "by-when" not in codes(goals(goal)), by
    assert "by-when" in codes(goals(COMPLETE.replace("By June 1, 2027, ", "")))


def test_grade_levels_and_years_are_not_a_criterion() -> None:
    goal = "Annual Goal: By June 2027, given 4th grade texts, Sam will read with expression."
    assert "criterion" in codes(goals(goal))


SERVICES = """INDIVIDUALIZED EDUCATION PROGRAM
SERVICES
Service | Provider | Location | Frequency | Duration | Start Date
Reading | Special education teacher | Resource room | 5x weekly | 30 min | 09/08/2026
Counseling | School counselor | Counselor's office | as needed | 30 min | 09/08/2026
Speech therapy | TBD | | 2x monthly | | 
"""


def test_service_checks_and_as_needed() -> None:
    assert codes(SERVICES, "Reading") == {}
    assert codes(SERVICES, "Counseling") == {"frequency": (True, False)}
    [as_needed] = [f for f in review_text(SERVICES).findings if f.key == "Counseling"]
    assert "'as needed' is not a frequency" in as_needed.line()
    assert "required by 34 CFR 300.320(a)(7)" in as_needed.line()
    assert codes(SERVICES, "Speech therapy") == {
        "duration": (True, False), "location": (True, False), "start": (True, False),
        "provider": (False, False)}


def test_an_iep_wide_start_date_covers_services_without_a_start_column() -> None:
    text = ("INDIVIDUALIZED EDUCATION PROGRAM\nIEP Start Date: 09/08/2026\nSERVICES\n"
            "Service | Provider | Location | Frequency | Duration\n"
            "Reading | Special education teacher | Resource room | 5x weekly | 30 min\n")
    assert codes(text, "Reading") == {}
    assert find_parts(text).start_date is not None
    assert "start" in codes(text.replace("IEP Start Date: 09/08/2026\n", ""), "Reading")


PLAN_504 = """SECTION 504 PLAN
Student: Jo
ACCOMMODATIONS
- Extended time on tests
RELATED AIDS AND SERVICES
Service: Counselor check-in
Provider: School counselor
Frequency: as needed
"""


def test_a_504_plan_is_not_asked_for_goals_and_its_gaps_are_good_practice() -> None:
    review = review_text(PLAN_504)
    assert review.doc.track == "504"
    assert not [f for f in review.findings if f.kind in ("goal", "document")]
    gaps = {f.code: f for f in review.findings}
    assert set(gaps) == {"frequency", "duration", "location", "start"}
    assert not any(f.required for f in review.findings)
    assert "34 CFR 104.33(b)(1)" in gaps["frequency"].line()
    # The child's track, when known, wins over the text.
    as_iep = review_text(PLAN_504, track="iep")
    assert {f.code for f in as_iep.findings if f.kind == "document"} >= {"goals", "placement"}


def test_parts_not_found_are_said_plainly() -> None:
    from iepwizard.core.iep.review import not_found_sentence

    doc = find_parts(SERVICES)
    assert not_found_sentence(doc) == (
        "Not found: present levels; annual goals; accommodations and modifications; placement "
        "(time with children without disabilities); when progress is reported.")
    assert not_found_sentence(find_parts(PLAN_504)) == (
        "Not in this plan (a 504 plan has none): present levels; annual goals; placement; "
        "when progress is reported.")
