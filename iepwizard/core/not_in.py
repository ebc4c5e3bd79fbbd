"""Phrases in which a context acronym does not mean its term, whatever words are near (a
term's `not_in`): "student ID", "taken to the ED", "AT-RISK".

A phrase is matched in any case. A space, hyphen or slash in it matches any run of spaces,
hyphens or slashes, as in the glossary's names ("at risk" finds "AT-RISK"); beside a sign
(":", "#", "(") the run may be absent ("ID #" finds "ID#"). `{number}` stands for any word
holding a digit ("ID: {number}" finds "ID: 204417" and "ID: S0012345"); other digits are
themselves. A last word may take a plural ("ID card" finds "ID cards").

The matcher asks only where the acronym would otherwise count (its context words are near):
the phrase must hold the acronym where the text has it. What follows the acronym is matched
from the end of its hit, what comes before backwards, on the text before it reversed: each
check is one anchored match, not a search, a little further than the longest phrase reaches,
in lower case. A phrase's space is a class of the ASCII gap characters, and a text beside
the acronym that is not ASCII has its other gap characters (dashes, other spaces) read as
spaces first: with the whole class of gap characters for each space, and matched ignoring
case, ED's phrases took 18 ms to compile; now about 2. Each term's phrases are compiled once,
on first use (see `compiled`), not per match.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import lazy_re

NUMBER = "{number}"
_GAP = r"\-\u2010-\u2014/\s"
#: A phrase's parts: `{number}`, a word, a run of spaces, hyphens or slashes, one sign.
_PART = lazy_re.compile(r"\{number\}|[^\W_]+|[" + _GAP + r"]+|\S")
_WORD_AT = lazy_re.compile(r"[^\W_]")
#: How much further than its longest phrase's text a side is read: room for runs of spaces.
SLACK = 60
#: The ASCII characters of `_GAP`: a phrase's space is a run of them.
_GAP_ASCII = r"[\t-\r\x1c-\x1f /\-]"
#: Each character `_GAP` matches (a hyphen, a dash, a slash, a space of any kind), as a
#: space, for a text that is not ASCII.
_AS_SPACE = str.maketrans(dict.fromkeys(
    "-/\u2010\u2011\u2012\u2013\u2014\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029"
    "\u202f\u205f\u3000", " "))
_SUFFIX = r"(?:s'|'s|’s|es|s)?"
_NOT_WORD = r"(?![^\W_])"
#: A word holding a digit, read either way.
_NUMBER = r"(?=[^\W_]*\d)[^\W_]+"


class Part(NamedTuple):
    kind: str  # "word", "number", "gap" or "sign"
    text: str


def parts(phrase: str) -> list[Part]:
    found = []
    for piece in _PART.findall(phrase):
        if piece == NUMBER:
            kind = "number"
        elif _WORD_AT.match(piece):
            kind = "word"
        elif re.fullmatch(f"[{_GAP}]+", piece):
            kind = "gap"
        else:
            kind = "sign"
        found.append(Part(kind, piece))
    return found


def acronym_span(found: list[Part], acronym: str) -> tuple[int, int] | None:
    """Where the acronym's words stand among a phrase's parts (the first place; in any case,
    as whole words), or None."""
    wanted = [w.casefold() for w in re.findall(r"[^\W_]+", acronym)]
    for first in range(len(found)):
        at, n = first, 0
        while n < len(wanted) and at < len(found):
            part = found[at]
            if part.kind == "word" and part.text.casefold() == wanted[n]:
                n, at = n + 1, at + 1
                if n < len(wanted) and at < len(found) and found[at].kind == "gap":
                    at += 1
            else:
                break
        if wanted and n == len(wanted):
            return first, at
    return None


def acronym_of(phrase: str, acronyms: tuple[str, ...]) -> str | None:
    """The first of `acronyms` the phrase holds as a whole word (in any case), or None."""
    found = parts(phrase)
    spans = [(span, a) for a in acronyms if (span := acronym_span(found, a)) is not None]
    return min(spans)[1] if spans else None


def only_acronym(phrase: str, acronym: str) -> bool:
    """Whether the phrase is the acronym and nothing else (it would never count)."""
    found = parts(phrase)
    span = acronym_span(found, acronym)
    return span is not None and all(p.kind == "gap" for p in found[:span[0]] + found[span[1]:])


def unknown_blank(phrase: str) -> str | None:
    """A `{...}` in the phrase other than `{number}`, or None."""
    for blank in re.findall(r"\{[^{}]*\}", phrase):
        if blank != NUMBER:
            return str(blank)
    return None


def _source(side: list[Part], reverse: bool) -> tuple[str, bool]:
    """The pattern of one side of the acronym (reversed: read backwards from it), and whether
    it ends in a word (which must end there: see `_one`)."""
    seq = side[::-1] if reverse else side
    out = []
    for n, (kind, text) in enumerate(seq):
        if kind == "gap":
            beside = [seq[m].kind for m in (n - 1, n + 1) if 0 <= m < len(seq)]
            out.append(_GAP_ASCII + ("*" if "sign" in beside else "+"))
        elif kind == "number":
            out.append(_NUMBER)
        else:
            out.append(re.escape((text[::-1] if reverse else text).lower()))
    return "".join(out), bool(seq) and seq[-1].kind == "word"


def _one(sources: list[tuple[str, bool]], reverse: bool) -> re.Pattern[str]:
    """One pattern for several sides; those ending in a word share its end (a plural after
    the phrase's last word, then no letter; before its first word, no letter), written once:
    each class in a pattern costs its compiling."""
    words = "|".join(source for source, word in sources if word)
    signs = [source for source, word in sources if not word]
    end = _NOT_WORD if reverse else _SUFFIX + _NOT_WORD
    return re.compile("|".join(([f"(?:{words}){end}"] if words else []) + signs))


class NotIn(NamedTuple):
    """The phrases of one context acronym, compiled."""

    #: Phrases that go on after the acronym only ("ID number").
    after: re.Pattern[str] | None
    #: Phrases that start before it only ("student ID"), reversed.
    before: re.Pattern[str] | None
    #: Phrases with words on both sides ("the ED for"): (before reversed, after).
    both: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    #: How far after and before the acronym the phrases are looked for, in characters.
    reach_after: int = 0
    reach_before: int = 0

    def covers(self, lowered: str, start: int, end: int) -> bool:
        """Whether the acronym at [start:end] in the text stands in one of the phrases
        (`lowered`: the text in lower case, each character where it was; the phrases are
        written in lower case, and so compile quicker than matched ignoring case)."""
        ahead = lowered[end:end + self.reach_after]
        if not ahead.isascii():
            ahead = ahead.translate(_AS_SPACE)
        if self.after is not None and self.after.match(ahead):
            return True
        if self.before is None and not self.both:
            return False
        back = lowered[max(0, start - self.reach_before):start][::-1]
        if not back.isascii():
            back = back.translate(_AS_SPACE)
        if self.before is not None and self.before.match(back):
            return True
        return any(after.match(ahead) and before.match(back) for before, after in self.both)


#: No phrase: the acronym counts wherever its context words do.
NOTHING = NotIn(None, None, ())


@lru_cache(maxsize=256)
def compiled(phrases: tuple[str, ...], acronym: str) -> NotIn:
    """The phrases that hold `acronym`, compiled (NOTHING if there are none); once per
    glossary and acronym, whatever the number of matchers made from it."""
    after: list[tuple[str, bool]] = []
    before: list[tuple[str, bool]] = []
    both: list[tuple[re.Pattern[str], re.Pattern[str]]] = []
    reach_after = reach_before = 0
    for phrase in phrases:
        found = parts(phrase)
        span = acronym_span(found, acronym)
        if span is None:
            continue
        ahead, behind = found[:span[0]], found[span[1]:]
        reach_before = max(reach_before, sum(len(p.text) for p in ahead) + SLACK)
        reach_after = max(reach_after, sum(len(p.text) for p in behind) + SLACK)
        if ahead and behind:
            both.append((_one([_source(ahead, True)], True),
                         _one([_source(behind, False)], False)))
        elif behind:
            after.append(_source(behind, False))
        elif ahead:
            before.append(_source(ahead, True))
    if not (after or before or both):
        return NOTHING
    return NotIn(_one(after, False) if after else None, _one(before, True) if before else None,
                 tuple(both), reach_after, reach_before)
