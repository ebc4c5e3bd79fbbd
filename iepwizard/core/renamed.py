"""content/renamed.toml: where a renamed step or checklist item went, so that families' saved
ticks ("step-id/item-id") and places (a step id) follow a rename instead of being lost.

    # old = new
    "old-step-id" = "new-step-id"
    "some-step/old-item" = "some-step/new-item"

A renamed step carries its items along: "old-step-id/x" becomes "new-step-id/x" unless an
item has its own line.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from . import lazy_re
from .content import Step
from .frontmatter import read_text, toml_error_line, toml_error_message
from .problems import Problem

_KEY = lazy_re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$")


def load_renamed(path: Path, steps: list[Step], problems: list[Problem]) -> dict[str, str]:
    """The old -> new map, checked against the current steps (empty if there is no file)."""
    if not path.exists():
        return {}
    text = read_text(path, problems)
    if text is None:
        return {}
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(path, toml_error_line(exc),
                                f"is not valid TOML: {toml_error_message(exc)}"))
        return {}
    lines = text.splitlines()
    current = {s.id for s in steps} | {f"{s.id}/{i.id}" for s in steps for i in s.checklist}
    renamed: dict[str, str] = {}
    for old, new in data.items():
        line = next((n for n, ln in enumerate(lines, 1) if ln.lstrip().startswith(
            (f'"{old}"', f"{old} ", f"{old}="))), 1)
        if not isinstance(new, str) or not _KEY.match(old) or not _KEY.match(new):
            problems.append(Problem(path, line, f"'{old}' must map an old id to a new one, "
                                                f"like \"old-step\" = \"new-step\""))
        elif ("/" in old) != ("/" in new):
            problems.append(Problem(path, line, f"'{old}' and '{new}' must both be steps or "
                                                f"both be checklist items (step-id/item-id)"))
        elif old in current:
            problems.append(Problem(path, line, f"'{old}' is still in use, so it cannot have "
                                                f"been renamed"))
        elif new not in current:
            problems.append(Problem(path, line, f"'{new}' is not a step or checklist item in "
                                                f"steps/"))
        else:
            renamed[old] = new
    return renamed
