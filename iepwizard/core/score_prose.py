"""A number in running text: is it a score, and of what? (see score_finder for the rules)

The words before the number are read backwards: first the "glue" ("was", "=", "(",
"standard score of", "T ="), which may name the type, then the area's name. Only the few
words just before a number are read, and most numbers that are no score (dates, times,
ratios, counts) are told by the characters around them before any word is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lazy_re
from .scales import Area
from .score_attachments import attachments
from .score_before import Before, is_glue, tokens
from .score_between import name_ends_before
from .score_dated_sentences import ANY_YEAR
from .score_earlier import earlier_year
from .score_headerless import cells_after, next_two_cells, score_one_cell_on
from .score_key import BRACKETED, bracket_kind
from .score_leaders import leader_score
from .score_lists import UNPAIRED, area_after, read_in_order, read_listed
from .score_none import any_score, in_longer_name, predicted, ranked
from .score_quoted import quoted_year, said_again
from .score_rater_pairs import rater_pair
from .score_raters import FORM_RATERS, SENTENCE_END, sentence_start
from .score_records import own_scale_field, record_heading
from .score_renamed import renamed_near
from .score_screeners import screener_area, screener_before
from .score_subjects import subject_area
from .score_tables import WHEN
from .scores import DATED_LABEL, NORMED, RATED, Score, dated, plausible, said_by

if TYPE_CHECKING:
    from .score_finder import _Finder

#: What after a number makes it no score: a unit ("%", "minutes", "sessions", "lb", "of"...), a
#: count or a rate ("45 problems", "12 errors", "78 wcpm": words correct per minute), a
#: date's, time's or number's next part, a range's end, "or above", a comparison ("(97 vs.
#: 79)" after "Knowledge/Gc was higher than Sequential/Gsm": whose is which is not said).
#: Asked for nearly every number, so grouped by first letter (the regex engine then tries
#: one group, not twenty words); tests/test_score_shortcuts.py keeps the plain list it must
#: match as.
_AFTER_NOT = lazy_re.compile(
    r"[/:,.]\d|\s*(?:%|p(?:ercent|ts?|oints?|\.?m|roblems?|er)\b|m(?:in(?:ute)?s?|onths?)\b"
    r"|h(?:ours?|rs?)\b|d(?:ays?|igits?)\b|w(?:eeks?|ords|c?pm|cm)\b|y(?:ears?|rs?)\b"
    r"|s(?:essions?|tudents|ounds?|ec(?:ond)?s?)\b|items?\b|c(?:orrect|wpm)\b|errors?\b"
    r"|questions?\b|l(?:etters?|bs?)\b|responses?\b|pounds?\b|kg\b|inch(?:es)?\b"
    r"|f(?:ee|oo)?t\b|cm\b"
    r"|t(?:imes\b|o\s*\d{1,3}(?:\.\d+)?(?![\w]))|[-\u2013\u2014]\s*\d{1,3}(?:\.\d+)?(?![\w])"
    r"|o(?:f\b|ut\b|r\s+(?:above|below|more|higher|lower|less|over|under|up|greater)\b)"
    r"|a(?:\.?m\b|nd\s+(?:above|below|more|higher|lower|less|over|under|up|greater)\b)"
    r"|v(?:s\.?|ersus)\s*\d)",
    re.IGNORECASE)
_PERCENTILE_AFTER = lazy_re.compile(r"\s*(?:national\s+)?(percentile|%ile)", re.IGNORECASE)
#: After "Nth percentile", a word that makes it a line scores are compared with, not a score.
_LINE_AFTER = lazy_re.compile(
    r"[ \t\n]+(?:benchmarks?|cut[- ]?offs?|cut[- ]?points?|cut[- ]?scores?|"
    r"criterion|targets?|thresholds?|goals?)\b", re.IGNORECASE)
#: A line break, then a capital: the next row's label ("Response Time Variability   71" over
#: "Response Time   84"), no word the number counts.
_NEXT_ROW = lazy_re.compile(r"[ \t]*\r?\n[ \t]*[A-Z]")
#: A blank line: the paragraph ends, and what comes after it (a page's footer, "- 2 -") is no
#: range's end nor a unit of the number before it.
_PARAGRAPH_END = lazy_re.compile(r"[ \t]*\r?\n[ \t]*\r?\n")
#: An area's name in brackets, then a colon, right before a score: "(WISC-V Full Scale IQ): ".
_BRACKET_BEFORE = lazy_re.compile(r"\(([^()\n]{2,60})\)[ \t]*[:=][ \t]*$")
#: After a "score" of no known area: it is read against a cut score ("Identification Core
#: Score was 21, below the cut score of 25"), a total the test compares with a line, no normed
#: score to explain.
_AGAINST_CUT = lazy_re.compile(
    (r",?_(?:which_is_)?(?:just_)?(?:below|above|under|over|at|near|against)_"
     r"(?:the_|a_)?(?:\w+_)?cut(?:[ -]?off|[ -]?score|[ -]?point)?s?\b"
     ).replace("_", r"[ \t\n]+"), re.IGNORECASE)
#: A range said in words, in brackets after an area: " (At-Risk)", " (Very Elevated)".
_RANGE_SAID = lazy_re.compile(r" ?\([A-Za-z][A-Za-z -]{0,28}\)")
#: A short type word before a change's number: "went from SS 78 in 2023 to SS 85".
_ITS_CUE = r"(?:(?:SS|ScS|T|PR)[ \t]*[=:]?[ \t]*)?"
#: A change of a score, its verb to the number it went from: "went from ", "rose from ",
#: "went up from ", "dropped from ".
_CHANGE = (r"\b(?:went|rose|improved|increased|grew|climbed|jumped|moved|dropped|fell|declined|"
           r"decreased|slipped)(?:[ \t]+(?:up|down))?[ \t\n]+from[ \t\n]+" + _ITS_CUE)
_CHANGE_FROM = lazy_re.compile(_CHANGE + r"$")
#: The score's own bracket, in a change: "rose from 76 (5th percentile) in 2023 to 82".
_ITS_BRACKET = r"(?:[ \t]*\([^()\n]{1,30}\))?"
#: ... and on to the number it went to: "went from 78 in 2023 to ", "rose from 80 to ".
_CHANGE_TO = lazy_re.compile(_CHANGE + r"\d{1,3}(?:\.\d{1,2})?" + _ITS_BRACKET
                             + r"(?:[ \t\n]+in[ \t\n]+" + WHEN
                             + r"?(?:19|20)\d\d)?[ \t\n]+to[ \t\n]+" + _ITS_CUE + "$",
                             re.IGNORECASE)
#: After the number a change went from, the year that dates it, then "to": " in 2023 to".
_DATED_TO = lazy_re.compile(r"\d{1,3}(?:\.\d{1,2})?" + _ITS_BRACKET + r"[ \t\n]+in[ \t\n]+"
                            + WHEN + r"?(?:19|20)\d\d[ \t\n]+to\b", re.IGNORECASE)
#: Between a score and "a grade equivalent of" said to be the same result's.
_EQUAL_TO = lazy_re.compile(
    r"[ \t)\]]*,?[ \t]+(?:which[ \t]+)?(?:corresponds?|is[ \t]+equal|equals|is[ \t]+"
    r"equivalent|translates?|converts?)(?:[ \t]+to)?[ \t]+(?:a[ \t]+)?grade[ \t]+"
    r"equivalent[ \t]+(?:\(GE\)[ \t]+)?(?:of[ \t]+)?")
#: Between two scores of one list: a comma or "and" ("scaled scores of 6, 7 and 8"); not
#: spaces alone (in a table row, the next number is another column).
_CONTINUE = lazy_re.compile(r"\s*(?:,\s*(?:and|or|&)?|and|or|&)\s*")
#: How a row's next cell starts: two spaces, a tab, a "|" (see score_headerless).
_NEXT_CELL = ("  ", "\t", " |", "|")
#: A bracket opening a list of numbers: "(77, 76, 71)".
_LISTED_IN_BRACKETS = lazy_re.compile(r"\(\d{1,3}(?:\.\d)?\s*[,;]\s*\d")
#: A rating form's validity figures: counts that say whether the form can be trusted, no score
#: of the child's (the BRIEF-2's, the BASC-3's, the Conners 4's).
_VALIDITY = frozenset({"inconsistency", "negativity", "infrequency", "f index",
                       "consistency index", "response pattern", "response pattern index",
                       "negative impression", "positive impression", "inconsistency index",
                       "omission index", "validity index"})
#: Words that name a score but not its type: alone before a number, they are its label.
_SCORE_NAMES = ("composite", "quotient")
#: A subject's mark and a comma, as in a list of marks ("Math 74, "), ending where it ends.
_MARK_BEFORE = lazy_re.compile(r"[A-Za-z][\w&/.]*\s+\d{1,3}(?:\.\d)?\s*[,;]\s*$")
#: The types that, written right after the name of a test with one area, give its total
#: score (never "score" alone: "PPVT-5 score 150" may be a raw or growth score).
_TOTAL_CUES = ("standard", "scaled", "v", "t", "percentile", "ge")
#: A year right after a score: the score is that year's ("101 in 2023", "92 (2023)", "88 in
#: March 2023"); group 1 is the year.
_YEAR = r"((?:19|20)\d\d)\b(?!\s*[-\u2013/]\s*\d)"  # (not "2023-24": a school year)
_YEAR_AFTER = lazy_re.compile(r"\s*(?:\(\s*|,?\s+(?:back\s+)?in\s+" + WHEN + "?)" + _YEAR,
                              re.IGNORECASE)
#: "in 2023", "in March 2023", "in the spring of 2023" (not "in 2023-24": a school year),
#: or in brackets after the test's name: "(WISC-V, 2025)", "(May 2025)".
_YEAR_IN = lazy_re.compile(r"(?:\bin\s+|\((?:[^()\n]{1,24}[,;]\s*)?)" + WHEN + "?" + _YEAR,
                           re.IGNORECASE)
#: After a score, more words that speak of an earlier testing: "when he was last evaluated
#: in 2023" (before a score, they may end a clause about the earlier testing, the score
#: being of now: "when he was last evaluated in 2023, and a Word Reading score of 88").
_LAST_TESTED = lazy_re.compile(r"\blast (?:evaluated|tested|assessed)\b", re.IGNORECASE)
#: How far after a score its clause is read for an earlier year (see _year_after_clause).
_CLAUSE_AFTER = 120
#: The score's own bracket right after it: "(4th percentile)".
_OWN_BRACKET = lazy_re.compile(r"\s*\([^()\n]{0,40}\)")
#: A number standing alone (not a test's edition, "WIAT-4", nor a year's part).
_NUMBER_BETWEEN = lazy_re.compile(r"(?<![\w-])\d+(?![\w-])")
#: "on the same subtest": the area is the one the sentence just gave a score of.
_SAME = lazy_re.compile(r"\bthe same (?:subtest|test|composite|index|cluster|area|scale)\b",
                        re.IGNORECASE)
#: Words that speak of an earlier testing: with a year, the score is that year's.
_EARLIER = lazy_re.compile(
    r"\b(?:for comparison|previous(?:ly)?|prior|earlier|initial(?:ly)?|last (?:evaluation|"
    r"testing|year)|when (?:the school|she|he|they|we) (?:tested|evaluated)|(?:was|were) "
    r"(?:first )?(?:tested|evaluated))\b", re.IGNORECASE)
#: How far back a score's sentence is read for the year that dates it, in characters.
_SENTENCE_REACH = 200
#: A type, then the test it is of, then the verb, right before a number: "standard scores on
#: the CASL-2 were" (group 1: the type).
_TYPE_THEN_TEST = lazy_re.compile(
    r"\b(standard|scaled)\s+scores\s+(?:on|from|for)\s+(?:the\s+)?[A-Za-z][\w-]{1,11}"
    r"(?:\s+[\w-]{1,12})?\s+(?:were|are)\s+$", re.IGNORECASE)
#: How a pair of two raters' scores goes on after the first ("74 (mom) / 69 ...", "68 / 71").
_PAIRED = (" (", "(", " /", "/", " from", " by", "\nfrom", "\nby")
#: How far back on its line a number's area may be named before a colon, in characters.
_LINE_REACH = 160
#: How far back a test named before a score without a known area may be, in characters.
TEST_REACH = 600


def _known_area(finder: _Finder, before: Before, pos: int,
                value: float) -> tuple[Area, str] | None:
    """The longest known area name ending at the glue (or inside it), whose test the text
    makes clear; longer names first."""
    candidates = []
    for words, ks in before.label_ends(finder.scales.lengths):
        found, k = named(finder.scales.areas, ks, words)
        if found and not (k == 1 and (ranked(finder.text, words[-1], pos) if words[-1].islower()
                                      else words[-1].istitle() and in_longer_name(
                                          finder.text, words[-1], pos))):
            candidates.append((2 if k == 1 and _names_area(finder, words[-1], found) else k,
                               found))
    if before.abbr and (found := finder.areas_named([before.abbr])[0]):
        candidates.append((2, found))
    if not candidates:
        return None
    if len(candidates) > 1:
        candidates.sort(key=_first_down)
    for k, found in candidates:
        resolved = finder.resolve(found, k, before.cue, pos, value)
        if resolved is not None:
            return resolved
    return None


def named(areas: dict[str, tuple[Area, ...]], ks: tuple[int, ...],
           words: list[str]) -> tuple[tuple[Area, ...], int]:
    """The areas of the longest name ending the word list, and how many words it has, given the
    lengths (`ks`) of the names ending in its last word (`_Finder.areas_named`)."""
    for k in ks:
        if k > len(words):
            continue
        cased = " ".join(words[-k:])
        found = areas.get(cased) or areas.get(cased.casefold())
        if found:
            return found, k
    return (), 0


def _line_label(finder: _Finder, start: int) -> Before | None:
    """The area named once before a colon for several measures on its line, read where a
    number's type stands right after a comma or semicolon ("Digit Span: raw score 18, scaled
    score 6"; "Word Reading: age equivalent 8-3; grade equivalent 2.8"): what stands before
    that colon, or None."""
    text = finder.text
    reach = max(0, start - _LINE_REACH)
    line_start = max(reach, text.rfind("\n", reach, start) + 1)
    separator = max(text.rfind(",", line_start, start), text.rfind(";", line_start, start))
    if separator < 0 or not _glue_or_forms(finder, separator + 1, start):
        colon = text.rfind(":", line_start, start)  # "Internalizing Problems: CBCL T = 68"
        if colon < 0 or not _glue_or_forms(finder, colon + 1, start, True):
            return None
        return Before(text, colon, finder.scales.lengths)
    colon = text.rfind(":", line_start, separator)
    if colon < 0 or SENTENCE_END.search(text, colon, separator):
        return None  # (not past a sentence's end: "Composite Score: 118. His nonsense word
        # fluency was 38 correct letter sounds, the 20th percentile" is no composite's)
    return Before(text, colon, finder.scales.lengths)


def _record_label(finder: _Finder, start: int) -> Before | None:
    """The area of a score export's record ("WORD READING" over "Raw: 41 | SS: 79 | PR: 8"),
    as the words before it; see score_records."""
    heading_end = record_heading(finder.text, start)
    return None if heading_end is None else Before(finder.text, heading_end,
                                                     finder.scales.lengths)


def _row_score(finder: _Finder, start: int) -> Score | None:
    """The normed score read last, where it stands on the line of `start` as a row's (a
    grade equivalent written at the row's end, after a column's gap: "Spelling .... 84
    (14th) - Low Average   GE 2.6"), else None. In a sentence, "a grade equivalent of 2.0"
    after another score is no row's."""
    last = finder.last
    if last is None or last.end > start or last.kind not in ("standard", "scaled") or \
            start - last.end > _LINE_REACH:
        return None
    between = finder.text[last.end:start]
    return last if "\n" not in between and "  " in between and ". " not in between else None


