"""Split a content file into TOML front matter and a Markdown body, keeping line numbers.

The split is a line scan (the `---` fences), so loading the guide never runs the Markdown
parser: the body is parsed once, by the viewer that shows it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import lazy_re
from .problems import Problem, control_problem

_TOML_POSITION = lazy_re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True)
class Document:
    """A parsed content file: its front matter table, its body, and where each starts."""

    path: Path
    meta: dict[str, Any]
    meta_text: str
    body: str
    body_line: int

    def line_of(self, key: str, nth: int = 0) -> int:
        """The file line where `key = ` (or `[[key]]`) first appears, or its nth table."""
        pattern = re.compile(rf"^\s*(\[\[\s*{re.escape(key)}\s*\]\]|{re.escape(key)}\s*=)")
        found = -1
        for number, line in enumerate(self.meta_text.splitlines(), start=2):
            if pattern.match(line):
                found += 1
                if found == nth:
                    return number
        return 1


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file's text, or None with a problem recorded when it is unreadable or empty."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(path, 1, f"is not UTF-8 text ({exc.reason})"))
        return None
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot be read ({exc.strerror})"))
        return None
    if not text.strip():
        problems.append(Problem(path, 1, "is empty"))
        return None
    if (problem := control_problem(path, text)) is not None:
        problems.append(problem)  # (the rest is still read, for its other problems)
    return text


def toml_error_line(exc: tomllib.TOMLDecodeError) -> int:
    match = _TOML_POSITION.search(str(exc))
    return int(match.group(1)) if match else 1


def toml_error_message(exc: tomllib.TOMLDecodeError) -> str:
    return _TOML_POSITION.sub("", str(exc)).strip()


def parse_document(path: Path, problems: list[Problem]) -> Document | None:
    """Parse `---` TOML front matter and the body after it; record a problem and return None
    when the file is empty, has no front matter, or the TOML is malformed."""
    text = read_text(path, problems)
    if text is None:
        return None
    lines = text.splitlines()
    closing = next((n for n, line in enumerate(lines[1:], 1) if line.rstrip() == "---"), None)
    if lines[0].rstrip() != "---" or closing is None:
        problems.append(Problem(path, 1, "must start with front matter between two '---' lines"))
        return None
    meta_text = "\n".join(lines[1:closing])
    end_line = closing + 1
    try:
        meta = tomllib.loads(meta_text)
    except tomllib.TOMLDecodeError as exc:
        line = toml_error_line(exc) + 1
        problems.append(Problem(path, line, f"front matter is not valid TOML: "
                                            f"{toml_error_message(exc)}"))
        return None
    body = "\n".join(lines[end_line:]).strip("\n")
    return Document(path, meta, meta_text, body, end_line + 1)
