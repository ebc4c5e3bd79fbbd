"""The screen's keys on the bottom line, drawn as one widget.

Textual's Footer is a container of one widget per key (nine on the wizard), each styled, laid
out and drawn on its own, and made again whenever the keys change. This one draws the same
line (the same characters and colours, in any theme: tests/test_footer_drawn.py compares the two)
from one renderable: the first screen has eight widgets fewer to style, lay out and draw, and
a change of keys is a repaint, not a rebuild. It does what the keys do: a click presses the
key (a disabled one rings the bell), the key under the pointer is highlighted, a key's tooltip
shows over it, and the command palette's key stands at the right end.

Not supported, because no screen here uses them: Textual's compact look and binding groups
(each key of a group is shown on its own). Keys that do not fit are cut at the palette's key,
not scrolled into view (every screen's keys fit at 80 columns: tests/test_readable.py).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class _Key(NamedTuple):
    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


class Footer(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer--item", "footer--hover", "footer--key", "footer--description",
                         "footer--palette-border"}
    # The rules of Textual's Footer and FooterKey (non-compact), one component per widget
    # rule: what a key, its description, a hovered key and the palette key's border look like.
    DEFAULT_CSS = """
    Footer {
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        width: 1fr;
        text-wrap: nowrap;
        & > .footer--item { background: $footer-item-background; }
        & > .footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        & > .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--palette-border { color: $foreground 20%; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._keys: tuple[_Key, ...] = ()
        self._palette: _Key | None = None
        self._hover: int | None = None  # the index of the key under the pointer (-1: palette)
        #: Each key as last drawn: (first cell, cell after it, index, key). The pointer is
        #: matched against these, so a click between a change of keys and the next frame
        #: presses the key the parent saw there, or none.
        self._spans: list[tuple[int, int, int, _Key]] = []

    # -- which keys ---------------------------------------------------------------------------
    def on_mount(self) -> None:
        self._read_keys()
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        # (While the terminal is not focused, the focused widget's keys are not active: as
        # Textual's Footer does, the keys are read again when focus comes back.)
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and self._read_keys():
            self._hover = None
            self.tooltip = None
            self.refresh()

    def _read_keys(self) -> bool:
        """Reads the keys the screen shows (the first key of each action, as Textual's Footer
        does); whether they changed."""
        app = self.app
        active = self.screen.active_bindings
        keys: list[_Key] = []
        actions: set[str] = set()
        for _, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                keys.append(_Key(binding.key, app.get_key_display(binding), binding.description,
                                 enabled, tooltip))
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _, binding, enabled, _ = active[app.COMMAND_PALETTE_BINDING]
            palette = _Key(binding.key, app.get_key_display(binding), binding.description,
                           enabled, binding.tooltip or binding.description)
        changed = (tuple(keys), palette) != (self._keys, self._palette)
        self._keys, self._palette = tuple(keys), palette
        return changed

    # -- drawing ----------------------------------------------------------------------------
    def _layers(self, hovered: bool, enabled: bool) -> tuple[Style, Style, Style]:
        """The styles of a key's padding, key and description, laid over each other as
        Textual lays a FooterKey's background over the Footer's, then its parts over it."""
        _, base = self.background_colors
        color = self.styles.color
        item = self.get_component_styles("footer--hover" if hovered else "footer--item")
        background = base + item.background
        if hovered:
            color = item.color
        dim = Style() if enabled else Style(dim=True)
        parts = []
        for name in ("footer--key", "footer--description"):
            part = self.get_component_styles(name)
            part_background = background + part.background
            parts.append(dim + Style.from_color((part_background + part.color).rich_color,
                                                part_background.rich_color)
                         + part.text_style)
        plain = dim + Style.from_color((background + color).rich_color, background.rich_color)
        return plain, parts[0], parts[1]

    def _key_text(self, key: _Key, index: int) -> Text:
        """A key as Textual's FooterKey draws it: " n Next " (the palette's key is compact,
        "^p palette")."""
        _, key_style, description_style = self._layers(index == self._hover, key.enabled)
        if not key.description:
            return Text(key.display, key_style)
        if index == -1:
            return Text.assemble((key.display, key_style), (f" {key.description}",
                                                             description_style))
        return Text.assemble((f" {key.display} ", key_style),
                             (f"{key.description} ", description_style))

    def render(self) -> Text:
        width = self.size.width
        line = Text(no_wrap=True, overflow="crop", end="")
        spans = []
        for index, key in enumerate(self._keys):
            start = line.cell_len
            line.append_text(self._key_text(key, index))
            spans.append((start, line.cell_len, index, key))
        palette = self._palette
        if palette is not None:
            text = self._key_text(palette, -1)
            plain, _, _ = self._layers(self._hover == -1, palette.enabled)
            # The border's colour is laid over the Footer's background, under the key's.
            _, base = self.background_colors
            border = base + self.get_component_styles("footer--palette-border").color
            border_style = Style.from_color(border.rich_color, plain.bgcolor)
            drawn = Text.assemble(("\u258f", border_style), text, (" ", plain))
            start = max(0, width - drawn.cell_len)
            line.truncate(start, pad=True)
            line.append_text(drawn)
            spans = [span for span in spans if span[0] < start]  # (covered by the palette's)
            spans.append((start, line.cell_len, -1, palette))
        self._spans = spans
        return line

    # -- the pointer ------------------------------------------------------------------------
    def _key_at(self, x: int) -> tuple[int, _Key] | None:
        """The key drawn at cell `x` (and its index), if any."""
        for start, end, index, key in reversed(self._spans):  # (the palette's is drawn last)
            if start <= x < end:
                return index, key
        return None

    def _hover_at(self, x: int | None) -> None:
        found = None if x is None else self._key_at(x)
        index = found[0] if found else None
        if index != self._hover:
            self._hover = index
            self.tooltip = found[1].tooltip or None if found else None
            self.styles.pointer = "pointer" if found else "default"  # (a hand over a key)
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover_at(event.x)

    def on_leave(self, event: events.Leave) -> None:
        self._hover_at(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        found = self._key_at(event.x)
        if found is None:
            return
        if found[1].enabled:
            self.app.simulate_key(found[1].key)
        else:
            self.app.bell()
