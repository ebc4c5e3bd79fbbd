"""A soft-wrapped text box that wraps its text again only when what the wrapping depends on
has changed.

Textual's TextArea wraps its whole text again on every resize and whenever its vertical
scrollbar is shown or hidden, even at the width it is wrapped at already; its edits keep the
wrapping right by themselves. With a long text (a 2 MB report pasted into the decoder, kept as
its draft) each wrap takes half a second to a second: reopening the decoder (d) wrapped it five
times, twice with no width yet and three times at one width (2.4 to 2.7 s of the main thread's
time). Now it is wrapped when the width, the tab width or the number of lines differ from
the last wrapping's (pinned Textual only: `WrappedDocument._width` and `_tab_width`): twice,
0.9 to 1.2 s (as it is loaded, with no width yet, and at the box's width).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import TextArea

if TYPE_CHECKING:
    _AreaBase = TextArea
else:  # a mixin: a TextArea base would come before the box's own
    _AreaBase = object


class WrapsOnChange(_AreaBase):
    """Mix in before `TextArea`."""

    def _rewrap_and_refresh_virtual_size(self) -> None:
        wrapped = self.wrapped_document
        if (wrapped._width == self.wrap_width and wrapped._tab_width == self.indent_width
                and len(wrapped._wrap_offsets) == self.document.line_count):
            self._line_cache.clear()  # what the rest of TextArea's own does
            self._refresh_size()
            return
        super()._rewrap_and_refresh_virtual_size()
