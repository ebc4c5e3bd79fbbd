"""The scan of a long text for terms: one regex finds the words where a form can match, and
for most of them which form it is, so the Python step after each hit is a dictionary lookup.

Each word that starts a form (a "key", lower case) is written once in a trie (trie.py), and
after it what may follow, so that the regex hits only where a form may match:
- a key whose forms are all one word ("IEP", "accommodations") always matches; the hit takes
  in the "'s" (or a plural's "'") the form's own pattern would take in, so that the text the
  regex matched ("iep's") names the form's term in the lookup table;
- a key that begins forms of several words ("reading comprehension") hits only where one of
  them or a one-word form may follow (a lookahead, in any case); where only forms of
  several words begin there, or one's second word follows (a second, small regex tells),
  the matcher tries the key's forms one by one as before;
- where a key's first possible form counts only in exact case or in context, the matcher
  also tries its forms one by one.

The regex begins with the character before the key (the text is given a space before it):
beginning with a set of characters, it lets the regex engine skip to the next such character
instead of trying a match at every letter. The hit never takes in more than the key and an
"'s", so every number and word inside a longer form is still found (numbers are handed to
the score finder). No form is named by a capturing group: a group per form makes Python's
regex engine several thousand times slower. Forms written in other than ASCII are always
tried one by one.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from .trie import trie_branches, trie_pattern

GAP = r"[\s\-\u2010-\u2014/]+"
GAP_CHARS = frozenset(" \t\n\r\x0b\x0c-\u2010\u2011\u2012\u2013\u2014/")
_SUFFIX = r"(?:s'|'s|’s|es|s)?"
_END = r"(?![^\W_])"
#: What stands for "try this key's forms one by one" in the lookup table.
SLOW = object()
#: SLOW, where every form that may start at the key is written in exact case and begins
#: with a capital ("AT", "ADD"): in lower case ("at", "adds") none matches.
CAPITAL = object()


class FormLike(Protocol):
    tokens: list[str]
    check: int
    exact_case: bool
    term_id: str


def _single_rest(form: FormLike, key: str) -> str | None:
    """What the scan takes in after the key for a one-word form that (given the key) always
    matches: the regex for it, "" for nothing; None if the form cannot match at this key."""
    first = form.tokens[0].lower()
    if key == first:
        return r"(?i:['’]s" + _END + ")?"  # the pattern's "'s"; "s'", "es", "s" cannot follow
    if key == first + "s":
        return r"(?:'" + _END + ")?"  # "students'": the pattern's "s'"
    if key == first + "es":
        return ""
    return None


def _multi_rest(form: FormLike) -> list[str]:
    """The units after the key of a form of several words: a gap, a word's letters..., and
    the plural ending. Letters sort before gaps and gaps before endings, so that the regex,
    where several forms match, takes the one with the most words and the longest last word
    (the form the matcher would take first, see `_consumable`)."""
    units: list[str] = []
    for token in form.tokens[1:]:
        units.append("\x7e" + GAP)
        units += list(token.lower())
    units.append("\x7f" + _SUFFIX + _END)
    return units


def _unit(part: str) -> str:
    return re.escape(part) if len(part) == 1 else part.lstrip("\x00\x7e\x7f")


_ENDINGS = ("", "s'", "'s", "’s", "es", "s")


def _consumable(forms: list[FormLike]) -> bool:
    """Whether the scan may take in the whole of a key's forms of several words (`forms`,
    in the matcher's order): each always counts and has no number inside (every number is
    found as a word of its own), and where two could match the same words, the one the
    regex takes (more words, then a longer last word) comes first."""
    if any(f.check or f.exact_case or any(c.isdigit() for t in f.tokens[1:] for c in t)
           for f in forms):
        return False
    lowered = [[t.lower() for t in f.tokens] for f in forms]
    for i, first in enumerate(lowered):
        for later in lowered[i + 1:]:
            if (len(later) == len(first) and later[:-1] == first[:-1]
                    and later[-1] != first[-1] and later[-1].startswith(first[-1])):
                return False
    return True


def _surfaces(forms: list[FormLike], table: dict[str, object]) -> None:
    """The lookup entries of forms the scan takes in whole, as most texts write them (words
    apart by one space or one hyphen): each to the first form that matches it all."""
    for form in forms:
        words = [t.lower() for t in form.tokens]
        for gap in (" ", "-"):
            written = gap.join(words)
            for ending in _ENDINGS:
                table.setdefault(written + ending, form.term_id)


def _key_unit(key: str, forms: Sequence[FormLike], table: dict[str, object],
              seconds: list[list[str]]) -> str | None:
    """What the scan writes after `key` (and the lookup entries it makes), None if no form
    can start at this key. `seconds` gathers the second words of forms of several words."""
    if not all(t.isascii() for f in forms for t in f.tokens):
        table[key] = SLOW
        return _END
    several = [f for f in forms if len(f.tokens) > 1 and f.tokens[0].lower() == key]
    single = next((f for f in forms if len(f.tokens) == 1
                   and _single_rest(f, key) is not None), None)
    branches = []
    whole = bool(several) and _consumable(several)
    if several:
        words = trie_pattern([_multi_rest(f) for f in several], _unit)
        if whole:  # taken in: the lookup table names the form
            branches.append(f"(?i:{words})")
            _surfaces(several, table)
        else:
            branches.append(f"(?=(?i:{words}))")
            seconds += [["\x7e" + GAP, *f.tokens[1].lower()] for f in several]
    if single is None:
        table[key] = SLOW  # (if `multi`: only where the lookahead finds one)
    elif single.check or single.exact_case:
        table[key] = SLOW
        branches.append("")
    else:
        rest = _single_rest(single, key) or ""
        table[key] = (single.term_id,) if several and not whole else single.term_id
        tails = ("'s", "’s") if rest.startswith("(?i:") else ("'",) if rest else ()
        for tail in tails:  # what `rest` may take in ("'ſ" is tried one by one)
            table[key + tail] = single.term_id
        branches.append(rest)
    if not branches:
        return None
    possible = [*several, *(f for f in forms if len(f.tokens) == 1
                            and _single_rest(f, key) is not None)]
    if table[key] is SLOW and all(f.exact_case and f.tokens[0][:1].isupper() for f in possible):
        table[key] = CAPITAL
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "\x00" + _END + body  # "\x00": sorts this unit before the key's longer words


def scan_pattern(index: Mapping[str, Sequence[FormLike]], skip: Sequence[object],
                 numbers: str) -> tuple[str, str, dict[str, object]]:
    """The scan's regex, to run on the text lowered with a space before it: a character
    that is no letter or digit, then a key of `index` (whose forms list is none of `skip`)
    with what may follow it, or `numbers`, in group 1 (group 2, empty, where a ratio or a
    service frequency may go on after the number: ":", or one space and "x" or "m"). Also
    a regex that matches where a second word of some form of several words follows, and
    the lookup table: what group 1 matched -> a term id, or (term id,) where forms of
    several words may follow (the regex tells), or SLOW."""
    table: dict[str, object] = {}
    words = []
    seconds: list[list[str]] = []
    for key, forms in index.items():
        if any(forms is s for s in skip):
            continue
        unit = _key_unit(key, forms, table, seconds)
        if unit is not None:
            words.append([*key, unit])
    # One alternation for the keys and the numbers, the keys by the letters English words
    # most often begin with (see `_first_letter`): the regex engine tries a word's first
    # letter against the keys' one by one at every word (an alternation of the keys
    # inside one with the numbers, the keys in alphabetical order, found the same).
    branches = trie_branches(words, lambda part: part[1:] if part[:1] == "\x00" else
                             _unit(part), _first_letter)
    branches.append("(?:" + numbers + ")" + _END + r"(?:(?=:|\s[mx])())?")
    return (r"[\W_]((?:" + "|".join(branches) + "))",
            "(?i:" + trie_pattern(seconds, _unit) + ")", table)


#: Letters in the order of how many English words begin with them (most first).
_BY_WORDS = "taoiswcbphfmdrelngyuvkjqzx"


def _first_letter(first: str) -> tuple[int, str]:
    """Where a key's first character stands in the scan's order: by `_BY_WORDS`, then any
    other (digits, letters of other scripts) in their own order."""
    at = _BY_WORDS.find(first)
    return (at if at >= 0 else len(_BY_WORDS), first)


#: Characters that match an ASCII letter in any case (re.IGNORECASE) though they are none,
#: and the stand-in for "’" in the shadow: where one is in the text, no shadow is made.
_NO_SHADOW = ("\u0130", "\u0131", "\u017f", "\u212a", "\x01")


def _stand_in(c: str) -> str:
    """An ASCII character the scan treats as it treats `c` (see `ascii_shadow`)."""
    if c.isspace():  # what \s matches
        return " "
    if "\u2010" <= c <= "\u2014":
        return "-"
    if c == "’":
        return "\x01"
    return "Q" if c.isalnum() else "#"  # what [^\W_] matches: a letter that starts no key


def ascii_shadow(lowered: str) -> str | None:
    """The lowered text in ASCII, for the scan's regex compiled with re.ASCII and without
    re.IGNORECASE (`shadow_source`), where that regex finds just what the first finds in
    the lowered text: each other character becomes one the scan treats alike (a space, a
    hyphen, a stand-in for "’", a capital Q for a letter or digit: no key holds a capital,
    a "#" for any other sign). None where the text holds a character that matches an ASCII
    letter only in any case ("\u017f" is an "s" to re.IGNORECASE), or the stand-in for "’":
    the text is then read as it is. Letters, digits and spaces are told several times
    quicker in ASCII."""
    if "\x01" in lowered:
        return None
    if lowered.isascii():
        return lowered
    try:  # encoding calls `_stand_ins` at each run of other characters (quicker than re.sub)
        return lowered.encode("ascii", _SHADOW_ERRORS).decode("ascii")
    except _NoShadow:
        return None


class _NoShadow(Exception):
    pass


def _stand_ins(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start:error.end]
    if any(c in run for c in _NO_SHADOW):
        raise _NoShadow
    return "".join(map(_stand_in, run)), error.end


_SHADOW_ERRORS = "iepwizard-scan-shadow"
codecs.register_error(_SHADOW_ERRORS, _stand_ins)


def shadow_source(source: str) -> str:
    """A scan regex's source for the shadow (see `ascii_shadow`)."""
    return source.replace("(?i:", "(?:").replace("’", "\x01")

