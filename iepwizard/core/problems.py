"""Content problems, each tied to a file and a line so an editor can find it."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from .escapes import CONTROL


class Problem(NamedTuple):
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """The content folder cannot be used; `problems` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def control_char(text: str) -> tuple[int, str] | None:
    """Where the first control character in `text` is, and its name ("U+001B"), or None: in
    content, each would reach the terminal as part of a command to it, not as a letter."""
    hit = CONTROL.search(text)
    return None if hit is None else (hit.start(), f"U+{ord(hit[0]):04X}")


def control_problem(path: Path, text: str) -> Problem | None:
    """A problem naming the line and column of the first control character in a file's text."""
    found = control_char(text)
    if found is None:
        return None
    at, name = found
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    return Problem(path, line, f"holds a control character ({name}) at column {column}: "
                               "delete it (a terminal would read it as a command)")


def quoted_control(key: str, text: str) -> str | None:
    """The problem with a TOML text holding a control character (written as an escape such as
    "\\u001b" in quotes: the file's own text cannot hold one, see `control_problem`)."""
    found = control_char(text)
    if found is None:
        return None
    return (f"'{key}' holds a control character ({found[1]}), written as an escape in quotes: "
            "delete it (a terminal would read it as a command)")
