"""`iepwizard letter list` and `iepwizard letter ID`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..core.clipboard import copy_verified
from ..core.content import Content
from ..core.letters import LetterError, computed_values, profile_values, render
from ..core.records import Child, Parent
from ..core.safe_text import one_line, printable
from ..core.store import Store
from .common import EXIT_OK, EXIT_USAGE, fail, say, write_out_arg

ChildFinder = Callable[[Store | None, str | None], Child | None]


def letter_command(args: argparse.Namespace, content: Content,
                   open_store: Callable[[], Store | None],
                   find_child: ChildFinder) -> int:
    if args.id == "list":
        for listed in content.letters.values():
            fields = ",".join(f.name for f in listed.fields)
            print(f"{listed.id}\t{one_line(listed.title)}\t{fields}")
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
    parent = store.parent() if store is not None else Parent()
    values = {**profile_values(template, parent, child), **given}
    contacts = store.contacts(child.id) if store is not None and child else []
    try:
        letter = render(template, values, computed_values(template, child, contacts,
                                                          clocks=_clocks(store, child, content)))
    except LetterError as exc:
        return fail(EXIT_USAGE, str(exc), exc.lines())
    say(f"Subject: {one_line(letter.subject)}", err=True)
    if args.out is not None:
        out = write_out_arg(args.out, f"Subject: {letter.subject}\n\n{letter.body}".encode())
        say(f"Written to {out} (the subject line first, then the letter)", err=True)
    elif args.copy:
        sys.stdout.flush()
        sys.stderr.flush()
        if copy_verified(letter.body, detach_output=True):
            say("Copied to the clipboard.", err=True)
        else:
            say("No clipboard could be reached, so here is the letter to copy by hand:",
                err=True)
            sys.stdout.write(printable(letter.body))
    else:
        sys.stdout.write(printable(letter.body))
    return EXIT_OK


def _clocks(store: Store | None, child: Child | None, content: Content) -> dict[str, str]:
    """The child's running deadlines, for the letters that cite them (none if the rules
    file has problems: check-content names them)."""
    import datetime as dt

    from ..core.deadline_rules import load_rules
    from ..core.problems import ContentError

    if store is None or child is None:
        return {}
    try:
        return store.clocks(child.id, load_rules(content.root), dt.date.today())
    except ContentError:
        return {}
