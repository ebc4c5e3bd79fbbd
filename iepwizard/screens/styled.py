"""Screens that spare Textual's restyle as they come (back) into view when nothing it is for
has changed.

Textual works out the styles of every widget of a screen again each time the screen is shown
(`ScreenResume.refresh_styles`), for what may have changed while it was away: the theme (the
contrast key), or the stylesheet (each screen's own is read once, the first time it opens).
Where neither changed since the screen's widgets were styled, that pass finds nothing new:
about half of opening letters again, and 15 widgets with 26 component styles of the wizard's
first frame. tests/test_styles_kept.py checks that a full restyle then changes nothing."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import App


class StylesTaken:
    """When a screen's widgets were styled: the theme and the parsed stylesheet then. `take`
    it once they are styled; `keep` it first thing in `on_screen_resume`."""

    __slots__ = ("_with",)

    def __init__(self) -> None:
        self._with: tuple[str, object] | None = None

    def take(self, app: App[Any]) -> None:
        self._with = (app.theme, app.stylesheet.rules)

    def keep(self, app: App[Any], event: events.ScreenResume) -> None:
        """The screen is not restyled if neither the theme nor the stylesheet changed."""
        if self._with is not None and self._with[0] == app.theme and \
                self._with[1] is app.stylesheet.rules:
            event.refresh_styles = False
