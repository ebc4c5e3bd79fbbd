"""`iepwizard glossary` and `iepwizard decode`."""

from __future__ import annotations

import argparse

from ..core.content import Content, Term
from ..core.decode import decode
from ..core.glossary import suggest
from ..core.safe_text import one_line
from .common import EXIT_OK, EXIT_USAGE, fail, say

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
    exact = [t for t in found if query.casefold() in {n.casefold() for n in t.names}
             or query.casefold() == t.id]
    if exact:
        say(describe(exact[0], content))
        return EXIT_OK
    if found and len(found) == 1:
        say(describe(found[0], content))
        return EXIT_OK
    return fail(EXIT_USAGE, f"{query[:60]!r} is not in the glossary; "
                            + ("did you mean one of these?" if found else
                               "run 'iepwizard glossary' to list every term."),
                [f"{t.id}\t{t.term}" for t in found])


def decode_command(text: str, content: Content) -> int:
    say(decode(text, content).report())
    return EXIT_OK
