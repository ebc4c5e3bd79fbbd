"""Finding glossary terms in running text: whole words, careful with case, longest match first.

A long text is read by one regex (trie_scan.py): the words that can start a term, their
shared beginnings written once (trie.py), each with what may follow it; most hits are then
decided by one lookup of what the regex matched, and only the rest (acronyms that count in
exact case or in context, forms with a number inside) are tried form by form, with a small
pattern compiled for each form. Until the scan is compiled, a text is read word by word, each
word looked up (the way the scan must agree with: tests/test_term_scan.py). A regex
alternation of every term was several times slower (see bench/decode.py).
Acronyms that count only in context, and all-caps text read as text: see context.py; the
phrases in which a context acronym never counts ("student ID"): see not_in.py.
Class ratios ("12:1:1") and service frequencies ("2x/week") are found where the scan stops at
a number or a word like "2x": see shorthand.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import shorthand
from .content import Term
from .context import NEAR_WORDS, counts_near, in_caps_run, near_words
from .glossary_suggest import suggest
from .term_forms import (
    ALWAYS,
    CAPS,
    CONTEXT,
    NUMBER_PATTERN,
    NUMBER_WORDS,
    NUMBERS,
    SHORT,
    WORD,
    Form,
    tokens_of,
)
from .term_match import Match, lower_in_place, merge
from .trie_scan import CAPITAL, ascii_shadow, scan_pattern, shadow_source

#: A text this long or shorter is read word by word (tests and bench/decode_parity.py set it
#: to read a text one way or the other). Once the scan is compiled it is quicker at every
#: length: the corpus reports (0.2-5 KB) took 0.5-0.9x their word-by-word reading's time.
SHORT_TEXT = 0
#: Compiling the long scan's regexes takes about a quarter of a second, which pays for itself
#: within one text only past a few megabytes: a shorter text is read word by word until the
#: scan is ready (`Matcher.warm`, run in a worker by the decoder screen as it opens).
COMPILE_PAYS = 4_000_000
__all__ = ["NEAR_WORDS", "WORD", "Match", "Matcher", "lower_in_place", "merge", "near_words",
           "suggest"]


class Matcher:
    """Finds every form of every term given (term, acronyms, synonyms, full name, and the
    context acronyms where their context is near)."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._index: dict[str, list[Form]] = {}
        self._caps: set[str] = set()
        ids: set[str] = set()
        seen: set[tuple[str, ...]] = set()  # "pull-out" and "pull out" are one form
        for term in terms:
            ids.add(term.id)
            written = [(name, ALWAYS) for name in term.names]
            written += [(name, CONTEXT) for name in term.context_acronyms]
            for name, check in written:
                tokens = tokens_of(name)
                if not tokens or (same := (term.id, str(check), *tokens)) in seen:
                    continue
                seen.add(same)
                acronym = name.isupper()  # its letters are capitals ("WISC-V", not "504")
                if acronym:
                    self._caps.add(name)
                exact_case = check == CONTEXT or (term.caps_only and acronym)
                if check == ALWAYS and exact_case:
                    check = CAPS
                form = Form(tokens, len(tokens) * 1000 + len(name), term, check, exact_case)
                self._index.setdefault(tokens[0].lower(), []).append(form)
        # Plurals of a first word ("IEPs", "accommodations") find the same forms, so the scan
        # makes one dictionary lookup per word; each form's pattern decides what matches.
        for key, forms in list(self._index.items()):
            for plural in (key + "s", key + "es"):
                merged = self._index.setdefault(plural, [])
                merged.extend(f for f in forms if f not in merged)
        for forms in self._index.values():
            forms.sort(key=lambda f: -f.length)
        for number in NUMBER_WORDS:
            self._index.setdefault(number, NUMBERS)
        #: The shorthand terms this matcher knows (class ratio, service minutes).
        self._shorthand = frozenset({shorthand.CLASS_RATIO, shorthand.SERVICE_MINUTES} & ids)
        if self._shorthand:
            for key in shorthand.KEYS:
                self._index.setdefault(key, SHORT)
        self._table: dict[str, object] | None = None
        self._sources = ("", "")
        self._compiled: dict[bool, tuple[re.Pattern[str], re.Pattern[str]]] = {}
        self._words: frozenset[str] | None = None

    def words(self) -> frozenset[str]:
        """Every word of every form, in lower case (made on first use)."""
        if self._words is None:
            self._words = frozenset(token.lower() for forms in self._index.values()
                                    if isinstance(forms, list) for form in forms
                                    for token in form.tokens)
        return self._words

    def scan(self, shadow: bool = False) -> tuple[re.Pattern[str], re.Pattern[str],
                                                 dict[str, object]]:
        """The regex of a long text's scan, the regex of second words and the lookup table
        (see trie_scan.py). `shadow`: the regexes for the text's ASCII shadow (compiled on
        first use: a text may need only one of the two)."""
        if self._table is None:
            pattern, seconds, table = scan_pattern(self._index, (NUMBERS, SHORT),
                                                   NUMBER_PATTERN)
            for key, forms in self._index.items():
                if forms is NUMBERS or forms is SHORT:
                    table[key] = forms
            self._sources, self._table = (pattern, seconds), table
        if shadow not in self._compiled:
            self._compiled[shadow] = tuple(  # type: ignore[assignment]
                re.compile(shadow_source(s), re.ASCII) if shadow else re.compile(s)
                for s in self._sources)
        return (*self._compiled[shadow], self._table)

    def find(self, text: str, numbers: list[int] | None = None) -> list[Match]:
        """Non-overlapping matches in order; where two could start at a word, the longer wins.

        `numbers`, if given, receives where each number word stands (for `find_scores`)."""
        short: list[int] = []
        lowered = lower_in_place(text)
        use_scan, shadow = self._long_scan(text, lowered)
        if use_scan:
            found = self._find_long(text, lowered, shadow, numbers, short)
        else:  # quicker word by word than compiling the scan's pattern first
            found = self._find_short(text, lowered, numbers, short)
        if short:
            found = merge(found, [Match(*m) for m in shorthand.find(text, short,
                                                                    self._shorthand)])
        return found

    def _long_scan(self, text: str, lowered: str) -> tuple[bool, str | None]:
        """Whether `text` is read by the long scan, and its ASCII shadow if it needs one."""
        if len(text) <= SHORT_TEXT or not (self._compiled or len(text) > COMPILE_PAYS):
            return False, None
        shadow = ascii_shadow(lowered)
        return (shadow is not None) in self._compiled or len(text) > COMPILE_PAYS, shadow

    @property
    def ready(self) -> bool:
        """Whether the long scan is compiled (for plain text, or for other text)."""
        return bool(self._compiled)

    def warm(self) -> None:
        """Compile the long scan's regexes now (about a quarter of a second: a worker's job),
        so the next long text is read by the scan. Those for a text's ASCII shadow, which
        serve every text but the rare one holding a letter such as "ſ" (read word by word
        unless it is past COMPILE_PAYS)."""
        self.scan(True)

    def _find_long(self, text: str, lowered: str, shadow: str | None,
                   numbers: list[int] | None, short: list[int]) -> list[Match]:
        """The scan of trie_scan.py: most hits are decided by one lookup of what the regex
        matched; only keys of forms of several words, and exact-case or context forms, are
        tried form by form."""
        pattern, seconds, table = self.scan(shadow is not None)
        scanned = lowered if shadow is None else shadow
        found: list[Match] = []
        append = found.append
        wants_short = bool(self._shorthand)
        lookup = table.get
        new = tuple.__new__  # Match(...) without its Python-level __new__
        next_free = 0
        # The hit begins at the character before the key: with a space before the text,
        # where the hit starts in it is where the key starts in the text.
        for hit in pattern.finditer(" " + scanned):
            what = hit[1]
            entry = lookup(what)
            if entry.__class__ is str:  # a form of one word that always counts
                start = hit.start()
                if start >= next_free:
                    next_free = hit.end() - 1
                    append(new(Match, (start, next_free, entry)))
                continue
            if entry is NUMBERS:
                if numbers is not None:
                    numbers.append(hit.start())
                if wants_short and hit[2] is not None:  # a ratio or a frequency may go on
                    short.append(hit.start())
                continue
            if entry is SHORT:
                if wants_short:
                    short.append(hit.start())
                continue
            start = hit.start()
            if start < next_free or (entry is CAPITAL and text[start] == lowered[start]):
                continue
            key = what
            if entry.__class__ is tuple:  # a one-word form, unless a longer one follows
                end = hit.end() - 1
                if seconds.match(scanned, end) is None:
                    next_free = end
                    append(new(Match, (start, end, entry[0])))
                    continue
            elif entry is None:  # what the table does not hold ("'ſ"), or a number
                key = WORD.match(what)[0]  # type: ignore[index]
                if key == what:
                    continue  # a number, or a key none of whose forms matches
            forms = self._index.get(key)
            if forms is None or forms is NUMBERS or forms is SHORT:
                continue
            match = self._first(forms, text, lowered, start)
            if match is not None:
                append(match)
                next_free = match.end
        return found

    def _first(self, forms: list[Form], text: str, lowered: str, start: int) -> Match | None:
        """The first (longest) of `forms` that matches at `start` and counts."""
        for form in forms:
            hit = (form.compiled or form.pattern).match(text, start)
            if hit is None:
                continue
            if form.check and not self._counts(form, text, lowered, start, hit.end()):
                continue
            return Match(start, hit.end(), form.term_id)
        return None

    def _find_short(self, text: str, lowered: str, numbers: list[int] | None,
                    short: list[int]) -> list[Match]:
        """Word by word, each word looked up."""
        found: list[Match] = []
        wants_short = bool(self._shorthand)
        get = self._index.get
        next_free = 0
        for word in WORD.finditer(lowered):
            forms = get(word[0])
            start = word.start()
            if forms is None:
                continue
            if forms is NUMBERS or forms is SHORT:
                if numbers is not None and forms is NUMBERS:
                    numbers.append(start)
                if wants_short and (forms is SHORT or _may_go_on(lowered, word.end())):
                    short.append(start)
                continue
            if start < next_free:
                continue
            match = self._first(forms, text, lowered, start)
            if match is not None:
                found.append(match)
                next_free = match.end
        return found

    def _counts(self, form: Form, text: str, lowered: str, start: int, end: int) -> bool:
        """Whether an acronym that needs context has it (see the module doc), and does not
        stand in one of its term's `not_in` phrases ("student ID"), which win over any
        context word (looked for only where the acronym would otherwise count)."""
        if form.check == CAPS and not in_caps_run(text, start, end, self._caps):
            return True
        context = form.context
        return (context.maybe_near(lowered, start, end)
                and counts_near(context, text, start, end, lowered)
                and not (form.check == CONTEXT and form.not_in(lowered, start, end)))


def _may_go_on(lowered: str, end: int) -> bool:
    """Whether a class ratio or a service frequency may go on after the number ending at
    `end` in the lowered text: ":", or a space and "m" or "x" ("12:1:1", "30 min", "2 x 30"),
    as the long scan's regex tells (trie_scan.scan_pattern's group 2). Only there can
    shorthand.find's pattern match; trying it at every number took a thirtieth of a short
    report's decode."""
    return lowered.startswith(":", end) or (
        lowered[end:end + 1].isspace() and lowered[end + 1:end + 2] in ("m", "x"))
