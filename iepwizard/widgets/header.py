"""The screen's title and sub-title on the top line, drawn as one widget.

Textual's Header is four widgets (the header, the palette's icon, the title, the clock's
space), each styled, laid out and drawn on its own. This one draws the same (the same
characters and colours: tests/test_header.py compares the two) from one renderable: the title
and sub-title centred, wrapped rather than cut (a long name, a narrow terminal), the icon on
the left. A click on the icon opens the command palette, and the icon is highlighted under the
pointer, as Textual's is.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.style import Style
from textual.widget import Widget

#: The icon's column: " ⭘ " (Textual's icon with one cell of padding each side).
ICON_WIDTH = 3
#: The empty column Textual's Header keeps at the right (its clock's place, one cell here).
RIGHT = 1


class Header(Widget):
    COMPONENT_CLASSES = {"header--icon-hover"}
    DEFAULT_CSS = """
    Header {
        dock: top;
        width: 100%;
        height: auto;
        background: $panel;
        color: $foreground;
        & > .header--icon-hover { background: $foreground 10%; }
    }
    """
    ICON = "\u2b58"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._icon_hovered = False

    def on_mount(self) -> None:
        for owner in (self.app, self.screen):
            self.watch(owner, "title", self._title_changed, init=False)
            self.watch(owner, "sub_title", self._title_changed, init=False)

    def _title_changed(self) -> None:
        self.refresh(layout=True)  # (the title may wrap onto more lines, or fewer)

    def _title(self) -> Content:
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        return app.format_title(title, sub_title)

    def _lines(self, width: int) -> list[Content]:
        return self._title().wrap(max(1, width - ICON_WIDTH - RIGHT))

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        width = self.size.width
        lines = self._lines(width)
        title_width = max(1, width - ICON_WIDTH - RIGHT)
        icon_line = (len(lines) - 1) // 2  # (Textual centres the icon beside the title)
        icon_style = None
        if self._icon_hovered:
            _, base = self.background_colors
            hovered = base + self.get_component_styles("header--icon-hover").background
            icon_style = Style(background=hovered)
        # The lines are centred as one block, each starting where the block starts.
        left = (title_width - max(line.cell_length for line in lines)) // 2
        drawn = []
        for number, line in enumerate(lines):
            icon = Content(f" {self.ICON} " if number == icon_line else " " * ICON_WIDTH)
            if icon_style is not None:
                icon = icon.stylize(icon_style)
            drawn.append(Content.assemble(icon, " " * left, line, " " * (
                title_width - left - line.cell_length + RIGHT)))
        return Content("\n").join(drawn)

    def _on_icon(self, x: int) -> bool:
        return x < ICON_WIDTH and self.app.ENABLE_COMMAND_PALETTE

    def _hover_icon(self, hovered: bool) -> None:
        if hovered != self._icon_hovered:
            self._icon_hovered = hovered
            self.tooltip = "Open the command palette" if hovered else None
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover_icon(self._on_icon(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._hover_icon(False)

    async def on_click(self, event: events.Click) -> None:
        if self._on_icon(event.x):
            event.stop()
            await self.run_action("app.command_palette")
