"""The deadline rules, as data: `content/deadlines.toml`, read and checked line by line.

A rule says which key date starts a clock (an event of core/events.py), how long the clock
runs (a count and a unit), which key date stops it, which per-child setting may change the
count, which track it belongs to, and the law behind it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import lazy_re
from .events import EVENTS
from .frontmatter import read_text, toml_error_line, toml_error_message
from .problems import ContentError, Problem

FILE_NAME = "deadlines.toml"
UNITS = ("calendar-days", "school-days", "years", "age")
KINDS = ("deadline", "threshold")
TRACKS = ("iep", "504", "both")
#: Settings every child has whatever the rules say; a rule may not take these names.
BUILT_IN_SETTINGS = ("track", "school-year-start")
_KEYS = {"id", "label", "kind", "start", "done", "before", "due_at_next", "count", "unit",
         "setting", "setting_label", "track", "rule", "citation", "needs", "letter",
         "letter_unconfirmed", "period_name"}
_TOP_KEYS = {"default_label", "unknown_track_label", "deadline"}
_ID = lazy_re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_PLACEHOLDER = lazy_re.compile(r"\{([^{}]*)\}")
_ALLOWED_PLACEHOLDERS = {"rule": {"period"}, "letter": {"start"},
                         "letter_unconfirmed": {"start"}}
MAX_COUNT = 3650


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    starts: tuple[str, ...]
    count: int
    unit: str
    setting: str
    track: str
    rule: str
    citation: str
    kind: str = "deadline"
    dones: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    #: An age rule met at a meeting (the transition plan, in an IEP): when none of these key
    #: dates comes by the birthday (no IEP yet), it is due at the first one after it.
    due_at_next: tuple[str, ...] = ()
    needs: str = ""
    letter: str = ""
    letter_unconfirmed: str = ""
    period_name: str = ""
    #: The setting as a parent reads it ("Time to finish the first evaluation"); else `label`.
    setting_label: str = ""
    line: int = 0

    @property
    def setting_words(self) -> str:
        return self.setting_label or self.label


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    default_label: str
    unknown_track_label: str
    path: Path | None = None

    def by_setting(self, name: str) -> Rule | None:
        return next((r for r in self.rules if r.setting == name), None)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def load_rules(root: Path) -> Rules:
    """The rules of a content folder; ContentError lists every problem as FILE:LINE."""
    problems: list[Problem] = []
    rules = read_rules(root / FILE_NAME, problems)
    if problems or rules is None:
        raise ContentError(problems)
    return rules


def check_rules(root: Path) -> list[Problem]:
    """Every problem in the folder's rules file (empty when it is valid)."""
    problems: list[Problem] = []
    read_rules(root / FILE_NAME, problems)
    return problems


def read_rules(path: Path, problems: list[Problem]) -> Rules | None:
    if not path.is_file():
        problems.append(Problem(path, 0, "is missing: the key-date rules live in "
                                         f"{FILE_NAME}"))
        return None
    text = read_text(path, problems)
    if text is None:
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(path, toml_error_line(exc),
                                f"is not valid TOML: {toml_error_message(exc)}"))
        return None
    lines = text.splitlines()
    heads = [n for n, line in enumerate(lines, 1) if re.match(r"^\s*\[\[\s*deadline\s*\]\]", line)]
    top = functools.partial(_key_line, lines, first=1, last=heads[0] if heads else len(lines) + 1)
    for key in sorted(set(data) - _TOP_KEYS):
        problems.append(Problem(path, top(key), f"unknown key '{key}' (expected one of: "
                                                f"{', '.join(sorted(_TOP_KEYS))})"))
    labels = {}
    for key in ("default_label", "unknown_track_label"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(path, top(key),
                                    f"'{key}' must be a non-empty text in quotes"))
        labels[key] = value.strip() if isinstance(value, str) else ""
    tables = data.get("deadline", [])
    if not isinstance(tables, list) or not tables or not all(isinstance(t, dict) for t in tables):
        problems.append(Problem(path, 1, "the rules must be written as [[deadline]] tables"))
        tables = []
    rules: list[Rule] = []
    for nth, table in enumerate(tables):
        first = heads[nth] if nth < len(heads) else 1
        last = heads[nth + 1] if nth + 1 < len(heads) else len(lines) + 1
        rule = _read_rule(path, table, functools.partial(_key_line, lines, first=first,
                                                         last=last), first, problems)
        if rule is not None:
            rules.append(rule)
    _check_unique(path, rules, problems)
    return Rules(tuple(rules), labels["default_label"], labels["unknown_track_label"], path)


