"""When an acronym counts: context words near it, and all-caps text read as text.

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
from typing import NamedTuple

from . import lazy_re
from .content import Term

WORD = lazy_re.compile(r"[^\W_]+")
#: "Near": this many words before or after, in the same sentence.
NEAR_WORDS = 8
SHORT_LINE = 40
#: How far `near_words` looks each side, in characters.
_REACH = 24 * NEAR_WORDS
#: How much is read first of the words before and after (see `_words_before`).
_STRETCH = 80
#: `[.!?;](?=\s)|\n[ \t]*\n`, written to begin with a set of characters: the regex engine
#: then skips to the next of them without trying a match at every character.
_BOUNDARY = lazy_re.compile(r"[.!?;\n](?:(?<=[.!?;])(?=\s)|(?<=\n)[ \t]*\n)")
_BOUNDARY_ASCII = lazy_re.compile(_BOUNDARY.pattern, re.ASCII)
_WORD_ASCII = lazy_re.compile(WORD.pattern, re.ASCII)


class Context(NamedTuple):
    """The words that make an acronym mean its term (lower case; phrases of several words)."""

    words: frozenset[str]
    phrases: tuple[str, ...]
    # The rest is worked out from `words` and `phrases` by `of` (the only maker: a Context
    # made without them would never count).
    #: Each near word that makes the acronym count holds one of these (a context word, a
    #: phrase's first word): where none is in the text around it, no word near it counts.
    needles: tuple[str, ...]
    #: The words and their plurals ("score", "scores"): one of them near makes it count.
    singles: frozenset[str]
    #: The phrases and their plurals, a space each side (" standard score ", " standard
    #: scores "), as `found_in` looks for them in the near words joined.
    spaced: tuple[str, ...]
    #: The phrases' first words: where none is near, no phrase is.
    firsts: frozenset[str]

    @classmethod
    def of(cls, term: Term) -> Context:
        words: set[str] = set()
        phrases: list[str] = []
        names = [*term.context_words, term.term, *term.synonyms, term.full_name]
        for name in names:
            tokens = [t.lower() for t in WORD.findall(name)]
            if len(tokens) == 1:
                words.add(tokens[0])
            elif tokens:
                phrases.append(" ".join(tokens))
        needles = dict.fromkeys([*sorted(words), *(p.split(" ")[0] for p in phrases)])
        # A needle holding another ("scores", "score") is in a text only where that one is.
        needles = {n: None for n in needles if not any(o != n and o in n for o in needles)}
        unique = tuple(dict.fromkeys(phrases))
        return cls(frozenset(words), unique, tuple(needles),
                   frozenset(words | {word + "s" for word in words}),
                   tuple(f" {phrase}{plural} " for phrase in unique for plural in ("", "s")),
                   frozenset(phrase.split(" ")[0] for phrase in unique))

    def maybe_near(self, lowered: str, start: int, end: int) -> bool:
        """False where no word near lowered[start:end] (`near_words`' widest reach, in the
        text lowered) can make the acronym count: a quicker no than reading the words."""
        window = lowered[max(0, start - _REACH):end + _REACH]
        return any(map(window.__contains__, self.needles))  # (no generator: quicker)

    def found_in(self, words: list[str]) -> bool:
        """Whether one of the near words `words` is a context word or its plural, or they
        hold a phrase or its plural (the plurals written in `singles` and `spaced`)."""
        if not self.singles.isdisjoint(words):
            return True
        if self.firsts.isdisjoint(words):
            return False
        joined = " " + " ".join(words) + " "
        return any(phrase in joined for phrase in self.spaced)


def _short_line(text: str, end: int) -> bool:
    """Whether the line ending at `end` is shorter than SHORT_LINE (looking back only that
    far: a text without line breaks is not searched back to its start at every acronym)."""
    return end < SHORT_LINE or text.rfind("\n", end - SHORT_LINE, end) >= 0


def near_words(text: str, start: int, end: int, lowered: str | None = None) -> list[str]:
    """The words near text[start:end]: up to NEAR_WORDS each side, in the same sentence,
    in lower case (read from `lowered`, the text lowered at the same positions, if given)."""
    words_at, boundary_at, low, high = _reach(text, start, end)
    source = text if lowered is None else lowered
    near = _words_before(words_at, source, _sentence_start(text, boundary_at, low, start),
                         start) + _words_after(words_at, source, end,
                                               _sentence_end(text, boundary_at, end, high))
    return near if lowered is not None else [word.lower() for word in near]


def counts_near(context: Context, text: str, start: int, end: int, lowered: str) -> bool:
    """`context.found_in(near_words(text, start, end, lowered))`, the words after read only
    where those before do not tell (a context word or phrase among them counts whatever
    follows: it is among all the near words, joined in the same order)."""
    words_at, boundary_at, low, high = _reach(text, start, end)
    before = _words_before(words_at, lowered, _sentence_start(text, boundary_at, low, start),
                           start)
    return context.found_in(before) or context.found_in(before + _words_after(
        words_at, lowered, end, _sentence_end(text, boundary_at, end, high)))


def _reach(text: str, start: int, end: int) -> tuple[re.Pattern[str], re.Pattern[str], int,
                                                      int]:
    """The patterns for words and sentence ends around text[start:end], and how far the near
    words may be (letters and spaces are told several times quicker in ASCII, with the same
    answers there; str.isascii of the whole text is told at once, not read)."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    if text.isascii() or text[low:high].isascii():
        return _WORD_ASCII, _BOUNDARY_ASCII, low, high
    return WORD, _BOUNDARY, low, high


def _sentence_start(text: str, boundary_at: re.Pattern[str], low: int, start: int) -> int:
    """Where the sentence before `start` begins (not before `low`): after its last sentence
    end, or after the last of the lines before it that is short."""
    ends = [m.end() for m in boundary_at.finditer(text, low, start)]
    low = ends[-1] if ends else low
    cut = text.rfind("\n", low, start) + 1  # lines before: a short one ends the sentence
    while cut - 1 > low:
        if _short_line(text, cut - 1):
            return cut
        cut = text.rfind("\n", low, cut - 1) + 1
    return low


def _sentence_end(text: str, boundary_at: re.Pattern[str], end: int, high: int) -> int:
    """Where the sentence after `end` ends (not after `high`): at its sentence end, or at the
    end of this line or a next one that is short."""
    boundary = boundary_at.search(text, end, high)
    high = boundary.start() if boundary else high
    line_end = text.find("\n", end, high)  # this line and the next: a short one ends it
    while line_end >= 0:
        if _short_line(text, line_end):
            return line_end
        line_end = text.find("\n", line_end + 1, high)
    return high


def _words_before(word: re.Pattern[str], text: str, low: int, start: int) -> list[str]:
    """`word.findall(text, low, start)[-NEAR_WORDS:]`, reading a short stretch first: where
    it holds more than NEAR_WORDS words, the last ones are whole (only the first may be cut)."""
    if start - low > _STRETCH:
        words = word.findall(text, start - _STRETCH, start)
        if len(words) > NEAR_WORDS:
            return words[-NEAR_WORDS:]
    return word.findall(text, low, start)[-NEAR_WORDS:]


def _words_after(word: re.Pattern[str], text: str, end: int, high: int) -> list[str]:
    """`word.findall(text, end, high)[:NEAR_WORDS]`, reading a short stretch first (only its
    last word may be cut)."""
    if high - end > _STRETCH:
        words = word.findall(text, end, end + _STRETCH)
        if len(words) > NEAR_WORDS:
            return words[:NEAR_WORDS]
    return word.findall(text, end, high)[:NEAR_WORDS]


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
