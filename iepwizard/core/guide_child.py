"""Parsing the guide in a child process on a first run, while the app imports Textual.

The guide's cache (content_cache.py) spares every later start-up the parse; the first run
after an install (or after the guide is edited) has to parse it, about a tenth of a second on
top of a start-up that spends about as long importing Textual. On two cores or more the two
can overlap: the command line forks before importing Textual, the child parses the guide and
hands it over, pickled, with each step's text parsed into blocks, through a pipe, and the
app reads it once Textual is in. Where there
is no fork (Windows) or the child fails (a problem in the guide: the app parses it again, and
names every problem as it always did), nothing is lost but the overlap.

Only the guide's published content crosses the pipe, never the family's data: the child is
forked before the data folder is opened.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from .content import Content


def parse_in_child(root: Path) -> Callable[[], Content | None]:
    """Start parsing the guide in `root` in a child process; the function returned gives the
    guide (waiting for the child if it is not done), or None where there is none to give."""
    if not hasattr(os, "fork"):
        return lambda: None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        _child(root, read_end, write_end)
    os.close(write_end)

    def collect() -> Content | None:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not data:
            return None
        try:
            content = pickle.loads(data)
        except Exception:  # (cut short: the guide is parsed again)
            return None
        return content if isinstance(content, Content) else None
    return collect


def _child(root: Path, read_end: int, write_end: int) -> NoReturn:
    """The child: parse, hand the guide over, and end without running anything of the
    parent's (no exit handlers, no buffered output written twice)."""
    status = 1
    try:
        os.close(read_end)
        os.nice(5)  # (background work: the app's own start-up, and the terminal, come first)
        from .loader import load_content
        from .step_text import step_blocks

        content = load_content(root, templates=False)
        # (each step's text parsed into blocks too: the first screen draws step 1's without
        # importing the Markdown parser)
        content.blocks.update(step_blocks(content))
        data = pickle.dumps(content, pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)
