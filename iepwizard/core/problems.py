"""Content problems, each tied to a file and a line so an editor can find it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

#: Control characters (tab, newline and return are text): in content, each would reach the
#: terminal as part of a command to it (an escape sequence), not as a letter.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


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
    """Where the first control character in `text` is, and its name ("U+001B"), or None."""
    hit = _CONTROL.search(text)
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
