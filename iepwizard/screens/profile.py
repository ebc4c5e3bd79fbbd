"""Your details, your children, and the people at school: what every letter is filled from.

Everything is saved as it is typed; a date typed in any form people use (3/14/2017, March 14
2017) is kept as a date, shown in the long form once the field is left. Text that is no date
is not kept: it stays in the box, and the screen says what to write.
"""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ..core.dates import date_problem, iso_date, long_date, parse_date
from ..core.records import Child, Parent
from ..core.safe_text import one_line
from ..core.store import Store
from ..core.wording import and_list, plural
from ..messages import ChildChosen
from ..widgets.burst import LineInput
from ..widgets.footer import Footer
from ..widgets.header import Header
from .ask_name import AskScreen
from .confirm import ConfirmScreen
from .profile_people import PeopleAtSchool

PARENT_LABELS = Parent.labels()
#: The child's own details (the people at school have their own section below).
CHILD_LABELS = {k: v for k, v in Child.labels().items()
                if k not in {"teacher", "principal", "sped_contact"}}


class ProfileScreen(PeopleAtSchool):
    CSS_PATH = "profile.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+n", "add_child", "Add child"),
                Binding("ctrl+z", "undo", "Undo", show=False)]

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
                # The address is typed line by line: Enter puts a comma between its lines
                # (it went on to the list of children, and the next line was lost).
                yield LineInput(getattr(parent, key), id=f"parent-{key}", classes="parent",
                                compact=True, enter_text=", " if key == "address" else "")
            yield Static("Children (enter opens one)", classes="heading")
            yield OptionList(id="children")
            with Horizontal(classes="buttons"):
                yield Button("Open this child", variant="primary", id="open", compact=True)
                yield Button("Add a child…", id="add", compact=True)
                yield Button("Delete this child…", variant="error", id="delete",
                             compact=True)
            for key, label in CHILD_LABELS.items():
                yield Label(label)
                yield LineInput(id=f"child-{key}", classes="child", compact=True)
                if key == "date_of_birth":
                    yield Static(id="child-date-error", classes="error", markup=False)
            yield from self.compose_people()
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Profile, children and people at school"
        self.query_one("#parent-name").focus()
        self._fill_children()

    # -- children ---------------------------------------------------------------------------
    def _fill_children(self) -> None:
        children = self.store.children()
        options = self.query_one("#children", OptionList)
        options.clear_options()
        options.add_options([Option(Text(one_line(c.name)), id=c.id) for c in children])
        if children and not any(c.id == self.selected for c in children):
            self.selected = children[0].id
        if self.selected:
            options.highlighted = options.get_option_index(self.selected)
        self._fill_child_form()

    def _fill_child_form(self) -> None:
        child = self.store.child(self.selected) if self.selected else None
        for key in CHILD_LABELS:
            field = self.query_one(f"#child-{key}", LineInput)
            value = getattr(child, key, "")
            if key == "date_of_birth" and (day := parse_date(value)):
                value = long_date(day)
            with field.prevent(Input.Changed):
                field.value = value
            field.disabled = child is None
        self._date_error("")
        if child is not None:
            self.store.adopt_legacy_people(child)
        self._fill_people()

    @on(OptionList.OptionHighlighted, "#children")
    def _child_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id != self.selected:
            self.selected = event.option.id
            self.person_id = None
            self._fill_child_form()

    @on(OptionList.OptionSelected, "#children")
    @on(Button.Pressed, "#open")
    def _open(self) -> None:
        if self.selected:
            self.post_message(ChildChosen(self.selected))

    @on(Input.Changed, ".parent")
    def _parent_changed(self, event: Input.Changed) -> None:
        key = (event.input.id or "").removeprefix("parent-")
        self.store.update_parent(**{key: event.value})

    @on(Input.Changed, ".child")
    def _child_changed(self, event: Input.Changed) -> None:
        key = (event.input.id or "").removeprefix("child-")
        if not self.selected or (key == "nickname" and not event.value.strip()):
            return
        if key == "date_of_birth":
            self._date_typed(event.value)
            return
        self.store.update_child(self.selected, **{key: event.value})
        if key == "nickname":
            self.query_one("#children", OptionList).replace_option_prompt(
                self.selected, Text(one_line(event.value)))

    def _date_typed(self, text: str) -> None:
        """Kept as it is typed once it reads as a date: text that is no date is not kept (the
        key dates count from the date of birth), nor is the box emptied on the way."""
        day = iso_date(text)
        if self.selected and day is not None:
            self.store.update_child(self.selected, date_of_birth=day)
            self._date_error("")

    @on(Input.Blurred, "#child-date_of_birth")
    def _date_left(self, event: Input.Blurred) -> None:
        """Left: a date is shown in the long form, an empty box clears it; text that is no
        date stays to be fixed, and the screen says so (nothing was kept)."""
        if (problem := self._date_kept(event.input)) is not None:
            self._date_error(f"Not saved. {problem}")

    def _date_kept(self, box: Input) -> str | None:
        """The date of birth in the box, kept as the box is left; what is wrong with it."""
        day = parse_date(box.value)
        if day is not None:
            with box.prevent(Input.Changed):
                box.value = long_date(day)
        elif self.selected and not box.disabled:
            if box.value.strip():
                return date_problem(box.value)
            child = self.store.child(self.selected)
            if child is not None and child.date_of_birth:  # emptied: no date of birth
                self.store.update_child(self.selected, date_of_birth="")
        return None

    def on_screen_suspend(self) -> None:
        """Left (Esc) from a date of birth still being typed: kept, or said again."""
        box = self.query_one("#child-date_of_birth", LineInput)
        if (problem := self._date_kept(box)) is not None:
            self.notify(f"The date of birth {one_line(box.value)!r} was not saved. {problem}",
                        title="Profile", severity="error", markup=False)

    def _date_error(self, message: str) -> None:
        shown = self.query_one("#child-date-error", Static)
        shown.update(message)
        shown.set_class(bool(message), "-shown")

    @on(Button.Pressed, "#add")
    @work
    async def action_add_child(self) -> None:
        name = await self.app.push_screen_wait(
            AskScreen("The new child's first name or nickname", "e.g. Maya", yes="Add"))
        if name:
            self.selected = self.store.add_child(name).id
            self._fill_children()
            self.query_one("#child-full_name").focus()

    @on(Button.Pressed, "#delete")
    @work
    async def _delete(self) -> None:
        child = self.store.child(self.selected) if self.selected else None
        if child is None:
            return
        kept = ["wizard progress"] + [plural(n, one, many)
                                      for n, one, many in self.store.holdings(child.id) if n]
        what = (f"Delete {child.name} and everything kept about them: {and_list(kept)}? "
                f"This cannot be undone.")
        if await self.app.push_screen_wait(ConfirmScreen(what, yes=f"Delete {child.name}")):
            await asyncio.wrap_future(self.store.delete_child(child.id))
            self.notify(f"{child.name} was deleted.", markup=False)
            self.selected = None
            if not self.store.children():
                self.store.add_child("My child")
            self._fill_children()
            if getattr(self.app, "child_id", None) == child.id and self.selected:
                self.post_message(ChildChosen(self.selected))
