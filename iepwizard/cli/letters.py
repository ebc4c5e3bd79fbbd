"""`iepwizard letter list` and `iepwizard letter ID`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.clipboard import copy_verified, save_private, write_private
from ..core.content import Content
from ..core.letters import LetterError, computed_values, profile_values, render
from ..core.records import Child
from ..core.store import Store
from .common import EXIT_OK, EXIT_USAGE, fail

ChildFinder = Callable[[Store, str | None], Child | None]


def letter_command(args: argparse.Namespace, content: Content, open_store: Callable[[], Store],
                   find_child: ChildFinder) -> int:
    if args.id == "list":
        for listed in content.letters.values():
            fields = ",".join(f.name for f in listed.fields)
            print(f"{listed.id}\t{listed.title}\t{fields}")
        return EXIT_OK
    template = content.letters.get(args.id)
    if template is None:
        return fail(EXIT_USAGE, f"there is no letter called {args.id!r}; the letters are:",
                    list(content.letters))
    given: dict[str, str] = {}
    for pair in args.set:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            return fail(EXIT_USAGE, f"--set takes FIELD=VALUE, not {pair!r}.")
        given[name.strip()] = value
    store = open_store()
    child = find_child(store, args.child)
    values = {**profile_values(template, store.parent(), child), **given}
    contacts = store.contacts(child.id) if child else []
    try:
        letter = render(template, values, computed_values(template, child, contacts))
    except LetterError as exc:
        return fail(EXIT_USAGE, str(exc), exc.lines())
    print(f"Subject: {letter.subject}", file=sys.stderr)
    if args.out:
        out = Path(args.out).expanduser()
        try:
            write_private(out, letter.body)
        except OSError as exc:
            return fail(EXIT_USAGE, f"cannot write {out} ({exc.strerror}); choose another "
                                    f"--out path.")
        print(f"Written to {out}", file=sys.stderr)
    elif args.copy:
        sys.stdout.flush()
        sys.stderr.flush()
        if copy_verified(letter.body, detach_output=True):
            print("Copied to the clipboard.", file=sys.stderr)
        else:
            path = save_private(letter.body, store.data_dir / "letters", template.id)
            print(f"No clipboard could be reached; saved as {path}", file=sys.stderr)
    else:
        sys.stdout.write(letter.body)
    return EXIT_OK
