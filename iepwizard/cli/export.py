"""`iepwizard export`: everything for one child (or all), as Markdown, plain text or a page.

Streamed: the export is made, converted and written a piece at a time (a meeting's notes are
read as they are written out), so years of notes never sit in memory at once."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..core.export import child_parts, everything_parts
from ..core.export_formats import to_html, to_text
from ..core.safe_text import printable
from ..core.store import Store
from .common import EXIT_OK, FindChild, say, write_out_arg

if TYPE_CHECKING:
    from ..core.deadline_rules import Rules
    from ..core.records import Child
    from ..core.scales import Scales


def export_command(args: argparse.Namespace, store: Store | None,
                   find_child: FindChild) -> int:
    child = find_child(store, args.child) if args.child else None
    parts: Iterator[str]
    if store is None:
        parts = everything_parts(None, [])
    elif child is not None:
        parts = child_parts(store, child, _rules(args), _scales(args, store, [child]))
    else:
        children = store.children()
        parts = everything_parts(store, children, _rules(args),
                                 _scales(args, store, children))
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


def _scales(args: argparse.Namespace, store: Store, children: Sequence[Child]) -> Scales | None:
    """The scales file's tests, so saved scores are said in their tests' words (none known
    if the file is missing or has problems: `iepwizard check-content` names them); not read
    where no score is saved."""
    if not any(store.evaluations(child.id) for child in children):
        return None
    from ..core.locations import content_dir
    from ..core.scales import scales_for

    return scales_for(content_dir(args.content))


def _rules(args: argparse.Namespace) -> Rules | None:
    """The key-date rules that name the settings in plain words; None if they have problems
    (the export still goes out, its settings less plainly named)."""
    from ..core.deadline_rules import load_rules
    from ..core.locations import content_dir
    from ..core.problems import ContentError

    try:
        return load_rules(content_dir(args.content))
    except ContentError:
        return None
