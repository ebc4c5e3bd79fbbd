"""`iepwizard letter list` and `iepwizard letter ID`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..core import letter_fill as fill
from ..core import letter_store
from ..core.clipboard import copy_verified
from ..core.content import Content, LetterTemplate
from ..core.letters import Clocks, LetterError, render
from ..core.records import Child, Parent
from ..core.safe_text import one_line, printable
from ..core.store import Store
from .common import (
    EXIT_CONTENT,
    EXIT_OK,
    EXIT_USAGE,
    FindChild,
    close_store,
    fail,
    say,
    write_out_arg,
)


def letter_command(args: argparse.Namespace, content: Content,
                   open_store: Callable[[bool], Store | None],
                   find_child: FindChild) -> int:
    if args.id == "list":
        for listed in content.letters.values():
            fields = ",".join(f.name for f in listed.fields)
            print(f"{listed.id}\t{one_line(listed.title)}\t{fields}")
        return EXIT_OK
    template = content.letters.get(args.id)
    if template is None:
        return fail(EXIT_USAGE, f"there is no letter called {args.id!r}; the letters are:",
                    list(content.letters))
    from ..core.loader import check_templates

    problems = check_templates([template])  # (this letter's only: the guide comes cached)
    if problems:
        return fail(EXIT_CONTENT, f"the guide in {content.root} has problems; fix them and try "
                                  f"again (iepwizard check-content lists them):",
                    [str(p) for p in problems])
    given: dict[str, str] = {}
    for pair in args.set:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            return fail(EXIT_USAGE, f"--set takes FIELD=VALUE, not {pair!r}.")
        given[name.strip()] = value
    store = open_store(args.save)
    try:
        code = _letter(args, content, template, given, store, find_child(store, args.child))
    finally:  # --save: closed whatever happened; not written, a rescued copy is said (exit 3)
        closed = close_store(store) if args.save and store is not None else EXIT_OK
    if closed:
        return closed
    if code == EXIT_OK and args.save:
        say("Saved to your profile and this letter's draft.", err=True)
    return code


def _letter(args: argparse.Namespace, content: Content, template: LetterTemplate,
            given: dict[str, str], store: Store | None, child: Child | None) -> int:
    sources = fill.Sources(Parent(), child)
    if store is not None and child is not None:
        sources = letter_store.sources(store, child.id, template.id)
    elif store is not None:
        sources = fill.Sources(store.parent(), None)
    values = {**fill.values(template, sources), **given}
    try:
        letter = render(template, values, fill.computed(
            template, sources, extra={"clocks": Clocks(_clocks(store, child, content))}))
    except LetterError as exc:
        return fail(EXIT_USAGE, str(exc), exc.lines())
    if args.save:
        if store is None or child is None:
            return fail(EXIT_USAGE, "--save keeps the values in a child's record; add a child "
                                    "in the app first, or name one with --child.")
        letter_store.keep_typed(store, child.id, template, given)
    say(f"Subject: {one_line(letter.subject)}", err=True)
    if args.out is not None:
        # surrogateescape: bytes given on the command line that are not UTF-8 are written back
        # exactly as they were given.
        out = write_out_arg(args.out, f"Subject: {letter.subject}\n\n{letter.body}".encode(
            "utf-8", "surrogateescape"))
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
