"""`iepwizard export`: everything for one child (or all), as Markdown."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..core.export import child_markdown, everything_markdown
from ..core.export_formats import to_html, to_text
from ..core.records import Child
from ..core.safe_text import printable
from ..core.store import Store
from .common import EXIT_OK, say, write_out_arg


def export_command(args: argparse.Namespace, store: Store | None,
                   find_child: Callable[[Store | None, str | None], Child | None]) -> int:
    child = find_child(store, args.child) if args.child else None
    if store is None:
        text = everything_markdown(None, [])
    elif child is not None:
        text = child_markdown(store, child)
    else:
        text = everything_markdown(store, store.children())
    if args.format == "text":
        text = "".join(to_text([text]))
    elif args.format == "html":
        text = "".join(to_html([text], "iepwizard notes"))
    if args.out is not None:
        out = write_out_arg(args.out, text.encode("utf-8"))
        say(f"Exported to {out}", err=True)
    else:
        sys.stdout.write(printable(text))
    return EXIT_OK
