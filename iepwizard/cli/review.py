"""`iepwizard review FILE [--against OLD_FILE]`: a reader; it never writes into the data folder.

With `--child NAME` it reads the child's record beside the open app (the child's track, and
`--against` defaulting to the last saved final IEP); with `--save` (and `--date`, `--status`) it
keeps the IEP in the child's record: a writer, which takes the data folder's lock (exit 3 while
the app is open).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.dates import EXAMPLE, parse_date
from ..core.iep.compare import compare
from ..core.iep.model import IepDoc, Track
from ..core.iep.parts import find_parts
from ..core.iep.report import report_lines
from ..core.iep.review import Review, review_doc
from ..core.iep.source import IepText, UnreadableIep, read_iep
from ..core.safe_text import DOCUMENT_LIMIT, visible
from .common import EXIT_OK, EXIT_USAGE, FindChild, fail

if TYPE_CHECKING:
    pass

def safe(text: str) -> str:
    """No raw control character from a file (or its name) reaches the terminal: shown as
    symbols; bidirectional overrides too, which would reorder what is shown."""
    return visible(text, DOCUMENT_LIMIT)


@dataclass(frozen=True)
class Reviewed:
    source: IepText
    review: Review
    lines: list[str]


def review_files(path: str, against: str | None = None, track: Track | None = None,
                 child: str = "my child", source: IepText | None = None,
                 old_source: IepText | None = None) -> Reviewed:
    """Read, review and (with `against`) compare; raises UnreadableIep for either file."""
    source = source or read_iep(path)
    if against is not None:
        old_source = old_source or read_iep(against)
    return review_sources(source, old_source, track, child)


def review_sources(source: IepText, old_source: IepText | None, track: Track | None = None,
                   child: str = "my child", old_doc: IepDoc | None = None,
                   old_name: str = "") -> Reviewed:
    """The review of a text read already, compared with an older one (its text, or its parts
    when it is a saved IEP)."""
    review = review_doc(find_parts(source.text, track), child)
    lines = report_lines(review, _name(source))
    if old_source is not None:
        old_doc, old_name = find_parts(old_source.text, track), _name(old_source)
    if old_doc is not None:
        changes = compare(old_doc, review.doc)
        lines = report_lines(review, _name(source), changes, old_doc, old_name)
    if source.cut:
        lines.insert(1, f"Only the first 20 MB of {_name(source)} were read; the rest was cut.")
    return Reviewed(source, review, lines)


def _name(source: IepText) -> str:
    return source.source


def review_command(args: argparse.Namespace, folder: Path, find_child: FindChild) -> int:
    if args.file == "-" and args.against == "-":
        return fail(EXIT_USAGE, "only one of FILE and --against can be - (standard input).")
    if (args.date or args.status) and not args.save:
        return fail(EXIT_USAGE, "--date and --status go with --save (keep it in the child's "
                                "record).")
    day = parse_date(args.date) if args.date else None
    if args.date and day is None:
        return fail(EXIT_USAGE, f"--date {safe(args.date)!r} is not a date; write it like "
                                f"{EXAMPLE}.")
    try:
        source = read_iep(args.file)
        old_source = read_iep(args.against) if args.against else None
    except UnreadableIep as exc:
        return fail(EXIT_USAGE, safe(str(exc)))
    if not args.save and not args.child:
        return _print(review_files(args.file, args.against, source=source,
                                   old_source=old_source).lines)
    from .review_save import with_child

    return with_child(args, folder, find_child, source, old_source, day)


def _print(lines: list[str]) -> int:
    out = sys.stdout
    for line in lines:
        out.write(safe(line) + "\n")
    return EXIT_OK
