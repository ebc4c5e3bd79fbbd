"""`iepwizard guide [STEP]`: a step, or the whole guide, as plain text (screen readers,
printing, piping). A reader: it works beside the open app and with no data folder yet."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.content import Content, Step
from ..core.guide_text import guide_text
from ..core.progress import states
from ..core.safe_text import visible
from .common import EXIT_OK, EXIT_USAGE, Exit, FindChild, fail, say, terminal_width

if TYPE_CHECKING:
    from ..core.store import Store

#: Wrapped text reads best near this width (a wider terminal still gets lines this long).
READING_WIDTH = 80
#: The widest --width taken (a printer's or a file's line; 0 turns wrapping off).
MAX_WIDTH = 1000


def _steps(content: Content, name: str | None) -> list[Step]:
    if not name:
        return list(content.steps)
    step = content.find_step(name[:200])
    if step is None:
        raise Exit(fail(EXIT_USAGE, f"there is no step {visible(name, 60)!r}; give its number "
                                    f"or its id:", [f"{s.order}\t{s.id}\t{s.label}"
                                                   for s in content.steps]))
    return [step]


def _width(asked: int | None) -> int | None:
    """--width if given (0: no wrapping); else a terminal's width up to READING_WIDTH, and
    no wrapping into a pipe or a file (one paragraph, one line)."""
    if asked is not None:
        if not 0 <= asked <= MAX_WIDTH:
            raise Exit(fail(EXIT_USAGE, f"--width takes 0 (no wrapping) to {MAX_WIDTH}."))
        return asked or None
    return terminal_width(READING_WIDTH, 20)


def _ticks(store: Store | None, name: str | None, content: Content,
           find_child: FindChild) -> tuple[set[str] | None, dict[str, str]]:
    """The chosen child's ticks and step states; none for nobody (no data yet, no child yet,
    or several children and no --child: said, not refused, as the guide reads without)."""
    if store is not None and not name and len(store.children()) > 1:
        say("iepwizard: there are several children, so no boxes are ticked; name one with "
            "--child to see their ticks.", err=True)
        return None, {}
    child = find_child(store, name)
    if store is None or child is None:
        return None, {}
    progress = store.progress(child.id)
    return set(progress.checked), states(progress, content)  # as the app counts them


def guide_command(args: argparse.Namespace, content: Content, store: Store | None,
                  find_child: FindChild) -> int:
    steps = _steps(content, args.step)
    width = _width(args.width)
    ticked, states = _ticks(store, args.child, content, find_child)
    say(guide_text(content, steps, ticked, states, width).rstrip("\n"))
    return EXIT_OK
