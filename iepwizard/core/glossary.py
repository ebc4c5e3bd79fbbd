"""Finding glossary terms in running text: whole words, careful with case, longest match first.

One pass over the words of the text (the least a decoder reporting positions must do) with a
dictionary lookup per word; only a word that can start a term is looked at more closely, with
a small pattern compiled for that form. A regex alternation of every term was several times
slower (see bench/decode.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from .content import Term

WORD = re.compile(r"[^\W_]+")
_GAP = r"[\s\-\u2010-\u2014/]+"
_END = r"(?![^\W_])"


class Match(NamedTuple):
    """Where a term was found (a tuple: cheap to make by the thousand)."""

    start: int
    end: int
    term_id: str

    def text(self, source: str) -> str:
        return source[self.start:self.end]


@dataclass
class _Form:
    source: str
    flags: int
    length: int
    term_id: str
    _compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """Compiled on first use: most forms never occur in a given text."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled


def _tokens(name: str) -> list[str]:
    return WORD.findall(name)


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class Matcher:
    """Finds every form of every term given (term, acronyms, synonyms, full name)."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._index: dict[str, list[_Form]] = {}
        for term in terms:
            for name in term.names:
                tokens = _tokens(name)
                if not tokens:
                    continue
                exact_case = term.caps_only and _is_acronym(name)
                body = _GAP.join(re.escape(t) for t in tokens)
                form = _Form(body + r"(?:s'|'s|’s|es|s)?" + _END,
                             0 if exact_case else re.IGNORECASE,
                             len(tokens) * 1000 + len(name), term.id)
                self._index.setdefault(tokens[0].lower(), []).append(form)
        # Plurals of a first word ("IEPs", "accommodations") find the same forms, so the scan
        # makes one dictionary lookup per word; each form's pattern decides what matches.
        for key, forms in list(self._index.items()):
            for plural in (key + "s", key + "es"):
                merged = self._index.setdefault(plural, [])
                merged.extend(f for f in forms if f not in merged)
        for forms in self._index.values():
            forms.sort(key=lambda f: -f.length)

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches in order; where two could start at a word, the longer wins."""
        found: list[Match] = []
        get = self._index.get
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters grow when lowered: keep positions
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        next_free = 0
        for word in WORD.finditer(lowered):
            forms = get(word[0])
            if forms is None:
                continue
            start = word.start()
            if start < next_free:
                continue
            for form in forms:
                hit = (form._compiled or form.pattern).match(text, start)
                if hit is not None:
                    found.append(Match(start, hit.end(), form.term_id))
                    next_free = hit.end()
                    break
        return found


def suggest(query: str, terms: Iterable[Term], limit: int = 5) -> list[Term]:
    """Terms whose names start with, contain, or closely resemble the query (misspellings)."""
    import difflib

    wanted = " ".join(_tokens(query)).casefold()
    if not wanted:
        return []
    scored: list[tuple[float, str, Term]] = []
    for term in terms:
        best = 0.0
        for name in term.names:
            folded = " ".join(_tokens(name)).casefold()
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
            best = max(best, score)
        if best:
            scored.append((-best, term.term.casefold(), term))
    return [term for _, _, term in sorted(scored, key=lambda s: (s[0], s[1]))[:limit]]
