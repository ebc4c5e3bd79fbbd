"""Whose rating a score in running text is, where a report gives each rater a paragraph (or a
table of their own, its title or its label's header cell naming them: see `table_rater`).

"Parent ratings. ... a Global Executive Composite of 70" and, below, "Teacher ratings. ... his
Global Executive Composite 72": the parent saw two GECs and could not tell whose was whose. A
score on a rating scale (a problem or adaptive scale) takes the rater its paragraph names,
where the paragraph, up to the score, names one kind of rater only ("Both parent and teacher
rated ..." names two: no rater is said), and where some scale is rated by two raters (see
`rated_by`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from . import lazy_re
from .scores import RATED, RATER_SAID, Score, plausible, said_by

if TYPE_CHECKING:
    from .score_tables import Column

#: Words that name a rater, and the rater they name.
_RATER = lazy_re.compile(r"[pmfcts](?<![a-z0-9_][pmfcts])(?:arents?|other|ather|aregivers?|eachers?"
                         r"|elf-reports?)(?![a-z0-9_])")  # (on the text in lower case; a letter
# first, so that the regex engine skips to the few places that start with one)
#: What follows the first letter of every rater's word `_RATER` finds (see `_mentions`).
_TAILS = ("arent", "other", "ather", "aregiver", "eacher", "elf-report")
#: Before a rater's word, what makes it part of a scale's name ("Relations with Parents",
#: "Attitude to Teachers"): no rater.
_IN_A_NAME = ("with ", "to ")
#: Whose rating a word names ("mom" and "dad" as a parent writes them in an email).
RATER_KINDS = {"parent": "parent", "parents": "parent", "mother": "parent", "father": "parent",
               "mom": "parent", "dad": "parent", "caregiver": "parent",
               "caregivers": "parent", "teacher": "teacher", "teachers": "teacher",
               "self-report": "self", "self-reports": "self",
               "self": "self", "student": "self"}  # (the last two as a table's header names them)
#: After a rater's word, what makes it the owner of the number right after it ("while the
#: parent's was 57", "the teacher's T-score of 61"): an aside about that one score.
_OWNS = lazy_re.compile(r"['\u2019]s(?: t-scores?| scores?| ratings?| t)? (?:was|is|of|at|=) ?\d")
#: From a score to the number right after it, an aside giving another rater's score of the
#: same scale ("Her Attention Problems T-score was 61, while the parent's was 57").
_ASIDE = lazy_re.compile(r"\)?[,;]?\s+(?:while|whereas|but|and)\s+(?:the|his|her|their)\s+"
                         r"(parents?|mother|father|caregivers?|teachers?)['\u2019]s(?:\s+(?:t-scores?"
                         r"|scores?|ratings?|t))?\s+(?:was|is|of|at)\s+", re.IGNORECASE)
#: After a rater's word in a table's title, what makes it name the form or the rater of the
#: table under it ("Teacher Rating Scales", "Parent ratings:", "Mother's report", "Teacher
#: (Ms. Lin)").
_TITLE_FORM = lazy_re.compile(
    r"(?:['\u2019]s)?(?: rating scales?| ratings?| report form| form| report"
    r"| version| questionnaire|\s*[:(,/]|\s*$)")
#: Before a rater's word in a table's title, the same: "completed by his mother".
_TITLE_BY = lazy_re.compile(
    r"(?:completed|rated|filled (?:in|out)) by (?:(?:his|her|their|the) )?$")
#: Words of a comparison: a title with one names no rater.
_CONTRAST = ("than ", "compared", "unlike", "while ", "whereas", "both ", "versus", " vs")
#: A table's title is at most this many lines, read this far back, in characters.
_TITLE_LINES = 2
_TITLE_REACH = 400
#: Where a sentence ends (";" does not: "65; 70 on the parent's form" is read as one):
#: `[.!?](?=\s)|\n[ \t]*\n`, written to begin with a set of characters (the regex engine then
#: skips to the next of them instead of trying a match at every character).
SENTENCE_END = lazy_re.compile(r"[.!?\n](?:(?<=[.!?])(?=\s)|(?<=\n)[ \t]*\n)")


def sentence_start(text: str, low: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, read back no further than `low` (`low` where
    no sentence ends between)."""
    start = low
    for end in SENTENCE_END.finditer(text, low, pos):
        start = end.end()
    return start


