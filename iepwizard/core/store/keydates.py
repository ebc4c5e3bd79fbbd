"""A child's key dates, date settings and school calendar (in the child's own file).

Read as the core types the clocks are computed from (`KeyDates`, `Settings`,
`SchoolCalendar`, and `schedule`); every write is one logged change of one document. The date
of birth is not stored here: it is the profile's (`Child.date_of_birth`), so it is entered
once. Dates the app already knows are recorded where they happen (one event, one entry): a
letter marked as sent (`record_letter_sent`), a meeting created for a later day
(`meeting-scheduled`), an IEP meeting ended in meeting mode (`iep-meeting`); other features
call `record_event`. The child's file goes with "delete this child" (FamilyStore).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from tinydb import Query

from .. import records
from .base import done
from .family import FamilyStore, now
from .meetings import MeetingStore

if TYPE_CHECKING:  # the clocks' modules are imported when first used, not at start-up
    from ..date_settings import Settings
    from ..deadline_rules import Rules
    from ..deadlines import Schedule
    from ..keydates import KeyDate, KeyDates
    from ..schoolcal import SchoolCalendar

Q = Query()
BIRTH = "date-of-birth"
#: The kind of meeting whose end records "IEP meeting held".
IEP_KIND = "IEP"


def as_day(value: dt.date | str) -> dt.date:
    """A date, or text in any form the one date validator reads (KeyDateError if not)."""
    from ..dates import parse_date  # (when first used: the first screen needs no date read)
    from ..keydates import KeyDateError

    if isinstance(value, dt.date):
        return value
    day = parse_date(value)
    if day is None:
        raise KeyDateError(f"{value.strip()[:40]!r} is not a date")
    return day


class KeyDatesStore(MeetingStore, FamilyStore):
    def _holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        breaks = len(self._child_rows(child_id, records.SchoolBreak))
        return [(len(self.key_date_entries(child_id)), "key date", "key dates"),
                (breaks, "school break", "school breaks"), *super()._holdings(child_id)]

    # -- key dates ----------------------------------------------------------------------------
    def key_date_entries(self, child_id: str) -> list[records.KeyDateEntry]:
        """The stored key dates (not the date of birth), oldest first."""
        rows = self._child_rows(child_id, records.KeyDateEntry)
        return sorted((r for r in rows if r.event and r.date),
                      key=lambda r: (r.date, r.event, r.doc_id))

    def key_dates(self, child_id: str) -> KeyDates:
        """Every key date of the child, the profile's date of birth included."""
        from ..keydates import KeyDate, KeyDates

        found: dict[tuple[str, dt.date], KeyDate] = {}
        for row in self.key_date_entries(child_id):
            entry = KeyDate(dt.date.fromisoformat(row.date), row.event, row.confirmed)
            found[(entry.event, entry.day)] = entry
        birth = self.birth_date(child_id)
        if birth is not None:
            found[(BIRTH, birth)] = KeyDate(birth, BIRTH)
        return KeyDates(tuple(sorted(found.values())))

    def birth_date(self, child_id: str) -> dt.date | None:
        from ..dates import parse_date

        child = self.child(child_id)
        return parse_date(child.date_of_birth) if child and child.date_of_birth else None

    def keeps_dates(self, child_id: str) -> bool:
        """Whether any clock can run or any setting differs for the child (without reading
        the rules): a key date, a date of birth, or a changed number."""
        if not self._child_holds(child_id, "key_dates", "date_settings"):
            return self.birth_date(child_id) is not None
        settings = self._date_settings_doc(child_id).values
        return bool(self.key_date_entries(child_id) or self.birth_date(child_id) or
                    set(settings) - {"track", "school-year-start"})

    def record_event(self, child_id: str, event: str, date: dt.date | str,
                     confirmed: bool = True) -> Future[None]:
        """Record that `event` happened on `date` (KeyDateError if either is wrong). The same
        event on the same day is one entry: recording it again only updates `confirmed`. The
        date of birth goes into the child's profile."""
        from ..keydates import MAX_ENTRIES, KeyDate, KeyDateError, check

        day = as_day(date)
        check(KeyDate(day, event, confirmed))
        if event == BIRTH:
            from ..dates import long_date

            return self.update_child(child_id, date_of_birth=long_date(day))
        rows = self.key_date_entries(child_id)
        same = next((r for r in rows if r.event == event and r.date == day.isoformat()), None)
        if same is not None:
            if same.confirmed == confirmed:
                return done()
            return self.correct_key_date(child_id, same.doc_id, event, day, confirmed)
        if len(rows) >= MAX_ENTRIES:
            raise KeyDateError(f"a child has at most {MAX_ENTRIES} key dates; delete old ones "
                               f"first")
        doc = records.KeyDateEntry(event=event, date=day.isoformat(), confirmed=confirmed,
                                   created=now()).to_doc()
        return self._child_change(child_id, lambda db: db.table(
            records.KeyDateEntry.TABLE).insert(doc))

    def record_events(self, child_id: str, entries: Iterable[KeyDate]) -> list[Future[None]]:
        return [self.record_event(child_id, e.event, e.day, e.confirmed) for e in entries]

    def correct_key_date(self, child_id: str, doc_id: int, event: str, date: dt.date | str,
                         confirmed: bool = True) -> Future[None]:
        """Change a stored key date (its event, day or confirmation)."""
        from ..keydates import KeyDate, KeyDateError, check

        day = as_day(date)
        check(KeyDate(day, event, confirmed))
        if event == BIRTH:
            raise KeyDateError("the date of birth is kept in the child's profile")
        values = {"event": event, "date": day.isoformat(), "confirmed": confirmed}
        return self._child_change(child_id, lambda db: db.table(records.KeyDateEntry.TABLE).update(
            values, doc_ids=[doc_id]))

    def delete_key_date(self, child_id: str, doc_id: int) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(records.KeyDateEntry.TABLE).remove(
            doc_ids=[doc_id]))

    def record_letter_sent(self, child_id: str, fills: str, date: str) -> Future[None]:
        """A letter marked as sent fills its key date (its template's `fills`), if it has one."""
        return self.record_event(child_id, fills, date) if fills else done()

    # -- what meetings record -----------------------------------------------------------------
    def add_meeting(self, child_id: str, date: str, kind: str = "IEP", title: str = "",
                    attendees: Iterable[str] = ()) -> records.Meeting:
        """A meeting; one created for a later day is also a scheduled meeting (a key date)."""
        from ..dates import parse_date

        meeting = super().add_meeting(child_id, date, kind, title, attendees)
        day = parse_date(meeting.date)
        if day is not None and day > dt.date.today():
            self.record_event(child_id, "meeting-scheduled", day)
        return meeting

    def end_meeting(self, child_id: str, meeting_id: str) -> Future[None]:
        """End a meeting; an IEP meeting is then an IEP meeting held, on the meeting's date."""
        from ..dates import parse_date

        future = super().end_meeting(child_id, meeting_id)
        meeting = self.meeting(child_id, meeting_id)
        day = parse_date(meeting.date) if meeting and meeting.kind == IEP_KIND else None
        if day is not None:
            self.record_event(child_id, "iep-meeting", day)
        return future

    # -- settings and the school calendar -----------------------------------------------------
    def _date_settings_doc(self, child_id: str) -> records.DateSettings:
        rows = self._child_rows(child_id, records.DateSettings)
        return rows[0] if rows else records.DateSettings()

    def stored_date_settings(self, child_id: str) -> records.DateSettings:
        """The settings document as kept (for the export)."""
        return self._date_settings_doc(child_id)

    def date_settings(self, child_id: str, rules: Rules) -> Settings:
        """The child's track and clock numbers; a stored value the rules no longer accept is
        left out (its federal default applies)."""
        from ..date_settings import SettingError, Settings, apply_setting

        settings = Settings()
        for name, value in self._date_settings_doc(child_id).values.items():
            if name in ("track", "school-year-start") or rules.by_setting(name):
                try:
                    settings = apply_setting(settings, rules, name, value)
                except SettingError:
                    continue
        return settings

    def _put_date_settings(self, child_id: str, record: records.DateSettings) -> Future[None]:
        doc = records.DateSettings.from_doc(record.to_doc()).to_doc()
        return self._child_change(child_id, lambda db: db.table(records.DateSettings.TABLE).upsert(
            doc, Q.noop()))

    def set_date_settings(self, child_id: str, settings: Settings) -> Future[None]:
        return self._put_date_settings(child_id, self._date_settings_doc(child_id).but(
            values=settings.to_record()))

    def school_calendar(self, child_id: str) -> SchoolCalendar:
        from ..records.keydates import WEEKDAY_DIGITS
        from ..schoolcal import CalendarError, SchoolCalendar

        digits = self._date_settings_doc(child_id).weekdays
        weekdays = {int(d) for d in digits if d in WEEKDAY_DIGITS}
        calendar = SchoolCalendar()
        if weekdays:
            calendar = calendar.with_weekdays(weekdays)
        for row in self.school_breaks(child_id):
            try:
                calendar = calendar.with_break(dt.date.fromisoformat(row.first),
                                               dt.date.fromisoformat(row.last), row.name)
            except (CalendarError, ValueError):
                continue
        return calendar

    def school_breaks(self, child_id: str) -> list[records.SchoolBreak]:
        rows = self._child_rows(child_id, records.SchoolBreak)
        return sorted((r for r in rows if r.first and r.last),
                      key=lambda r: (r.first, r.last, r.doc_id))

    def set_school_weekdays(self, child_id: str, weekdays: set[int]) -> Future[None]:
        from ..schoolcal import SchoolCalendar

        SchoolCalendar().with_weekdays(weekdays)  # checks them
        return self._put_date_settings(child_id, self._date_settings_doc(child_id).but(
            weekdays="".join(str(d) for d in sorted(weekdays))))

    def add_break(self, child_id: str, first: dt.date, last: dt.date,
                  name: str = "") -> Future[None]:
        """One more break (CalendarError for a wrong one: order, length, name, how many)."""
        from ..schoolcal import MAX_BREAKS, CalendarError, SchoolCalendar

        if len(self.school_breaks(child_id)) >= MAX_BREAKS:
            raise CalendarError(f"a calendar holds at most {MAX_BREAKS} breaks")
        checked = SchoolCalendar().with_break(first, last, name).breaks[0]
        doc = records.SchoolBreak(first=first.isoformat(), last=last.isoformat(),
                                  name=checked.name).to_doc()
        return self._child_change(child_id, lambda db: db.table(
            records.SchoolBreak.TABLE).insert(doc))

    def delete_break(self, child_id: str, doc_id: int) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(records.SchoolBreak.TABLE).remove(
            doc_ids=[doc_id]))

    # -- the clocks ---------------------------------------------------------------------------
    def schedule(self, child_id: str, rules: Rules, today: dt.date) -> Schedule:
        """Every deadline of the child as of `today` (worked out again only when the rules,
        the day or the child's records have changed: the wizard and the letters ask for it
        each time they come into view)."""
        from ..deadlines import compute

        return self._kept("schedule", (child_id, rules, today, *self._child_stamp(child_id)),
                          lambda: compute(rules, self.key_dates(child_id),
                                          self.date_settings(child_id, rules),
                                          self.school_calendar(child_id), today))

    def clocks(self, child_id: str, rules: Rules, today: dt.date) -> dict[str, str]:
        """Rule id -> the running deadline as a letter cites it (for `computed_values`)."""
        from ..dates_report import clock_sentences

        return clock_sentences(self.schedule(child_id, rules, today))
