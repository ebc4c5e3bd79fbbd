"""Glossary terms whose names start with, contain, or closely resemble a query."""

from __future__ import annotations

from collections.abc import Iterable

from .content import Term
from .term_forms import tokens_of


def suggest(query: str, terms: Iterable[Term], limit: int = 5) -> list[Term]:
    """Terms whose names start with, contain, or closely resemble the query (misspellings).

    A name the term goes by (its own, an acronym, its full name) counts above a synonym, and
    the query as a whole word above a part of one: "504" lists "504 plan" and "Section 504"
    before "impartial hearing", which reports also call a "504 hearing"."""
    import difflib

    wanted = " ".join(tokens_of(query)).casefold()
    if not wanted:
        return []
    scored: list[tuple[float, str, Term]] = []
    for term in terms:
        best = 0.0
        own = {term.term, *term.acronyms, term.full_name}
        for name in term.lookup_names:
            folded = " ".join(tokens_of(name)).casefold()
            if folded == wanted:
                score = 3.0
            elif folded.startswith(wanted):
                score = 2.0 + len(wanted) / max(len(folded), 1)
            elif wanted in folded:
                score = 1.5 + len(wanted) / max(len(folded), 1)
            else:
                score = difflib.SequenceMatcher(None, wanted, folded).ratio()
                if score < 0.75:
                    score = 0.0
            if 0 < score < 3:
                score += (0.3 if f" {wanted} " in f" {folded} " else 0.0) - (
                    0.0 if name in own else 0.5)
            best = max(best, score)
        if best:
            scored.append((-best, term.term.casefold(), term))
    return [term for _, _, term in sorted(scored, key=lambda s: (s[0], s[1]))[:limit]]
