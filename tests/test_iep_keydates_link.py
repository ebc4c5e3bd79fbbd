"""The IEP review and the key dates: a saved final IEP fills `iep-meeting` and `services-start`
(a draft fills none; saving again adds nothing), the ledger counts the child's school calendar
from Dates, and the child's track from Dates decides how a plan is read."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from iepwizard.core.iep.keydates_link import NO_BREAKS_NOTE, child_track, school_calendar
from iepwizard.core.iep.ledger_view import ledger_view
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.saved import keep
from iepwizard.core.iep.source import read_iep
from iepwizard.core.records import SavedIep
from iepwizard.core.store import Store

from .iep_scoring import CORPUS
from .ledger_fixture import AS_OF, SPEECH, save_two_finals


def save(store: Store, child_id: str, name: str, status: str) -> SavedIep:
    source = read_iep(str(CORPUS / name))
    kept = keep(store, child_id, source, find_parts(source.text), status, None)  # type: ignore[arg-type]
    return kept.saved


def events(store: Store, child_id: str) -> list[tuple[str, dt.date]]:
    return [(e.event, e.day) for e in store.key_dates(child_id).entries
            if e.event in ("iep-meeting", "services-start")]


def test_a_final_iep_fills_its_key_dates_once_and_a_draft_none(store: Store) -> None:
    child = store.add_child("Alex")
    save(store, child.id, "alex-2026.txt", "draft")
    assert events(store, child.id) == []
    save(store, child.id, "alex-2025.txt", "final")
    assert events(store, child.id) == [("iep-meeting", dt.date(2025, 9, 16)),
                                       ("services-start", dt.date(2025, 9, 17))]
    save(store, child.id, "alex-2025.txt", "final")  # the same again: one event, one entry
    assert len(events(store, child.id)) == 2


def test_the_ledger_counts_the_school_calendar_from_dates(store: Store) -> None:
    child = store.add_child("Riley")
    save_two_finals(store, child.id)
    calendar, note = school_calendar(store, child.id)
    assert not calendar.breaks and note == NO_BREAKS_NOTE
    [before] = ledger_view(store, child.id).summary(AS_OF)
    store.add_break(child.id, dt.date(2026, 9, 21), dt.date(2026, 9, 25), "Fall break")
    view = ledger_view(store, child.id)
    [after] = view.summary(AS_OF)
    assert view.calendar_note == ""
    assert (before.service, before.required, after.required) == (SPEECH, Fraction(300),
                                                                   Fraction(300 - 60))


def test_the_track_from_dates_comes_first_then_the_last_final_plan(store: Store) -> None:
    from iepwizard.core.date_settings import Settings

    child = store.add_child("Jordan")
    assert child_track(store, child.id) is None
    save(store, child.id, "jordan-504-2026.txt", "final")
    assert child_track(store, child.id) == "504"
    store.set_date_settings(child.id, Settings(track="iep"))
    assert child_track(store, child.id) == "iep"
