"""Text boxes that stay right when keys arrive faster than handlers run.

Textual hands each key to the focused widget's queue, but a key the widget does not take
(Enter, Tab, Backspace, the arrows) travels up to the App before its binding runs. Keys sent
in one burst (a paste without bracketed paste, a macro, SSH) then overtake it: the text typed
after Enter lands in the line being saved, the name typed after Tab lands in the field being
left. These boxes do every key's work in their own queue, in order:

- their own bindings run at once, where the key was received;
- Enter (and a line feed, which terminals send as ctrl+j) is read and answered in the same
  step: a `LineInput` posts `Input.Submitted` with the text up to that key, and clears itself
  if it is a one-line note box, or moves to the next field if it is a form field; in a
  `BurstArea` both start a new line (TextArea takes only Enter: the line feeds of a macro or
  of text sent over SSH were dropped, and the lines ran together);
- Tab and shift+Tab move the focus at once;
- keys that reach a box after it lost the focus (they were already on their way) are passed
  on to the widget that has it now, and so are pastes: the App hands a paste to the widget
  focused when it reads the paste, which is still the box being left if a Tab before it is
  waiting in that box's queue.

A paste into a one-line box is one line: its lines joined by spaces, cut to the box's
`max_length`, and refused (with the bell) if the box's `restrict` does not allow it. Only a
box made with `entry_per_line` (the meeting's note line) turns it into one entry per line.
A multi-line box takes a `max_length` too. A paste cut to the room left posts `PasteCut`, for
the screen to say what was kept; what was in the box before stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, TextArea
from textual.widgets.text_area import EditResult, Location

from ..core.safe_text import is_text, printable
from ..paste_box import paste_target
from .rewrap import WrapsOnChange


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


def _pass_on_paste(widget: Widget, event: events.Paste) -> bool:
    """Give a paste that arrived after the focus moved (a Tab just before it, in one burst)
    to the widget that has the focus now, after the keys passed on to it before; if that one
    takes no text and `widget` is the screen's paste box, `widget` takes it back, with the
    focus, and the keys behind it in its queue (`paste_box`)."""
    focused = widget.screen.focused
    if focused is None or focused is widget:
        return False
    target = paste_target(widget.screen, focused) or focused
    if target is widget:
        return False
    event.stop()
    event.prevent_default()
    paste = events.Paste(event.text)
    paste._set_forwarded()  # (the App hands on only pastes that are not forwarded)
    target.post_message(paste)
    return True


@dataclass
class PasteCut(Message):
    """A paste was longer than the room left in a box with a `max_length`: only its first
    `kept` characters (of `pasted`) went in, at the cursor; the rest of the box is as it was."""

    box: Widget
    pasted: int
    kept: int

    @property
    def control(self) -> Widget:
        return self.box


def one_line_paste(text: str) -> str:
    """A paste as one line: a single line as it is; several lines joined by single spaces,
    each trimmed, blank ones left out. A tab (a table's columns) is a space: Textual's Input
    counts a tab as no cell, four or eight, in three places, and showed the wrong part of the
    line with the cursor out of view."""
    lines = text.replace("\t", " ").splitlines()
    if len(lines) == 1:
        return lines[0]
    return " ".join(line.strip() for line in lines if line.strip())


def _text_key(event: events.Key) -> bool:
    """A key that types text Textual does not count as printable; stopped here if so."""
    if event.is_printable or not event.character or not is_text(event.character):
        return False
    event.stop()
    event.prevent_default()
    return True


def _move_focus(widget: Widget, event: events.Key) -> bool:
    if event.key not in {"tab", "shift+tab"}:
        return False
    event.stop()
    event.prevent_default()
    widget.tabbed_away = True  # type: ignore[attr-defined]  # (see `TypesInto`)
    if event.key == "tab":
        widget.screen.focus_next()
    else:
        widget.screen.focus_previous()
    return True


if TYPE_CHECKING:
    _ListBase = Widget
else:  # a mixin: a Widget base would come before the list's own (its component classes)
    _ListBase = object


class TypesInto(_ListBase):
    """A list beside a text box (meeting mode's questions and notes): a character typed on the
    list goes to the box, which takes the focus, and so does every key that reaches the list
    after that, in order (a list takes no text: the characters were lost, and a "t" switched
    the app's contrast). Set `types_into` to the box's selector; mix in before the list's
    class."""

    types_into = ""

    async def _on_key(self, event: events.Key) -> None:
        if _pass_on(self, event):  # came after the focus moved on: to the widget that has it
            return
        if self.types_into and event.is_printable and event.character:
            box = self.screen.query_one(self.types_into)
            if getattr(box, "tabbed_away", False) and not event.character.isspace():
                _separate(box)  # Tab, then words: Tab stood between two words
            self.screen.set_focus(box)  # at once
            _pass_on(self, event)
            return
        await super()._on_key(event)


def _separate(box: Widget) -> None:
    """A space at the cursor of a box left with Tab, unless one is there already: the words
    typed on after the Tab ran into the last word ("with tabafter tab")."""
    box.tabbed_away = False  # type: ignore[attr-defined]
    if isinstance(box, Input) and box.selection.is_empty:
        before = box.value[:box.cursor_position]
        if before and not before[-1].isspace():
            box.insert_text_at_cursor(" ")
    elif isinstance(box, TextArea) and box.selection.is_empty:
        row, column = box.cursor_location
        before = box.document.get_line(row)[:column]
        if before and not before[-1].isspace():
            box.insert(" ")


class LineInput(Input):
    """A one-line box: `clear_on_enter` for note lines, else a form field whose Enter moves
    to the next field (`submit_on_enter` on a form's last field posts Submitted instead).
    `entry_per_line`: a paste of several lines posts `Lines` (one entry each) instead of
    going into the box as one line. `focus_after_enter`: the selector of the widget that takes
    the focus as Enter is read (the keys typed after it, in the same burst, go there).
    `enter_text`: Enter types this instead (a postal address, typed line by line)."""

    def __init__(self, value: str = "", *, clear_on_enter: bool = False,
                 submit_on_enter: bool | None = None, entry_per_line: bool = False,
                 focus_after_enter: str = "", enter_text: str = "", **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(value, **kwargs)
        self.clear_on_enter = clear_on_enter
        self.submit_on_enter = clear_on_enter if submit_on_enter is None else submit_on_enter
        self.entry_per_line = entry_per_line
        self.focus_after_enter = focus_after_enter
        self.enter_text = enter_text

    @property
    def _value(self) -> Text:
        """The value as drawn: a control character a person pasted (an escape sequence) is
        shown as a symbol of the same length, never sent raw to the terminal."""
        return Text(printable(self.value), no_wrap=True, overflow="ignore", end="")

    def _watch_value(self, value: str) -> None:
        # Textual's Input sets its scroll range (virtual size) to the text's width at every
        # key, and a new virtual size lays out the whole screen again (a list of notes and
        # all). A box of fixed size needs only the range: it is set here, quietly, so the
        # Input's own watcher finds it unchanged.
        if not self.styles.auto_dimensions:
            self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    tabbed_away = False

    async def _on_key(self, event: events.Key) -> None:
        if _pass_on(self, event) or _move_focus(self, event):
            return
        self.tabbed_away = False
        if event.key in {"enter", "ctrl+j"}:
            event.stop()
            event.prevent_default()
            self.enter()
            return
        if await _run_own_binding(self, event):
            return
        if _text_key(event):  # a no-break space, a zero-width joiner: Input drops them
            start, end = sorted(self.selection)
            self.replace(event.character or "", start, end)
            return
        await super()._on_key(event)

    def enter(self) -> None:
        """What Enter does, at once: read (and clear) the line, or go to the next field."""
        if self.enter_text:
            start, end = sorted(self.selection)
            self.replace(self.enter_text, start, end)
            return
        value = self.value
        if self.clear_on_enter:
            self.value = ""
        if self.submit_on_enter:
            self.post_message(self.Submitted(self, value))
            if self.focus_after_enter:
                self.screen.set_focus(self.screen.query_one(self.focus_after_enter))
        else:
            self.screen.focus_next()

    def _on_paste(self, event: events.Paste) -> None:
        """`Input._on_paste`, which Textual would call after this handler, is kept from
        running: it keeps only the first line and ignores `max_length`'s room."""
        if _pass_on_paste(self, event):
            return
        event.stop()
        event.prevent_default()
        self.paste(event.text)

    def action_paste(self) -> None:
        """ctrl+v, from the app's own clipboard: the same as a paste from the terminal."""
        self.paste(self.app.clipboard)

    def paste(self, text: str) -> None:
        """Put pasted text in the box as one line at the cursor (over the selection), cut to
        `max_length`; or, with `entry_per_line`, post several lines as `Lines`."""
        lines = [line for line in text.splitlines() if line.strip()]
        if self.entry_per_line and len(lines) > 1:
            before, self.value = self.value, ""
            self.post_message(self.Lines(self, [before + lines[0], *lines[1:]]))
            return
        line = one_line_paste(text)
        start, end = sorted(self.selection)
        if self.max_length:
            room = max(self.max_length - (len(self.value) - (end - start)), 0)
            if len(line) > room:
                self.post_message(PasteCut(self, len(line), room))
                line = line[:room]
                self.restricted()  # the bell, as for a key typed past the end
        if line:
            self.replace(line, start, end)  # refused (the bell) if `restrict` does not allow

    @dataclass
    class Lines(Message):
        """A paste of several lines into an `entry_per_line` box: each non-empty line is one
        entry (what was in the box before goes in front of the first)."""

        input: LineInput
        lines: list[str]

        @property
        def control(self) -> LineInput:
            return self.input


class BurstArea(WrapsOnChange, TextArea):
    """A multi-line box of prose (soft-wrapped; Tab leaves it, as in a form). `max_length`
    (0: none) bounds what typing and pasting add; a longer text given to it is kept."""

    def __init__(self, *args: Any, max_length: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_length = max_length

    def _replace_via_keyboard(self, insert: str, start: Location, end: Location
                              ) -> EditResult | None:
        """What a key or a paste (from the terminal or ctrl+v) puts in, cut to the room left
        (`TextArea` sends them all through here)."""
        if self.max_length:
            room = max(self.max_length - len(self.text)
                       + len(self.get_text_range(*sorted((start, end)))), 0)
            if len(insert) > room:
                self.app.bell()
                if len(insert) > 1:  # a paste (a key is one character)
                    self.post_message(PasteCut(self, len(insert), room))
                insert = insert[:room]
                if not insert and start == end:
                    return None
        return super()._replace_via_keyboard(insert, start, end)

    def get_line(self, line_index: int) -> Text:
        """The line as drawn: a control character in the text (an escape sequence in a saved
        draft or a paste) is shown as a symbol of the same length, never sent raw to the
        terminal; the text itself, what is saved, is left as it is. (Built from the line
        itself: `TextArea.get_line` gives a Text, which drops BEL and backspace, so it is
        shorter than the line and the cursor would be drawn off its character.)"""
        return Text(printable(self.document.get_line(line_index)), end="", no_wrap=True)

    tabbed_away = False

    async def _on_key(self, event: events.Key) -> None:
        if _pass_on(self, event) or _move_focus(self, event):  # prose: Tab leaves the box
            return
        self.tabbed_away = False
        if await _run_own_binding(self, event):
            return
        if event.key == "ctrl+j" and not self.read_only:  # a line feed: TextArea drops it
            event.stop()
            event.prevent_default()
            self._restart_blink()
            self._replace_via_keyboard("\n", *self.selection)
            return
        if _text_key(event):  # a no-break space, a zero-width joiner: TextArea drops them
            start, end = sorted(self.selection)
            self.replace(event.character or "", start, end)
            return
        await super()._on_key(event)

    async def _on_paste(self, event: events.Paste) -> None:
        """A paste that came after the focus left is passed on; else `TextArea._on_paste`,
        which Textual calls after this handler, puts it in, and it goes no further (a screen
        that takes the pastes no widget took, with `paste_into`, would put it in twice)."""
        if not _pass_on_paste(self, event):
            event.stop()


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
