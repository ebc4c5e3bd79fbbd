"""The base of the screens that list a child's records and add to them (journal, contacts,
questions, search): a list, a form under it, Escape back. Typed text is kept as a draft, and
text typed while the list has the focus goes to the screen's text box (`TYPES_INTO`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import OptionList, Static

from ..core.store import Store
from ..widgets.burst import TypesInto
from ..widgets.footer import Footer
from ..widgets.header import Header
from .drafts import DraftKeeping


class RecordsList(TypesInto, OptionList):
    """The list of records: a character typed on it goes to the screen's text box (reached
    with Tab from the box, the list took the words typed next and lost them, and a "t"
    switched the app's contrast)."""

    def __init__(self, *, types_into: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.types_into = types_into


class RecordsScreen(DraftKeeping, Screen[None]):
    CSS_PATH = "records.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "Back")]
    TITLE_TEXT = ""
    EMPTY = "Nothing here yet."
    #: The text box that characters typed on the list go to.
    TYPES_INTO = ""

    def __init__(self, store: Store, child_id: str) -> None:
        super().__init__()
        self.store, self.child_id = store, child_id

    def app_today(self) -> dt.date:
        """Today, as the app tells it (a test fixes it)."""
        today: Callable[[], dt.date] = getattr(self.app, "today", dt.date.today)
        return today()

    def compose(self) -> ComposeResult:
        yield Header()
        yield from self.compose_top()
        yield from self.compose_list()
        yield from self.compose_form()
        yield Static("", id="records-error", markup=False, classes="error")
        yield Footer()

    def compose_top(self) -> ComposeResult:
        yield from ()

    def compose_list(self) -> ComposeResult:
        yield RecordsList(id="records", types_into=self.TYPES_INTO)

    def compose_form(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.title = self.TITLE_TEXT
        self.fill()

    @property
    def listing(self) -> OptionList:
        return self.query_one("#records", OptionList)

    def fill(self) -> None:
        """List the records (subclasses)."""

    def highlighted_id(self) -> str | None:
        """The id of the record highlighted on the list, if any."""
        index = self.listing.highlighted
        return None if index is None else self.listing.get_option_at_index(index).id

    def show_empty(self) -> None:
        if not self.listing.option_count:
            from textual.widgets.option_list import Option

            self.listing.add_option(Option(self.EMPTY, disabled=True))

    def error(self, message: str = "") -> None:
        self.query_one("#records-error", Static).update(message)
