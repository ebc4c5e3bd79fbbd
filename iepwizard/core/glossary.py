"""Finding glossary terms in running text: whole words, careful with case, longest match first.

One pass over the text finds the words that can start a term (one regex of those words, their
shared beginnings written once: see trie.py); only there is a word looked at more closely,
with a small pattern compiled for each form it may begin. A regex alternation of every term
was several times slower (see bench/decode.py).

Acronyms that are also ordinary words or labels (a term's `context_acronyms`: ID, GE, SS, AT...)
count only in context: where a context word is **near**, that is within 8 words before or
after, in the same sentence. A sentence ends at `.`, `!`, `?` or `;` before a space, at a blank
line, and at the end of a line shorter than 40 characters (a form field, a heading, a table
row: "Student ID: 4471239" on its own line borrows no context from the next). The context
words are the term's `context_words` and its own names of two words or more ("intellectual
disability"), and single-word names.

All-caps text is read as text: inside an all-caps run (the nearest words on the same line, up
to two each side, are in capitals and at least one of them is no known acronym: "NOT AT RISK",
"WE ADD A RECOMMENDATION"), a form that counts only in capitals (a caps-only acronym) counts
only in context, as above. Forms that match in any case ("IEP", "evaluation") match there as
they would in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from .content import Term
from .trie import trie_pattern

WORD = re.compile(r"[^\W_]+")
_GAP = r"[\s\-\u2010-\u2014/]+"
_END = r"(?![^\W_])"
#: "Near": this many words before or after, in the same sentence.
NEAR_WORDS = 8
SHORT_LINE = 40
_BOUNDARY = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n")
ALWAYS, CAPS, CONTEXT = 0, 1, 2
#: Words the scan reports as numbers for the score finder (one pass serves both): whole
#: numbers of one to three digits and ordinals ("12th"); a term's first word wins (504).
_NUMBERS: list[_Form] = []
_NUMBER_WORDS = [str(n) for n in range(1000)] + [f"{n:02d}" for n in range(100)] + [
    f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n in range(1, 100)]


class Match(NamedTuple):
    """Where a term was found (a tuple: cheap to make by the thousand)."""

    start: int
    end: int
    term_id: str

    def text(self, source: str) -> str:
        return source[self.start:self.end]


@dataclass(frozen=True)
class Context:
    """The words that make an acronym mean its term (lower case; phrases of several words)."""

    words: frozenset[str]
    phrases: tuple[str, ...]

    @classmethod
    def of(cls, term: Term) -> Context:
        words: set[str] = set()
        phrases: list[str] = []
        names = [*term.context_words, term.term, *term.synonyms, term.full_name]
        for name in names:
            tokens = [t.lower() for t in _tokens(name)]
            if len(tokens) == 1:
                words.add(tokens[0])
            elif tokens:
                phrases.append(" ".join(tokens))
        return cls(frozenset(words), tuple(dict.fromkeys(phrases)))

    def found_in(self, words: list[str]) -> bool:
        if any(w in self.words or (w.endswith("s") and w[:-1] in self.words) for w in words):
            return True
        joined = " " + " ".join(words) + " "
        return any(f" {phrase} " in joined or f" {phrase}s " in joined
                   for phrase in self.phrases)


@dataclass
class _Form:
    source: str
    flags: int
    length: int
    term_id: str
    _compiled: re.Pattern[str] | None = None
    check: int = ALWAYS
    context: Context | None = None

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
    """Finds every form of every term given (term, acronyms, synonyms, full name, and the
    context acronyms where their context is near)."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._index: dict[str, list[_Form]] = {}
        self._caps: set[str] = set()
        for term in terms:
            context = Context.of(term)
            written = [(name, ALWAYS) for name in term.names]
            written += [(name, CONTEXT) for name in term.context_acronyms]
            for name, check in written:
                tokens = _tokens(name)
                if not tokens:
                    continue
                acronym = _is_acronym(name)
                if acronym:
                    self._caps.add(name)
                exact_case = check == CONTEXT or (term.caps_only and acronym)
                if check == ALWAYS and exact_case:
                    check = CAPS
                body = _GAP.join(re.escape(t) for t in tokens)
                form = _Form(body + r"(?:s'|'s|’s|es|s)?" + _END,
                             0 if exact_case else re.IGNORECASE,
                             len(tokens) * 1000 + len(name), term.id, None, check, context)
                self._index.setdefault(tokens[0].lower(), []).append(form)
        # Plurals of a first word ("IEPs", "accommodations") find the same forms, so the scan
        # makes one dictionary lookup per word; each form's pattern decides what matches.
        for key, forms in list(self._index.items()):
            for plural in (key + "s", key + "es"):
                merged = self._index.setdefault(plural, [])
                merged.extend(f for f in forms if f not in merged)
        for forms in self._index.values():
            forms.sort(key=lambda f: -f.length)
        for number in _NUMBER_WORDS:
            self._index.setdefault(number, _NUMBERS)
        # The words that can start a term, and numbers, found by one regex in one pass; the
        # Python loop then runs only where something may match.
        self._starts = re.compile(r"(?<![^\W_])(?:" + trie_pattern(
            [list(key) for key, forms in self._index.items() if forms is not _NUMBERS])
            + r"|\d{1,3}(?:st|nd|rd|th)?)(?![^\W_])")

    def find(self, text: str, numbers: list[int] | None = None) -> list[Match]:
        """Non-overlapping matches in order; where two could start at a word, the longer wins.

        `numbers`, if given, receives where each number word stands (for `find_scores`)."""
        found: list[Match] = []
        get = self._index.get
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters grow when lowered: keep positions
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        next_free = 0
        for word in self._starts.finditer(lowered):
            forms = get(word[0])
            start = word.start()
            if forms is None or forms is _NUMBERS:
                if numbers is not None and forms is _NUMBERS:
                    numbers.append(start)
                continue
            if start < next_free:
                continue
            for form in forms:
                hit = (form._compiled or form.pattern).match(text, start)
                if hit is None:
                    continue
                if form.check and not self._counts(form, text, start, hit.end()):
                    continue
                found.append(Match(start, hit.end(), form.term_id))
                next_free = hit.end()
                break
        return found

    def _counts(self, form: _Form, text: str, start: int, end: int) -> bool:
        """Whether an acronym that needs context has it (see the module doc)."""
        if form.check == CAPS and not in_caps_run(text, start, end, self._caps):
            return True
        return form.context is not None and form.context.found_in(near_words(text, start, end))


