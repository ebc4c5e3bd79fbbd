"""`iepwizard review FILE [--against OLD_FILE]`: a reader; it never writes into the data folder.

Saving a review to a child's record (--child, --save, --date, --status) needs the store and is
wired by the lead on top of `review_files`, which does all the work and returns the lines.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass

from ..core.iep.compare import compare
from ..core.iep.model import Track
from ..core.iep.parts import find_parts
from ..core.iep.report import report_lines
from ..core.iep.review import Review, review_doc
from ..core.iep.source import IepText, UnreadableIep, read_iep
from ..core.notes import visible
from .common import EXIT_OK, EXIT_USAGE, fail

SAFE_LIMIT = 100_000


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """No raw control character from a file (or its name) reaches the terminal: shown as
    symbols; bidirectional overrides too, which would reorder what is shown."""
    return _BIDI.sub("\ufffd", visible(text, limit=SAFE_LIMIT))


@dataclass(frozen=True)
class Reviewed:
    source: IepText
    review: Review
    lines: list[str]


def review_files(path: str, against: str | None = None, track: Track | None = None,
                 child: str = "my child") -> Reviewed:
    """Read, review and (with `against`) compare; raises UnreadableIep for either file."""
    source = read_iep(path)
    review = review_doc(find_parts(source.text, track), child)
    lines = report_lines(review, _name(source))
    if against is not None:
        old_source = read_iep(against)
        old = find_parts(old_source.text, track)
        changes = compare(old, review.doc)
        lines = report_lines(review, _name(source), changes, old, _name(old_source))
    if source.cut:
        lines.insert(1, f"Only the first 20 MB of {_name(source)} were read; the rest was cut.")
    return Reviewed(source, review, lines)


def _name(source: IepText) -> str:
    return source.source


def review_command(args: argparse.Namespace) -> int:
    if args.file == "-" and args.against == "-":
        return fail(EXIT_USAGE, "only one of FILE and --against can be - (standard input).")
    try:
        done = review_files(args.file, args.against)
    except UnreadableIep as exc:
        return fail(EXIT_USAGE, safe(str(exc)))
    out = sys.stdout
    for line in done.lines:
        out.write(safe(line) + "\n")
    return EXIT_OK
