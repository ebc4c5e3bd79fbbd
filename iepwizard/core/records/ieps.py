"""Saved IEPs (their text in a file of its own), the services each promised, and the services
ledger's sessions: what was delivered or missed, on which day."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Self

from .. import lazy_re
from . import base as f
from .base import InvalidRecord, Record
from .family import TRACKS

IEP_STATUSES = ("draft", "final")
SOURCE_KINDS = ("text", "pdf", "paste")
PERS = ("", "week", "month", "year")
#: A session's status: delivered, missed by the school (owed), or missed by the child.
SESSION_STATUSES = ("delivered", "not-provided", "child-absent")
SESSION_WORDS = {"delivered": "delivered", "not-provided": "not provided",
                 "child-absent": "child absent"}
MAX_SERVICE_NAME = 200
MAX_NOTE = 2000
MAX_MINUTES = 1440
_SHA256 = lazy_re.compile(r"[0-9a-f]{64}")


def _fraction(text: str) -> Fraction | None:
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError):
        return None
    return value if 0 <= value <= 10**6 else None


@dataclass(frozen=True, repr=False, eq=False)
class SavedIep(Record):
    """One IEP or 504 plan kept in the child's record; its text is `documents/<child>/iep-<id>.txt`
    (`sha256` of its UTF-8 bytes), its services the `IepService` rows with its id."""

    TABLE = "ieps"
    id: str = f.ident()
    status: str = f.choice(IEP_STATUSES, default="draft", label="Draft or final")
    track: str = f.choice(TRACKS, default="unknown")
    #: The date the parent gives it (else the meeting date the text states).
    iep_date: str = f.date("Date of the IEP")
    meeting_date: str = f.date()
    start_date: str = f.date()
    end_date: str = f.date()
    source_name: str = f.text()
    source_kind: str = f.choice(SOURCE_KINDS, default="paste")
    sha256: str = f.text()
    chars: int = f.number(0, 10**9)
    saved: str = f.stamp()

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], doc_id: int = 0) -> Self:
        record = super().from_doc(doc, doc_id)
        if not _SHA256.fullmatch(record.sha256):
            raise InvalidRecord("SavedIep.sha256 is not a SHA-256 hash")
        if len(record.source_name) > 1000:
            raise InvalidRecord("SavedIep.source_name is longer than 1,000 characters")
        return record

    @property
    def kind(self) -> str:
        return "504 plan" if self.track == "504" else "IEP"

    @property
    def effective(self) -> str:
        """The first day it is in force, as far as the record knows (ISO, or empty)."""
        return self.start_date or self.iep_date or self.meeting_date


@dataclass(frozen=True, repr=False, eq=False)
class IepService(Record):
    """One service as a saved IEP states it: a snapshot, so the ledger does not move if a later
    version of the finder reads the text differently."""

    TABLE = "iep_services"
    iep_id: str = f.ident()
    order: int = f.number(0, 1000)
    name: str = f.text()
    #: A fraction as text ("150", "600/13"), or "" when no amount is stated ("as needed").
    minutes: str = f.text()
    per: str = f.choice(PERS)
    start: str = f.date()
    end: str = f.date()

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], doc_id: int = 0) -> Self:
        record = super().from_doc(doc, doc_id)
        if not record.name or len(record.name) > MAX_SERVICE_NAME:
            raise InvalidRecord(f"IepService.name must be 1 to {MAX_SERVICE_NAME} characters")
        if bool(record.minutes) != bool(record.per) or (
                record.minutes and _fraction(record.minutes) is None):
            raise InvalidRecord("IepService.minutes is not an amount with its period")
        return record

    @property
    def amount(self) -> tuple[Fraction, str] | None:
        value = _fraction(self.minutes) if self.minutes else None
        return (value, self.per) if value is not None else None


@dataclass(frozen=True, repr=False, eq=False)
class LedgerSession(Record):
    """A session of a service on one day: delivered, or missed (its scheduled minutes) and why."""

    TABLE = "ledger_sessions"
    id: str = f.ident()
    date: str = f.date("Date")
    service: str = f.text("Service")
    minutes: int = f.number(0, MAX_MINUTES, label="Minutes")
    status: str = f.choice(SESSION_STATUSES, default="delivered", label="Delivered or missed")
    note: str = f.text("Reason or note")
    created: str = f.stamp()

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], doc_id: int = 0) -> Self:
        record = super().from_doc(doc, doc_id)
        if not record.date:
            raise InvalidRecord("LedgerSession has no date")
        if not record.service or len(record.service) > MAX_SERVICE_NAME:
            raise InvalidRecord(f"LedgerSession.service must be 1 to {MAX_SERVICE_NAME} "
                                f"characters")
        if len(record.note) > MAX_NOTE:
            raise InvalidRecord(f"LedgerSession.note is longer than {MAX_NOTE} characters")
        return record
