"""`iepwizard review FILE --child NAME [--save --date DATE --status draft|final]`: the review
with the child's record: their track, last year's final IEP as `--against` by default, and
(with `--save`, a writer) the IEP kept in the record."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..core.dates import long_date
from ..core.events import EVENTS
from ..core.iep.keydates_link import child_track
from ..core.iep.model import IepDoc
from ..core.iep.record import IepStatus
from ..core.iep.saved import keep, label, last_final, reread
from ..core.iep.source import IepText
from .common import EXIT_USAGE, Exit, FindChild, close_store, fail, open_reader, open_writer, say
from .review import _print, review_sources, safe

if TYPE_CHECKING:
    from ..core.records import Child
    from ..core.store import Store


def _open(args: argparse.Namespace, folder: Path, find_child: FindChild
          ) -> tuple[Store, Child]:
    if not folder.exists():
        raise Exit(fail(EXIT_USAGE, "there is no data yet, so no child's record; open "
                                    "iepwizard once to add your child."))
    store = open_writer(folder) if args.save else open_reader(folder)
    assert store is not None
    child = find_child(store, args.child)
    if child is None:
        store.close()
        raise Exit(fail(EXIT_USAGE, "there is no child in the record yet; open iepwizard "
                                    "once to add your child."))
    return store, child


def _against(store: Store, child: Child, source: IepText) -> tuple[IepDoc | None, str]:
    """Last year's final IEP from the record (the text is not the same), or (None, "")."""
    from ..core.store import StoreError
    from ..core.store.ieps import text_hash

    saved = last_final(store, child.id, not_sha=text_hash(source.text))
    if saved is None:
        return None, ""
    try:
        return reread(store, child.id, saved), f"the {saved.kind} saved in {child.name}'s record"
    except StoreError as exc:
        say(f"iepwizard: not compared with {label(saved)}: {safe(str(exc))}", err=True)
        return None, ""


def with_child(args: argparse.Namespace, folder: Path, find_child: FindChild,
               source: IepText, old_source: IepText | None, day: dt.date | None) -> int:
    store, child = _open(args, folder, find_child)
    try:
        track = child_track(store, child.id)
        old_doc, old_name = (None, "") if old_source else _against(store, child, source)
        done = review_sources(source, old_source, track, child.name, old_doc, old_name)
        _print(done.lines)
        if not args.save:
            return 0
        doc = done.review.doc
        status = cast(IepStatus, args.status or ("draft" if doc.draft else "final"))
        when = day or doc.meeting_date
        if when is None:
            return fail(EXIT_USAGE, "the IEP's date is not in its text; give it with --date "
                                    "(nothing was saved).")
        kept = keep(store, child.id, source, doc, status, when)
        again = " (it was saved before: its date and status were updated)" if kept.updated \
            else ""
        say(f"Saved in {child.name}'s record as {label(kept.saved)}{again}.", err=True)
        if kept.key_dates:
            say("Key dates filled: " + "; ".join(f"{EVENTS[e]} {long_date(d)}"
                                                 for e, d in kept.key_dates) + ".", err=True)
        return 0
    finally:
        if not args.save:
            store.close()
        elif code := close_store(store):  # could not be written: said, and exit 3
            raise Exit(code)