def near_words(text: str, start: int, end: int) -> list[str]:
    """The words near text[start:end]: up to NEAR_WORDS each side, in the same sentence."""
    low, high = max(0, start - 24 * NEAR_WORDS), min(len(text), end + 24 * NEAR_WORDS)
    ends = [m.end() for m in _BOUNDARY.finditer(text, low, start)]
    low = ends[-1] if ends else low
    cut = text.rfind("\n", 0, start) + 1  # lines before: a short one ends the sentence
    while cut - 1 > low:
        previous = text.rfind("\n", 0, cut - 1) + 1
        if cut - 1 - previous < SHORT_LINE:
            low = cut
            break
        cut = previous
    boundary = _BOUNDARY.search(text, end, high)
    high = boundary.start() if boundary else high
    line_end = text.find("\n", end, high)  # this line and the next: a short one ends it
    while line_end >= 0:
        if line_end - (text.rfind("\n", 0, line_end) + 1) < SHORT_LINE:
            high = line_end
            break
        line_end = text.find("\n", line_end + 1, high)
    before = WORD.findall(text[low:start].lower())[-NEAR_WORDS:]
    return before + WORD.findall(text[end:high].lower())[:NEAR_WORDS]


def _lower_beside(text: str, start: int, end: int) -> bool:
    """Whether the nearest letter before or after (within a few characters) is lower-case:
    the quick answer for an acronym in ordinary text."""
    for index in range(start - 1, max(-1, start - 4), -1):
        if text[index].isalpha():
            if text[index].islower():
                return True
            break
    for index in range(end, min(len(text), end + 3)):
        if text[index].isalpha():
            return text[index].islower()
    return False


def in_caps_run(text: str, start: int, end: int, known: set[str]) -> bool:
    """Whether text[start:end] stands in a run of capitals ("WE ADD A RECOMMENDATION")."""
    if _lower_beside(text, start, end):
        return False
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    line_end = text.find("\n", end, end + 80)
    line_end = min(len(text), end + 80) if line_end < 0 else line_end
    before = WORD.findall(text[max(line_start, start - 80):start])[-2:]
    after = WORD.findall(text[end:line_end])[:2]
    neighbours = [w for w in (*before, *after) if sum(c.isalpha() for c in w) >= 2]
    return (bool(neighbours) and all(w.isupper() for w in neighbours)
            and any(w not in known for w in neighbours))


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
