"""Text boxes that stay right when keys arrive faster than handlers run.

Textual hands each key to the focused widget's queue, but a key the widget does not take
(Enter, Tab, Backspace, the arrows) travels up to the App before its binding runs. Keys sent
in one burst (a paste without bracketed paste, a macro, SSH) then overtake it: the text typed
after Enter lands in the line being saved, the name typed after Tab lands in the field being
left. These boxes do every key's work in their own queue, in order:

- their own bindings run at once, where the key was received;
- Enter (and a line feed, which terminals send as ctrl+j) is read and answered in the same
  step: a `LineInput` posts `Input.Submitted` with the text up to that key, and clears itself
  if it is a one-line note box, or moves to the next field if it is a form field;
- Tab and shift+Tab move the focus at once;
- keys that reach a box after it lost the focus (they were already on their way) are passed
  on to the widget that has it now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, TextArea

from ..core.safe_text import printable


async def _run_own_binding(widget: Widget, event: events.Key) -> bool:
    bindings = widget._bindings.key_to_bindings.get(event.key)
    if not bindings:
        return False
    event.stop()
    event.prevent_default()
    await widget.run_action(bindings[0].action)
    return True


def _pass_on(widget: Widget, event: events.Key) -> bool:
    """Give a key that arrived after the focus moved to the widget that has it now (the
    screen's `focused` changes at once; `has_focus` only when the Blur event is handled)."""
    focused = widget.screen.focused
    if focused is None or focused is widget:
        return False
    event.stop()
    event.prevent_default()
    target = focused
    key = events.Key(event.key, event.character)
    key._set_forwarded()
    target.post_message(key)
    return True


def _move_focus(widget: Widget, event: events.Key) -> bool:
    if event.key not in {"tab", "shift+tab"}:
        return False
    event.stop()
    event.prevent_default()
    if event.key == "tab":
        widget.screen.focus_next()
    else:
        widget.screen.focus_previous()
    return True


class LineInput(Input):
    """A one-line box: `clear_on_enter` for note lines, else a form field whose Enter moves
    to the next field (`submit_on_enter` on a form's last field posts Submitted instead)."""

    def __init__(self, value: str = "", *, clear_on_enter: bool = False,
                 submit_on_enter: bool | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(value, **kwargs)
        self.clear_on_enter = clear_on_enter
        self.submit_on_enter = clear_on_enter if submit_on_enter is None else submit_on_enter

    @property
    def _value(self) -> Text:
        """The value as drawn: a control character a person pasted (an escape sequence) is
        shown as a symbol of the same length, never sent raw to the terminal."""
        return Text(printable(self.value), no_wrap=True, overflow="ignore", end="")

    async def _on_key(self, event: events.Key) -> None:
        if _pass_on(self, event) or _move_focus(self, event):
            return
        if event.key in {"enter", "ctrl+j"}:
            event.stop()
            event.prevent_default()
            self.enter()
            return
        if await _run_own_binding(self, event):
            return
        await super()._on_key(event)

    def enter(self) -> None:
        """What Enter does, at once: read (and clear) the line, or go to the next field."""
        value = self.value
        if self.clear_on_enter:
            self.value = ""
        if self.submit_on_enter:
            self.post_message(self.Submitted(self, value))
        else:
            self.screen.focus_next()

    def _on_paste(self, event: events.Paste) -> None:
        """A paste of several lines into a note box: one entry per line. Any other paste is
        left to `Input._on_paste`, which Textual calls after this handler (calling it here too
        would insert the text twice); after a multi-line paste it must not run at all (it
        would put the first line back in the emptied box)."""
        lines = [line for line in event.text.splitlines() if line.strip()]
        if len(lines) > 1 and self.clear_on_enter:
            event.stop()
            event.prevent_default()
            before, self.value = self.value, ""
            self.post_message(self.Lines(self, [before + lines[0], *lines[1:]]))

    @dataclass
    class Lines(Message):
        """A paste of several lines into a note box: each non-empty line is one entry."""

        input: LineInput
        lines: list[str]

        @property
        def control(self) -> LineInput:
            return self.input


class BurstArea(TextArea):
    """A multi-line box of prose (soft-wrapped; Tab leaves it, as in a form)."""

    def get_line(self, line_index: int) -> Text:
        """The line as drawn: a control character in the text (an escape sequence in a saved
        draft or a paste) is shown as a symbol of the same length, never sent raw to the
        terminal; the text itself, what is saved, is left as it is. (Built from the line
        itself: `TextArea.get_line` gives a Text, which drops BEL and backspace, so it is
        shorter than the line and the cursor would be drawn off its character.)"""
        return Text(printable(self.document.get_line(line_index)), end="", no_wrap=True)

    async def _on_key(self, event: events.Key) -> None:
        if _pass_on(self, event) or _move_focus(self, event):  # prose: Tab leaves the box
            return
        if await _run_own_binding(self, event):
            return
        await super()._on_key(event)


class SaveArea(BurstArea):
    """A multi-line box saved with an explicit key (ctrl+s): the text up to that key is
    posted as `SaveArea.Save` and the box cleared, in the same step."""

    BINDINGS = [Binding("ctrl+s", "save", "Save", show=True)]

    @dataclass
    class Save(Message):
        area: SaveArea
        text: str

        @property
        def control(self) -> SaveArea:
            return self.area

    def action_save(self) -> None:
        text = self.text
        if text.strip():
            self.text = ""
            self.post_message(self.Save(self, text))