def _equal_to(finder: _Finder, start: int) -> Score | None:
    """The score read last, where the grade equivalent at `start` is said to be that score's
    in the same sentence: "Total Test score (SS = 77) corresponds to a grade equivalent of
    3.1", "her Math Composite of 91 is equal to a grade equivalent of 3.4"; else None."""
    last = finder.last
    if last is None or not last.label or last.end > start or start - last.end > 80 or \
            last.kind not in NORMED:
        return None
    return last if _EQUAL_TO.fullmatch(finder.text, last.end, start) is not None else None


def _before_aside(text: str, start: int) -> int:
    """Where the words before a number are read back from: the number itself, or, where it
    starts its line under a label that ends in an aside of figures ("Oral Reading Index (sum
    of scaled scores = 13)" over "      81    10"), the label's end. Read back over the aside,
    the number was taken for the sum the aside describes, and told as no score. Where the
    number ends a change ("Reading Composite went from 78 in 2023 to 86"), or begins one
    that a year dates ("went from 78 in 2023 to"), the change's verb: "from" and "to" before
    a number describe a range, elsewhere."""
    if text.find("from", max(0, start - 60), start) >= 0 and (  # (a look, then the patterns)
            (change := _CHANGE_TO.search(text, max(0, start - 60), start)) is not None or (
                (change := _CHANGE_FROM.search(text, max(0, start - 30), start)) is not None
                and _DATED_TO.match(text, start) is not None)):
        return change.start()
    line_start = text.rfind("\n", max(0, start - _LINE_REACH), start)
    if line_start < 1 or text[line_start + 1:start].strip():
        return start
    low = max(0, line_start - _LINE_REACH)
    above = text[low:line_start].rstrip()  # (bounded: the line above, or its end)
    opened = above.rfind("(")
    aside = above[opened + 1:-1]
    if not above.endswith(")") or opened < 0 or "\n" in aside or "(" in aside or not any(
            c.isdigit() for c in aside):
        return start
    return low + opened


