"""`iepwizard services [--child NAME] [--as-of DATE] [--by week|month]`: the services ledger,
required against delivered per service, as plain text (tab-separated tables). A reader."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import cast

from ..core.dates import EXAMPLE, parse_date
from ..core.iep.ledger_report import Span
from ..core.iep.ledger_text import services_lines
from ..core.iep.ledger_view import ledger_view
from .common import EXIT_OK, EXIT_USAGE, FindChild, fail, open_reader
from .review import _print, safe


def services_command(args: argparse.Namespace, folder: Path, find_child: FindChild) -> int:
    as_of = parse_date(args.as_of) if args.as_of else dt.date.today()
    if as_of is None:
        return fail(EXIT_USAGE, f"--as-of {safe(args.as_of)!r} is not a date; write it like "
                                f"{EXAMPLE}.")
    store = open_reader(folder)
    if store is None:
        return fail(EXIT_USAGE, "there is no data yet; save a final IEP first with 'iepwizard "
                                "review FILE --child NAME --save --status final'.")
    child = find_child(store, args.child)
    if child is None:
        return fail(EXIT_USAGE, "there is no child in the record yet; open iepwizard once to "
                                "add your child.")
    view = ledger_view(store, child.id)
    if not view.ieps:
        return fail(EXIT_USAGE, f"{safe(child.name)} has no saved final IEP yet; save one with "
                                f"'iepwizard review FILE --child NAME --save --status final'.")
    _print([f"Services ledger for {child.name}, as of {as_of.isoformat()}.",
            *services_lines(view, as_of, cast(Span | None, args.by), args.count_absences)])
    return EXIT_OK
