"""The parent's details and each child's: the fields letters are filled from."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ..core.records import Child, Parent
from ..core.store import Store
from ..core.wording import and_list, plural
from ..messages import ChildChosen
from .confirm import ConfirmScreen

PARENT_LABELS = Parent.labels()
CHILD_LABELS = Child.labels()


class ProfileScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+n", "add_child", "Add child")]

    def __init__(self, store: Store, child_id: str | None) -> None:
        super().__init__()
        self.store = store
        self.selected = child_id

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="profile"):
            yield Static("Your details", classes="heading")
            parent = self.store.parent()
            for key, label in PARENT_LABELS.items():
                yield Label(label)
                yield Input(getattr(parent, key), id=f"parent-{key}", classes="parent",
                            compact=True)
            yield Static("Children", classes="heading")
            yield OptionList(id="children")
            with Horizontal(classes="buttons"):
                yield Button("Open this child", variant="primary", id="open")
                yield Button("Add a child", id="add")
                yield Button("Delete this child…", variant="error", id="delete")
            for key, label in CHILD_LABELS.items():
                yield Label(label)
                yield Input(id=f"child-{key}", classes="child", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Profile and children"
        self._fill_children()

    def _fill_children(self) -> None:
        children = self.store.children()
        options = self.query_one("#children", OptionList)
        options.clear_options()
        options.add_options([Option(c.nickname, id=c.id) for c in children])
        if children and not any(c.id == self.selected for c in children):
            self.selected = children[0].id
        if self.selected:
            options.highlighted = options.get_option_index(self.selected)
        self._fill_child_form()

    def _fill_child_form(self) -> None:
        child = self.store.child(self.selected) if self.selected else None
        for key in CHILD_LABELS:
            field = self.query_one(f"#child-{key}", Input)
            with field.prevent(Input.Changed):
                field.value = getattr(child, key, "")
            field.disabled = child is None

    @on(OptionList.OptionHighlighted, "#children")
    def _child_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id != self.selected:
            self.selected = event.option.id
            self._fill_child_form()

    @on(Input.Changed, ".parent")
    def _parent_changed(self, event: Input.Changed) -> None:
        key = (event.input.id or "").removeprefix("parent-")
        self.store.update_parent(**{key: event.value})

    @on(Input.Changed, ".child")
    def _child_changed(self, event: Input.Changed) -> None:
        key = (event.input.id or "").removeprefix("child-")
        if not self.selected or (key == "nickname" and not event.value.strip()):
            return
        self.store.update_child(self.selected, **{key: event.value})
        if key == "nickname":
            self.query_one("#children", OptionList).replace_option_prompt(self.selected,
                                                                          event.value)

    @on(Button.Pressed, "#open")
    def _open(self) -> None:
        if self.selected:
            self.app.post_message(ChildChosen(self.selected))

    @on(Button.Pressed, "#add")
    def action_add_child(self) -> None:
        number = len(self.store.children()) + 1
        self.selected = self.store.add_child(f"Child {number}").id
        self._fill_children()
        self.query_one("#child-nickname", Input).focus()

    @on(Button.Pressed, "#delete")
    @work
    async def _delete(self) -> None:
        child = self.store.child(self.selected) if self.selected else None
        if child is None:
            return
        kept = ["wizard progress"] + [plural(n, one, many)
                                      for n, one, many in self.store.holdings(child.id)]
        what = (f"Delete {child.nickname} and everything kept about them: {and_list(kept)}? "
                f"This cannot be undone.")
        if await self.app.push_screen_wait(ConfirmScreen(what, yes=f"Delete {child.nickname}")):
            await self._wait(self.store.delete_child(child.id))
            self.notify(f"{child.nickname} was deleted.")
            self.selected = None
            self._fill_children()
            if not self.store.children():
                self.selected = self.store.add_child("My child").id
                self._fill_children()
            if getattr(self.app, "child_id", None) == child.id:
                self.app.post_message(ChildChosen(self.store.children()[0].id))

    async def _wait(self, future: Future[None]) -> None:
        await asyncio.wrap_future(future)
