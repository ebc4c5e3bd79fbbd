"""The one place the IEP review meets the key dates: a saved final IEP fills `iep-meeting` and
`services-start` once the store can record events; the ledger takes the child's calendar once
the store has one, and says so while it does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from iepwizard.core.events import EVENTS
from iepwizard.core.iep.keydates_link import (
    DEFAULT_CALENDAR_NOTE,
    child_track,
    key_dates_of,
    school_calendar,
)
from iepwizard.core.iep.ledger_view import ledger_view
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.saved import keep
from iepwizard.core.iep.source import read_iep
from iepwizard.core.records import SavedIep
from iepwizard.core.schoolcal import SchoolCalendar
from iepwizard.core.store import Store

from .iep_scoring import CORPUS
from .ledger_fixture import AS_OF, SPEECH, save_two_finals

THANKSGIVING = SchoolCalendar().with_break(dt.date(2026, 9, 21), dt.date(2026, 9, 25), "Break")


class KeyDatesStore(Store):
    """The store as it will be once the key dates are in it (record_event, school_calendar)."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(data_dir)
        self.events: list[tuple[str, str, dt.date]] = []

    def record_event(self, child_id: str, event: str, day: dt.date) -> None:
        self.events.append((child_id, event, day))

    def school_calendar(self, child_id: str) -> SchoolCalendar:
        return THANKSGIVING


def save(store: Any, child_id: str, name: str, status: str) -> SavedIep:
    source = read_iep(str(CORPUS / name))
    kept = keep(store, child_id, source, find_parts(source.text), status, None)  # type: ignore[arg-type]
    return kept.saved


def test_a_final_iep_fills_its_key_dates_a_draft_none(tmp_path: Path) -> None:
    store = KeyDatesStore(tmp_path / "data")
    try:
        child = store.add_child("Alex")
        save(store, child.id, "alex-2026.txt", "draft")
        assert store.events == []
        save(store, child.id, "alex-2025.txt", "final")
        assert store.events == [(child.id, "iep-meeting", dt.date(2025, 9, 16)),
                                (child.id, "services-start", dt.date(2025, 9, 17))]
        assert {"iep-meeting", "services-start"} <= set(EVENTS)
    finally:
        store.close()


def test_until_then_nothing_is_recorded_and_the_default_calendar_is_said(store: Store) -> None:
    child = store.add_child("Alex")
    saved = save(store, child.id, "alex-2025.txt", "final")
    assert key_dates_of(saved, dt.date(2025, 9, 17))[0] == ("iep-meeting", dt.date(2025, 9, 16))
    calendar, note = school_calendar(store, child.id)
    assert calendar == SchoolCalendar() and note == DEFAULT_CALENDAR_NOTE
    assert child_track(store, child.id) == "iep"


def test_the_ledger_uses_the_child_calendar_when_there_is_one(tmp_path: Path) -> None:
    store = KeyDatesStore(tmp_path / "data")
    try:
        child = store.add_child("Riley")
        save_two_finals(store, child.id)
        view = ledger_view(store, child.id)
        assert view.calendar_note == ""
        [total] = view.summary(AS_OF)
        assert total.service == SPEECH and total.required == 300 - 60  # a week off
    finally:
        store.close()


def test_a_504_plan_saved_final_makes_the_track_504(store: Store) -> None:
    child = store.add_child("Jordan")
    assert child_track(store, child.id) is None
    save(store, child.id, "jordan-504-2026.txt", "final")
    assert child_track(store, child.id) == "504"
