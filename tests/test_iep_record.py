"""The records the store will keep for a saved IEP and for ledger sessions: round trips, and
every malformed field refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from iepwizard.core.iep.ledger import Session
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.plan import InForce, plan_from
from iepwizard.core.iep.record import (
    new_record,
    record_from_dict,
    session_from_dict,
    session_to_dict,
)
from iepwizard.core.iep.source import read_iep

from .iep_scoring import CORPUS


def saved() -> dict[str, Any]:
    source = read_iep(str(CORPUS / "riley-2026.txt"))
    doc = find_parts(source.text)
    return new_record("iep-1", "child-1", source, doc, "final", None).to_dict()


def test_a_record_round_trips_and_feeds_the_ledger() -> None:
    data = saved()
    record = record_from_dict(data)
    assert record.to_dict() == data
    assert (record.iep_date, record.start_date, record.status, record.text_file) == (
        "2026-08-18", "2026-08-24", "final", "ieps/iep-1.txt")
    doc = find_parts((CORPUS / "riley-2026.txt").read_text())
    from_text = plan_from([InForce(doc, dt.date(2026, 8, 24))])
    from_record = plan_from([InForce(record.doc(), dt.date(2026, 8, 24))])
    assert from_record == from_text and len(from_text.periods) == 5


@pytest.mark.parametrize(("field", "value"), [
    ("id", "../../victim"), ("id", ""), ("child_id", 5), ("text_file", "../x.txt"),
    ("status", "signed"), ("track", "gifted"), ("source_kind", "url"), ("iep_date", "2026-02-30"),
    ("sha256", "x"), ("services", "many"), ("services", [{"name": "A"}]),
    ("services", [{"name": "A", "minutes": "1/0", "per": "week", "start": "", "end": ""}]),
    ("services", [{"name": "A", "minutes": "nan", "per": "week", "start": "", "end": ""}]),
    ("services", [{"name": "A", "minutes": "30", "per": "fortnight", "start": "", "end": ""}]),
    ("services", [{"name": "A", "minutes": "", "per": "", "start": "soon", "end": ""}]),
    ("source_name", None),
])
def test_a_malformed_record_is_refused(field: str, value: object) -> None:
    data = saved()
    data[field] = value
    with pytest.raises(ValueError):
        record_from_dict(data)


def test_sessions_round_trip_and_malformed_ones_are_refused() -> None:
    session = Session(dt.date(2026, 9, 16), "Speech", 30, "not-provided", "no sub")
    assert session_from_dict(session_to_dict(session)) == session
    for bad in ({"status": "maybe"}, {"minutes": -1}, {"minutes": True}, {"minutes": 1e9},
                {"day": "yesterday"}, {"service": ""}, {"note": 5}):
        data = {**session_to_dict(session), **bad}
        with pytest.raises(ValueError):
            session_from_dict(data)
