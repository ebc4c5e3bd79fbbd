"""Words between an area's name and its score that are neither its name nor glue (see
score_before): the test named between ("Full Scale IQ on the WISC-V was 97", "Math
Composite from the KTEA-3 is 88") and a judgment of the score ("Reading Comprehension was
a relative strength at 95", "Working Memory was an area of weakness at 79"). Where the
area's name ends is read past them.
"""

from __future__ import annotations

from . import lazy_re

_S = r"[ \t\n]+"
_VERB = r"(?:was|were|is|are)"
#: "... on the WISC-V was " (group 1: where the test's name starts).
_TEST = lazy_re.compile(
    _S + r"(?:on|in|from)" + _S + r"(?:the|her|his|their)" + _S
    + r"([A-Z][\w-]*(?:[ \t][A-Z][\w-]*){0,2})" + _S + _VERB + _S + r"$")
#: "... was a relative strength at ", "... was an area of weakness at ".
_JUDGED = lazy_re.compile(
    _S + _VERB + _S + r"(?:a|an|her|his|their)" + _S
    + r"(?:(?:relative|real|clear|notable|particular|personal|significant)" + _S + r")?"
    + r"(?:strength|weakness|area" + _S + r"of" + _S + r"(?:strength|weakness|need|concern))"
    + _S + r"(?:at|with)" + _S + r"(?:an?" + _S + r")?$", )
#: How far back from a score the words are read, in characters.
_REACH = 70


def name_ends_before(text: str, start: int) -> tuple[int, int]:
    """Where the area's name ends before such words, right before the score at `start`, and
    where the test named between starts (-1 for a judgment); (-1, -1) where none stand."""
    low = max(0, start - _REACH)
    if (named := _TEST.search(text, low, start)) is not None:
        return named.start(), named.start(1)
    if (judged := _JUDGED.search(text, low, start)) is not None:
        return judged.start(), -1
    return -1, -1