def sentence_end(text: str, pos: int, high: int) -> int:
    """Where the sentence holding `pos` ends, read on no further than `high`."""
    end = SENTENCE_END.search(text, pos, high)
    return end.start() if end else high

#: Rating forms whose name says whose rating it is (the ASEBA's and the BASC-3's).
FORM_RATERS = {"CBCL": "parent", "TRF": "teacher", "YSR": "self", "PRS": "parent",
               "TRS": "teacher", "SRP": "self"}
#: A paragraph ends at a blank line; further back than this is not read, in characters.
_REACH = 1500
#: How many rows up a row with a blank first cell is read for its group's, and how long that
#: first cell may be, in characters.
_ROWS_UP, _FIRST_CELL = 12, 40
#: The longest row read, in characters.
_LINE = 400
#: How far after a score its sentence is read for another rater's word, in characters.
_AFTER = 300


def paragraph_rater(text: str, pos: int) -> str:
    """The one kind of rater ("parent", "teacher", "self": as a table's columns name them) the
    paragraph names before `pos` (but in an aside about another score of an earlier sentence),
    or "": "" too where the score's own sentence names another rater after it."""
    if lead := _bracket_rater(text, pos) or _line_rater(text, pos) or first_cell_rater(
            text, pos) or _person_rater(text, pos) or _colon_rater(text, pos):
        return lead
    low = max(0, pos - _REACH)
    start = text.rfind("\n\n", low, pos)
    window = text[start if start >= 0 else low:pos].lower()
    named = {kind for hit, kind in _mentions(window) if not _aside(window, hit)}
    if len(named) != 1:
        return ""
    rater = named.pop()
    return "" if _other_after(text, pos, rater) else rater


def _line_rater(text: str, pos: int) -> str:
    """The one rater named at the start of the score's line, before a colon ("  Teacher
    (Conners 4-T): Inattention/Executive Dysfunction 72, ..."), or "": such a line's scores
    are that rater's, whoever the paragraph names before it."""
    line_start = text.rfind("\n", max(0, pos - _REACH), pos) + 1
    colon = text.find(":", line_start, pos)
    if colon < 0 or colon - line_start > 60:
        return ""
    named = {kind for _, kind in _mentions(" " + text[line_start:colon].lower())}
    return named.pop() if len(named) == 1 else ""


#: A number, then a bracket right after it (group 1: what it holds): "64 (parent form only)".
_BRACKET_AFTER = lazy_re.compile(r"\d+(?:\.\d+)?[ \t]*\(([^()\n]{1,40})\)")


def _bracket_rater(text: str, pos: int) -> str:
    """The one rater named in a bracket right after the score ("Family Life: 64 (parent form
    only)", "72 (Mr. Liu)" where the text says who Mr. Liu is), or "": the score's own
    word for whose it is, whoever its sentence names before it."""
    if (after := _BRACKET_AFTER.match(text, pos)) is None:
        return ""
    inside = after[1]
    named = {kind for _, kind in _mentions(" " + inside.lower())}
    if (person := _TITLED.search(inside)) is not None:
        named.add(who_is(text, _owner(person[1])))
    return named.pop() if len(named) == 1 else ""


#: Where the words before a colon that may name a rater begin: after a list's or a title's
#: mark ("Adaptive scales of note - father:", "Amira; teacher:", "TRS-C, teacher:").
_HEAD_START = lazy_re.compile(r".*(?:[;,(\n]|\s[-\u2013\u2014]\s)", re.DOTALL)


def _colon_rater(text: str, pos: int) -> str:
    """The one rater named by the few words before the last colon ahead of the score in its
    sentence ("mother: Anxiety 77, Depression 72; teacher:" / "Anxiety 70", a rater's block
    wrapped onto a second line), or "": the scores after "<rater>:" are that rater's until
    another rater's colon."""
    colon = text.rfind(":", max(0, pos - _LINE), pos)
    if colon < 0 or SENTENCE_END.search(text, colon, pos):
        return ""
    head = text[max(0, colon - 40):colon]
    if (start := _HEAD_START.match(head)) is not None:
        head = head[start.end():]
    if len(head.split()) > 3:
        return ""
    named = {kind for _, kind in _mentions(" " + head.lower())}
    return named.pop() if len(named) == 1 else ""


