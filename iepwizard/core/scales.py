"""Which test uses which kind of score: content/score-scales.toml, read and checked.

The decoder takes a score's type from the test named around it and the area (index, composite,
subtest, scale) it belongs to, so a BASC-3 "Externalizing Problems composite: T = 70" is a
T-score on a problem scale, never a standard score because of the word "composite".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from . import lazy_re
from .name_starts import SEPARATOR as _SEPARATOR
from .name_starts import first_two, hits, lower_starts
from .trie import Finder, Span, TrieWalk, trie_pattern

FILE_NAME = "score-scales.toml"
#: How many characters of text the tests' names are looked for in without compiling their
#: patterns (see `Scales._finders`): walked in Python, about 0.15 ms per 1,000 characters,
#: the patterns' compiling costs about as much as 250,000.
WALK_BUDGET = 100_000
#: The lists of a test's areas, and the kind and role of score each holds.
KINDS = {"standard": ("standard", ""), "scaled": ("scaled", ""), "vscale": ("v", ""),
         "scale15": ("scale15", ""),
         "problem": ("t", "problem"), "adaptive": ("t", "adaptive"),
         "ability": ("t", "ability"), "percentile": ("percentile", ""),
         "problem_standard": ("standard", "problem"), "problem_scaled": ("scaled", "problem"),
         "problem_vscale": ("v", "problem")}
#: The lists whose scores a test may call "standard scores" though they are not mean 100
#: (`standard_is`: the BOT-2's composites, mean 50 and SD 10, are its "ability" list; the
#: MABC-2's, mean 10 and SD 3, its "scaled" list).
RENAMED_LISTS = ("ability", "problem", "adaptive", "scaled")
#: A word of a name, or "&".
NAME_TOKEN = lazy_re.compile(r"[^\W_]+|&")


def tokens(name: str) -> list[str]:
    """A name's words; "&" reads as "and", and dashes, slashes and spaces alike."""
    return ["and" if t == "&" else t for t in NAME_TOKEN.findall(name)]


#: A test's short name with its edition, after a dash ("WIAT-4", "WISC-V", "KABC-II"):
#: written in small letters too, it names the test.
_EDITION = lazy_re.compile(r"[A-Z]{2,}-(?:[1-9]|I{1,3}|IV|VI{0,3})")
#: Where such a name's edition stands in small letters: "-4", "-v", "-ii".
_SMALL_EDITION = lazy_re.compile(r"-(?:[1-9]|iv|i{1,3}|vi{0,3})(?![\w-])")


def exact_case(name: str) -> bool:
    """Names in capitals ("WMI") and short ones ("Gf") count only written exactly so."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or len(name.strip()) <= 3)


def key_of(name: str) -> str:
    words = tokens(name)
    return " ".join(words) if exact_case(name) else " ".join(words).casefold()


class Area(NamedTuple):
    """One area of one test: its shown name, the test's id, the kind and role of its score."""

    label: str
    test: str
    kind: str
    role: str = ""


class TestInfo(NamedTuple):
    id: str
    name: str
    names: tuple[str, ...]
    t_role: str = ""
    bands: tuple[tuple[int, str], ...] = ()
    #: The test's own names for ranges of standard scores (and the scaled scores and
    #: percentiles it gives), lowest floor first: "" where it has none of its own.
    ranges: tuple[tuple[int, str], ...] = ()
    #: Areas whose problem T-scores the test cuts elsewhere than `bands` (the CBCL's
    #: Internalizing, Externalizing and Total Problems): (area's first name, its bands).
    area_bands: tuple[tuple[str, tuple[tuple[int, str], ...]], ...] = ()
    #: A screener's own names for ranges of its percentiles (aimswebPlus: "well below
    #: average" from the 1st, "below average" from the 11th...), lowest first: "" where the
    #: publisher names none.
    percentile_bands: tuple[tuple[int, str], ...] = ()
    #: What a parent should know about a screener's own words for its percentiles where it
    #: fixes none (Star's categories are cut where the district chooses): "" for nothing.
    percentile_note: str = ""
    #: The list whose scores this test calls "standard scores" ("ability" for the BOT-2,
    #: whose standard scores have a mean of 50 and an SD of 10); "" where they are mean 100.
    standard_is: str = ""
    #: Areas of its `problem_standard`, `problem_scaled` and `problem_vscale` lists whose names
    #: say that higher
    #: means more concern ("Autism Index"), whichever test gave them: read so where the text
    #: names no test. The others ("Social Interaction") may be another test's skill, where
    #: higher is stronger: without this test named, which way is better is not said.
    concern_by_name: tuple[str, ...] = ()
    #: Whether its scores are a rater's (a parent's or a teacher's form: the Vineland-3), though
    #: its scales are no problem or adaptive T-scales; see `rated_by`.
    rated: bool = False

    def bands_of(self, label: str) -> tuple[tuple[int, str], ...]:
        """The test's own words for problem T-scores of the area first named `label`."""
        if not self.area_bands:  # (most tests: asked for each score of theirs)
            return self.bands
        return next((bands for name, bands in self.area_bands if name == label), self.bands)

    @property
    def unnamed_bands(self) -> tuple[tuple[int, str], ...]:
        """The test's words for a score of an area the scales file does not know: its bands,
        unless some of its areas are cut elsewhere (the CBCL's "Internalizing Composite" may
        be a broad scale, borderline from 60, or a syndrome scale, from 65): then none, and
        the usual cut-offs are said."""
        return () if self.area_bands else self.bands


