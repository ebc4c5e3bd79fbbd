"""The services ledger adds up: weeks of sessions, misses, breaks, prorating, a mid-year change."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

from iepwizard.core.iep.calendar import Weekdays, WithBreaks, school_days
from iepwizard.core.iep.compensatory import request
from iepwizard.core.iep.ledger import Ledger, ServicePeriod, Session
from iepwizard.core.iep.ledger_report import assign, rows, summary
from iepwizard.core.iep.model import Amount
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.plan import InForce, plan_from

CORPUS = Path(__file__).resolve().parent / "corpus" / "ieps"
D = dt.date
F = Fraction
READING = "Specialized Reading Instruction"


def weekly(minutes: int, start: D, end: D, name: str = READING) -> ServicePeriod:
    return ServicePeriod(name, Amount(Fraction(minutes), "week"), start, end, "the IEP")


def sessions_for_three_weeks() -> list[Session]:
    week1 = [Session(D(2026, 9, 7) + dt.timedelta(days=i), READING, 30) for i in range(5)]
    week2 = [Session(D(2026, 9, 14), READING, 30), Session(D(2026, 9, 15), READING, 30),
             Session(D(2026, 9, 16), READING, 30, "not-provided", "teacher at training"),
             Session(D(2026, 9, 17), READING, 30, "child-absent", "sick"),
             Session(D(2026, 9, 18), READING, 30)]
    week3 = [Session(D(2026, 9, 21) + dt.timedelta(days=i), "specialized reading instruction",
                     30) for i in range(4)]  # Friday the 25th: nothing logged
    return week1 + week2 + week3


def test_three_weeks_of_sessions_add_up() -> None:
    ledger = Ledger([weekly(150, D(2026, 9, 7), D(2027, 6, 11))])
    sessions = sessions_for_three_weeks()
    table = rows(ledger, sessions, D(2026, 9, 7), D(2026, 9, 25))
    assert [(r.start, r.required, r.delivered, r.not_provided, r.absent, r.shortfall, r.running)
            for r in table] == [
        (D(2026, 9, 7), F(150), 150, 0, 0, F(0), F(0)),
        (D(2026, 9, 14), F(150), 90, 30, 30, F(30), F(30)),
        (D(2026, 9, 21), F(150), 120, 0, 0, F(30), F(60))]
    assert table[2].not_logged == 30 and table[1].not_logged == 0
    [total] = summary(ledger, sessions, D(2026, 9, 7), D(2026, 9, 25))
    assert (total.required, total.delivered, total.not_provided, total.absent,
            total.shortfall) == (F(450), 360, 30, 30, F(60))
    assert total.missed_dates == (D(2026, 9, 16),)
    # Counting the child's absences as owed adds them to the shortfall.
    [counted] = summary(ledger, sessions, D(2026, 9, 7), D(2026, 9, 25), count_absences=True)
    assert counted.shortfall == 90
    # The rows' shortfalls sum to the summary's, and the last running total is the same.
    assert sum(r.shortfall for r in table) == total.shortfall == table[-1].running


def test_a_short_week_owes_its_school_days_only() -> None:
    thanksgiving = WithBreaks({D(2026, 11, 25), D(2026, 11, 26), D(2026, 11, 27)})
    ledger = Ledger([weekly(150, D(2026, 9, 7), D(2027, 6, 11))], thanksgiving)
    [week] = rows(ledger, [], D(2026, 11, 23), D(2026, 11, 29))
    assert week.required == 60  # Monday and Tuesday only
    winter = WithBreaks({D(2026, 12, 21) + dt.timedelta(days=i) for i in range(12)})
    assert Ledger(ledger.periods, winter).required(READING, D(2026, 12, 21),
                                                   D(2027, 1, 1)) == 0


def test_monthly_minutes_are_spread_over_the_months_school_days() -> None:
    columbus = WithBreaks({D(2026, 10, 12)})
    period = ServicePeriod("Speech", Amount(Fraction(120), "month"), D(2026, 10, 1),
                           D(2027, 6, 11))
    ledger = Ledger([period], columbus)
    assert len(school_days(columbus, D(2026, 10, 1), D(2026, 10, 31))) == 21
    assert ledger.required("Speech", D(2026, 10, 1), D(2026, 10, 31)) == 120
    # A service that starts on the 15th owes 12 of October's 21 school days.
    late = Ledger([ServicePeriod("Speech", period.amount, D(2026, 10, 15), D(2027, 6, 11))],
                  columbus)
    assert late.required("Speech", D(2026, 10, 1), D(2026, 10, 31)) == Fraction(120 * 12, 21)
    by_month = rows(late, [], D(2026, 10, 1), D(2026, 12, 31), span="month")
    assert [r.required for r in by_month] == [Fraction(480, 7), 120, 120]
    by_day = late.required_by_day("Speech", D(2026, 10, 1), D(2026, 12, 31))
    assert sum(by_day.values()) == sum(r.required for r in by_month)


def test_yearly_minutes_are_spread_over_the_ieps_year() -> None:
    period = ServicePeriod("Consult", Amount(Fraction(180), "year"), D(2026, 8, 24),
                           D(2027, 8, 23))
    ledger = Ledger([period], Weekdays())
    assert ledger.required("Consult", D(2026, 8, 24), D(2027, 8, 23)) == 180
    half = ledger.required("Consult", D(2026, 8, 24), D(2027, 2, 21))
    assert Fraction(85) < half < Fraction(95)


def test_a_mid_year_change_from_two_ieps() -> None:
    old = find_parts((CORPUS / "alex-2025.txt").read_text())
    new = find_parts((CORPUS / "alex-2026.txt").read_text())
    plan = plan_from([InForce(new, D(2026, 9, 15)), InForce(old, D(2025, 9, 17))])
    reading = [p for p in plan.periods if p.service == READING]
    assert [(p.amount.minutes, p.start, p.end) for p in reading] == [
        (F(150), D(2025, 9, 17), D(2026, 9, 14)), (F(90), D(2026, 9, 15), D(2027, 9, 13))]
    assert reading[0].iep == "the IEP dated September 16, 2025"
    ledger = Ledger(plan.periods)
    # The week of the change: Monday under last year's IEP (30), four days under this year's
    # (18 each).
    week = [r for r in rows(ledger, [], D(2026, 9, 14), D(2026, 9, 20)) if r.service == READING]
    assert week[0].required == 30 + 4 * 18
    sessions = [Session(D(2026, 9, 14), READING, 30),
                *[Session(D(2026, 9, 15 + i), READING, 30) for i in range(3)],
                Session(D(2026, 9, 18), READING, 30, "not-provided")]
    [reading_total] = [s for s in summary(ledger, sessions, D(2026, 9, 14), D(2026, 9, 18))
                       if s.service == READING]
    assert (reading_total.required, reading_total.delivered, reading_total.shortfall) == (
        F(102), 120, F(-18))
    # The services new this year start with this year's IEP.
    check_in = [p for p in plan.periods if p.service == "Behavior Support Check-in"]
    assert [(p.amount.minutes, p.start) for p in check_in] == [(F(50), D(2026, 9, 15))]
    assert not plan.uncounted


def test_as_needed_services_are_not_counted_and_unknown_sessions_are_kept_apart() -> None:
    doc = find_parts((CORPUS / "maya-2026.txt").read_text())
    plan = plan_from([InForce(doc, D(2026, 10, 5))])
    assert plan.uncounted == ("Counseling Services (individual)",)
    ledger = Ledger(plan.periods)
    known, unknown = assign(ledger, [Session(D(2026, 10, 6), "Speech/language therapy", 30),
                                     Session(D(2026, 10, 6), "Swimming", 30)])
    assert len(known["Speech/Language Therapy (group of 3)"]) == 1
    assert [s.service for s in unknown] == ["Swimming"]


def test_the_compensatory_request_carries_dates_minutes_and_citations() -> None:
    ledger = Ledger([weekly(150, D(2026, 9, 7), D(2027, 6, 11)),
                     weekly(60, D(2026, 9, 7), D(2027, 6, 11), "Speech therapy")])
    speech = [Session(D(2026, 9, 8), "Speech therapy", 30),
              Session(D(2026, 9, 10), "Speech therapy", 30)]
    totals = summary(ledger, sessions_for_three_weeks() + speech, D(2026, 9, 7),
                     D(2026, 9, 11))
    assert request("the IEP dated September 1, 2026", "iep", totals) is None  # all delivered
    totals = summary(ledger, sessions_for_three_weeks() + speech, D(2026, 9, 7),
                     D(2026, 9, 25))
    letter = request("the IEP dated September 1, 2026", "iep", totals)
    assert letter is not None
    assert [s.service for s in letter.services] == [READING, "Speech therapy"]
    assert letter.total == 60 + 120
    fields = letter.letter_values()
    assert (fields["period_start"], fields["period_end"]) == ("2026-09-07", "2026-09-25")
    assert (fields["plan"], fields["iep_date"], fields["total_minutes"]) == (
        "IEP", "September 1, 2026", "180")
    assert "September 16, 2026" in fields["missed_services"]
    assert "34 CFR 300.323(c)(2)" in letter.citations
    plan_504 = request("the 504 plan dated January 21, 2026", "504", totals)
    assert plan_504 is not None and plan_504.citations == ("34 CFR 104.33",)
    # With no dates given, every date the plan's name states (a change mid-year is two).
    changed = request("the IEP dated August 31, 2026 and the IEP dated September 28, 2026",
                      "iep", totals)
    assert changed is not None
    assert changed.letter_values()["iep_date"] == "August 31, 2026 and September 28, 2026"
    bare = request("the IEP", "iep", totals)
    assert bare is not None and bare.letter_values()["iep_date"] == ""