def first_cell_rater(text: str, pos: int) -> str:
    """The one rater named in the first cell of the score's row, or of the row it goes on
    from ("Attention (Parent)   Conners 3-P  Inattention   T 78", then rows whose first cell
    is blank), or "": a table's column of domains may say whose rows follow."""
    line_start = text.rfind("\n", max(0, pos - _LINE), pos) + 1
    if line_start == 0 and pos > _LINE:
        return ""  # (a line longer than a table's row)
    for _ in range(_ROWS_UP):
        if not text.startswith("   ", line_start):  # (a row whose first cell is blank goes
            break  # on from the row above it)
        if line_start < 2:
            return ""
        end = line_start - 1
        line_start = text.rfind("\n", max(0, end - _LINE), end) + 1
        if line_start == 0 and end > _LINE:
            return ""
    else:
        return ""
    end = min(pos, line_start + _FIRST_CELL)
    gap = text.find("  ", line_start, end)  # (a table's gap; after a sentence's end, the
    # cell holds a full stop and is none)
    cell = text[line_start:gap]
    if gap < 0 or "\n" in cell or "." in cell or cell.count(" ") > 3:
        return ""
    named = {kind for _, kind in _mentions(" " + cell.lower())}
    return named.pop() if len(named) == 1 else ""


#: Where a bullet of a list begins: its rater is read from its own line on.
_BULLET = lazy_re.compile(r"\n[ \t]*[-*\u2022][ \t]")


def _person_rater(text: str, pos: int) -> str:
    """The one rater the score's own sentence names by a rating form's name ("on the CBCL")
    or by a person the text says who they are ("Mr. Grant Liu (4th grade teacher)", "her
    teacher, Mr. Liu", "Mr. Liu, her teacher"): "Mr. Liu rated Social Problems at T = 72" is
    the teacher's; "" where it names none, or two."""
    sentence = max(0, pos - _SENTENCE)  # (its sentence: read no further back)
    for end in SENTENCE_END.finditer(text, sentence, pos):
        if not _TITLED_AT_END.search(text, max(0, end.start() - 5), end.start() + 1):
            sentence = end.end()  # (a title's own period ends no sentence: "Mr.")
    for bullet in _BULLET.finditer(text, sentence, pos):  # (nor do a list's bullets, but
        sentence = bullet.start() + 1  # each is read on its own)
    kinds = {FORM_RATERS[m[0]] for m in _FORM.finditer(text, sentence, pos)}
    for name in {_owner(m[1]) for m in _TITLED.finditer(text, sentence, pos)}:
        kinds.add(who_is(text, name))  # ("Mr. Okafor's ABC of 78": Mr. Okafor's)
    return kinds.pop() if len(kinds) == 1 else ""


def _owner(name: str) -> str:
    """A surname without its possessive: "Okafor" for "Okafor's"."""
    return name[:-2] if name.endswith(("'s", "\u2019s")) else name


def who_is(text: str, name: str) -> str:
    """The rater the text says the person `name` (a surname) is ("Mr. Grant Liu (4th grade
    teacher)": "teacher"), or "" where it says none, or two."""
    said = _people(text).get(name, set())
    return next(iter(said)) if len(said) == 1 else ""


@functools.lru_cache(maxsize=2)
def _people(text: str) -> dict[str, set[str]]:
    """Each person the text names by title and says who they are -> the raters it says (read
    once for a text: a long report names its raters again and again; the last two texts are
    kept, the decoder's and the screen's)."""
    people: dict[str, set[str]] = {}
    for pattern, name_at, word_at in _WHO:
        for m in pattern.finditer(text):
            people.setdefault(_owner(m[name_at]), set()).add(RATER_KINDS[m[word_at].lower()])
    return people


def titled_rater(text: str, cell: str) -> str:
    """The rater a table's cell names by a person's title and name ("Ms. Alvarez" over her
    columns), where the text says who that person is; "" otherwise."""
    person = _TITLED.fullmatch(cell.strip())
    return who_is(text, person[1]) if person is not None else ""


#: How far back a score's own sentence is read for a form or a person, in characters.
_SENTENCE = 400


