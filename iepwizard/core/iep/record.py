"""Between the review's plain data and the store's typed records: what a saved IEP keeps (its
dates, status and track, and a snapshot of its services that feeds the ledger) and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ..records import IepService, LedgerSession, SavedIep
from ..records.ieps import MAX_SERVICE_NAME
from .ledger import Session, Status
from .model import Amount, IepDoc, Service

if TYPE_CHECKING:
    from .source import IepText

IepStatus = Literal["draft", "final"]


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def save_fields(source: IepText, doc: IepDoc, status: IepStatus,
                iep_date: dt.date | None) -> dict[str, Any]:
    """The fields of a `SavedIep` for this review (the store adds id, hash and time)."""
    kind = "paste" if source.source == "the pasted text" else source.kind
    return {"status": status, "track": doc.track, "iep_date": _iso(iep_date or doc.meeting_date),
            "meeting_date": _iso(doc.meeting_date), "start_date": _iso(doc.start_date),
            "end_date": _iso(doc.end_date), "source_name": source.source[:1000],
            "source_kind": kind}


def service_rows(doc: IepDoc) -> list[IepService]:
    """The services as the record keeps them (the store sets `iep_id` and `order`)."""
    return [IepService(iep_id="", name=s.name[:MAX_SERVICE_NAME],
                       minutes=str(s.amount.minutes) if s.amount else "",
                       per=s.amount.per if s.amount else "", start=_iso(s.start_date),
                       end=_iso(s.end_date)) for s in doc.services if s.name.strip()]


def saved_doc(saved: SavedIep, services: Sequence[IepService]) -> IepDoc:
    """An IepDoc holding what the ledger needs (services, dates, track) without the text."""
    rows = []
    for s in services:
        amount = s.amount
        rows.append(Service(name=s.name, start_date=_date(s.start), end_date=_date(s.end),
                            amount=Amount(amount[0], cast(Any, amount[1])) if amount else None))
    return IepDoc(text="", track=cast(Any, saved.track), services=tuple(rows),
                  meeting_date=_date(saved.iep_date or saved.meeting_date),
                  start_date=_date(saved.start_date), end_date=_date(saved.end_date))


def effective(saved: SavedIep, services: Sequence[IepService]) -> dt.date | None:
    """The first day a saved IEP is in force: its start date, else its services' first start,
    else its date."""
    starts = sorted(s.start for s in services if s.start)
    return _date(saved.start_date or (starts[0] if starts else "") or saved.iep_date
                 or saved.meeting_date)


def session_of(record: LedgerSession) -> Session:
    return Session(dt.date.fromisoformat(record.date), record.service, record.minutes,
                   cast(Status, record.status), record.note)