class Scales:
    """Every test the scales file knows, and every area of each (filled by `scales_file`).
    A plain class, not a dataclass: `iepwizard decode` of one line should not pay for
    importing dataclasses (see bench/cli.py)."""

    def __init__(self) -> None:
        self.tests: dict[str, TestInfo] = {}
        #: Every way an area is written (`key_of`) -> the areas of every test written so.
        self.areas: dict[str, tuple[Area, ...]] = {}
        self.longest = 1
        #: The last word of every area name (folded) -> the names' lengths in words, longest
        #: first: a label ends on one of these words, and only these lengths need a look.
        self.lengths: dict[str, tuple[int, ...]] = {}
        #: The kinds of score (standard, scaled, t) each test reports; not the percentiles of
        #: a screener's areas (any test may give percentiles: see `Mentions.test_near`).
        self.kinds: dict[str, frozenset[str]] = {}
        #: Every way a test is written (`test_key`) -> its id.
        self.test_ids: dict[str, str] = {}
        #: The one area of each test that lists only one (its total score: "PPVT-5: standard
        #: score 88" is its Receptive Vocabulary).
        self.totals: dict[str, Area] = {}
        #: The first name of each area whose score its test names otherwise than the decoder
        #: does -> its test and kind: the BOT-2's `standard_is` list, and the standard and
        #: scaled scores where higher means more concern (the GARS-3's).
        self.own_kinds: dict[str, tuple[str, str]] = {}
        self._pattern: re.Pattern[str] | None = None
        self._pools: dict[int, tuple[tuple[Area, ...], str, frozenset[str], bool]] = {}
        self._fitting: dict[tuple[int, str | None, float],
                            tuple[tuple[Area, ...], Fitting | None]] = {}
        #: What the tests' names start with (None if one starts with a separator).
        self._starts: dict[str, tuple[str, ...]] | None = None
        self._lower: tuple[re.Pattern[str], ...] = ()  # (see `name_starts.lower_starts`)
        #: The names that start with no small letter, and those that do, each in a pattern
        #: of their own, or None where there are none (see `test_match`).
        self._halves: tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None = None
        self._names: tuple[str, ...] | None = None
        self._units: list[list[str]] | None = None  # (see `_name_units`)
        #: `_split`'s halves walked in Python, for short texts (see `_finders`).
        self._walks: tuple[Finder | None, Finder | None] | None = None
        self._walked = 0  # (characters read by `_walks`)
        self._written: dict[str, str | None] = {}  # (see `test_of`)
        self._small: dict[str, str] | None = None  # (see `_small_editions`)
        self._rated: frozenset[str] | None = None  # (see `rated`)

    #: What the scales file says (the rest is worked out from it when first asked for, and
    #: is not kept in the cache: see `content_cache.cached_scales`).
    PARSED = ("tests", "areas", "longest", "lengths", "kinds", "test_ids", "totals",
              "own_kinds")

    def __getstate__(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.PARSED}

    def __setstate__(self, state: dict[str, object]) -> None:
        Scales.__init__(self)
        self.__dict__.update((name, state[name]) for name in self.PARSED)

    @property
    def rated(self) -> frozenset[str]:
        """The names (as scores give them: "Vineland-3") of the tests whose scores are a
        rater's whatever their scales' roles (see `TestInfo.rated`)."""
        if self._rated is None:
            self._rated = frozenset(info.name for info in self.tests.values() if info.rated)
        return self._rated

    @property
    def test_names(self) -> tuple[str, ...]:
        """Every name of every test, as the scales file writes them: one `str.startswith`
        tells whether a table row's label starts with any (worked out once, as
        `test_pattern` is)."""
        if self._names is None:
            self._names = tuple(name for info in self.tests.values() for name in info.names)
        return self._names

    def _name_units(self) -> list[list[str]]:
        """Each test's name in units: its characters, a space for any run of separators. A
        name with small letters counts written all in capitals too ("VINELAND-3", a
        report's heading)."""
        if self._units is None:
            names = {name for info in self.tests.values() for name in info.names}
            names |= {name.upper() for name in names if not name.isupper()}
            self._units = [[" " if u.strip(" -") == "" else u
                            for u in re.findall(r"[\s\-]+|.", n)] for n in names]
        return self._units

    @property
    def test_pattern(self) -> re.Pattern[str] | None:
        """Finds the tests' names in a text, exactly as the scales file writes them (spaces,
        line breaks and dashes alike); the longest name wins. (The score finder asks
        `test_match` and `test_mentions`, which read its two halves: this whole pattern is
        compiled only where they cannot tell.)"""
        if self._pattern is None and self.tests:
            self._pattern = re.compile(trie_pattern(self._name_units(), _name_unit))
        return self._pattern

    def _split(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None:
        """`test_pattern` in two: the names that start with no small letter, and those that
        do ("i-Ready", "aimswebPlus"), each None where there are none; None where the scales
        file has no test (compiled once)."""
        if self._halves is None and self.tests:
            capitals, small = self._by_start()
            self._halves = (_names_pattern(capitals), _names_pattern(small))
        return self._halves

    def _by_start(self) -> tuple[list[list[str]], list[list[str]]]:
        """The names (in units) that start with no small letter, and those that do; with
        where the names start, for `test_mentions` (worked out once)."""
        units = self._name_units()
        if self._starts is None and units:
            self._starts = first_two(units)
            self._lower = lower_starts(self._starts) if self._starts else ()
        return [u for u in units if not u[0].islower()], [u for u in units if u[0].islower()]

    def _finders(self, length: int) -> tuple[Finder | None, Finder | None] | None:
        """`_split`'s two halves, or, until `WALK_BUDGET` characters have been read so
        (`length`: the text's, 0 for a match at one place), the same walked in Python
        (`TrieWalk`, the same matches): the two patterns take ~30 ms to compile, as long as
        all the rest of `decode` of a line on the command line; a long text (or a session's
        many) pays it once."""
        if self._halves is not None or not self.tests or self._walked + length > WALK_BUDGET:
            return self._split()
        self._walked += length
        if self._walks is None:
            capitals, small = self._by_start()
            try:
                self._walks = (_names_walk(capitals), _names_walk(small))
            except ValueError:  # (a name with a unit a walk does not take: a tab in it)
                self._walked = WALK_BUDGET + 1
                return self._split()
        return self._walks

    def _whole_finder(self) -> Finder:
        """`test_pattern`, or walked in Python where `_finders` walks the halves."""
        if self._halves is not None:
            return self._whole()
        whole = _names_walk(self._name_units())
        assert whole is not None
        return whole

    def test_match(self, text: str, pos: int = 0, whole: bool = False) -> Span | None:
        """`test_pattern.match(text, pos)` (`fullmatch` where `whole`), told by the half of it
        that can match there: the top of its trie branches at each name's first character,
        and at a small letter only a name that starts with one can match, elsewhere only
        another (no third pattern to compile: the two take as long as the whole one)."""
        halves = self._finders(0)
        if halves is None:
            return None
        pattern = halves[1] if text[pos:pos + 1].islower() else halves[0]
        if pattern is None:
            return None
        return pattern.fullmatch(text, pos) if whole else pattern.match(text, pos)

    def test_mentions(self, text: str) -> list[tuple[int, str]]:
        """(position, test id) of each test named in the text, whole words only.

        A pattern of plain alternatives, without look-behind, lets the regex engine skip
        quickly to the few places that start with a name's first letter."""
        found: list[tuple[int, str]] = []
        halves = self._finders(len(text))
        if halves is None:
            return found
        capitals, small = halves
        for hit in (hits(capitals, small, self._lower, text, self._whole_finder)
                    if self._starts is not None and capitals is not None
                    else self._whole_finder().finditer(text)):
            start, end = hit.span()
            if (start and (text[start - 1].isalnum() or text[start - 1] in "-_")) or \
                    (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                continue
            test_id = self.test_of(hit.group())
            if test_id:
                found.append((start, test_id))
        if in_small := self._small_editions(text):
            found = sorted(found + in_small)
        return found

    def _small_editions(self, text: str) -> list[tuple[int, str]]:
        """(position, test id) of each test named in small letters by its short name and
        edition ("wiat-4", "gfta-3", "wisc-v": a parent's own notes). Found from each
        "-<edition>" (the regex engine skips to each "-"), the name read back from it; the
        trie of names is not made to take them (its look at each "wi", "ca"... of the text's
        words cost a quarter of `decode`'s time at 300 KB)."""
        if self._small is None:
            self._small = {name.lower(): self.test_ids[test_key(name)]
                           for info in self.tests.values() for name in info.names
                           if _EDITION.fullmatch(name) and test_key(name) in self.test_ids}
        found: list[tuple[int, str]] = []
        for edition in _SMALL_EDITION.finditer(text):
            end = start = edition.start()
            while start > 0 and end - start < 8 and "a" <= text[start - 1] <= "z":
                start -= 1
            if end - start < 2 or (start and (text[start - 1].isalnum() or text[start - 1] in
                                              "-_")):
                continue
            if (test_id := self._small.get(text[start:edition.end()])) is not None:
                found.append((start, test_id))
        return found

    def _whole(self) -> re.Pattern[str]:
        """`test_pattern`, where there are tests."""
        pattern = self.test_pattern
        assert pattern is not None
        return pattern

    def screener(self, test_id: str) -> bool:
        """Whether the test's areas are reported only as percentile ranks (an RTI screener's:
        the scales file's `percentile` lists, which `kinds` leaves out)."""
        return test_id in self.tests and not self.kinds.get(test_id)

    def cue_kind(self, cue: str | None, test_id: str) -> str | None:
        """The kind of score a written type ("standard score", "SS") means on this test: on
        the BOT-2 a "standard score" is on its ability list's scale (mean 50, SD 10)."""
        info = self.tests.get(test_id) if cue == "standard" else None
        return KINDS[info.standard_is][0] if info is not None and info.standard_is else cue

    def written(self, words: Sequence[str]) -> tuple[Area, ...]:
        """The areas written as these words ("&" read as "and"), as cased where a name counts
        only so ("WMI"), in any case otherwise; () where none is."""
        cased = " ".join("and" if word == "&" else word for word in words)
        return self.areas.get(cased) or self.areas.get(cased.casefold()) or ()

    def pool(self, areas: tuple[Area, ...]) -> tuple[str, frozenset[str], bool]:
        """Of areas written alike (a value of `areas`): their one kind of score ("" if they
        differ), their tests, and whether their kinds or roles differ; worked out once."""
        facts = self._pools.get(id(areas))  # (kept with the tuple: its id is not reused)
        if facts is None or facts[0] is not areas:
            facts = (areas, *pool_facts(areas))
            self._pools[id(areas)] = facts
        return facts[1:]

    def fitting(self, areas: tuple[Area, ...], cue: str | None, value: float) -> Fitting | None:
        """Of areas written alike (a value of `areas`, of more than one area), those a score
        of `value` with this cue may be of, with their tests and whether their kinds or roles
        differ (see `_Finder.resolve`); None where none may. Worked out once for each name,
        cue and value: a table's rows and a report's summary ask the same again and again."""
        key = (id(areas), cue, value)
        known = self._fitting.get(key)  # (kept with the tuple: its id is not reused)
        if known is not None and known[0] is areas:
            return known[1]
        if len(self._fitting) > 4096:  # (a long session's many texts: start afresh)
            self._fitting.clear()
        if cue == "standard" and any(self.tests[a.test].standard_is for a in areas):
            # (a test that calls another kind "standard": the BOT-2's, mean 50 and SD 10;
            # the areas left are each of the kind the cue means on its test)
            renamed = tuple(a for a in areas if a.kind == self.cue_kind(cue, a.test))
            facts = pool_facts(renamed)
            found = _fitting(renamed, facts, facts[0] or None, value) if renamed else None
        else:
            found = _fitting(areas, self.pool(areas), cue, value)
        self._fitting[key] = (areas, found)
        return found

    def test_of(self, written: str) -> str | None:
        """The id of the test a name found by `test_pattern` belongs to (kept for each way a
        name is written: a report names its tests again and again, and `test_key` splits at
        a pattern)."""
        if written in self._written:
            return self._written[written]
        if len(self._written) > 4096:  # (a long session's many texts: start afresh)
            self._written.clear()
        test_id = self._written[written] = self.test_ids.get(test_key(written))
        return test_id


def _names_pattern(units: list[list[str]]) -> re.Pattern[str] | None:
    """The pattern of these names (in units), None where there are none."""
    return re.compile(trie_pattern(units, _name_unit)) if units else None


def _names_walk(units: list[list[str]]) -> TrieWalk | None:
    """`_names_pattern`, walked in Python (see `Scales._finders`)."""
    return TrieWalk(units, _name_unit, " ", _separates) if units else None


def _separates(char: str) -> bool:
    """Whether `_SEPARATOR` takes the character in (`\\s` is `str.isspace`)."""
    return char.isspace() or char == "-" or "\u2010" <= char <= "\u2014"


def _name_unit(unit: str) -> str:
    """A unit of a test's name as `test_pattern` writes it: any separator for a space."""
    return _SEPARATOR if unit == " " else re.escape(unit)


#: `_SEPARATOR` compiled, for `test_key` (asked for each test a text names).
_SEPARATORS = lazy_re.compile(_SEPARATOR)


#: Areas a score may be of: the areas, their tests, whether their kinds or roles differ.
Fitting = tuple[tuple[Area, ...], frozenset[str], bool]
#: The types a cue written before a number makes an area's own (`scores.NORMED`, spelled
#: out: scores imports this module).
_NORMED = ("standard", "scaled", "v", "t", "scale15")


def _fitting(areas: tuple[Area, ...], facts: tuple[str, frozenset[str], bool],
             cue: str | None, value: float) -> Fitting | None:
    """`Scales.fitting`, worked out: a score's pool of areas, as `_Finder.resolve` reads it.
    Where the areas' kinds differ, the pool's tests and mixing are its own; where they are
    one kind, the areas' unless the value rules some out (a problem scale's low T-score)."""
    from .scores import fits

    kind, tests, mixed = facts
    if kind:  # one kind of score for all (most names): the pool is all or none
        if (cue in _NORMED and cue != kind) or (
                cue not in ("percentile", "ge") and not fits(kind, "", value)):
            return None
        pool = areas if cue in ("percentile", "ge") else tuple(
            a for a in areas if fits(a.kind, a.role, value))
        if not pool:
            return None
        if len(pool) < len(areas):  # (a problem scale's area ruled out by a low value)
            _, tests, mixed = pool_facts(pool)
        return pool, tests, mixed
    pool = tuple(a for a in areas if a.kind == cue) if cue in _NORMED else areas
    if cue not in ("percentile", "ge"):
        pool = tuple(a for a in pool if fits(a.kind, a.role, value))
    if not pool:
        return None
    _, tests, mixed = pool_facts(pool)
    return pool, tests, mixed


def pool_facts(areas: Sequence[Area]) -> tuple[str, frozenset[str], bool]:
    """Of areas a name may be: their one kind of score ("" if they differ), their tests, and
    whether their kinds or roles differ."""
    kinds = {area.kind for area in areas}
    return (kinds.pop() if len(kinds) == 1 else "", frozenset(area.test for area in areas),
            len({(area.kind, area.role) for area in areas}) > 1)


def test_key(name: str) -> str:
    return " ".join(_SEPARATORS.split(name.strip())).casefold()


@functools.lru_cache(maxsize=4)
def _cached(path: Path, _stamp: tuple[int, int], cache: Path | None) -> Scales:
    if cache is not None:
        from .content_cache import cached_scales

        return cached_scales(path, cache, parsed)
    return parsed(path)


def parsed(path: Path) -> Scales:
    """The scales file at `path` parsed now (none where it cannot be read)."""
    try:
        from .scales_file import parse_scales

        return parse_scales(path.read_text(encoding="utf-8"), path)[0]
    except (OSError, UnicodeDecodeError):
        return Scales()


def scales_for(root: Path, cache: Path | None = None) -> Scales:
    """The content folder's scales (none if the file is missing; check-content names errors).
    `cache`: the cache folder, where the command line keeps them parsed between runs (parsing
    the file took a small `decode` longer than all the rest of its reading of the file)."""
    path = root / FILE_NAME
    try:
        stat = path.stat()
    except OSError:
        return Scales()
    return _cached(path, (stat.st_mtime_ns, stat.st_size), cache)