def _change_year(text: str, start: int) -> re.Match[str] | None:
    """The year of the score a change went from, said after its bracket: "rose from 76 (5th
    percentile) in 2023 to 82" (group 1), else None."""
    if (dated := _DATED_TO.match(text, start)) is None or \
            _CHANGE_FROM.search(text, max(0, start - 30), start) is None:
        return None
    return _YEAR_IN.search(text, start, dated.end())


def _year_after_clause(text: str, taken_to: int) -> re.Match[str] | None:
    """The earlier year the rest of a score's clause says it is of ("74 (4th percentile) on the
    same subtest of the WIAT-III when he was last evaluated in March 2023"), where no other
    number stands between (the score's own bracket aside): else None."""
    end = text.find(".", taken_to, taken_to + _CLAUSE_AFTER)
    end = taken_to + _CLAUSE_AFTER if end < 0 else end
    if "20" not in text[taken_to:end] and "19" not in text[taken_to:end]:
        return None
    aside = _OWN_BRACKET.match(text, taken_to)
    begin = aside.end() if aside else taken_to
    year = _YEAR_IN.search(text, begin, end)
    if year is None or _NUMBER_BETWEEN.search(text, begin, year.start()) is not None or \
            (_EARLIER.search(text, begin, year.end()) is None
             and _LAST_TESTED.search(text, begin, year.end()) is None):
        return None
    return year


