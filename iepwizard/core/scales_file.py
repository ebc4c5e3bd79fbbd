"""Reading content/score-scales.toml, and every problem with it as FILE:LINE (check-content).

A part with a problem is left out; the rest is used, so one typo never stops the decoder.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from . import lazy_re
from .problems import Problem, quoted_control
from .scales import (
    FILE_NAME,
    KINDS,
    RENAMED_LISTS,
    Area,
    Scales,
    TestInfo,
    key_of,
    test_key,
    tokens,
)

TEST_KEYS = {"id", "name", "names", "rated", "t_scales", "bands", "area_bands", "ranges",
             "percentile_bands", "percentile_note", "standard_is", "concern_by_name", *KINDS}
_ID = lazy_re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


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
    own: dict[str, set[Area]] = {}  # each test's areas (asked of each test, below)
    for nth, table in enumerate(tables):
        head = heads[nth] if nth < len(heads) else 1
        end = heads[nth + 1] if nth + 1 < len(heads) else len(lines) + 1

        def line_of(needle: str, within: str = "", head: int = head, end: int = end) -> int:
            """The first line holding `needle` (in the list `within`, if given: a name may
            stand in two lists)."""
            if within:
                head = next((n for n in range(head, end)
                             if lines[n - 1].lstrip().startswith(within)), head)
            return next((n for n in range(head, end) if needle in lines[n - 1]), head)

        def fail(needle: str, message: str, table_id: str = str(table.get("id", nth + 1)),
                 within: str = "") -> None:
            problems.append(Problem(path, line_of(needle, within),
                                    f"test {table_id}: {message}"))

        info = _test_info(table, fail)
        if info is None:
            continue
        if info.id in scales.tests:
            fail("id", f"the id '{info.id}' is used by another test")
            continue
        for name in info.names:
            folded = test_key(name)
            if owners.get(folded, info.id) != info.id:
                fail(f'"{name}"', f"the name '{name}' also names the test '{owners[folded]}'")
                continue
            owners[folded] = info.id
        if table.get("scale15") and info.ranges and info.standard_is != "ability":
            fail("scale15", "'scale15' areas are named by the test's 'ranges' at the same "
                            "standing on its mean-50 standard scores: give the test "
                            "'standard_is = \"ability\"', or no 'ranges'")
            continue
        if info.standard_is and not table.get(info.standard_is):
            fail("standard_is", f"'standard_is' names the list '{info.standard_is}', which this "
                                f"test does not have: list its areas there")
            continue
        scales.tests[info.id] = info
        # A name once per kind of score: the ABAS-3's "Social" is a domain's standard score
        # and a skill area's scaled score (the number and its cue tell which).
        seen: dict[tuple[str, str], str] = {}
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
                if kind_key == info.standard_is or (role == "problem" and kind != "t"):
                    scales.own_kinds[area.label] = info.id, kind
                for name in names:
                    key = key_of(name)
                    if (key, kind) in seen:
                        fail(name, f"'{name}' is listed twice (also in '{seen[key, kind]}')",
                             within=kind_key)
                        continue
                    seen[key, kind] = kind_key
                    areas.setdefault(key, []).append(area)
                    own.setdefault(info.id, set()).add(area)
                    scales.longest = max(scales.longest, len(tokens(name)))
        labels = {a.label for a in own.get(info.id, ())}
        for label, _ in info.area_bands:
            if label not in labels:
                fail(f'"{label}"', f"'{label}' in 'area_bands' is no area of this test (write "
                                   f"the first name of an area listed below)", within="area_bands")
        concerns = {a.label for a in own.get(info.id, ()) if a.role == "problem" and a.kind != "t"}
        for label in info.concern_by_name:
            if label not in concerns:
                fail(f'"{label}"', f"'{label}' in 'concern_by_name' is no area of this test's "
                                   f"'problem_standard', 'problem_scaled' or 'problem_vscale' "
                                   f"lists (write the first name of one)",
                     within="concern_by_name")
    scales.areas = {key: tuple(found) for key, found in areas.items()}
    lengths: dict[str, set[int]] = {}
    for key in areas:
        lengths.setdefault(key.rsplit(" ", 1)[-1].casefold(), set()).add(key.count(" ") + 1)
    scales.lengths = {word: tuple(sorted(ks, reverse=True)) for word, ks in lengths.items()}
    scales.test_ids = owners
    for test_id, info in scales.tests.items():
        its = own.get(test_id, set())
        scales.kinds[test_id] = frozenset({a.kind for a in its if a.kind != "percentile"} |
                                          ({"t"} if info.t_role else set()))
        if len(its) == 1:
            scales.totals[test_id] = next(iter(its))
    return scales, problems


def _test_info(table: dict[str, Any], fail: Any) -> TestInfo | None:
    for key in table:
        if key not in TEST_KEYS:
            fail(key, f"unknown key '{key}' (expected one of: {', '.join(sorted(TEST_KEYS))})")
    test_id, name, names = table.get("id"), table.get("name"), table.get("names", [])
    ok = True
    for key, value in table.items():
        if (problem := next(filter(None, (quoted_control(key, text)
                                          for text in _texts(value))), None)) is not None:
            fail(key, problem)
            ok = False
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
    standard_is = table.get("standard_is", "")
    if standard_is not in ("", *RENAMED_LISTS):
        fail("standard_is", f"'standard_is' must be one of {', '.join(RENAMED_LISTS)}: the list "
                            f"whose scores this test calls standard scores, though they are "
                            f"not mean 100 (the BOT-2's are mean 50, SD 10)")
        ok = False
    bands, ranges = table.get("bands", []), table.get("ranges", [])
    if not _floors(bands):
        fail("bands", "'bands' must be [[60, \"words\"], [70, \"words\"]], lowest first")
        ok = False
    if not _floors(ranges) or (ranges and ranges[0][0] != 0):
        fail("ranges", "'ranges' must be [[0, \"words\"], [70, \"words\"], ...], lowest "
                       "first, from 0")
        ok = False
    percentile_bands = table.get("percentile_bands", [])
    if (problem := _percentile_bands_problem(percentile_bands, table)):
        fail("percentile_bands", problem)
        ok = False
    note = table.get("percentile_note", "")
    if not isinstance(note, str) or ("percentile_note" in table and not note.strip()):
        fail("percentile_note", "'percentile_note' must be a non-empty text in quotes")
        ok = False
    elif note and "percentile" not in table:
        fail("percentile_note", "'percentile_note' is only for a test whose areas are listed "
                                "under 'percentile' (a screener's)")
        ok = False
    concern_by_name = table.get("concern_by_name", [])
    if not isinstance(concern_by_name, list) or not all(
            isinstance(n, str) and n.strip() for n in concern_by_name):
        fail("concern_by_name", "'concern_by_name' must list areas' first names, like "
                                "[\"Autism Index\"]")
        ok = False
    area_bands = _area_bands(table.get("area_bands", []))
    if (lost := _lists_in_area_bands(table.get("area_bands", []))):
        fail("area_bands", f"'{lost}' is inside [[test.area_bands]]: write the test's lists "
                           f"first and [[test.area_bands]] after them (TOML puts what follows "
                           f"a table's heading in that table)")
        ok = False
    elif area_bands is None:
        fail("area_bands", "each [[test.area_bands]] must hold 'areas = [\"Area\", ...]' and "
                           "'bands = [[60, \"words\"], ...]', bands lowest first")
        ok = False
    rated = table.get("rated", False)
    if not isinstance(rated, bool):
        fail("rated", "'rated' must be true or false (without quotes)")
        ok = False
    if not ok:
        return None
    assert isinstance(test_id, str) and isinstance(name, str) and area_bands is not None
    return TestInfo(test_id, name.strip(), tuple(dict.fromkeys(n.strip() for n in [name, *names])),
                    t_role, _words(bands), _words(ranges), area_bands, _words(percentile_bands),
                    " ".join(note.split()), standard_is,
                    tuple(n.strip() for n in concern_by_name), rated)


def _percentile_bands_problem(value: Any, table: dict[str, Any]) -> str:
    """What is wrong with a test's `percentile_bands` ("" where nothing is), said so that
    whoever edits the file can mend it: a list of [percentile, "words"], each percentile
    where its words start, lowest first and from 1."""
    key = "'percentile_bands'"
    if value == []:
        return ""
    if not (isinstance(value, list) and value and all(
            isinstance(b, list) and len(b) == 2 and isinstance(b[0], int)
            and not isinstance(b[0], bool) and isinstance(b[1], str) and b[1].strip()
            for b in value)):
        return (f"{key} must be a list of [percentile, \"words\"] pairs, each percentile a "
                f"whole number where its words start, like [[1, \"well below average\"], "
                f"[11, \"below average\"]]")
    floors = [b[0] for b in value]
    if floors != sorted(set(floors)):
        return (f"{key} must list its percentiles lowest first, each once (here: "
                f"{', '.join(map(str, floors))})")
    if floors[0] != 1 or floors[-1] > 99:
        return (f"{key} must start at 1 (the lowest percentile) and go no higher than 99 "
                f"(here: {', '.join(map(str, floors))})")
    if "percentile" not in table:
        return (f"{key} is only for a test whose areas are listed under 'percentile' (a "
                f"screener's); a test of standard scores names its ranges in 'ranges'")
    return ""


def _words(floors: list[list[Any]]) -> tuple[tuple[int, str], ...]:
    return tuple((floor[0], floor[1].strip()) for floor in floors)


def _lists_in_area_bands(entries: Any) -> str:
    """A key of the test's own (`problem`, `standard`...) written under [[test.area_bands]]:
    the test's lists came after it, and TOML put them there ("" where none is)."""
    own = TEST_KEYS - {"area_bands", "bands"}  # ("bands" is an entry's own too)
    return next((key for entry in entries if isinstance(entry, dict) for key in entry
                 if key in own), "") if isinstance(entries, list) else ""


