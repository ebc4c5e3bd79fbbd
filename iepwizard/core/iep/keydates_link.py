"""Where the IEP review and the ledger meet the child's key dates: the ONE place each call is made.

- `school_calendar`: the school days the ledger spreads required minutes over. Until the
  per-child calendar is in the store, every weekday counts (no breaks): said on screen.
- `child_track`: the child's track (iep, 504), so a review adapts; until the key-dates settings
  are in the store, the last saved final IEP's track, else None (the text decides).
- `fill_key_dates`: a saved final IEP fills `iep-meeting` and `services-start` ("one event, one
  entry"); it calls the store's `record_event(child_id, event, date)` once that exists.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..schoolcal import SchoolCalendar
from .model import Track

if TYPE_CHECKING:
    from ..records import SavedIep
    from ..store import Store

#: Said wherever the ledger's figures are shown, while the calendar is the default one.
DEFAULT_CALENDAR_NOTE = ("School days: Monday to Friday, with no breaks entered (the school "
                         "calendar is not in your record yet), so a week with a holiday counts "
                         "as a full week.")


def school_calendar(store: Store, child_id: str) -> tuple[SchoolCalendar, str]:
    """The child's school-day calendar and a note on it ("" once it is the parent's own)."""
    calendar: Any = getattr(store, "school_calendar", None)
    if callable(calendar):
        found = calendar(child_id)
        if isinstance(found, SchoolCalendar):
            return found, ""
    return SchoolCalendar(), DEFAULT_CALENDAR_NOTE


def child_track(store: Store, child_id: str) -> Track | None:
    """iep or 504 when known (None: let the text say)."""
    finals = [i for i in store.ieps(child_id) if i.status == "final" and i.track != "unknown"]
    if finals:
        track = finals[-1].track
        return "504" if track == "504" else "iep"
    return None


def key_dates_of(saved: SavedIep, effective: dt.date | None) -> list[tuple[str, dt.date]]:
    """The key dates a saved final IEP fills: its meeting, and when its services start."""
    if saved.status != "final":
        return []
    events = []
    meeting = saved.meeting_date or saved.iep_date
    if meeting:
        events.append(("iep-meeting", dt.date.fromisoformat(meeting)))
    if effective is not None:
        events.append(("services-start", effective))
    return events


def fill_key_dates(store: Store, child_id: str, saved: SavedIep,
                   effective: dt.date | None) -> list[tuple[str, dt.date]]:
    """Record the key dates a saved final IEP fills; returns those it recorded (none until the
    key-dates store, with `record_event(child_id, event, date)`, is in main)."""
    record_event: Any = getattr(store, "record_event", None)
    events = key_dates_of(saved, effective)
    if not callable(record_event):
        return []
    for event, day in events:
        record_event(child_id, event, day)
    return events
