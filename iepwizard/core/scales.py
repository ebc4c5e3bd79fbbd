"""Which test uses which kind of score: content/score-scales.toml, read and checked.

The decoder takes a score's type from the test named around it and the area (index, composite,
subtest, scale) it belongs to, so a BASC-3 "Externalizing Problems composite: T = 70" is a
T-score on a problem scale, never a standard score because of the word "composite".
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .problems import Problem
from .trie import trie_pattern

FILE_NAME = "score-scales.toml"
#: The lists of a test's areas, and the kind and role of score each holds.
KINDS = {"standard": ("standard", ""), "scaled": ("scaled", ""), "problem": ("t", "problem"),
         "adaptive": ("t", "adaptive")}
TEST_KEYS = {"id", "name", "names", "t_scales", "bands", *KINDS}
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_TOKEN = re.compile(r"[^\W_]+|&")


def tokens(name: str) -> list[str]:
    """A name's words; "&" reads as "and", and dashes, slashes and spaces alike."""
    return ["and" if t == "&" else t for t in _TOKEN.findall(name)]


def exact_case(name: str) -> bool:
    """Names in capitals ("WMI") and short ones ("Gf") count only written exactly so."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or len(name.strip()) <= 3)


def key_of(name: str) -> str:
    words = tokens(name)
    return " ".join(words) if exact_case(name) else " ".join(words).casefold()


@dataclass(frozen=True)
class Area:
    """One area of one test: its shown name, the test's id, the kind and role of its score."""

    label: str
    test: str
    kind: str
    role: str = ""


@dataclass(frozen=True)
class TestInfo:
    id: str
    name: str
    names: tuple[str, ...]
    t_role: str = ""
    bands: tuple[tuple[int, str], ...] = ()


@dataclass
class Scales:
    tests: dict[str, TestInfo] = field(default_factory=dict)
    #: Every way an area is written (`key_of`) -> the areas of every test written so.
    areas: dict[str, tuple[Area, ...]] = field(default_factory=dict)
    longest: int = 1
    #: The last word of every area name (folded) -> the names' lengths in words, longest
    #: first: a label ends on one of these words, and only these lengths need a look.
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def last_words(self) -> dict[str, tuple[int, ...]]:
        return self.lengths
    #: The kinds of score (standard, scaled, t) each test reports.
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Every way a test is written (`_test_key`) -> its id.
    test_ids: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    @property
    def test_pattern(self) -> re.Pattern[str] | None:
        """Finds the tests' names in a text, exactly as the scales file writes them (spaces,
        line breaks and dashes alike); the longest name wins."""
        if self._pattern is None and self.tests:
            names = {name for info in self.tests.values() for name in info.names}
            units = [[" " if u.strip(" -") == "" else u for u in re.findall(r"[\s\-]+|.", n)]
                     for n in names]
            self._pattern = re.compile(trie_pattern(
                units, lambda u: _SEPARATOR if u == " " else re.escape(u)))
        return self._pattern

    def test_mentions(self, text: str) -> list[tuple[int, str]]:
        """(position, test id) of each test named in the text, whole words only.

        A pattern of plain alternatives, without look-behind, lets the regex engine skip
        quickly to the few places that start with a name's first letter."""
        pattern = self.test_pattern
        found: list[tuple[int, str]] = []
        if pattern is None:
            return found
        for hit in pattern.finditer(text):
            start, end = hit.span()
            if (start and (text[start - 1].isalnum() or text[start - 1] in "-_")) or \
                    (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                continue
            test_id = self.test_of(hit.group())
            if test_id:
                found.append((start, test_id))
        return found

    def test_of(self, written: str) -> str | None:
        """The id of the test a name found by `test_pattern` belongs to."""
        return self.test_ids.get(_test_key(written))


_SEPARATOR = r"[\s\-\u2010-\u2014]+"


def _test_key(name: str) -> str:
    return " ".join(re.split(r"[\s\-\u2010-\u2014]+", name.strip())).casefold()


def _line_finder(text: str) -> tuple[list[int], list[str]]:
    lines = text.splitlines()
    heads = [n for n, line in enumerate(lines, 1) if re.match(r"^\s*\[\[\s*test\s*\]\]", line)]
    return heads, lines


def parse_scales(text: str, path: Path) -> tuple[Scales, list[Problem]]:
    """The scales in `text`, and every problem with it as FILE:LINE (bad parts are left out)."""
    problems: list[Problem] = []
    scales = Scales()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(exc))) else 1
        return scales, [Problem(path, line, f"is not valid TOML: {exc}")]
    heads, lines = _line_finder(text)
    for key in data:
        if key != "test":
            problems.append(Problem(path, 1, f"unknown table '{key}' (only [[test]] tables)"))
    tables = data.get("test", [])
    if not isinstance(tables, list):
        return scales, problems + [Problem(path, 1, "write each test as a [[test]] table")]
    owners: dict[str, str] = {}
    areas: dict[str, list[Area]] = {}
    for nth, table in enumerate(tables):
        head = heads[nth] if nth < len(heads) else 1
        end = heads[nth + 1] if nth + 1 < len(heads) else len(lines) + 1

        def line_of(needle: str, head: int = head, end: int = end) -> int:
            return next((n for n in range(head, end) if needle in lines[n - 1]), head)

        def fail(needle: str, message: str, table_id: str = str(table.get("id", nth + 1))
                 ) -> None:
            problems.append(Problem(path, line_of(needle), f"test {table_id}: {message}"))

        info = _test_info(table, fail)
        if info is None:
            continue
        if info.id in scales.tests:
            fail("id", f"the id '{info.id}' is used by another test")
            continue
        for name in info.names:
            folded = _test_key(name)
            if owners.get(folded, info.id) != info.id:
                fail(f'"{name}"', f"the name '{name}' also names the test '{owners[folded]}'")
                continue
            owners[folded] = info.id
        scales.tests[info.id] = info
        seen: dict[str, str] = {}
        for kind_key, (kind, role) in KINDS.items():
            entries = table.get(kind_key, [])
            if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
                fail(kind_key, f"'{kind_key}' must be a list of texts, like [\"Digit Span\"]")
                continue
            for entry in entries:
                names = [n.strip() for n in entry.split("|")]
                if not all(tokens(n) for n in names):
                    fail(entry, f"'{entry}' has an empty name (write \"Name | other name\")")
                    continue
                area = Area(names[0], info.id, kind, role)
                for name in names:
                    key = key_of(name)
                    if key in seen:
                        fail(name, f"'{name}' is listed twice (also in '{seen[key]}')")
                        continue
                    seen[key] = kind_key
                    areas.setdefault(key, []).append(area)
                    scales.longest = max(scales.longest, len(tokens(name)))
    scales.areas = {key: tuple(found) for key, found in areas.items()}
    lengths: dict[str, set[int]] = {}
    for key in areas:
        lengths.setdefault(key.rsplit(" ", 1)[-1].casefold(), set()).add(key.count(" ") + 1)
    scales.lengths = {word: tuple(sorted(ks, reverse=True)) for word, ks in lengths.items()}
    scales.test_ids = owners
    for test_id, info in scales.tests.items():
        kinds = {a.kind for found in areas.values() for a in found if a.test == test_id}
        scales.kinds[test_id] = frozenset(kinds | ({"t"} if info.t_role else set()))
    return scales, problems


