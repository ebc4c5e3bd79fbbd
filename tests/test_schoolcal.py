"""The school-day calendar: weekends and the breaks a parent enters, counted exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from iepwizard.core.schoolcal import (
    CalendarError,
    SchoolCalendar,
    parse_break,
    school_year_label,
    school_year_of,
)

D = dt.date


def winter() -> SchoolCalendar:
    """December 2026: school until Friday the 18th, a break until Friday January 1, 2027."""
    return SchoolCalendar().with_break(D(2026, 12, 21), D(2027, 1, 1), "Winter break") \
        .with_break(D(2026, 11, 26), D(2026, 11, 27), "Thanksgiving")


def test_weekends_and_breaks_are_not_school_days() -> None:
    cal = winter()
    assert cal.is_school_day(D(2026, 12, 18))          # a Friday
    assert not cal.is_school_day(D(2026, 12, 19))      # Saturday
    assert not cal.is_school_day(D(2026, 12, 21))      # first day of the break
    assert not cal.is_school_day(D(2027, 1, 1))        # last day of the break
    assert cal.is_school_day(D(2027, 1, 4))            # Monday after it
    assert not cal.is_school_day(D(2026, 11, 26))


def test_counting_school_days_forward_skips_weekends_and_breaks() -> None:
    cal = winter()
    assert cal.add_school_days(D(2026, 12, 17), 1) == D(2026, 12, 18)
    # Friday Dec 18 + 1 school day: over the weekend and the two-week break.
    assert cal.add_school_days(D(2026, 12, 18), 1) == D(2027, 1, 4)
    # Monday Dec 14: 4 school days that week, then Jan 4-8 and Jan 11.
    assert cal.add_school_days(D(2026, 12, 14), 10) == D(2027, 1, 11)
    assert cal.add_school_days(D(2026, 12, 14), 0) == D(2026, 12, 14)
    # Without the break the same count lands two weeks earlier.
    assert SchoolCalendar().add_school_days(D(2026, 12, 14), 10) == D(2026, 12, 28)
    # Thanksgiving week (Nov 23-27, 2026): 3 school days.
    assert cal.school_days_between(D(2026, 11, 22), D(2026, 11, 29)) == 3
    assert cal.school_days_between(D(2026, 12, 14), cal.add_school_days(D(2026, 12, 14), 10)) \
        == 10
    assert cal.school_days_between(D(2027, 1, 4), D(2026, 12, 1)) == 0
    assert cal.school_days(D(2026, 12, 17), D(2027, 1, 5)) == [
        D(2026, 12, 17), D(2026, 12, 18), D(2027, 1, 4), D(2027, 1, 5)]
    assert cal.school_days(D(2027, 1, 5), D(2027, 1, 4)) == []


def test_a_four_day_week_and_a_calendar_that_never_has_school() -> None:
    four = SchoolCalendar().with_weekdays({0, 1, 2, 3})
    assert four.add_school_days(D(2026, 9, 3), 1) == D(2026, 9, 7)   # Thursday -> Monday
    nothing = SchoolCalendar().with_weekdays({5})  # Saturdays only...
    for year in range(2026, 2047):                 # ...and every one of them a break
        nothing = nothing.with_break(D(year, 1, 1), D(year, 12, 31))
    with pytest.raises(CalendarError, match="no 5 school days within 20 years"):
        nothing.add_school_days(D(2026, 1, 1), 5)
    with pytest.raises(CalendarError):
        SchoolCalendar().with_weekdays(set())


def test_breaks_are_checked_and_editable() -> None:
    cal = winter()
    with pytest.raises(CalendarError, match="end on or after"):
        cal.with_break(D(2027, 1, 2), D(2027, 1, 1))
    with pytest.raises(CalendarError, match="at most 366 days"):
        cal.with_break(D(2026, 1, 1), D(2027, 6, 1))
    with pytest.raises(CalendarError, match="one line"):
        cal.with_break(D(2027, 2, 1), D(2027, 2, 1), "x\x1b[2J")
    # Entering the same break twice keeps one; removing it makes the days school days again.
    assert cal.with_break(D(2026, 12, 21), D(2027, 1, 1), "Winter break") == cal
    again = cal.without_break(D(2026, 12, 21), D(2027, 1, 1))
    assert again.is_school_day(D(2026, 12, 21)) and len(again.breaks) == 1
    assert parse_break("2026-12-21..2027-01-01 Winter break") == (
        D(2026, 12, 21), D(2027, 1, 1), "Winter break")
    assert parse_break("2/16/2027 Presidents' Day") == (D(2027, 2, 16), D(2027, 2, 16),
                                                        "Presidents' Day")
    with pytest.raises(CalendarError, match="FIRST..LAST"):
        parse_break("winter")


def test_record_round_trip_and_bad_records() -> None:
    cal = winter().with_weekdays({0, 1, 2, 3, 4})
    assert SchoolCalendar.from_record(cal.to_record()) == cal
    bads: list[object] = [
        [], {"weekdays": "mon"}, {"breaks": [{"first": "2026-13-01", "last": "x"}]},
        {"breaks": [{"first": "2026-12-02", "last": "2026-12-01"}]},
        {"breaks": [{"first": "2026-12-01", "last": "2026-12-01", "name": 5}]},
        {"weekdays": [True]}]
    for bad in bads:
        with pytest.raises(CalendarError):
            SchoolCalendar.from_record(bad)


def test_school_years() -> None:
    assert school_year_of(D(2026, 6, 30)) == 2025
    assert school_year_of(D(2026, 7, 1)) == 2026
    assert school_year_of(D(2027, 3, 1)) == 2026
    assert school_year_of(D(2026, 8, 14), (8, 15)) == 2025
    assert school_year_label(2026) == "2026-27" and school_year_label(1999) == "1999-00"
