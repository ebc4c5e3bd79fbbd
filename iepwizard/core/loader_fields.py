"""Typed access to TOML tables for the content loader: each bad or missing key is a problem
tied to its file and line."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import lazy_re
from .frontmatter import Document
from .problems import Problem, quoted_control

ID_PATTERN = lazy_re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FIELD_PATTERN = lazy_re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


class Fields:
    """One TOML table, recording a problem for each bad or missing key."""

    def __init__(self, path: Path, table: dict[str, Any], line: Callable[[str], int],
                 problems: list[Problem], allowed: set[str], what: str = "") -> None:
        self.path, self.table, self.line, self.problems = path, table, line, problems
        self.what = what
        for key in table:
            if key not in allowed:
                self.fail(key, f"unknown key '{key}' (expected one of: "
                               f"{', '.join(sorted(allowed))})")

    def fail(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.path, self.line(key), f"{self.what}{message}"))

    def text(self, key: str, required: bool = True) -> str:
        value = self.table.get(key)
        if value is None:
            if required:
                self.fail(key, f"missing '{key}'")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(key, f"'{key}' must be a non-empty text in quotes")
            return ""
        self._plain(key, value)
        return value.strip()

    def _plain(self, key: str, value: str) -> None:
        if (problem := quoted_control(key, value)) is not None:
            self.fail(key, problem)

    def ident(self, key: str, pattern: re.Pattern[str] = ID_PATTERN) -> str:
        value = self.text(key)
        if value and not pattern.match(value):
            self.fail(key, f"'{key}' = \"{value}\" must use only lower-case letters, digits "
                           f"and {'underscores' if pattern is FIELD_PATTERN else 'dashes'}")
        return value

    def texts(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, f"'{key}' must be a list of texts, like [\"a\", \"b\"]")
            return ()
        if required and not value:
            self.fail(key, f"'{key}' must list at least one item")
        for item in value:
            self._plain(key, item)
        return tuple(v.strip() for v in value)

    def text_or_texts(self, key: str) -> tuple[str, ...]:
        """One text or a list of texts (`step = "a"` or `step = ["a", "b"]`)."""
        value = self.table.get(key)
        if isinstance(value, str):
            self._plain(key, value)
            return (value.strip(),) if value.strip() else ()
        return self.texts(key)

    def integer(self, key: str, required: bool = True) -> int:
        value = self.table.get(key)
        if value is None and not required:
            return 0
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, f"'{key}' must be a whole number")
            return 0
        return value

    def flag(self, key: str) -> bool:
        value = self.table.get(key, False)
        if not isinstance(value, bool):
            self.fail(key, f"'{key}' must be true or false")
        return value is True

    def tables(self, key: str) -> list[dict[str, Any]]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, f"'{key}' must be written as [[{key}]] tables")
            return []
        return value


def table_line(doc: Document, key: str, nth: int) -> Callable[[str], int]:
    """Problems inside the nth [[key]] table point at that table's header line."""
    return lambda _field: doc.line_of(key, nth)


def fixed_line(line: int) -> Callable[[str], int]:
    return lambda _field: line


def line_of_value(doc: Document, value: str, fallback_key: str) -> int:
    """The file line where a quoted value stands in the front matter (a list item), else the
    line of its key."""
    for number, line in enumerate(doc.meta_text.splitlines(), start=2):
        if f'"{value}"' in line:
            return number
    return doc.line_of(fallback_key)