def _area_bands(entries: Any) -> tuple[tuple[str, tuple[tuple[int, str], ...]], ...] | None:
    """`area_bands` read: each listed area's own bands; None where it is not written right."""
    if not isinstance(entries, list):
        return None
    found = []
    for entry in entries:
        if not (isinstance(entry, dict) and set(entry) == {"areas", "bands"}
                and isinstance(entry["areas"], list) and entry["areas"]
                and all(isinstance(a, str) and a.strip() for a in entry["areas"])
                and entry["bands"] and _floors(entry["bands"])):
            return None
        found += [(area.strip(), _words(entry["bands"])) for area in entry["areas"]]
    return tuple(found)


def _floors(value: Any) -> bool:
    """Whether a TOML value is a list of [floor, "words"], floors rising."""
    return isinstance(value, list) and all(
        isinstance(b, list) and len(b) == 2 and isinstance(b[0], int)
        and not isinstance(b[0], bool) and isinstance(b[1], str) and b[1].strip()
        for b in value) and [b[0] for b in value] == sorted({b[0] for b in value})


def _texts(value: Any) -> list[str]:
    """Every text in a TOML value (a text, or lists of them)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for item in value.values() for t in _texts(item)]
    return [t for item in value for t in _texts(item)] if isinstance(value, list) else []


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
