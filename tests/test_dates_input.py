"""What a parent types for key dates and settings (`dates --set`, `--setting`, `--as-of`), and
the stored records the lead's store keeps for them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from iepwizard.core.date_settings import (
    Count,
    SettingError,
    Settings,
    apply_setting,
    apply_settings,
    describe,
    parse_setting,
)
from iepwizard.core.dates import date_problem, parse_date
from iepwizard.core.dates_report import dates_lines, parse_as_of, summary
from iepwizard.core.deadline_rules import load_rules
from iepwizard.core.deadlines import compute
from iepwizard.core.keydates import (
    KeyDate,
    KeyDateError,
    KeyDates,
    apply_sets,
    events_help,
    parse_set,
)
from iepwizard.core.schoolcal import SchoolCalendar

D = dt.date
RULES = load_rules(Path(__file__).resolve().parent.parent / "content")


@pytest.mark.parametrize("text", ["consent-received=2026-09-03", "consent-received=9/3/2026",
                                  "Consent-Received = September 3, 2026",
                                  "consent-received=3 September 2026"])
def test_set_reads_every_date_form(text: str) -> None:
    assert parse_set(text) == KeyDate(D(2026, 9, 3), "consent-received")


@pytest.mark.parametrize(("text", "message"), [
    ("February 30, 2026", "February 2026 has 28 days."),
    ("2024-02-30", "February 2024 has 29 days."),
    ("4/31/2026", "April 2026 has 30 days."),
    ("31 April 2026", "April 2026 has 30 days."),
    ("13/1/2026", "Write the date like 2026-09-03, 9/3/2026 or September 3, 2026."),
    ("next Tuesday", "Write the date like 2026-09-03, 9/3/2026 or September 3, 2026."),
])
def test_a_day_that_does_not_exist_is_named(text: str, message: str) -> None:
    assert parse_date(text) is None
    assert date_problem(text) == message


@pytest.mark.parametrize(("text", "message"), [
    ("consent-received", "is written EVENT=DATE"),
    ("consent=2026-09-03", "'consent' is not a key date; use one of: request-sent, "),
    ("consent-received=2026-02-30", "is not a date; write it like 2026-09-03"),
    ("consent-received=yesterday", "is not a date"),
    ("request-sent=1850-01-01", "outside the years 1900-2100"),
])
def test_set_refuses_with_one_sentence(text: str, message: str) -> None:
    with pytest.raises(KeyDateError, match=None) as caught:
        parse_set(text)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_key_date_history() -> None:
    dates = KeyDates()
    for text in ("request-sent=2026-08-01", "request-sent=2026-08-20", "request-sent=2026-08-01",
                 "date-of-birth=2016-04-01", "date-of-birth=2016-04-02"):
        dates = dates.with_date(parse_set(text))
    assert [e.day for e in dates.of("request-sent")] == [D(2026, 8, 1), D(2026, 8, 20)]
    assert dates.birth == D(2016, 4, 2) and len(dates.of("date-of-birth")) == 1
    dates = dates.without_date("request-sent", D(2026, 8, 1))
    assert [e.day for e in dates.of("request-sent")] == [D(2026, 8, 20)]
    assert KeyDates.from_record(dates.to_record()) == dates
    assert dates.to_record()[0] == {"event": "date-of-birth", "date": "2016-04-02",
                                    "confirmed": True}


@pytest.mark.parametrize("bad", [
    {}, [{"event": "request-sent"}], [{"event": "nope", "date": "2026-01-01"}],
    [{"event": "request-sent", "date": "2026-1-1x"}],
    [{"event": "request-sent", "date": "2026-01-01", "confirmed": "yes"}],
    [{"event": 5, "date": "2026-01-01"}], [1] * 2001,
])
def test_bad_stored_key_dates_are_refused(bad: object) -> None:
    with pytest.raises(KeyDateError):
        KeyDates.from_record(bad)


def test_settings_as_typed() -> None:
    assert parse_setting(" Evaluation-Days = 45 school days") == ("evaluation-days",
                                                                  "45 school days")
    s = Settings()
    for name, value, count in [
        ("evaluation-days", "45", Count(45, "calendar-days")),
        ("evaluation-days", "45 school days", Count(45, "school-days")),
        ("evaluation-days", "50 School-Days", Count(50, "school-days")),
        ("evaluation-days", "30 calendar days", Count(30, "calendar-days")),
        ("reevaluation-years", "2 years", Count(2, "years")),
        ("transition-age", "14", Count(14, "age")),
        ("transition-age", "15 years", Count(15, "age")),
        ("removal-days", "12 days", Count(12, "school-days")),
    ]:
        s = apply_setting(s, RULES, name, value)
        assert s.counts[name] == count
    s = apply_setting(apply_setting(s, RULES, "track", "504"), RULES, "school-year-start",
                      "08-15")
    assert (s.track, s.school_year_start) == ("504", (8, 15))
    assert Settings.from_record(s.to_record(), RULES) == s
    assert s.to_record()["evaluation-days"] == "30 calendar-days"
    # A stored setting that no rule names any more is dropped, not an error.
    assert Settings.from_record({"gone-days": "5", "track": "iep"}, RULES).track == "iep"
    rows = {name: (value, text) for name, value, text in describe(RULES, s)}
    assert rows["evaluation-days"][0] == "30 days"
    assert "(your own setting; federal default: 60 days)" in rows["evaluation-days"][1]
    assert rows["records-days"][1].endswith("(federal default; your state may set its own)")


@pytest.mark.parametrize(("name", "value", "message"), [
    ("track", "idea", "track is one of iep, 504, unknown"),
    ("evaluation-day", "45", "there is no setting called 'evaluation-day'; the settings are: "
                             "track, school-year-start, evaluation-days"),
    ("evaluation-days", "forty", "evaluation-days is a number"),
    ("evaluation-days", "0", "must be from 1 to 3650"),
    ("evaluation-days", "2 years", "counted in calendar or school days"),
    ("annual-review-years", "30 days", "counted in years"),
    ("transition-age", "40", "must be from 3 to 21"),
    ("transition-age", "16 days", "counted in years of age"),
    ("removal-days", "10 calendar days", "counted in school days"),
    ("school-year-start", "13-01", "a month and day like 07-01"),
    ("school-year-start", "02-30", "a month and day like 07-01"),
])
def test_bad_settings_are_one_sentence(name: str, value: str, message: str) -> None:
    with pytest.raises(SettingError) as caught:
        apply_setting(Settings(), RULES, name, value)
    assert message in str(caught.value)
    with pytest.raises(SettingError, match="NAME=VALUE"):
        parse_setting("evaluation-days")


def test_as_of() -> None:
    assert parse_as_of("11/28/2026") == D(2026, 11, 28)
    with pytest.raises(ValueError, match="--as-of takes a date"):
        parse_as_of("tomorrow")


def test_dates_lines_are_sorted_tab_separated_with_needs_last() -> None:
    dates = KeyDates()
    for text in ("consent-received=2026-09-03", "meeting-scheduled=2026-12-10",
                 "request-sent=2026-08-20", "evaluation-finished=2026-12-20"):
        dates = dates.with_date(parse_set(text))
    schedule = compute(RULES, dates, Settings(track="iep"), SchoolCalendar(), D(2026, 11, 28))
    lines = dates_lines(schedule)
    cells = [line.split("\t") for line in lines]
    assert all(len(c) == 4 for c in cells)
    assert cells[0] == ["2026-08-20", "done", "evaluation request sent", "key date"]
    assert cells[1] == ["2026-09-03", "done", "consent to evaluate received by the school",
                        "key date"]
    assert cells[2][:2] == ["2026-11-02", "overdue"]
    # The planned meeting shows though it is after the as-of date; the evaluation does not.
    assert cells[3] == ["2026-12-10", "due", "meeting scheduled", "key date"]
    assert "2026-12-20" not in "".join(lines)
    dated = [c[0] for c in cells if c[0]]
    assert dated == sorted(dated) and cells[len(dated)][1] == "needs"
    assert {c[1] for c in cells[len(dated):]} == {"needs"}
    assert summary(schedule) == ("OVERDUE: evaluation finished (due November 2, 2026)")
    assert summary(compute(RULES, dates, Settings(track="iep"), SchoolCalendar(),
                           D(2026, 9, 4))) == "Next: evaluation finished, due November 2, 2026"
    # With only a birth date, the next deadline is years away: not the parent's next step.
    born = apply_sets(KeyDates(), ["date-of-birth=2017-03-14"])
    assert summary(compute(RULES, born, Settings(track="unknown"), SchoolCalendar(),
                           D(2026, 11, 29))) == ("Nothing due within a year (then: transition "
                                                 "plan in the IEP (if the IEP track applies), "
                                                 "March 14, 2033)")


def test_all_or_nothing_and_help() -> None:
    dates = apply_sets(KeyDates(), ["request-sent=2026-08-20", "consent-signed=9/3/2026"])
    assert [e.event for e in dates.entries] == ["request-sent", "consent-received"]
    with pytest.raises(KeyDateError):
        apply_sets(dates, ["iep-meeting=2026-10-01", "iep-meeting=soon"])
    s = apply_settings(Settings(), RULES, ["track=iep", "evaluation-days=45 school days"])
    assert s.track == "iep" and s.counts["evaluation-days"] == Count(45, "school-days")
    with pytest.raises(SettingError):
        apply_settings(s, RULES, ["track=504", "bogus=1"])
    text = events_help()
    assert "  consent-received " in text and "  consent-signed " in text
    assert len(text.splitlines()) == 20
