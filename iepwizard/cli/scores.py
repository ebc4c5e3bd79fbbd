"""`iepwizard decode FILE --save "EVALUATION NAME" --date DATE [--child NAME] [--keep-text]`:
decode a report and keep its scores in the child's record (a writer: it takes the data
folder's lock, so it exits 3 and writes nothing while the app is open)."""

from __future__ import annotations

import argparse
import datetime as dt

from ..core.content import Content
from ..core.dates import EXAMPLE, iso_date, long_form
from ..core.decode import decode
from ..core.locations import cache_dir, data_dir
from ..core.safe_text import visible
from ..core.score_history import SavedScore, not_yet
from .common import (
    EXIT_CONTENT,
    EXIT_OK,
    EXIT_USAGE,
    Exit,
    FindChild,
    close_store,
    fail,
    open_writer,
    say,
)
from .glossary import read_input, report_cut


def _checked(args: argparse.Namespace) -> tuple[str, str]:
    """The evaluation's name and ISO date, or exit 2 saying what is missing."""
    if args.save is None:
        raise Exit(fail(EXIT_USAGE, "--date, --keep-text and --by-school go with --save "
                                    "\"EVALUATION NAME\", which keeps the scores in your "
                                    "child's record."))
    name = " ".join(args.save.split())
    if not name:
        raise Exit(fail(EXIT_USAGE, "--save needs the evaluation's name, such as --save "
                                    "\"Triennial 2026\"."))
    if args.date is None:
        raise Exit(fail(EXIT_USAGE, "--save needs the evaluation's date too, such as --date "
                                    "2026-03-14."))
    day = iso_date(args.date)
    if day is None:
        raise Exit(fail(EXIT_USAGE, f"{visible(args.date, 60)!r} is not a date; write it like "
                                    f"{EXAMPLE}."))
    if later := not_yet(dt.date.fromisoformat(day), dt.date.today()):
        raise Exit(fail(EXIT_USAGE, later))
    return name, day


def decode_and_save(args: argparse.Namespace, content: Content, find_child: FindChild) -> int:
    name, day = _checked(args)
    read = read_input(args.file)
    if isinstance(read, int):
        return read
    text, cut = read
    store = open_writer(data_dir(args.data_dir))
    try:
        child = find_child(store, args.child)
        if child is None:
            return fail(EXIT_USAGE, "there is no child yet; open iepwizard once to add one, "
                                    "then name them with --child NAME.")
        report_cut(args.file, cut)
        decoded = decode(text, content, scales_cache=cache_dir())
        print(decoded.report())
        if not decoded.scores:
            where = "the input" if args.file == "-" else visible(args.file, 200)
            return fail(EXIT_CONTENT, f"no test scores were found in {where}, so nothing was "
                                      f"saved.")
        saved = store.save_evaluation(child.id, name, day,
                                      [SavedScore.of(s) for s in decoded.scores],
                                      report_text=decoded.text if args.keep_text else None,
                                      by_school=args.by_school)
    finally:
        code = close_store(store)  # not written: a rescued copy is said, exit 3
    if code:
        return code
    count = len(decoded.scores)
    kept = ", with the report's text" if saved.report else ""
    dated = "; its date is in the key dates as the last evaluation" if args.by_school else ""
    say(f"Saved {count} score{'s' * (count != 1)} for {child.name} as \"{saved.name}\" "
        f"({long_form(saved.date)}){kept}{dated}.", err=True)
    return EXIT_OK