def _key_line(lines: list[str], key: str, *, first: int, last: int) -> int:
    """The line of `key = ...` between two table headers, else the first header's line."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number in range(max(first, 1), min(last, len(lines) + 1)):
        if pattern.match(lines[number - 1]):
            return number
    return max(first, 1)


def _read_rule(path: Path, t: dict[str, Any], line: Callable[[str], int], head: int,
               problems: list[Problem]) -> Rule | None:
    before = len(problems)
    name = t.get("id") if isinstance(t.get("id"), str) else f"{head}"

    def fail(key: str, message: str) -> None:
        problems.append(Problem(path, line(key), f"deadline {name}: {message}"))

    def text(key: str, required: bool = True) -> str:
        value = t.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            fail(key, f"missing '{key}'" if key not in t else
                 f"'{key}' must be a non-empty text in quotes")
            return ""
        if any(ord(c) < 32 for c in value):
            fail(key, f"'{key}' must be one line with no control characters")
        for found in _PLACEHOLDER.findall(value):
            if found not in _ALLOWED_PLACEHOLDERS.get(key, set()):
                allowed = ", ".join(f"{{{p}}}" for p in sorted(_ALLOWED_PLACEHOLDERS.get(key, ())))
                fail(key, f"'{{{found}}}' is not a blank this text can use"
                          + (f" (it may use {allowed})" if allowed else ""))
        return value.strip()

    def events(key: str, required: bool) -> tuple[str, ...]:
        value = t.get(key, [] if not required else None)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail(key, f"missing '{key}'" if value is None else
                 f"'{key}' must be a key date or a list of them, like [\"a\", \"b\"]")
            return ()
        if required and not value:
            fail(key, f"'{key}' must name at least one key date")
        for event in value:
            if event not in EVENTS:
                fail(key, f"unknown event '{event}' in '{key}'; use one of: {', '.join(EVENTS)}")
        return tuple(value)

    for key in sorted(set(t) - _KEYS):
        fail(key, f"unknown key '{key}' (expected one of: {', '.join(sorted(_KEYS))})")
    rule_id = text("id")
    if rule_id and not _ID.match(rule_id):
        fail("id", f"id \"{rule_id}\" must use only lower-case letters, digits and dashes")
    kind = t.get("kind", "deadline")
    if kind not in KINDS:
        fail("kind", f"unknown kind '{kind}'; use one of: {', '.join(KINDS)}")
    unit = t.get("unit")
    if unit not in UNITS:
        fail("unit", "missing 'unit'" if unit is None else
             f"unknown unit '{unit}'; use one of: {', '.join(UNITS)}")
    count = t.get("count")
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_COUNT:
        fail("count", f"'count' must be a whole number from 1 to {MAX_COUNT}")
    track = t.get("track")
    if track not in TRACKS:
        fail("track", "missing 'track'" if track is None else
             f"bad track '{track}'; use one of: {', '.join(TRACKS)}")
    setting = text("setting")
    if setting and (not _ID.match(setting) or setting in BUILT_IN_SETTINGS):
        fail("setting", f"unknown setting '{setting}': a rule's setting is a new name in "
                        f"lower case with dashes, not one of: {', '.join(BUILT_IN_SETTINGS)}")
    starts, dones = events("start", True), events("done", False)
    befores, at_next = events("before", False), events("due_at_next", False)
    if at_next and unit != "age":
        fail("due_at_next", "'due_at_next' is for a rule counted as an age (unit = \"age\")")
    if kind == "threshold" and unit != "school-days":
        fail("unit", "a threshold counts school days: use unit = \"school-days\"")
    if unit == "age" and starts and starts != ("date-of-birth",):
        fail("start", "a rule counted as an age starts from \"date-of-birth\"")
    citation = text("citation")
    if citation and not re.search(r"\d", citation):
        fail("citation", "'citation' must name the paragraph, like \"34 CFR 300.301(c)(1)\"")
    rule = Rule(id=rule_id, label=text("label"), starts=starts, count=count
                if isinstance(count, int) else 0, unit=str(unit), setting=setting,
                track=str(track), rule=text("rule"), citation=citation, kind=str(kind),
                dones=dones, before=befores, due_at_next=at_next, needs=text("needs", False),
                letter=text("letter", False), letter_unconfirmed=text("letter_unconfirmed",
                                                                      False),
                period_name=text("period_name", False),
                setting_label=text("setting_label", False), line=head)
    if rule.letter and not rule.period_name:
        fail("period_name", "a rule with a 'letter' sentence needs 'period_name' "
                            "(like \"evaluation period\")")
    return rule if len(problems) == before else None


def _check_unique(path: Path, rules: list[Rule], problems: list[Problem]) -> None:
    seen: dict[str, Rule] = {}
    settings: dict[str, Rule] = {}
    shown: dict[str, Rule] = {}
    for rule in rules:
        twin = shown.get(rule.setting_words.casefold())
        if twin and twin.setting != rule.setting:
            problems.append(Problem(path, rule.line, f"deadline {rule.id}: settings "
                                    f"'{twin.setting}' and '{rule.setting}' would both be shown "
                                    f"as \"{rule.setting_words}\": give each its own "
                                    f"setting_label"))
        shown.setdefault(rule.setting_words.casefold(), rule)
        if rule.id in seen:
            problems.append(Problem(path, rule.line, f"deadline {rule.id}: the id is also used "
                                                     f"on line {seen[rule.id].line}"))
        seen[rule.id] = rule
        other = settings.get(rule.setting)
        if other and (other.count, other.unit) != (rule.count, rule.unit):
            problems.append(Problem(path, rule.line, f"deadline {rule.id}: setting "
                                    f"'{rule.setting}' is also used on line {other.line} with "
                                    f"another count or unit"))
        settings.setdefault(rule.setting, rule)
