"""A screen's width class (its HORIZONTAL_BREAKPOINTS) given before it is mounted.

Textual sets the class on the screen's first resize, after the first layout, which restyles
every widget on the screen and lays it out again; set now, that later update changes nothing.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen


def set_width_class(screen: Screen[Any]) -> None:
    breakpoints = screen.HORIZONTAL_BREAKPOINTS
    if not breakpoints:
        return
    try:
        width = screen.app.size.width
    except Exception:  # no app running yet (a screen built outside one): Textual sets it
        return
    for at, name in sorted(breakpoints, reverse=True):
        if width >= at:
            screen.add_class(name, update=False)
            return
