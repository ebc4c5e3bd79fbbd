"""`iepwizard glossary` and `iepwizard decode`."""

from __future__ import annotations

import argparse
import sys

from ..core.content import Content, Term
from ..core.decode import decode
from ..core.glossary import suggest
from ..core.locations import cache_dir
from ..core.safe_text import one_line, visible
from ..core.text_input import MAX_INPUT, InputError, read_bounded, read_text_file
from .common import EXIT_OK, EXIT_USAGE, fail, say, terminal_width

#: The longest glossary query looked up (terms are a few words; a longer query is cut).
MAX_QUERY = 200


def describe(term: Term, content: Content) -> str:
    lines = [term.term]
    if term.full_name and term.full_name != term.term:
        lines[0] += f" ({term.full_name})"
    lines.append(term.definition)
    others = [n for n in (*term.acronyms, *term.synonyms) if n != term.term]
    if others:
        lines.append("Also written: " + ", ".join(others))
    if term.context_acronyms:
        lines.append("Also written, where the text is about it: "
                     + ", ".join(term.context_acronyms))
    if term.source:
        lines.append(f"Source: {term.source}")
    if term.related:
        lines.append("Related: " + ", ".join(content.terms[r].term for r in term.related
                                             if r in content.terms))
    return "\n".join(lines)


def glossary_command(args: argparse.Namespace, content: Content) -> int:
    query = " ".join(args.term).strip()
    if len(query) > MAX_QUERY:
        say(f"iepwizard: only the first {MAX_QUERY} characters of the query were looked up.",
            err=True)
        query = query[:MAX_QUERY].strip()
    if not query:
        for term in sorted(content.terms.values(), key=lambda t: t.term.casefold()):
            say(f"{term.id}\t{one_line(term.term)}\t{one_line(term.definition)}")
        return EXIT_OK
    found = suggest(query, content.terms.values())
    folded = query.casefold()
    exact = [t for t in found if folded == t.id or folded in {
        n.casefold() for n in t.lookup_names}]
    if exact:
        say(describe(exact[0], content))
        return EXIT_OK
    if found and len(found) == 1:
        say(describe(found[0], content))
        return EXIT_OK
    shown = visible(query, 60)
    return fail(EXIT_USAGE, f"{shown!r} is not in the glossary; "
                            + ("did you mean one of these?" if found else
                               "run 'iepwizard glossary' to list every term."),
                [f"{t.id}\t{t.term}" for t in found])


def read_input(name: str, limit: int = MAX_INPUT) -> tuple[str, bool] | int:
    """The text of FILE (a regular file) or of standard input for "-", at most `limit` bytes,
    and whether it was cut; an exit code if it cannot be read."""
    if name == "-":
        return read_bounded(sys.stdin.buffer, limit)
    try:
        return read_text_file(name, limit)
    except InputError as exc:
        return fail(EXIT_USAGE, f"{exc}; give a text file, or - to read from the keyboard or "
                                f"a pipe.")


def decode_command(args: argparse.Namespace, content: Content) -> int:
    read = read_input(args.file)
    if isinstance(read, int):
        return read
    text, cut = read
    report_cut(args.file, cut)
    # (79 columns, or a narrower terminal's: wrapped at 79 in 60 columns, each chart row
    # broke in two; the chart needs 60)
    say(decode(text, content, scales_cache=cache_dir()).report(terminal_width(79, 60) or 79))
    return EXIT_OK


def report_cut(name: str, cut: bool) -> None:
    """Say on stderr that the input was longer than the bound and was cut."""
    if cut:
        where = "the input" if name == "-" else visible(name, 200)
        print(f"iepwizard: {where} is longer than {MAX_INPUT // 1_000_000} MB; only the first "
              f"{MAX_INPUT // 1_000_000} MB were decoded.", file=sys.stderr)