def _word_start(words: Sequence[str], cased: bool = True) -> str:
    """`\b(?:word|word...)` for words that begin with a letter, written so that the regex
    engine skips from one of their first letters to the next: each branch a first letter (in
    either case where not `cased`, the rest then in any case), then no letter, digit or "_"
    before it. A pattern that begins with `\b` is tried at every character (the three that
    find who a person is took 74 ms over the joined corpus; 27 ms so)."""
    return "(?:" + "|".join(
        rf"{first}(?<!\w{first}){word[1:] if cased else f'(?i:{word[1:]})'}"
        for word in words for first in ((word[0],) if cased else (word[0].upper(), word[0]))
    ) + ")"


#: A rating form's name (`FORM_RATERS`), as a word.
_FORM = lazy_re.compile(_word_start(list(FORM_RATERS)) + r"\b")
#: A person's title ("Mr", "Dr"), its period left to each pattern (score_before reads it too):
#: `\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)`.
TITLE = _word_start(("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"))
#: A person named by title: "Mr. Liu", "Ms. Aiyana Whitehorse" (the surname kept).
_PERSON = TITLE + r"\.?\s+(?:[A-Z][a-z]+\s+)?([A-Z][\w'\u2019-]+)"
_TITLED = lazy_re.compile(_PERSON)
_TITLED_AT_END = lazy_re.compile(TITLE + r"\.$")
_RATER_WORDS = ("mother", "father", "parent", "caregiver", "teacher")
_RATER_WORD = r"((?i:" + "|".join(_RATER_WORDS) + "))"
#: Where a text says who a person is (their surname's group, the rater word's): in brackets
#: after the name, before it ("her teacher, Mr. Liu"), or after it ("Mr. Liu, her teacher");
#: a name is kept without its possessive ("Ms. Varga's (Teacher form)").
_WHO = ((lazy_re.compile(_PERSON + r"\s*\([^)]{0,60}?\b" + _RATER_WORD + r"\b[^)]{0,60}\)"), 1, 2),
        (lazy_re.compile("(" + _word_start(_RATER_WORDS, cased=False)
                         + r")(?:\s+(?i:rating\s+)?(?i:form))?(?:,\s+|\s*\(\s*)" + _PERSON
                         + r"\b"), 2, 1),  # (or after their form: "Teacher Rating Form
        # (Mrs. Alvarez, 12/10/2025)", "Teacher Form, Ms. Ruiz")
        (lazy_re.compile(_PERSON + r",\s+(?:his|her|their|the)\s+[^,.;]{0,25}?\b" + _RATER_WORD
                         + r"\b"), 1, 2))



def names_a_rater(text: str) -> bool:
    """Whether `text` names a rater (but in a scale's name)."""
    return bool(_mentions(text.lower()))


def _mentions(text: str) -> list[tuple[re.Match[str], str]]:
    """Each rater's word in lower-case text and the rater it names, but those in a scale's
    name ("Relations with Parents").

    What `_RATER.finditer` finds, quicker: every rater's word goes on with one of `_TAILS`
    after its first letter, which `str.find` skips to (the regex engine would try a match at
    every "p", "m", "f", "c", "t" and "s", a quarter of the letters); `_RATER` is tried only
    there. No rater's word can start inside another (one starts after no letter, and the
    only sign inside one, the "-" of "self-report", comes before an "r"), so the words
    found so, in order, are those `finditer` finds."""
    starts = []
    for tail in _TAILS:
        at = text.find(tail, 1)
        while at >= 0:
            starts.append(at - 1)
            at = text.find(tail, at + 1)
    if len(starts) > 1:
        starts.sort()
    found = []
    for start in starts:
        if (hit := _RATER.match(text, start)) is not None and not text.endswith(
                _IN_A_NAME, 0, start):
            found.append((hit, RATER_KINDS[hit[0]]))
    return found