def _year_before(text: str, start: int) -> re.Match[str] | None:
    """The earlier year a score's sentence says it is of, before it ("For comparison, when
    the school tested him in March 2023 ..., his Total Word Reading Efficiency was 81",
    "Earlier testing at school (WISC-V, 2025) put his Full Scale IQ at 104"): one year, "in"
    it or in brackets, and words that speak of an earlier testing; else None."""
    low = max(0, start - _SENTENCE_REACH)
    window = text[low:start]
    if ("20" not in window and "19" not in window) or "   " in window:
        return None  # (the patterns are not tried where no year can be, nor in a table)
    begin = sentence_start(text, low, start)
    found = list(_YEAR_IN.finditer(text, begin, start))
    if len(found) != 1 or len(ANY_YEAR.findall(text, begin, start)) != 1 or \
            _EARLIER.search(text, begin, start) is None:
        return None
    return found[0]


def _glue_or_forms(finder: _Finder, start: int, end: int, test_named: bool = False) -> bool:
    """Whether text[start:end] holds only glue, and tests' or forms' names in capitals ("CBCL
    T =", "TRF T ="), and (`test_named`) a test's name among them."""
    named = False
    for token in tokens(finder.text, start, end):
        if is_glue(token):
            continue
        if not (token.isupper() and token.isalpha() and 2 <= len(token) <= 5):
            return False
        named = named or finder.scales.test_of(token) is not None
    return named or not test_named


