"""Where the IEP review and the ledger meet the child's key dates: the one place each call is made.

- `school_calendar`: the school days the ledger spreads required minutes over (the child's
  calendar from Dates: school weekdays and breaks), with a note while no break is entered.
- `child_track`: the child's track (iep, 504) from the Dates settings, else the last saved
  final IEP's; None lets the text decide.
- `fill_key_dates`: a saved final IEP fills `iep-meeting` and `services-start` ("one event, one
  entry": recording the same date again changes nothing).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..schoolcal import SchoolCalendar
from .model import Track

if TYPE_CHECKING:
    from ..records import SavedIep
    from ..store import Store

#: Said wherever the ledger's figures are shown while the calendar has no break in it.
NO_BREAKS_NOTE = ("No school breaks are entered (Dates, k: school calendar), so a week with a "
                  "holiday counts as a full school week.")


def school_calendar(store: Store, child_id: str) -> tuple[SchoolCalendar, str]:
    """The child's school-day calendar and a note on it ("" once it has breaks)."""
    calendar = store.school_calendar(child_id)
    return calendar, "" if calendar.breaks else NO_BREAKS_NOTE


def child_track(store: Store, child_id: str) -> Track | None:
    """iep or 504 when known (None: let the text say)."""
    chosen = store.stored_date_settings(child_id).values.get("track", "")
    if chosen in ("iep", "504"):
        return "504" if chosen == "504" else "iep"
    finals = [i for i in store.ieps(child_id) if i.status == "final" and i.track != "unknown"]
    if finals:
        return "504" if finals[-1].track == "504" else "iep"
    return None


def key_dates_of(saved: SavedIep, effective: dt.date | None) -> list[tuple[str, dt.date]]:
    """The key dates a saved final IEP fills: its meeting, and when its services start."""
    if saved.status != "final":
        return []
    events = []
    meeting = saved.meeting_date or saved.iep_date
    if meeting:  # a meeting still to come is scheduled, not held
        day = dt.date.fromisoformat(meeting)
        events.append(("iep-meeting" if day <= dt.date.today() else "meeting-scheduled", day))
    if effective is not None:
        events.append(("services-start", effective))
    return events


def fill_key_dates(store: Store, child_id: str, saved: SavedIep,
                   effective: dt.date | None) -> list[tuple[str, dt.date]]:
    """Record the key dates a saved final IEP fills; returns those recorded (a date the key
    dates refuse, such as one before 1900, is left out)."""
    from ..keydates import KeyDateError

    recorded = []
    for event, day in key_dates_of(saved, effective):
        try:
            store.record_event(child_id, event, day)
        except KeyDateError:
            continue
        recorded.append((event, day))
    return recorded
