"""Plain text laid out by core for the widget's own width, so a list item's continuation
lines stay indented under it (Rich would wrap them to the left edge). Never markup."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

Layout = Callable[[int], list[str]]


class WrappedText(Widget):
    DEFAULT_CSS = "WrappedText { height: auto; }"

    def __init__(self, layout: Layout | None = None, *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._layout: Layout = layout or (lambda width: [])
        self._cache: tuple[int, list[str]] | None = None

    def show(self, layout: Layout | str) -> None:
        """New text: a function of the width giving the lines, or one plain paragraph."""
        if isinstance(layout, str):
            paragraph = layout

            def layout(width: int) -> list[str]:
                return textwrap.wrap(paragraph, width, subsequent_indent="  ") or [""]
        self._layout, self._cache = layout, None
        self.refresh(layout=True)

    def lines(self, width: int) -> list[str]:
        if self._cache is None or self._cache[0] != width:
            self._cache = (width, self._layout(max(20, width)))
        return self._cache[1]

    @property
    def plain(self) -> str:
        """The text as shown now."""
        return "\n".join(self.lines(self.content_size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Text:
        return Text("\n".join(self.lines(self.content_size.width)), no_wrap=True,
                    overflow="fold", end="")