def _listed_subject(text: str, start: int) -> bool:
    """Whether the "SS" before the number at `start` is a subject in a list of marks ("ELA
    68, Math 74, SS 81": social studies), not a standard score: a word and a number and a
    comma stand right before it."""
    cue = text.rfind("SS", max(0, start - 8), start)
    if cue > 0 and text.find(",", max(0, cue - 40), cue) < 0 and \
            text.find(";", max(0, cue - 40), cue) < 0:
        return False  # (the pattern needs a comma or a semicolon there: not tried without)
    return _MARK_BEFORE.search(text, max(0, cue - 40), cue) is not None


def _first_down(candidate: tuple[int, tuple[Area, ...]]) -> int:
    return -candidate[0]


def _names_area(finder: _Finder, word: str, areas: tuple[Area, ...]) -> bool:
    """Whether an area's acronym alone names it as surely as its full name: an IQ ("FSIQ"),
    or one of the tests that have it is named somewhere in the text ("WMI" in a WISC-V
    report; "PSI" is also the Parenting Stress Index, which no scales file here knows)."""
    if not (2 < len(word) < 7 and word.isupper() and word.isalpha() and word.isascii()):
        return False  # (three to six capitals A-Z)
    return word.endswith("IQ") or finder.names_any({area.test for area in areas})


def read_prose(finder: _Finder, number: re.Match[str]) -> tuple[list[Score] | None, int]:
    """The score(s) this number gives (with a grade equivalent written after it), and where
    what it took ends; (None, 0) when it is no score. (`ends_something` is asked first.)"""
    text = finder.text
    start, end = number.span(1)
    cue_after: tuple[int, int] | None = None
    taken_to = number.end()
    if taken_to > end:  # "12th": a score only as "12th percentile"
        after = _PERCENTILE_AFTER.match(text, taken_to)
        if after is None or _LINE_AFTER.match(text, after.end()):
            return None, 0  # (nor "the 50th percentile benchmark": a line the child is
            # compared with)
        cue_after = after.span(1)
        taken_to = cue_after[1]
    elif _AFTER_NOT.match(text, taken_to) and not text.startswith(("  ", "\t"), taken_to) \
            and not _NEXT_ROW.match(text, taken_to) and not _PARAGRAPH_END.match(text, taken_to):
        return None, 0  # (after two spaces or a tab, a word is a table's next cell: "Vocabulary
        # 8   Digit Span 6" is no count of 8 digits; so is a capital's on the next line)
    value = float(text[start:end])
    if value > 200:
        return None, 0
    if (leader := leader_score(finder, start, end, value, taken_to, cue_after)) is not None:
        return leader  # "Vocabulary ........ 8"
    last = finder.last
    if (last is not None and cue_after is None and last.end <= start <= last.end + 8
            and last.kind in ("standard", "scaled", "v", "t", "percentile")
            and _CONTINUE.fullmatch(text, last.end, start)):
        if not plausible(last.kind, value) or finder.repeats(last, value):  # "scaled scores
            return None, 0  # of 6 and 7"; not "Working Memory was 72 and 82??", both told
        return _finish(finder, start, end, last.kind, value, "", last.test, last.role, (),
                       last.bands, taken_to)
    if (last is not None and cue_after is None and last.label and last.kind in NORMED
            and (earlier := earlier_year(text, last.end, start, taken_to)) is not None):
        if not plausible(last.kind, value):  # "81, down from 90 in 2022": that area's
            return None, 0  # score of 2022
        return _finish(finder, start, end, last.kind, value,
                       dated(DATED_LABEL.sub("", last.label), earlier), last.test, last.role, (),
                       last.bands, taken_to)
    if (cue_after is None and last is not None and finder.after_end <= start
            <= finder.after_end + 8 and _CONTINUE.fullmatch(text, finder.after_end, start)
            and (after_area := area_after(finder, taken_to, last.kind, start, value)) is not None):
        return _after(finder, start, end, last.kind, value, after_area, ())  # "..., 6 on Word
        # Structure": a list whose first score had its area after it
    if predicted(text, start) or any_score(text, start, end):
        return None, 0  # "his predicted Basic Reading score is 101", "a standard score of 100
        # is average": not the child's score
    before = Before(text, _before_aside(text, start), finder.scales.lengths)
    if before.describes() or (before.glue == ["SS"] and not before.words
                              and _listed_subject(text, start)) or (
            before.words and own_scale_field(text, start, before.words[-1])):
        return None, 0  # (nor "Ability Score: 104", the DAS-II's own scale)
    if cue_after:
        before.cue = "percentile"
    elif before.cue is None and not before.words and (
            typed := _TYPE_THEN_TEST.search(text, max(0, start - 80), start)) is not None:
        before.cue = typed[1].lower()  # "standard scores on the CASL-2 were 88 on Antonyms":
        # the type said before the test's name (whose digit ends the words read back)
    resolved = _known_area(finder, before, start, value)
    if resolved is None and text[max(0, start - 4):start].rstrip(" \t")[-2:] in ("):", ")=") \
            and (bracket := _BRACKET_BEFORE.search(text, max(0, start - 80), start)) is not None:
        inside = Before(text, bracket.end(1), finder.scales.lengths)  # "Working memory
        # (Working Memory Index): 76": a plain word's name, then the test's in brackets
        inside.cue = inside.cue or before.cue
        if (named := _known_area(finder, inside, start, value)) is not None:
            before, resolved = inside, named
    if resolved is None and before.cue is None and (
            between := name_ends_before(text, start))[0] > 0 and (
            between[1] < 0 or ((last_named := finder.last_named(start)) is not None
                               and last_named[1] == between[1])):
        inside = Before(text, between[0], finder.scales.lengths)  # "Full Scale IQ on the
        # WISC-V was 97", "Reading Comprehension was a relative strength at 95"
        if (named := _known_area(finder, inside, start, value)) is not None:
            before, resolved = inside, named
    if resolved is None and before.cue is None and (
            summed := _sum_before_score(finder, before, start, end, value)) is not None:
        return summed  # "| Quantitative Reasoning | QRI | 19 | 97 | 42 |": 19 is a sum
    if resolved is not None and before.cue in ("percentile", "ge") and (
            screener := screener_area(finder, start, before.cue)) is not None:
        resolved = screener  # ("aimswebPlus ORF: 93% accuracy, 9th percentile": not the
        # GORT-5's Accuracy, named pages before; the screener is named last in the sentence)
    if resolved is None and before.cue in _TOTAL_CUES and (
            total := finder.total_before(start)) is not None and before.cue in (
            total.kind, "percentile", "ge"):
        resolved = total, finder.scales.tests[total.test].name  # "PPVT-5: standard score 88"
    label = whose = ""
    if resolved is None and before.cue is not None and (not before.words or all(
            w.isupper() and len(w) <= 5 for w in before.words)) and \
            (clause := _line_label(finder, start) or _record_label(finder, start)) is not None:
        clause.cue = before.cue  # "Digit Span: raw score 18, scaled score 6"
        resolved = _known_area(finder, clause, start, value)
        whose = said_by(FORM_RATERS.get(before.words[-1], "")) if before.words else ""
        # ("Internalizing Problems: CBCL T = 68; TRF T = 61": the parent's, the teacher's)
        if resolved is None:
            before.words = clause.words
    elif before.cue is None and not before.words and len(before.glue) == 1 and \
            before.glue[0].lower() in _SCORE_NAMES:
        before.cue, label = "score", before.glue[0]  # "Composite 82": its type not said
    if resolved is None and before.cue is not None and not label and (
            after_area := area_after(finder, taken_to, before.cue, start, value)) is not None:
        return _after(finder, start, end, before.cue, value, after_area, before.cue_spans())
    if before.cue is not None and (each := read_in_order(
            finder, before.cue, start, end, value, before.cue_spans(), resolved is not None)
                                   ) is not None:
        if each is not UNPAIRED:  # "Anxiety and Depression were elevated (T-scores of 68
            return each  # and 71)"
        resolved = None  # (the 68 was Depression's)
    if resolved is None and not label:  # "Digit Span was her lowest subtest (scaled score 6)"
        resolved = subject_area(finder, start, value, before.cue) or screener_area(
            finder, start, before.cue)  # "i-Ready ... Overall Reading 489, 9th percentile"
    if resolved is not None:
        area, test = resolved
        if test and finder.other_test_before(start, area.test):
            test = ""  # "On the KBIT-2 her Nonverbal IQ was 91": not the SB5's
        label = area.label + whose
        kind, role, bands = finder.facts(area, test, before.cue)
    else:
        label = label or before.unknown_label()
        if label and " ".join(label.casefold().split()) in _VALIDITY:
            return None, 0  # ("the Inconsistency score of 3": whether the form can be trusted)
        if before.cue is None or (before.cue == "score" and (
                not label or _LISTED_IN_BRACKETS.match(text, start - 1)
                or _AGAINST_CUT.match(text, taken_to))):
            return None, 0  # (nor the first of "math calculation and fluency scores (77,
            # 76, 71)": whose is which is not said, and none is "fluency, 77")
        if before.cue not in ("percentile", "ge") and screener_before(finder, start):
            return None, 0  # "MAP Growth Math RIT score was 198": a screener's own scale
        if finder.description_sentence(start):
            return None, 0
        kind = "unknown" if before.cue == "score" else before.cue
        renamed = renamed_near(finder, start) if kind == "standard" else None
        if renamed is not None:
            kind = "unknown"  # ("BOT-2 ... Gross Motor standard score 41": mean 50, not 100)
        listed = finder.listed_tests(start) if before.cue in _TOTAL_CUES else None
        if listed is not None:  # "The PPVT-5 and EVT-3 standard scores were 88 and 79"
            scores = read_listed(finder, listed, before.cue, start, end, value,
                                 before.cue_spans())
            if scores is not None:
                return scores
        info = finder.test_near(start, kind, TEST_REACH) if listed is None else None
        test = info.name if info else renamed.name if renamed else ""
        role = (info.t_role if info else "") if kind == "t" else ""
        bands = info.unnamed_bands if info else ()
    if not plausible(kind, value):
        return None, 0
    if (later := _year_after_clause(text, taken_to)) is not None:  # "up from a standard
        # score of 74 on the same subtest of the WIAT-III when he was last evaluated in 2023"
        if not label and _SAME.search(text, taken_to, later.start()) and finder.last:
            label = DATED_LABEL.sub("", finder.last.label)
        if not label:
            return None, 0  # (an earlier testing's score of no area named: not told as now)
        label = dated(label, later.group(1))
    elif label and (year := _YEAR_AFTER.match(text, taken_to) or _change_year(text, start)
                    or _year_before(text, start)):
        label = dated(label, year.group(1))  # "101 in 2023, 103 now": that year's score, not
        # this one's (as a table's year column names it)
    elif label and (year := quoted_year(text, start)):  # "The district's WIAT-4 gave ..."
        if said_again(finder.found, kind, value, year.group(1), test):
            return None, 0
        label = dated(label, year.group(1))
    if kind in ("standard", "scaled") and before.cue in (None, kind) and (
            shifted := score_one_cell_on(text, end, kind, value)) is not None:
        at, upto, score, row = shifted  # "Full Scale IQ   52   82   12": 52 is a sum
        return [Score(at, upto, kind, score, label, test, role, row.stated, row.ci, None,
                      (), bands)], row.end
    cues = before.cue_spans() + ((cue_after,) if cue_after else ())
    if kind == "ge":
        if not label and ((of_row := _row_score(finder, start)) is not None
                          or (of_row := _equal_to(finder, start)) is not None):
            label, test = of_row.label, of_row.test  # ("Spelling .... 84 (14th) - Low Average
            # GE 2.6": the grade equivalent of the row's score, on its line; "(SS = 77)
            # corresponds to a grade equivalent of 3.1": of the score it is said to equal)
        return [Score(start, end, kind, value, label, test, cues=cues)], taken_to
    if (role in RATED or test in finder.scales.rated) and text.startswith(
            _PAIRED, taken_to) and (pair := rater_pair(
            finder, Score(start, end, kind, value, label, test, role, None, None, None, cues,
                          bands), taken_to)) is not None:
        return pair  # "74 (mom) / 69 (Ms. Ferris)": two raters' scores of one scale
    return _finish(finder, start, end, kind, value, label, test, role, cues, bands, taken_to)


def _sum_before_score(finder: _Finder, before: Before, start: int, end: int, value: float
                      ) -> tuple[list[Score], int] | None:
    """A row read without its header whose first number is no score of its area at all (a
    sum of scaled scores too small for an index: "| QRI | 19 | 97 | 42 |"), where the next
    cell is the area's score and the one after it that score's percentile (see
    `score_one_cell_on`); None otherwise."""
    if (two := next_two_cells(finder.text, end)) is None:
        return None
    resolved = _known_area(finder, before, start, two[0])
    if resolved is None or resolved[0].kind not in ("standard", "scaled"):
        return None
    area, test = resolved
    if (shifted := score_one_cell_on(finder.text, end, area.kind, value)) is None:
        return None
    at, upto, score, row = shifted
    kind, role, bands = finder.facts(area, test, None)
    return [Score(at, upto, kind, score, area.label, test, role, row.stated, row.ci, None, (),
                  bands)], row.end


def _after(finder: _Finder, start: int, end: int, cue: str, value: float,
           after: tuple[Area, str, int], cues: tuple[tuple[int, int], ...]
           ) -> tuple[list[Score], int]:
    """The score whose area is named after it (see score_lists.area_after)."""
    area, test, name_end = after
    if test and finder.other_test_before(start, area.test):
        test = ""  # ("Test of ... (TILLS)" over "5 on Nonword Repetition": not the CTOPP-2's)
    kind, role, bands = finder.facts(area, test, cue)
    scores, taken = _finish(finder, start, end, kind, value, area.label, test, role, cues,
                            bands, name_end)
    if finder.text.startswith((" (", "("), end) and (  # "102 (55th percentile) on Math ..."
            between := attachments(finder.text, end, value)) is not None and \
            between.end < name_end and scores[0].stated is None and kind != "percentile":
        scores[0] = scores[0]._replace(stated=between.stated, ci=between.ci or scores[0].ci,
                                       ci_level=between.ci_level or scores[0].ci_level,
                                       cues=scores[0].cues + tuple(
                                           (a, b) for a, b, _ in between.cues))
    finder.after_end = taken + finder.text.startswith(")", taken)  # ("... (16th percentile)")
    if (said := _RANGE_SAID.match(finder.text, finder.after_end)) is not None:
        finder.after_end = said.end()  # ("72 for Hyperactivity (At-Risk), 64 for ...": the
        # list goes on after the area's range, said in words)
    return scores, taken


