"""What the store keeps for a saved IEP and for a ledger session, as plain dicts it can validate.

The IEP's text lives in a file of its own (`text_file`, under the child's folder); the record
holds its dates, status and track, and a snapshot of the services (so the ledger does not move
if a later version of the finder reads the text differently).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass
from fractions import Fraction
from typing import Any, Literal, cast

from .ledger import STATUSES, Session, Status
from .model import Amount, IepDoc, Service
from .source import IepText

IepStatus = Literal["draft", "final"]
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_PERS = ("week", "month", "year")


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _date(value: object, field: str, empty: bool = True) -> dt.date | None:
    if value == "" and empty:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{field} is not a date")
    return dt.date.fromisoformat(value)


def _minutes(text: str) -> Fraction:
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError) as exc:
        raise ValueError("a service's minutes are not a number") from exc


@dataclass(frozen=True)
class SavedService:
    name: str
    minutes: str  # a fraction as text ("150", "600/13"), or "" when no amount is stated
    per: str  # week, month, year, or ""
    start: str  # ISO or ""
    end: str


@dataclass(frozen=True)
class IepRecord:
    id: str
    child_id: str
    text_file: str  # relative to the child's folder: "ieps/<id>.txt"
    source_name: str  # the file it came from, shown only
    source_kind: str  # text, pdf or paste
    status: IepStatus
    track: str
    iep_date: str  # ISO: the date the parent gives (--date), else the meeting date
    meeting_date: str
    start_date: str
    end_date: str
    sha256: str  # of the text file's UTF-8 bytes
    services: tuple[SavedService, ...]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["services"] = [asdict(s) for s in self.services]
        return data

    def doc(self) -> IepDoc:
        """An IepDoc holding what the ledger needs (services, dates, track)."""
        services = tuple(Service(
            name=s.name, start_date=_date(s.start, "start"), end_date=_date(s.end, "end"),
            amount=Amount(Fraction(s.minutes), cast(Any, s.per)) if s.minutes else None)
            for s in self.services)
        return IepDoc(text="", track=cast(Any, self.track), services=services,
                      meeting_date=_date(self.meeting_date, "meeting_date"),
                      start_date=_date(self.start_date, "start_date"),
                      end_date=_date(self.end_date, "end_date"))


def new_record(record_id: str, child_id: str, source: IepText, doc: IepDoc, status: IepStatus,
               iep_date: dt.date | None) -> IepRecord:
    services = tuple(SavedService(
        s.name, str(s.amount.minutes) if s.amount else "", s.amount.per if s.amount else "",
        _iso(s.start_date), _iso(s.end_date)) for s in doc.services)
    kind = "paste" if source.source == "the pasted text" else source.kind
    return IepRecord(record_id, child_id, f"ieps/{record_id}.txt", source.source, kind, status,
                     doc.track, _iso(iep_date or doc.meeting_date), _iso(doc.meeting_date),
                     _iso(doc.start_date), _iso(doc.end_date),
                     hashlib.sha256(source.text.encode("utf-8")).hexdigest(), services)


def record_from_dict(data: dict[str, Any]) -> IepRecord:
    """A record read back from the store; ValueError when any field is not what it should be."""
    if not isinstance(data, dict):
        raise ValueError("an IEP record is not an object")
    for key in ("id", "child_id"):
        if not isinstance(data.get(key), str) or not _ID.fullmatch(data[key]):
            raise ValueError(f"{key} is not a safe id")
    if data.get("text_file") != f"ieps/{data['id']}.txt":
        raise ValueError("text_file does not match the id")
    if data.get("status") not in ("draft", "final") or data.get("track") not in (
            "iep", "504", "unknown") or data.get("source_kind") not in ("text", "pdf", "paste"):
        raise ValueError("status, track or source_kind is not one of the known values")
    for key in ("iep_date", "meeting_date", "start_date", "end_date"):
        _date(data.get(key), key)
    if not isinstance(data.get("sha256"), str) or not re.fullmatch(r"[0-9a-f]{64}",
                                                                    data["sha256"]):
        raise ValueError("sha256 is not a hash")
    raw = data.get("services")
    if not isinstance(raw, list) or len(raw) > 100:
        raise ValueError("services is not a list of at most 100")
    services = []
    for item in raw:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in
                                                 ("name", "minutes", "per", "start", "end")):
            raise ValueError("a service is not a set of texts")
        if item["minutes"] and (item["per"] not in _PERS or _minutes(item["minutes"]) < 0):
            raise ValueError("a service's amount is not valid")
        _date(item["start"], "start")
        _date(item["end"], "end")
        services.append(SavedService(**{k: item[k] for k in ("name", "minutes", "per", "start",
                                                             "end")}))
    fields = {k: data[k] for k in ("id", "child_id", "text_file", "status", "track",
                                   "iep_date", "meeting_date", "start_date", "end_date",
                                   "sha256", "source_kind")}
    name = data.get("source_name")
    if not isinstance(name, str):
        raise ValueError("source_name is not a text")
    return IepRecord(source_name=name[:500], services=tuple(services), **fields)


def session_to_dict(session: Session) -> dict[str, Any]:
    return {"day": session.day.isoformat(), "service": session.service,
            "minutes": session.minutes, "status": session.status, "note": session.note}


def session_from_dict(data: dict[str, Any]) -> Session:
    if not isinstance(data, dict) or data.get("status") not in STATUSES:
        raise ValueError("a session's status is not delivered, not-provided or child-absent")
    minutes = data.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 1440:
        raise ValueError("a session's minutes are not a whole number from 0 to 1440")
    service, note = data.get("service"), data.get("note", "")
    if not isinstance(service, str) or not service or not isinstance(note, str):
        raise ValueError("a session's service or note is not a text")
    day = _date(data.get("day"), "day", empty=False)
    assert day is not None
    return Session(day, service[:200], minutes, cast(Status, data["status"]), note[:2000])
