"""The deadlines and meetings as a calendar file (.ics) a parent imports into any calendar.

One all-day event per dated deadline and per scheduled meeting, each with its rule in the
description, a reminder a week before, and a UID that stays the same from one export to the
next (so importing again updates the events instead of adding copies). Titles leave out the
child's name unless the caller asks for a prefix. The caller writes the bytes (through the one
writer) and shows `CLOUD_WARNING`.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from .dates_report import rule_cell
from .deadlines import Deadline, Schedule

CLOUD_WARNING = ("A calendar that syncs online (Google, iCloud, Outlook and the like) takes "
                 "these dates off this computer; the event titles leave out your child's name.")
PRODID = "-//iepwizard//key dates//EN"
MEETING_EVENTS = ("meeting-scheduled",)


def stable_uid(child_key: str, what: str, occurrence: int) -> str:
    """The same child, rule and clock give the same UID; the child key itself is not shown."""
    digest = hashlib.sha256(f"{child_key}\0{what}\0{occurrence}".encode()).hexdigest()
    return f"{digest[:32]}@iepwizard"


def _title(d: Deadline) -> str:
    return f"{ {'done': 'Done', 'overdue': 'OVERDUE'}.get(d.status, 'Due')}: {d.label}"


def calendar_bytes(schedule: Schedule, child_key: str, title_prefix: str = "",
                   now: dt.datetime | None = None) -> bytes:
    """The .ics file for one child's deadlines and scheduled meetings.

    `child_key` is the store's id for the child (hashed into each UID); `title_prefix` (empty by
    default) is put before every title, for a parent who wants the child's name there.
    """
    from icalendar import Alarm, Calendar, Event

    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{title_prefix}Key dates (iepwizard)")

    def event(uid: str, day: dt.date, title: str, description: str, remind: bool) -> None:
        item = Event()
        item.add("uid", uid)
        item.add("dtstamp", stamp)
        item.add("dtstart", day)
        item.add("dtend", day + dt.timedelta(days=1))
        item.add("summary", f"{title_prefix}{title}")
        item.add("description", description)
        item.add("transp", "TRANSPARENT")
        if remind:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"In a week: {title}")
            alarm.add("trigger", dt.timedelta(days=-7))
            item.add_component(alarm)
        cal.add_component(item)

    for d in schedule.deadlines:
        if d.due is None or d.rule.kind != "deadline":
            continue
        started = (f"\nStarted by: {d.start.label()} on {d.start.day.isoformat()}"
                   if d.start else "")
        event(stable_uid(child_key, d.rule.id, d.occurrence), d.due, _title(d),
              rule_cell(d) + started, remind=d.status != "done")
    meetings = schedule.dates.of(*MEETING_EVENTS)
    for nth, meeting in enumerate(meetings):
        event(stable_uid(child_key, meeting.event, nth), meeting.day, "School meeting",
              "A meeting with the school, as entered in iepwizard.",
              remind=meeting.day >= schedule.today)
    return bytes(cal.to_ical())