def _test_info(table: dict[str, Any], fail: Any) -> TestInfo | None:
    for key in table:
        if key not in TEST_KEYS:
            fail(key, f"unknown key '{key}' (expected one of: {', '.join(sorted(TEST_KEYS))})")
    test_id, name, names = table.get("id"), table.get("name"), table.get("names", [])
    ok = True
    if not isinstance(test_id, str) or not _ID.match(test_id):
        fail("id", "'id' must use only lower-case letters, digits and dashes")
        ok = False
    if not isinstance(name, str) or not name.strip():
        fail("name", "'name' must be a non-empty text in quotes")
        ok = False
    if (not isinstance(names, list) or not names
            or not all(isinstance(n, str) and n.strip() for n in names)):
        fail("names", "'names' must list how reports write the test, like [\"WISC-V\"]")
        ok = False
    t_role = table.get("t_scales", "")
    if t_role not in ("", "problem", "adaptive"):
        fail("t_scales", "'t_scales' must be \"problem\" or \"adaptive\"")
        ok = False
    bands = table.get("bands", [])
    good_bands = (isinstance(bands, list) and all(
        isinstance(b, list) and len(b) == 2 and isinstance(b[0], int)
        and not isinstance(b[0], bool) and isinstance(b[1], str) and b[1].strip()
        for b in bands) and [b[0] for b in bands] == sorted({b[0] for b in bands}))
    if not good_bands:
        fail("bands", "'bands' must be [[60, \"words\"], [70, \"words\"]], lowest first")
        ok = False
    if not ok:
        return None
    assert isinstance(test_id, str) and isinstance(name, str)
    return TestInfo(test_id, name.strip(), tuple(dict.fromkeys(n.strip() for n in [name, *names])),
                    t_role, tuple((b[0], b[1].strip()) for b in bands))


def scale_problems(root: Path) -> list[Problem]:
    """What check-content reports about the content folder's score scales."""
    path = root / FILE_NAME
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [Problem(path, 0, f"cannot be read ({exc})")]
    return parse_scales(text, path)[1]


@functools.lru_cache(maxsize=4)
def _cached(path: Path, _stamp: tuple[int, int]) -> Scales:
    try:
        return parse_scales(path.read_text(encoding="utf-8"), path)[0]
    except (OSError, UnicodeDecodeError):
        return Scales()


def scales_for(root: Path) -> Scales:
    """The content folder's scales (none if the file is missing; check-content names errors)."""
    path = root / FILE_NAME
    try:
        stat = path.stat()
    except OSError:
        return Scales()
    return _cached(path, (stat.st_mtime_ns, stat.st_size))
