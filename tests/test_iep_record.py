"""The typed records of a saved IEP, its services and the ledger's sessions: what a review
keeps, the snapshot that feeds the ledger, and every malformed field refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from iepwizard.core.iep.ledger import Session
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.plan import InForce, plan_from
from iepwizard.core.iep.record import (
    effective,
    save_fields,
    saved_doc,
    service_rows,
    session_of,
)
from iepwizard.core.iep.source import from_paste, read_iep
from iepwizard.core.records import IepService, InvalidRecord, LedgerSession, SavedIep

from .iep_scoring import CORPUS

SHA = "a" * 64


def saved_doc_fields() -> dict[str, Any]:
    source = read_iep(str(CORPUS / "riley-2026.txt"))
    doc = find_parts(source.text)
    return {**save_fields(source, doc, "final", None), "id": "iep-1", "sha256": SHA}


def test_the_record_keeps_the_dates_and_the_services_feed_the_ledger_as_the_text_does() -> None:
    record = SavedIep.from_doc(saved_doc_fields())
    assert (record.iep_date, record.start_date, record.status, record.source_kind) == (
        "2026-08-18", "2026-08-24", "final", "text")
    doc = find_parts((CORPUS / "riley-2026.txt").read_text())
    rows = [IepService.from_doc({**r.to_doc(), "iep_id": "iep-1", "order": n})
            for n, r in enumerate(service_rows(doc))]
    assert effective(record, rows) == dt.date(2026, 8, 24)
    from_text = plan_from([InForce(doc, dt.date(2026, 8, 24))])
    from_record = plan_from([InForce(saved_doc(record, rows), dt.date(2026, 8, 24))])
    assert from_record == from_text and len(from_text.periods) == 5
    assert SavedIep.from_doc(record.to_doc()) == record


def test_a_paste_is_kept_as_a_paste() -> None:
    source = from_paste((CORPUS / "maya-2026.txt").read_text())
    fields = save_fields(source, find_parts(source.text), "draft", dt.date(2026, 3, 4))
    assert (fields["source_kind"], fields["iep_date"], fields["status"]) == (
        "paste", "2026-03-04", "draft")


@pytest.mark.parametrize(("field", "value"), [
    ("id", "../../victim"), ("id", ""), ("status", "signed"), ("track", "gifted"),
    ("source_kind", "url"), ("iep_date", "2026-02-30"), ("start_date", "soon"),
    ("sha256", "x"), ("sha256", "A" * 64), ("chars", -1), ("source_name", None),
    ("source_name", "x" * 1001),
])
def test_a_malformed_iep_record_is_refused(field: str, value: object) -> None:
    with pytest.raises(InvalidRecord):
        SavedIep.from_doc({**saved_doc_fields(), field: value})


@pytest.mark.parametrize("bad", [
    {"iep_id": "../x"}, {"name": ""}, {"name": "x" * 201}, {"minutes": "1/0", "per": "week"},
    {"minutes": "nan", "per": "week"}, {"minutes": "-5", "per": "week"},
    {"minutes": "30", "per": "fortnight"}, {"minutes": "30", "per": ""},
    {"minutes": "", "per": "week"}, {"start": "soon"}, {"order": 10**6},
])
def test_a_malformed_service_is_refused(bad: dict[str, Any]) -> None:
    good = {"iep_id": "iep-1", "order": 0, "name": "Speech", "minutes": "600/13", "per": "month",
            "start": "2026-09-01", "end": ""}
    assert IepService.from_doc(good).amount is not None
    with pytest.raises(InvalidRecord):
        IepService.from_doc({**good, **bad})


def test_sessions_round_trip_and_malformed_ones_are_refused() -> None:
    doc = {"id": "s1", "date": "2026-09-16", "service": "Speech", "minutes": 30,
           "status": "not-provided", "note": "no sub", "created": "2026-09-16T10:00:00"}
    record = LedgerSession.from_doc(doc)
    assert session_of(record) == Session(dt.date(2026, 9, 16), "Speech", 30, "not-provided",
                                         "no sub")
    for bad in ({"status": "maybe"}, {"minutes": -1}, {"minutes": True}, {"minutes": 1e9},
                {"minutes": 1441}, {"date": "yesterday"}, {"date": ""}, {"service": ""},
                {"note": 5}, {"note": "x" * 2001}, {"id": "../x"}):
        with pytest.raises(InvalidRecord):
            LedgerSession.from_doc({**doc, **bad})


def test_a_meeting_still_to_come_is_scheduled_not_held() -> None:
    """A final IEP dated next week filled "IEP meeting held" with a day still to come."""
    from iepwizard.core.iep.keydates_link import key_dates_of

    soon = dt.date.today() + dt.timedelta(days=9)
    past = dt.date.today() - dt.timedelta(days=9)
    for day, event in ((soon, "meeting-scheduled"), (past, "iep-meeting")):
        saved = SavedIep(id="a1", status="final", iep_date=day.isoformat())
        assert key_dates_of(saved, day) == [(event, day), ("services-start", day)]
