"""Deadlines computed from key dates: statuses, date arithmetic, tracks and state settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from iepwizard.core.date_settings import Count, Settings, apply_setting, setting_notes
from iepwizard.core.dates_report import clock_sentence, clock_sentences, dates_lines
from iepwizard.core.deadline_rules import Rules, load_rules
from iepwizard.core.deadlines import Deadline, Schedule, add_years, compute, due_date
from iepwizard.core.keydates import KeyDate, KeyDates, parse_set
from iepwizard.core.schoolcal import SchoolCalendar

D = dt.date
RULES = load_rules(Path(__file__).resolve().parent.parent / "content")


def child(*sets: str) -> KeyDates:
    dates = KeyDates()
    for text in sets:
        dates = dates.with_date(parse_set(text))
    return dates


def settings(*pairs: str, rules: Rules = RULES) -> Settings:
    result = Settings()
    for pair in pairs:
        name, _, value = pair.partition("=")
        result = apply_setting(result, rules, name, value)
    return result


def run(dates: KeyDates, today: D, s: Settings | None = None,
        cal: SchoolCalendar | None = None) -> Schedule:
    return compute(RULES, dates, s or settings("track=iep"), cal or SchoolCalendar(), today)


def one(schedule: Schedule, rule_id: str) -> Deadline:
    (found,) = schedule.of(rule_id)
    return found


def test_done_means_consent_on_september_3_is_due_november_2_and_overdue_on_the_28th() -> None:
    dates = child("consent-received=2026-09-03")
    before = one(run(dates, D(2026, 10, 1)), "evaluation")
    assert (before.status, before.due) == ("due", D(2026, 11, 2))
    assert one(run(dates, D(2026, 11, 2)), "evaluation").status == "due"
    assert one(run(dates, D(2026, 11, 3)), "evaluation").status == "overdue"
    late = run(dates, D(2026, 11, 28))
    evaluation = one(late, "evaluation")
    assert (evaluation.status, evaluation.due) == ("overdue", D(2026, 11, 2))
    assert evaluation.citation == "34 CFR 300.301(c)(1)"
    assert evaluation.basis == "federal default; your state may set its own"
    assert late.overdue == (evaluation,)
    assert "2026-11-02\toverdue\tevaluation finished (60 days from 2026-09-03)\tThe initial " \
        "evaluation must be finished within 60 days of the school receiving your written " \
        "consent, or within your state's own timeline. 34 CFR 300.301(c)(1); federal default; " \
        "your state may set its own" in dates_lines(late)
    assert clock_sentence(late, "evaluation") == (
        "the school received my consent on September 3, 2026; the 60-day evaluation period "
        "ended on November 2, 2026")
    assert clock_sentence(run(dates, D(2026, 10, 1)), "evaluation") == (
        "the school received my consent on September 3, 2026; the 60-day evaluation period "
        "ends on November 2, 2026")
    # A parent's own setting (their state's timeline) is never cited as the regulation's in
    # a letter either: the follow-up letter puts "(34 CFR 300.301(c)(1), or our state's own
    # timeline)" right after this sentence.
    state = run(dates, D(2026, 11, 28), settings("track=iep", "evaluation-days=45 school days"))
    assert clock_sentence(state, "evaluation") == (
        "the school received my consent on September 3, 2026; the 45-school-day evaluation "
        "period (our state's timeline, as I understand it) ended on November 5, 2026")
    # Once the evaluation is finished the clock is done and no letter cites it.
    finished = run(dates.with_date(parse_set("evaluation-finished=2026-10-30")), D(2026, 11, 28))
    assert one(finished, "evaluation").status == "done"
    assert clock_sentence(finished, "evaluation") is None and finished.overdue == ()


@pytest.mark.parametrize(("start", "count", "due"), [
    (D(2027, 1, 31), Count(60, "calendar-days"), D(2027, 4, 1)),    # across February
    (D(2026, 1, 31), Count(30, "calendar-days"), D(2026, 3, 2)),
    (D(2026, 12, 31), Count(45, "calendar-days"), D(2027, 2, 14)),  # across the year end
    (D(2026, 2, 20), Count(15, "calendar-days"), D(2026, 3, 7)),
    (D(2028, 2, 20), Count(15, "calendar-days"), D(2028, 3, 6)),    # leap year: Feb 29 counts
    (D(2028, 2, 1), Count(60, "calendar-days"), D(2028, 4, 1)),
    (D(2027, 2, 1), Count(60, "calendar-days"), D(2027, 4, 2)),
    (D(2024, 2, 29), Count(1, "years"), D(2025, 2, 28)),            # no Feb 29 next year
    (D(2024, 2, 29), Count(3, "years"), D(2027, 2, 28)),
    (D(2024, 2, 29), Count(4, "years"), D(2028, 2, 29)),
    (D(2012, 2, 29), Count(16, "age"), D(2028, 2, 29)),
    (D(2012, 2, 29), Count(15, "age"), D(2027, 2, 28)),
    (D(2026, 8, 31), Count(1, "years"), D(2027, 8, 31)),
])
def test_date_arithmetic(start: D, count: Count, due: D) -> None:
    assert due_date(start, count, SchoolCalendar()) == due


def test_add_years_edge() -> None:
    assert add_years(D(2100, 2, 28), -4) == D(2096, 2, 28)
    assert add_years(D(2096, 2, 29), 4) == D(2100, 2, 28)  # 2100 is not a leap year


def test_school_days_with_breaks_decide_a_school_day_deadline() -> None:
    cal = SchoolCalendar().with_break(D(2026, 12, 21), D(2027, 1, 1), "Winter break")
    dates = child("consent-received=2026-12-14")
    s = settings("track=iep", "evaluation-days=10 school days")
    evaluation = one(run(dates, D(2027, 1, 5), s, cal), "evaluation")
    assert evaluation.due == D(2027, 1, 11) and evaluation.status == "due"
    assert evaluation.basis.startswith("your own setting for this child: 10 school days (")
    assert "within 60 days of" in evaluation.text  # the federal rule, as cited
    assert evaluation.note == ""
    # With no breaks entered the count says so instead of guessing holidays.
    plain = one(run(dates, D(2027, 1, 5), s), "evaluation")
    assert plain.due == D(2026, 12, 28)
    assert "enter your school's breaks" in plain.note


#: A key date that starts each rule, and the setting value to try on it.
STARTS = {
    "evaluation": ("consent-received=2026-09-03", "45 school days"),
    "initial-iep-meeting": ("eligibility-decided=2026-10-01", "20"),
    "records": ("records-requested=2026-09-01", "10"),
    "annual-review": ("iep-meeting=2026-10-15", "2 years"),
    "reevaluation": ("evaluation-finished=2026-10-01", "2"),
    "transition-plan": ("date-of-birth=2012-05-01", "14"),
    "state-complaint-filing": ("problem-happened=2026-03-01", "2"),
    "state-complaint-decision": ("state-complaint-filed=2026-05-01", "90 days"),
    "due-process-filing": ("problem-learned=2026-03-01", "1"),
    "resolution-meeting": ("due-process-filed=2026-06-01", "30"),
}


def test_changing_a_setting_changes_every_deadline_that_depends_on_it_and_no_other() -> None:
    dates = child(*(start for start, _ in STARTS.values()))
    today = D(2026, 11, 1)
    base = {d.rule.id: d.due for d in run(dates, today).deadlines}
    assert set(STARTS) <= set(base) and all(base[r] for r in STARTS)
    for rule_id, (_, value) in STARTS.items():
        rule = RULES.get(rule_id)
        assert rule is not None
        changed = run(dates, today, settings("track=iep", f"{rule.setting}={value}"))
        moved = {d.rule.id for d in changed.deadlines if base.get(d.rule.id) != d.due}
        assert moved == {r.id for r in RULES.rules if r.setting == rule.setting
                         and r.id in base}, rule_id
        assert one(changed, rule_id).basis.startswith("your own setting for this child:")
    # Back to the default: the same dates as before, labelled as the federal default again.
    s = settings("track=iep", "evaluation-days=45", "evaluation-days=default")
    assert s.counts == {} and one(run(dates, today, s), "evaluation").due == base["evaluation"]
    assert setting_notes(RULES, s) == {}
    assert setting_notes(RULES, settings("evaluation-days=45 school days")) == {
        "evaluation": "Your own setting for this child: 45 school days (federal default: "
                      "60 days)"}


def test_the_track_decides_which_clocks_apply() -> None:
    dates = child("consent-received=2026-09-03", "records-requested=2026-09-01")
    section_504 = run(dates, D(2026, 9, 10), settings("track=504"))
    assert not section_504.of("evaluation")  # Section 504 sets no 60-day clock
    assert one(section_504, "records-504").citation == "34 CFR 99.10(b)"
    assert not section_504.of("records")
    unknown = run(dates, D(2026, 9, 10), Settings())
    evaluation = one(unknown, "evaluation")
    assert evaluation.label == "evaluation finished (if the IEP track applies)"
    assert not unknown.of("records-504")
    assert one(run(dates, D(2026, 9, 10)), "evaluation").label == "evaluation finished"


def test_a_missing_start_date_shows_what_it_needs() -> None:
    schedule = run(KeyDates(), D(2026, 9, 10))
    evaluation = one(schedule, "evaluation")
    assert (evaluation.status, evaluation.due) == ("needs", None)
    assert evaluation.needs == "the date the school received your consent"
    lines = dates_lines(schedule)
    assert lines[0] == ("\tneeds\tevaluation finished: needs the date the school received your "
                        "consent\tThe initial evaluation must be finished within 60 days of the "
                        "school receiving your written consent, or within your state's own "
                        "timeline. 34 CFR 300.301(c)(1); federal default; your state may set "
                        "its own")
    assert all(line.split("\t")[1] == "needs" for line in lines)
    assert schedule.next_due is None


def test_a_request_sent_twice_has_two_clocks() -> None:
    dates = child("records-requested=2026-09-01", "records-received=2026-09-20",
                  "records-requested=2026-10-01")
    first, second = run(dates, D(2026, 11, 20)).of("records")
    assert (first.status, first.due, first.done_on) == ("done", D(2026, 10, 16), D(2026, 9, 20))
    assert (second.status, second.due) == ("overdue", D(2026, 11, 15))
    assert (first.occurrence, second.occurrence) == (0, 1)
    # A letter cites the clock still running: the second request's.
    assert clock_sentences(run(dates, D(2026, 11, 20))) == {"records": (
        "I asked to inspect my child's records on October 1, 2026; the 45-day period for the "
        "records ended on November 15, 2026")}


def test_records_are_due_before_the_meeting_when_it_comes_first() -> None:
    dates = child("records-requested=2026-09-01", "meeting-scheduled=2026-09-20")
    records = one(run(dates, D(2026, 9, 5)), "records")
    assert records.due == D(2026, 9, 20)
    assert records.note == "before the meeting scheduled on 2026-09-20"
    assert clock_sentence(run(dates, D(2026, 9, 5)), "records") == (
        "I asked to inspect my child's records on September 1, 2026; the 45-day period for "
        "the records ends on October 16, 2026, and the meeting scheduled on September 20, 2026 "
        "comes first")
    # A meeting after the 45 days changes nothing.
    later = child("records-requested=2026-09-01", "meeting-scheduled=2026-11-20")
    assert one(run(later, D(2026, 9, 5)), "records").due == D(2026, 10, 16)


def test_consent_signed_is_counted_but_not_called_received() -> None:
    dates = child("consent-signed=2026-09-03")
    (entry,) = dates.entries
    assert entry == KeyDate(D(2026, 9, 3), "consent-received", confirmed=False)
    assert entry.label().startswith("consent to evaluate signed (not yet confirmed")
    schedule = run(dates, D(2026, 11, 28))
    evaluation = one(schedule, "evaluation")
    assert evaluation.due == D(2026, 11, 2)
    assert "counted from the date you signed" in evaluation.note
    assert clock_sentence(schedule, "evaluation") == (
        "I signed and returned my consent on September 3, 2026; counted from that date, the "
        "60-day evaluation period ended on November 2, 2026")
    confirmed = dates.with_date(parse_set("consent-received=2026-09-03"))
    assert len(confirmed.entries) == 1 and confirmed.entries[0].confirmed


def test_the_annual_review_restarts_at_each_meeting_and_says_when_it_was_late() -> None:
    dates = child("iep-meeting=2025-10-01", "iep-meeting=2026-11-15")
    first, second = run(dates, D(2026, 12, 1)).of("annual-review")
    assert (first.status, first.due, first.note) == ("done", D(2026, 10, 1),
                                                     "done 45 days late")
    assert (second.status, second.due) == ("due", D(2027, 11, 15))


def test_the_as_of_date_ignores_what_happened_later() -> None:
    dates = child("consent-received=2026-09-03", "evaluation-finished=2026-12-01")
    assert one(run(dates, D(2026, 11, 28)), "evaluation").status == "overdue"
    assert one(run(dates, D(2026, 12, 1)), "evaluation").status == "done"
    assert one(run(dates, D(2026, 9, 1)), "evaluation").status == "needs"
    lines = dates_lines(run(dates, D(2026, 11, 28)))
    assert not any("evaluation finished\tkey date" in line for line in lines)


def test_removal_days_are_summed_per_school_year() -> None:
    # Ten school days in 2026-27 (one entry falls on a Saturday and is not counted), one more,
    # and two in the school year before.
    days = [D(2026, 10, d) for d in (5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16)] + [D(2026, 11, 2)]
    dates = child(*(f"removal-day={d.isoformat()}" for d in days),
                  "removal-day=2026-05-04", "removal-day=2026-05-05")
    earlier, current = run(dates, D(2026, 11, 20)).of("removal-threshold")
    assert (earlier.due, earlier.label) == (
        D(2026, 5, 5), "2 of 10 school days of removal in school year 2025-26")
    assert current.label == "11 of 10 school days of removal in school year 2026-27"
    assert current.due == D(2026, 10, 16)  # the tenth school day of removal
    assert "services from the next day of removal" in current.note
    assert "1 day(s) entered are not school days" in current.note
    # A school year starting August 15 moves the May days nowhere, and a setting of 12 days
    # means the limit is not yet reached.
    s = settings("track=iep", "school-year-start=08-15", "removal-days=12")
    _, current = run(dates, D(2026, 11, 20), s).of("removal-threshold")
    assert current.label == "11 of 12 school days of removal in school year 2026-27"
    assert current.due == D(2026, 11, 2) and "services" not in current.note


def test_next_due_is_the_nearest_open_deadline() -> None:
    dates = child("consent-received=2026-09-03", "records-requested=2026-09-10",
                  "date-of-birth=2016-04-01")
    schedule = run(dates, D(2026, 9, 12))
    assert schedule.next_due is not None and schedule.next_due.rule.id == "records"
    assert [d.due for d in schedule.deadlines if d.due] == sorted(
        d.due for d in schedule.deadlines if d.due)


def test_the_detail_says_due_once() -> None:
    from iepwizard.core.dates_view import deadline_detail

    dates = child("consent-received=2026-09-03")
    due = deadline_detail(one(run(dates, D(2026, 10, 1)), "evaluation")).splitlines()[0]
    assert due == "evaluation finished — due November 2, 2026"
    late = deadline_detail(one(run(dates, D(2026, 11, 28)), "evaluation")).splitlines()[0]
    assert late == "evaluation finished — OVERDUE, was due November 2, 2026"
