"""The calendar file, read back with icalendar and checked field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from icalendar import Calendar

from iepwizard.core.date_settings import Settings
from iepwizard.core.deadline_rules import load_rules
from iepwizard.core.deadlines import Schedule, compute
from iepwizard.core.ics import CLOUD_WARNING, calendar_bytes
from iepwizard.core.keydates import KeyDates, parse_set
from iepwizard.core.schoolcal import SchoolCalendar

D = dt.date
RULES = load_rules(Path(__file__).resolve().parent.parent / "content")
NOW = dt.datetime(2026, 11, 28, 15, 30, tzinfo=dt.UTC)
TODAY = D(2026, 11, 28)


def schedule(*sets: str, today: D = TODAY) -> Schedule:
    dates = KeyDates()
    for text in sets:
        dates = dates.with_date(parse_set(text))
    return compute(RULES, dates, Settings(track="iep"), SchoolCalendar(), today)


SETS = ("consent-received=2026-09-03", "records-requested=2026-09-01",
        "records-received=2026-09-15", "meeting-scheduled=2026-12-10",
        "removal-day=2026-10-05", "date-of-birth=2014-03-01")


def events(data: bytes) -> dict[str, Any]:
    cal: Any = Calendar.from_ical(data)
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def test_every_field_of_the_calendar() -> None:
    sched = schedule(*SETS)
    data = calendar_bytes(sched, "child-7", now=NOW)
    cal: Any = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"]) == "-//iepwizard//key dates//EN"
    found = cal.walk("VEVENT")
    dated = [d for d in sched.deadlines if d.due and d.rule.kind == "deadline"]
    assert len(dated) == 3  # evaluation, records, transition plan (not the removal count)
    assert len(found) == len(dated) + 1  # and the scheduled meeting
    by_title = {str(e["SUMMARY"]): e for e in found}
    assert set(by_title) == {"OVERDUE: evaluation finished", "Done: records to inspect",
                             "Due: transition plan in the IEP", "School meeting"}
    evaluation = by_title["OVERDUE: evaluation finished"]
    assert evaluation["DTSTART"].dt == D(2026, 11, 2)
    assert type(evaluation["DTSTART"].dt) is dt.date  # an all-day date, not a time
    assert evaluation["DTEND"].dt == D(2026, 11, 3)
    assert evaluation["DTSTAMP"].dt == NOW
    description = str(evaluation["DESCRIPTION"])
    assert "within 60 days of the school receiving your written consent" in description
    assert "34 CFR 300.301(c)(1); federal default; your state may set its own" in description
    assert "Started by: consent to evaluate received by the school on 2026-09-03" in description
    (alarm,) = evaluation.walk("VALARM")
    assert alarm["TRIGGER"].dt == dt.timedelta(days=-7)
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert not by_title["Done: records to inspect"].walk("VALARM")  # nothing left to remind
    assert by_title["School meeting"]["DTSTART"].dt == D(2026, 12, 10)
    assert by_title["School meeting"].walk("VALARM")
    text = data.decode()
    assert "DTSTART;VALUE=DATE:20261102" in text and "TRIGGER:-P7D" in text
    assert "DTSTAMP:20261128T153000Z" in text
    assert len({str(e["UID"]) for e in found}) == len(found)


def test_uids_are_stable_across_exports_and_children() -> None:
    first = {t: str(e["UID"]) for t, e in events(calendar_bytes(schedule(*SETS), "child-7",
                                                                now=NOW)).items()}
    # A later export, after a month has passed and more dates were entered: same UIDs for the
    # same deadlines (the status in the title may change; the UID does not).
    later = schedule(*SETS, "eligibility-decided=2026-12-01", today=D(2026, 12, 20))
    second = {str(e["UID"]) for e in Calendar.from_ical(
        calendar_bytes(later, "child-7", now=NOW + dt.timedelta(days=22))).walk("VEVENT")}
    assert set(first.values()) < second
    other_child = {str(e["UID"]) for e in Calendar.from_ical(
        calendar_bytes(schedule(*SETS), "child-8", now=NOW)).walk("VEVENT")}
    assert not other_child & set(first.values())
    assert all("child-7" not in uid for uid in first.values())


def test_titles_leave_out_the_child_unless_asked() -> None:
    plain = calendar_bytes(schedule(*SETS), "Sam", now=NOW)
    assert b"Sam" not in plain
    named = events(calendar_bytes(schedule(*SETS), "Sam", title_prefix="Sam: ", now=NOW))
    assert all(title.startswith("Sam: ") for title in named)
    assert "off this computer" in CLOUD_WARNING


def test_an_empty_schedule_is_still_a_calendar() -> None:
    cal: Any = Calendar.from_ical(calendar_bytes(schedule(), "c", now=NOW))
    assert cal.walk("VEVENT") == [] and str(cal["VERSION"]) == "2.0"
