"""A score whose area is what its sentence is about, named before what is said of it:

    Digit Span was her lowest verbal-memory subtest with a scaled score of 6.
    Oral Reading, not in Table 2, was given as an extra measure: standard score 83.
    ..., the Cognitive Processing Speed cluster (Letter-Pattern Matching and Pair
    Cancellation) was 81 (10th percentile)
    Julian's General Conceptual Ability (GCA) on the DAS-II was 102.
    Pair Cancellation alone yielded a standard score of 86.

The area stands at the start of its sentence or clause (after "the", "his", "her", a name's
"'s", a comma or a colon, or ", and" after a number or a bracket: not in a list of areas,
"Similarities, Vocabulary, and Digit Span") and is an area's whole name; after it only its
short name, a word such as "cluster", an aside in brackets or between commas (no number in it
but a table's; no word in capitals, but a cluster's own subtests in brackets after "cluster"),
"alone" and the test ("on the DAS-II") may come before the verb ("was", "yielded", "earned"...).
Between the verb and the number: no number, comma or semicolon, no word in capitals (another
area, another test), no comparison ("than", "while", "but", "and"), no plural ("scores",
"were", "both": several areas' scores); a type where anything but
glue stands there ("was 81" needs none). Where any of this fails, the number is read as before
(a score without its area, or none).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lazy_re
from .scales import Area
from .score_before import only_glue
from .score_leaders import area_named
from .score_raters import sentence_start

if TYPE_CHECKING:
    from .score_finder import _Finder

#: The verb that says what the subject scored, and what may stand after it up to the number.
_VERBS = ("was", "is", "yielded", "earned", "obtained", "received", "fell", "measured")
_VERB = rf"(?:{'|'.join(_VERBS)})\b"
#: (Possessive: the rest runs to the number or not at all, so giving back characters after
#: a failed end would only fail again; the regex engine tries each verb once.)
_REST = r"[^\d,;]{0,80}+"
#: (What may start the subject is looked ahead for first, one character: the regex engine
#: then passes most places at once, not after trying each way a subject may start.)
_SUBJECT = lazy_re.compile(
    r"(?:^|(?=[,:A-Zth])(?:[,:]\s+|(?<=[\d)a-z]),\s+and\s+|\b(?:the|[Hh]is|[Hh]er|[Tt]heir|"
    r"[A-Z][a-z]+['\u2019]s)\s+))"
    r"(?P<area>[A-Z][\w&/-]*(?:[ \t\n]+(?:[A-Z][\w&/-]*|of|&))*)"
    r"(?:\s*\([A-Z]{2,6}\))?"
    r"(?P<group>\s+(?:cluster|index|composite|subtest|scale|domain))?"
    r"(?P<aside>\s*\([^()\d;]{1,80}\))?"
    r"(?P<commas>\s*,[^,;()\d]{1,60}(?:(?:Table|Figure)\s+\d{1,2}[^,;()\d]{0,30})?,)?"
    r"(?:\s+(?:alone|itself))?"
    r"(?:\s+(?:on|in)\s+the\s+(?P<test>[^\s,;()]{2,20}(?:\s[^\s,;()]{1,10})?))?"
    rf"\s+{_VERB}(?P<rest>{_REST})$")
#: Words after the verb that say the number may be another's, or no score of the area's.
_OTHER = lazy_re.compile(r"\b(?:than|compared|while|whereas|but|and|or|versus|vs|unlike|like|"
                         r"whose|which|who|when|between|from|to|expected|predicted|except|"
                         r"scores|both|each|respectively|not|because|instead|rather|since|"
                         r"although|though|unless|if|replaced|substituted)\b",
                         re.IGNORECASE)
#: A word in capitals after the verb (the short names of types may stand there).
_CAPITAL = lazy_re.compile(r"\b(?!(?:SS|PR|GE|IQ|ScS|T)\b)[A-Z]")
#: A table or figure named in an aside ("Oral Reading, not in Table 2, was ...").
_TABLE = lazy_re.compile(r"\b(?:Table|Figure)\s+\d")
#: How far back the sentence may start, in characters.
_REACH = 300
#: The verb `_SUBJECT` needs, with what may follow it up to the number (its `rest`): where it
#: is not there, no subject is looked for (a regex over the whole sentence costs ten times
#: more, and most numbers asked about have none). Each verb is written as its first letter,
#: then "no letter, digit or _ before it" (the "\b" before the verb): the regex engine skips
#: to the places that start with one of those letters.
_VERB_NEAR = lazy_re.compile("(?:" + "|".join(rf"{v[0]}(?<!\w{v[0]}){v[1:]}" for v in _VERBS)
                             + rf")\b{_REST}\Z")
_VERB_REACH = 100


def subject_area(finder: _Finder, start: int, value: float,
                 cue: str | None) -> tuple[Area, str] | None:
    """The area (and its test's name, as `_Finder.resolve` gives them) the sentence is about,
    where the number at `start` is its score (see the module doc); None where that is not
    sure."""
    text = finder.text
    if _VERB_NEAR.search(text, max(0, start - _VERB_REACH), start) is None:
        return None  # (asked for most numbers whose area is not found: this first, cheaply)
    low = max(0, start - _REACH)
    sentence = sentence_start(text, low, start)
    if sentence == 0 < low:
        return None  # (a sentence too long to read)
    while sentence < start and text[sentence].isspace():
        sentence += 1
    found = _SUBJECT.search(text[sentence:start])  # (a slice: "^" is its start)
    if found is None:
        return None
    rest = found["rest"]
    if _OTHER.search(rest) or _CAPITAL.search(rest) or (
            cue is None and not only_glue(rest, 0, len(rest))):
        return None
    if _CAPITAL.search(_TABLE.sub("", found["commas"] or "")) or (
            found["group"] is None and _CAPITAL.search(found["aside"] or "")):
        return None  # ("Digit Span, like Vocabulary, was 8": an aside naming another area;
        # a cluster's own subtests in brackets are its)
    if found["test"] is not None and finder.scales.test_match(found["test"],
                                                              whole=True) is None:
        return None  # ("on the second try was ...")
    areas, words = area_named(finder.scales, found["area"])  # (after "On the KTEA-3")
    if not areas or finder.description_sentence(start):
        return None
    return finder.resolve(areas, len(words), cue, start, value)
