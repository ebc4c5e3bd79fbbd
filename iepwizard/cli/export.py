"""`iepwizard export`: everything for one child (or all), as Markdown."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.clipboard import write_private
from ..core.export import child_markdown, everything_markdown
from ..core.records import Child
from ..core.store import Store
from .common import EXIT_OK, EXIT_USAGE, fail


def export_command(args: argparse.Namespace, store: Store,
                   find_child: Callable[[Store, str | None], Child | None]) -> int:
    if args.child:
        child = find_child(store, args.child)
        text = child_markdown(store, child) if child else everything_markdown(store, [])
    else:
        text = everything_markdown(store, store.children())
    if args.out:
        out = Path(args.out).expanduser()
        try:
            write_private(out, text)
        except OSError as exc:
            return fail(EXIT_USAGE, f"cannot write {out} ({exc.strerror}); choose another "
                                    f"--out path.")
        print(f"Exported to {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK
