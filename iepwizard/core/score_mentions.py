"""Where a text names tests, and which test is named nearest before a place in it (the
score finder's; a score's type comes from the test named before it)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Set as AbstractSet

from . import lazy_re
from .scales import Area, Scales, TestInfo
from .score_before import GLUE_PUNCT, GLUE_WORDS, only_glue, tokens

#: A test's name as publishers write them, capitals and an edition ("WASI-II", "TONI-4",
#: "NEPSY-II"): where the scales file does not know it, a score after it is not another's.
_EDITION = lazy_re.compile(r"-(?:\d{1,2}|I{1,3}|IV|V)(?![\w-])")  # (found first: a "-" is rare)
_NAME_BEFORE = lazy_re.compile(r"(?<![\w-])[A-Z]{3,}(?:-[A-Z]+)?$")
_NO_TESTS = ("DSM", "ICD", "COVID")
_BLANK_LINE = lazy_re.compile(r"\n[ \t]*\n")  # (a paragraph's end)
#: A heading naming a test, its short name in brackets at the line's end.
_TEST_HEADING = lazy_re.compile(
    r"^[ \t]*[A-Z][^\n()]{5,100}\(([A-Z][A-Za-z]{2,7}(?:-[A-Z0-9]{1,4})?)\)"
    r"[ \t,.:]*$", re.MULTILINE)
#: A word that says a heading names a test.
_TEST_WORD = lazy_re.compile(r"\b(?:Tests?|Scales?|Inventory|Battery|Assessment|Profile|Checklist"
                             r"|Questionnaire|Measures?)\b")
#: How far back in its sentence such a name is looked for, in characters.
_SENTENCE_REACH = 160
#: How far before a number a list of tests may end and only glue stand between, in
#: characters ("... EVT-3 standard scores were " is 29).
_GLUE_REACH = 80
#: What joins the names of tests in a list ("the PPVT-5 and EVT-3 standard scores").
_JOINS = {"and", "or", "&", ",", "/", "the"}


class Mentions:
    """The tests a text names, read once, when first asked."""

    def __init__(self, text: str, scales: Scales) -> None:
        self.text, self.scales = text, scales
        self._starts: list[int] | None = None
        self._ids: list[str] = []
        self._by_test: dict[str, list[int]] = {}
        self._others: list[int] | None = None  # where tests the scales file lacks are named
        self._headings: list[int] | None = None  # ... in a heading of their own (see below)

    def _mentions(self) -> list[int]:
        """Where tests are named (read once)."""
        if self._starts is None:
            mentions = self.scales.test_mentions(self.text)
            self._starts = [start for start, _ in mentions]
            self._ids = [test_id for _, test_id in mentions]
            for start, test_id in mentions:
                self._by_test.setdefault(test_id, []).append(start)
        return self._starts

    def last_named(self, pos: int) -> tuple[str, int] | None:
        """The id of the test named last before `pos` and where its name starts, or None:
        `last_test`'s first answer, before it reads the name's end and the tests the scales
        file does not know (asked first where only some tests would do)."""
        starts = self._mentions()
        index = bisect.bisect_left(starts, pos) - 1
        return (self._ids[index], starts[index]) if index >= 0 else None

    def paragraph_of_another(self, own: str, pos: int) -> bool:
        """Whether `pos` stands in a paragraph that names another test than `own` (an id),
        and `own` was last named in an earlier paragraph: "Vocabulary was 11" in a TOWL-4
        paragraph, the WISC-V named only in the paragraph above."""
        last = self.last_named(pos)
        if last is None or last[0] == own:
            return False
        named = self._by_test.get(own, [])
        own_at = named[bisect.bisect_left(named, pos) - 1] if named else -1
        return own_at >= 0 and _BLANK_LINE.search(self.text, own_at, last[1]) is not None \
            and _BLANK_LINE.search(self.text, last[1], pos) is None

    def first_named(self, test: str) -> int:
        """Where the text first names the test a score calls `test` (its name, as the scales
        file gives it), or the text's length where it names it nowhere."""
        self._mentions()
        return min((starts[0] for test_id, starts in self._by_test.items()
                    if self.scales.tests[test_id].name == test), default=len(self.text))

    def names_any(self, test_ids: set[str]) -> bool:
        """Whether the text names one of these tests anywhere."""
        self._mentions()
        return any(test_id in self._by_test for test_id in test_ids)

    def nearest_test(self, pos: int, among: AbstractSet[str] | None = None,
                     reach: int | None = None) -> str | None:
        """The id of the test named nearest before `pos` (among `among`, within `reach`)."""
        starts = self._mentions()
        best, best_at = None, -1
        if among is None:
            index = bisect.bisect_left(starts, pos) - 1
            if index >= 0:
                best, best_at = self._ids[index], starts[index]
        else:  # the nearest mentions first (one is most often of these tests), then each test
            index = bisect.bisect_left(starts, pos) - 1
            ids, stop = self._ids, index - 4
            while index > stop and index >= 0:
                if ids[index] in among:
                    best, best_at = ids[index], starts[index]
                    break
                index -= 1
            else:
                for test_id in among if index >= 0 else ():
                    named = self._by_test.get(test_id)
                    index = bisect.bisect_left(named, pos) - 1 if named else -1
                    if index >= 0 and named is not None and named[index] > best_at:
                        best, best_at = test_id, named[index]
        if best is None or (reach is not None and pos - best_at > reach):
            return None
        return best

    def other_test_before(self, pos: int, own: str) -> bool:
        """Whether another test than `own` (the id of the test a score was put on) is named
        before `pos` in the same sentence, nearer than any mention of `own`: one the scales
        file does not know ("On the KBIT-2 her Nonverbal IQ was 91", in an SB5 report: the
        score is not the SB5's), or one it knows that lacks the area, where only glue and the
        area's name stand between ("On the CTONI-2 her FSIQ was 91", "Beery VMI: Coding 5";
        not "beside her WIAT-4 Word Reading of 80, her FSIQ of 85") and the sentence does not
        name `own` too ("the WISC-V and WIAT-4 scores: FSIQ 85")."""
        other, known_index = self._unknown_last(pos)  # (the text's mentions read first)
        named = self._by_test.get(own, [])
        own_index = bisect.bisect_left(named, pos) - 1  # (`own` named last before `pos`)
        heading = self._unknown_heading_before(pos)
        if heading >= 0 and not (own_index >= 0 and named[own_index] > heading):
            return True  # a section headed by a test the scales file does not know ("Test of
            # Integrated Language and Literacy Skills (TILLS)"), `own` not named since
        if other >= 0:  # a test the scales file does not know, named last
            return other >= pos - _SENTENCE_REACH and self._one_sentence(other, pos)
        known_at = self._mentions()[known_index] if known_index >= 0 else -1
        if known_at < pos - _SENTENCE_REACH or self._ids[known_index] == own:
            return False  # (also where no test is named: known_at is -1)
        end = self._end_of(known_at)
        if end is None or not self._one_sentence(known_at, pos) or not all(
                t[0].isupper() or t.lower() in GLUE_WORDS or t in GLUE_PUNCT or t in ",&/"
                for t in tokens(self.text, end, pos)):
            return False
        return own_index < 0 or not self._one_sentence(named[own_index], pos)

    def _unknown_heading_before(self, pos: int) -> int:
        """Where the last heading before `pos` that names a test the scales file does not know
        starts (-1: none does). Such a heading is a line of its own: the test's name, a word
        that says it is one ("Test", "Scale", "Inventory"...), its short name in brackets at
        the end: "Test of Integrated Language and Literacy Skills (TILLS)". (Read once.)"""
        if self._headings is None:
            self._headings = [
                heading.start() for heading in _TEST_HEADING.finditer(self.text)
                if self.scales.test_of(heading[1]) is None and _TEST_WORD.search(heading[0])
                and not self.scales.test_mentions(heading[0])]  # (not "BASC-3 Parent Rating
            # Scales (PRS-C)": a known test's form)
        index = bisect.bisect_left(self._headings, pos) - 1
        return self._headings[index] if index >= 0 else -1

    def _one_sentence(self, start: int, end: int) -> bool:
        """Whether no sentence ends between `start` and `end` (a full stop or a blank line
        ends one, a line's wrap does not)."""
        text = self.text
        return max(text.rfind(". ", start, end), text.rfind(".\n", start, end),
                   text.rfind("\n\n", start, end)) < 0

    def _unknown_last(self, pos: int) -> tuple[int, int]:
        """Where a test the scales file does not know is named before `pos`, after every test
        it knows (-1: none is), and the index in `_mentions()` of the last test it knows named
        before `pos` (-1: none is)."""
        starts, others = self._mentions(), self._others_named()
        known_index = bisect.bisect_left(starts, pos) - 1
        index = bisect.bisect_left(others, pos) - 1
        other = others[index] if index >= 0 else -1
        return (other if other > (starts[known_index] if known_index >= 0 else -1) else -1,
                known_index)

    def _others_named(self) -> list[int]:
        """Where tests the scales file does not know are named ("BOT-2", "CTONI-2": capitals
        and an edition), in order; read once (most texts name none)."""
        if self._others is None:
            known = set(self._mentions())
            self._others = []
            text = self.text
            for edition in _EDITION.finditer(text):
                at = edition.start()
                if not ("A" <= text[at - 1] <= "Z" or (text[at - 1] == "\n" and at > 1 and
                                                       "A" <= text[at - 2] <= "Z")):
                    continue  # (no capital ends right before the dash, as `$` needs: a
                    # range "76-91", a date; not even looked for)
                name = _NAME_BEFORE.search(text, max(0, at - 24), at)
                if name and name.start() not in known and not name[0].startswith(_NO_TESTS):
                    self._others.append(name.start())
        return self._others

    def last_test(self, pos: int) -> tuple[str, int, int] | None:
        """The test named last before `pos`: its id, and where its name starts and ends; None
        where none is, or a test the scales file does not know is named after it."""
        starts = self._mentions()
        index = bisect.bisect_left(starts, pos) - 1
        if index < 0 or self._unknown_last(pos)[0] >= 0:
            return None
        end = self._end_of(starts[index])
        return None if end is None or end > pos else (self._ids[index], starts[index], end)

    def test_near(self, pos: int, kind: str, reach: int) -> TestInfo | None:
        """The test named just before a score whose area the scales file does not know, if
        that test reports this kind of score (never for a grade equivalent, a percentile or
        a number of unknown kind: any test may give those), and no test the scales file does
        not know is named after it ("Beery VMI ... BOT-2 ... MANUAL COORDINATION 43": not the
        Beery's)."""
        test_id = self.nearest_test(pos, None, reach)
        if test_id is None or kind not in self.scales.kinds.get(test_id, ()):
            return None
        if self._unknown_last(pos)[0] >= 0:  # (`test_id` is the last known test named)
            return None
        return self.scales.tests[test_id]

    def total_before(self, pos: int) -> Area | None:
        """The total score of a test that lists one area, where its name stands right before
        the glue of the number at `pos` ("PPVT-5: standard score 88", "EVT-3, SS = 79"). None
        where the name ends a list of tests ("the PPVT-5 and EVT-3 standard scores were 88
        and 79": the text does not say whose is which)."""
        starts = self._mentions()
        index = bisect.bisect_left(starts, pos) - 1
        if index < 0 or (total := self.scales.totals.get(self._ids[index])) is None:
            return None
        end = self._end_of(starts[index])
        if end is None or not only_glue(self.text, end, pos):
            return None
        if index and (before := self._end_of(starts[index - 1])) is not None:
            between = {t.lower() for t in tokens(self.text, before, starts[index])}
            if between <= _JOINS and between - {"the"}:
                return None
        return total

    def listed_tests(self, pos: int) -> list[str] | None:
        """The tests named as a list right before the glue of the number at `pos` ("The PPVT-5
        and EVT-3 standard scores were 88 and 79"), in the order written; None where no list
        of two or more stands there."""
        starts = self._mentions()
        index = bisect.bisect_left(starts, pos) - 1
        if index < 1 or starts[index] < pos - _GLUE_REACH or (
                end := self._end_of(starts[index])) is None or not only_glue(self.text, end, pos):
            return None  # (glue is a few words: a mention further back is not read up to here)
        listed = [self._ids[index]]
        while index and (before := self._end_of(starts[index - 1])) is not None:
            between = {t.lower() for t in tokens(self.text, before, starts[index])}
            if not (between <= _JOINS and between - {"the"}):
                break
            index -= 1
            listed.append(self._ids[index])
        return listed[::-1] if len(listed) > 1 else None

    def _end_of(self, start: int) -> int | None:
        """Where the test's name found at `start` ends."""
        hit = self.scales.test_match(self.text, start)
        return hit.end() if hit is not None else None