def _finish(finder: _Finder, start: int, end: int, kind: str, value: float, label: str,
            test: str, role: str, cues: tuple[tuple[int, int], ...],
            bands: tuple[tuple[int, str], ...], taken_to: int) -> tuple[list[Score], int]:
    """The score with what is written after it (percentile, interval, grade equivalent)."""
    extra = attachments(finder.text, taken_to, value)
    if extra is None and finder.text.startswith((" (", "("), taken_to) and (
            bare := BRACKETED.match(finder.text, taken_to)) is not None:
        if finder.bracket_kind is None:
            finder.bracket_kind = bracket_kind(finder.text)
        if finder.bracket_kind == kind:  # "T 78 (99)", as the report's key says
            return [Score(start, end, kind, value, label, test, role, float(bare[1]), None,
                          None, cues, bands)], bare.end()
    if extra is None:
        cells = None
        if kind in ("standard", "scaled") and finder.text.startswith(_NEXT_CELL, taken_to):
            cells = cells_after(finder.text, taken_to, kind, value)  # a row without its
            # header: "82   12   76-91", "| 108 | 70 | [100-115] |"
        if cells is None:
            return [Score(start, end, kind, value, label, test, role, None, None, None, cues,
                          bands)], taken_to
        return [Score(start, end, kind, value, label, test, role, cells.stated, cells.ci, None,
                      cues, bands)], cells.end
    result = [Score(start, end, kind, value, label, test, role,
                    extra.stated if kind != "percentile" else None, extra.ci, extra.ci_level,
                    cues + tuple((a, b) for a, b, _ in extra.cues), bands)]
    if extra.grade_equivalent is not None:
        ge_start, ge_end, ge_value = extra.grade_equivalent
        result.append(Score(ge_start, ge_end, "ge", ge_value, label, test))
    return result, max(taken_to, extra.end)
