"""`iepwizard export`: everything for one child (or all), as Markdown, plain text or a page.

Streamed: the export is made, converted and written a piece at a time (a meeting's notes are
read as they are written out), so years of notes never sit in memory at once."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from ..core.export import child_parts, everything_parts
from ..core.export_formats import to_html, to_text
from ..core.safe_text import printable
from ..core.store import Store
from .common import EXIT_OK, FindChild, say, write_out_arg


def export_command(args: argparse.Namespace, store: Store | None,
                   find_child: FindChild) -> int:
    child = find_child(store, args.child) if args.child else None
    parts: Iterator[str]
    if store is None:
        parts = everything_parts(None, [])
    elif child is not None:
        parts = child_parts(store, child)
    else:
        parts = everything_parts(store, store.children())
    if args.format == "text":
        parts = to_text(parts)
    elif args.format == "html":
        parts = to_html(parts, "iepwizard notes")
    if args.out is not None:
        out = write_out_arg(args.out, (part.encode("utf-8") for part in parts))
        say(f"Exported to {out}", err=True)
    else:
        for part in parts:
            sys.stdout.write(printable(part))
    return EXIT_OK
