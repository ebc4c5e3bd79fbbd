"""A child's saved IEPs: keeping a review, finding last year's final one, reading one back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from ..dates import long_date
from ..records import SavedIep
from .keydates_link import fill_key_dates
from .model import IepDoc, Track
from .parts import find_parts
from .record import IepStatus, effective, save_fields, service_rows
from .source import IepText

if TYPE_CHECKING:
    from ..store import Store


def label(saved: SavedIep) -> str:
    """"the final IEP dated September 14, 2026"."""
    day = saved.iep_date or saved.meeting_date
    when = f" dated {long_date(dt.date.fromisoformat(day))}" if day else ""
    return f"the {saved.status} {saved.kind}{when}"


def last_final(store: Store, child_id: str, not_sha: str = "") -> SavedIep | None:
    """The latest saved final IEP (by its date), other than one with this text."""
    finals = [i for i in store.ieps(child_id) if i.status == "final" and i.sha256 != not_sha]
    return finals[-1] if finals else None


def reread(store: Store, child_id: str, saved: SavedIep) -> IepDoc:
    """A saved IEP's parts, found again from its text (IepTextMissing if it cannot be read)."""
    text = store.iep_text(child_id, saved.id)
    track = cast(Track, saved.track) if saved.track != "unknown" else None
    return find_parts(text, track)


@dataclass(frozen=True)
class Kept:
    saved: SavedIep
    updated: bool  # the same text was already saved: its date and status were changed
    key_dates: list[tuple[str, dt.date]]  # the key dates it filled


def keep(store: Store, child_id: str, source: IepText, doc: IepDoc, status: IepStatus,
         iep_date: dt.date | None) -> Kept:
    """Save a reviewed IEP in the child's record (the same text again: update its date and
    status); a final one fills its key dates."""
    from ..store.ieps import text_hash

    fields = save_fields(source, doc, status, iep_date)
    sha = text_hash(source.text)
    same = next((i for i in store.ieps(child_id) if i.sha256 == sha), None)
    if same is not None:
        store.update_iep(child_id, same.id, status=status, iep_date=fields["iep_date"])
        saved = same.but(status=status, iep_date=fields["iep_date"])
        updated = True
    else:
        saved, _ = store.save_iep(child_id, source.text, service_rows(doc), **fields)
        updated = False
    services = store.iep_services(child_id, saved.id)
    return Kept(saved, updated, fill_key_dates(store, child_id, saved,
                                               effective(saved, services)))
