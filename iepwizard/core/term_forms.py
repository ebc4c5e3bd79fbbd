"""How each way of writing a glossary term is matched: its words, what it needs to count
(always, in exact capitals, or only in context), and the small pattern that decides a hit;
with the number and service-shorthand words the term scan also reports (see glossary.py)."""

from __future__ import annotations

import re

from . import lazy_re
from .content import Term
from .context import Context
from .not_in import NOTHING, NotIn, compiled

WORD = lazy_re.compile(r"[^\W_]+")
GAP = r"[\s\-\u2010-\u2014/]+"
END = r"(?![^\W_])"
ALWAYS, CAPS, CONTEXT = 0, 1, 2
#: Words the scan reports as numbers for the score finder (one pass serves both): whole
#: numbers of one to three digits and ordinals ("12th"); a term's first word wins (504).
NUMBERS: list[Form] = []
#: Words where a service frequency may start ("2x", "1x30"): see shorthand.py.
SHORT: list[Form] = []
NUMBER_PATTERN = r"\d{1,3}(?:st|nd|rd|th)?|\d{1,2}x\d{0,3}"
NUMBER_WORDS = [str(n) for n in range(1000)] + [f"{n:02d}" for n in range(100)] + [
    f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n in range(1, 100)]


class Form:
    """One way a term is written (its words), what it needs to count, and its length (longer
    forms are tried first). Its pattern and its context are made on first use: most forms
    never occur in a given text, and a small decode should not pay for them all."""

    __slots__ = ("_context", "_not_in", "check", "compiled", "exact_case", "length", "term",
                 "term_id", "tokens")

    def __init__(self, tokens: list[str], length: int, term: Term, check: int,
                 exact_case: bool) -> None:
        self.tokens, self.length, self.term, self.term_id = tokens, length, term, term.id
        self.check, self.exact_case = check, exact_case
        #: The form's pattern once made (`pattern` makes it).
        self.compiled: re.Pattern[str] | None = None
        self._context: Context | None = None
        #: The term's `not_in` phrases for this acronym, once compiled.
        self._not_in: NotIn | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self.compiled is None:
            body = GAP.join(re.escape(t) for t in self.tokens)
            self.compiled = re.compile(body + r"(?:s'|'s|’s|es|s)?" + END,
                                       0 if self.exact_case else re.IGNORECASE)
        return self.compiled

    @property
    def context(self) -> Context:
        if self._context is None:
            self._context = Context.of(self.term)
        return self._context

    def not_in(self, lowered: str, start: int, end: int) -> bool:
        """Whether the acronym at [start:end] stands in one of its term's `not_in` phrases
        (`lowered`: the text in lower case; compiled on first use, once per glossary: see
        not_in.py)."""
        phrases = self._not_in
        if phrases is None:
            phrases = self._not_in = (compiled(self.term.not_in, " ".join(self.tokens))
                                      if self.term.not_in else NOTHING)
        return phrases.covers(lowered, start, end)


def tokens_of(name: str) -> list[str]:
    return WORD.findall(name)