def _aside(window: str, hit: re.Match[str]) -> bool:
    """Whether a rater's word is an aside about another score, in a sentence before the
    score's: "Her Attention Problems T-score was 61, while the parent's was 57. On the adaptive
    scales, Social Skills (T = 38)" - the teacher's paragraph goes on being hers. The word owns
    the number right after it and a number stands before it in its sentence (a word that
    starts a sentence, or whose sentence goes on, "the parent's ratings were higher", is no
    aside: the paragraph names two raters then)."""
    if not _OWNS.match(window, hit.end()) or not SENTENCE_END.search(window, hit.end()):
        return False  # (no aside, or in the score's own sentence: it counts)
    begin = max(window.rfind(". ", 0, hit.start()), window.rfind("\n\n", 0, hit.start()))
    return any(c.isdigit() for c in window[max(begin, 0):hit.start()])


def _other_after(text: str, pos: int, rater: str) -> bool:
    """Whether the sentence of a score at `pos` names another rater after it ("Emotional
    Control was 71 on the parent form", in the teacher's paragraph: the 71 is the parent's),
    but in an aside that owns a later number ("61, while the parent's was 57": the 61 is
    still the paragraph rater's)."""
    end = SENTENCE_END.search(text, pos, pos + _AFTER)
    rest = text[pos:end.start() if end else pos + _AFTER].lower()
    return any(kind != rater and not _OWNS.match(rest, hit.end())
               for hit, kind in _mentions(rest))


def aside_score(text: str, last: Score | None, start: int, end: int
                ) -> tuple[Score, str] | None:
    """The score a number with no area of its own gives where an aside names its rater right
    after a rater's score of the same sentence ("Her Attention Problems T-score was 61, while
    the parent's was 57": the parent's Attention Problems), and that rater; None where it
    gives none (the last score is on no rating scale, another rater's is not said, or the last
    score's rater is not: two bare "Attention Problems" would not say whose is whose)."""
    if (last is None or last.role not in RATED or not last.label or start - last.end > 60
            or (aside := _ASIDE.fullmatch(text, last.end, start)) is None):
        return None
    rater = RATER_KINDS[aside[1].lower()]
    value = float(text[start:end])
    if paragraph_rater(text, last.start) in ("", rater) or not plausible(last.kind, value):
        return None
    return Score(start, end, last.kind, value, last.label, last.test, last.role,
                 bands=last.bands, ranges=last.ranges), rater


def titled(text: str, start: int, columns: list[Column]) -> list[Column]:
    """A table's columns (its header's line starting at `start`), the label's with the rater
    its title names (see `title_rater`), where no column names one: as a rater named in the
    label's header cell, the whole table is theirs."""
    if any(c.group for c in columns) or not (rater := title_rater(text, start)):
        return columns
    return [columns[0]._replace(group=rater), *columns[1:]]


def title_rater(text: str, start: int) -> str:
    """The one rater ("parent", "teacher", "self") a table's title names, right above its
    header's line at `start` (one blank line between or none): "BASC-3 Teacher Rating Scales
    (TRS-C)", "Parent ratings:", "Conners 4, completed by his mother". A title is a line or
    two on its own, each rater's word in it naming a form or who completed it, and it draws
    no comparison ("Ms. Lin's ratings were higher than the parent's:" names none); else ""."""
    lines = text[max(0, start - _TITLE_REACH):start].split("\n")[:-1]
    if lines and not lines[-1].strip():
        lines.pop()
    block: list[str] = []
    while lines and lines[-1].strip() and len(block) <= _TITLE_LINES:
        block.insert(0, lines.pop())
    if not block or len(block) > _TITLE_LINES or (not lines and start > _TITLE_REACH):
        return ""  # (a paragraph's end, or cut by the reach: no title)
    title = " ".join(block).lower()
    said = _mentions(title)
    if not said or any(word in title for word in _CONTRAST) or not all(
            _TITLE_FORM.match(title, hit.end()) or _TITLE_BY.search(title, 0, hit.start())
            for hit, _ in said):
        return ""
    kinds = {kind for _, kind in said}
    return kinds.pop() if len(kinds) == 1 else ""


def table_rater(text: str, columns: list[Column], row: list[Score]) -> str:
    """The one rater ("parent", "teacher", "self") a score table row on a rating scale is of,
    where the table is that rater's alone: its label's header cell or its title names them
    ("Teacher (Conners 4-Teacher)   T-score   %ile"; see `titled`) or all its raters' columns
    are theirs ("Parent T   Parent %ile"); else "". Such a row is said to be theirs only
    where a scale is rated twice, as a paragraph's scores are (see rated_by): a teacher's
    table beside the parent's paragraph."""
    groups = {c.group for c in columns if c.group}
    if not row or row[0].role not in RATED:
        return ""
    if not groups:  # a column of domains naming the rater ("Attention (Parent)"), once for
        return first_cell_rater(text, row[0].start)  # its rows
    if len(groups) != 1:
        return ""  # (two raters' columns: each score says its own already)
    return RATER_KINDS.get(groups.pop(), "")


