"""The decoder's ctrl+o: a text file opened into the paste box, in place of its text, as one
edit that ctrl+z undoes. The status line says so (the undo note) until the box's text is no
longer the file's: after ctrl+z, or any other edit, it is taken back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widgets import TextArea

    _ScreenBase = Screen[Any]
else:  # a mixin: a Screen base would come before the screen's own
    _ScreenBase = object

#: The most of a file the decoder opens (a long evaluation report is ~100 KB of text).
MAX_OPEN = 1_000_000
#: Said after ctrl+o put a file's text in place of the box's.
UNDO_OPEN = " The file replaced the box's text: ctrl+z brings it back."


class OpensFiles(_ScreenBase):
    """The screen's part: `box`, `folder` (where the dialog starts), `say`, `_decode(text,
    note)` and `_note` (said after each word on the status line) are the screen's."""

    box: TextArea
    folder: Path
    _note: str
    _said: str
    _opened_text = ""

    if TYPE_CHECKING:
        def say(self, message: str) -> None: ...
        def _decode(self, text: str, note: str = "") -> None: ...

    @work
    async def action_open_file(self) -> None:
        from .decoder_dialogs import OpenFileDialog

        path = await self.app.push_screen_wait(OpenFileDialog(self.folder))
        if path:
            self.say("Opening…")
            self._read(path)

    @work(thread=True, exclusive=True, group="open")
    def _read(self, name: str) -> None:
        from ..core.safe_text import visible
        from ..core.text_input import InputError, read_text_file

        path = Path(name).expanduser()
        shown = visible(str(path), 200)
        try:
            text, cut = read_text_file(path, MAX_OPEN)
        except InputError as exc:
            self.app.call_from_thread(self._refused, f"{exc}; give a text file.")
            return
        if text.lstrip().startswith("%PDF-"):
            self.app.call_from_thread(
                self._refused, f"{shown} is a PDF; open it, select and copy its text, and "
                               f"paste it into the box.")
            return
        note = (f"{shown} is longer than {MAX_OPEN // 1_000_000} MB; only its first "
                f"{MAX_OPEN // 1_000_000} MB was opened and decoded.") if cut else ""
        self.app.call_from_thread(self._opened, path, text, note)

    def _refused(self, message: str) -> None:
        self.say(message)
        self.notify(message, severity="error", markup=False)

    def _opened(self, path: Path, text: str, note: str) -> None:
        """The file's text in place of the box's, as one edit: ctrl+z brings the earlier
        text back (the status line says so), and the draft follows either."""
        self.folder = path.parent
        box = self.box
        replaced = bool(box.text.strip()) and box.text != text
        box.history.checkpoint()  # (an edit of its own, whatever was typed just before)
        box.replace(text, box.document.start, box.document.end, maintain_selection_offset=False)
        box.history.checkpoint()
        self._opened_text = box.text
        box.focus()
        if note:
            self.notify(note, severity="warning", markup=False)
        self._decode(text, UNDO_OPEN if replaced else "")

    def _box_changed(self) -> None:
        """The box's text changed: the undo note goes once it is no longer the file's (the
        change the open itself made arrives here too, after it)."""
        if self._note == UNDO_OPEN and self.box.text != self._opened_text:
            self._note = ""
            self.say(self._said)