def rated_by(scores: list[Score], raters: list[tuple[int, int, str]], text: str = "",
             paragraphs: Sequence[tuple[int, int, int]] = (),
             rated: frozenset[str] = frozenset()) -> list[Score]:
    """The scores, those on a rating scale in running text or in a rater's own table with the
    rater their paragraph or table names, said after the area as a table's columns say it;
    only those of a test one of whose scales is rated by two raters or more (each rater's
    scores on different scales keep their plain names, as in a table with one rater's column;
    so do another test's, one rater's alone: the mother's CBCL beside the parent's and the
    teacher's Conners 4).

    `paragraphs`: scores in running text whose rater is the one their paragraph names
    (`paragraph_rater(text, pos)`): where they are, how many, and `pos`. Their paragraphs are
    read only where the answer may change a label: where a scale of theirs is found again
    (a scale found once is rated by one rater at most), or their test's scales are rated
    twice. (Reading a paragraph back from each score took a twentieth of a report's decode;
    most scales of a report are found once.) `rated`: the tests whose every score is a
    rater's, whatever its scale's role (the Vineland-3's; see `TestInfo.rated`)."""
    raters, pending = list(raters), list(paragraphs)
    found = Counter((s.label, s.test) for at, count, _ in (*raters, *pending)
                    for s in scores[at:at + count])
    raters += _ask(text, scores, pending, lambda s: found[s.label, s.test] > 1)
    whose: dict[tuple[str, str], set[str]] = {}
    for at, count, rater in raters:
        for score in scores[at:at + count]:
            whose.setdefault((score.label, score.test), set()).add(rater)
    if pending:  # raters' columns of a table name theirs in the label already ("Parent Form
        for score in scores:  # Teacher Form"): a paragraph after it may name one of them
            if (score.role in RATED or score.test in rated) and (
                    said := RATER_SAID.search(score.label)):
                whose.setdefault((score.label[:said.start()], score.test), set()).add(said[1])
    twice = {test for (_, test), named in whose.items() if len(named) > 1}
    if not twice:
        return scores
    raters += _ask(text, scores, pending, lambda s: s.test in twice)
    scores = scores[:]
    for at, count, rater in raters:
        scores[at:at + count] = [s._replace(label=s.label + said_by(rater))
                                 if s.label and (s.role or s.test in rated) and s.test in twice
                                 and not RATER_SAID.search(s.label)  # (its table's said it)
                                 else s
                                 for s in scores[at:at + count]]
    return scores


def _ask(text: str, scores: list[Score], pending: list[tuple[int, int, int]],
         needed: Callable[[Score], bool]) -> list[tuple[int, int, str]]:
    """The raters their paragraphs name of the `pending` scores (see `rated_by`) of which one
    is `needed`, those asked taken out of `pending`; a paragraph naming none gives none."""
    asked: list[tuple[int, int, str]] = []
    left: list[tuple[int, int, int]] = []
    for at, count, pos in pending:
        if not any(map(needed, scores[at:at + count])):
            left.append((at, count, pos))
        elif rater := paragraph_rater(text, pos):
            asked.append((at, count, rater))
    pending[:] = left
    return asked


#: Whose form "your" is, in a letter or email to a rater: "your ratings (Parent form)", "your
#: Parent Rating Form", "your parent form" (group 1: the rater's word).
_YOUR = lazy_re.compile(r"\b[Yy]our\s+(?:(?:ratings?|forms?|answers|responses)\s*\(\s*)?"
                        + _RATER_WORD + r"\b")


def you_are(text: str) -> str:
    """The rater "you" is, where the text says which form is "your" one (only one); else
    ""."""
    said = {RATER_KINDS[m[1].lower()] for m in _YOUR.finditer(text)}
    return next(iter(said)) if len(said) == 1 else ""
