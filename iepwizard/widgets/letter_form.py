"""A letter's form: who it goes to, who is copied, and its fields, filled with what the family
has already typed. Edits are posted up (`LetterForm.Edited`); the screen decides where each
value is kept. Filling the form is not an edit: nothing is saved until the parent types."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label, Select, SelectionList, TextArea
from textual.widgets.selection_list import Selection

from ..core.content import LetterTemplate
from ..core.letter_limits import limit
from ..core.records import Person
from ..core.safe_text import one_line
from .burst import BurstArea, LineInput
from .form_fields import FieldSelect
from .tick_list import TickList

SOMEONE_ELSE = "_other"


@dataclass(frozen=True)
class FormData:
    template: LetterTemplate
    values: dict[str, str]
    people: tuple[Person, ...]
    to: str  # person id, or "" for someone not in the address book
    cc: tuple[str, ...]  # person ids


class LetterForm(Vertical):
    @dataclass
    class Edited(Message):
        """The parent changed a field (`name`) of a letter, or `_to` / `_cc` (person ids)."""

        letter_id: str
        name: str
        value: str

    def __init__(self, data: FormData, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.data = data
        self._armed = False
        self._reported: dict[str, str] = {}  # each field's text as last sent in `Edited`

    def compose(self) -> ComposeResult:
        data = self.data
        people = [p for p in data.people if p.name]
        yield Label("To (from the address book; e to edit it)", classes="field-label")
        yield FieldSelect(self._to_options(data.people),
                          value=data.to or SOMEONE_ELSE, allow_blank=False, id="letter-to",
                          compact=True)
        if people:
            yield Label("Copy to", classes="field-label")
            yield TickList[str](*[Selection(Text(one_line(p.label)), p.id, p.id in data.cc)
                                       for p in people if p.id != data.to], id="letter-cc",
                                     compact=True)
        for field in data.template.fields:
            hint = " (optional)" if field.optional and "optional" not in field.prompt else ""
            yield Label(f"{field.prompt}{hint}", classes="field-label", markup=False)
            value = data.values.get(field.name, "")
            if field.type == "multiline":
                yield BurstArea(value, id=f"field--{field.name}", classes="field",
                                soft_wrap=True, show_line_numbers=False,
                                placeholder=f"e.g. {field.example}",
                                max_length=limit(field))
            else:
                yield LineInput(value, placeholder=f"e.g. {field.example}",
                                id=f"field--{field.name}", classes="field", compact=True,
                                max_length=limit(field))

    def on_mount(self) -> None:
        self.call_after_refresh(self._arm)

    def _arm(self) -> None:
        self._armed = True

    @on(Input.Changed, ".field")
    @on(TextArea.Changed, ".field")
    def _field(self, event: Input.Changed | TextArea.Changed) -> None:
        event.stop()
        self._edited(event.input if isinstance(event, Input.Changed) else event.text_area)

    @on(Select.Changed, "#letter-to")
    def _to(self, event: Select.Changed) -> None:
        event.stop()
        self._edited(event.select)

    @on(SelectionList.SelectedChanged, "#letter-cc")
    def _cc(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        self._edited(event.selection_list)

    @staticmethod
    def _reading(widget: Widget) -> tuple[str, str]:
        """What a part of the form holds, as `Edited` sends it: a field's text (name, text);
        who the letter is to ("_to", person id or ""); the copies ("_cc", ids with commas)."""
        if isinstance(widget, Select):
            return "_to", "" if widget.value == SOMEONE_ELSE else str(widget.value)
        if isinstance(widget, SelectionList):
            return "_cc", ",".join(widget.selected)
        value = widget.value if isinstance(widget, Input) else cast(TextArea, widget).text
        return (widget.id or "").removeprefix("field--"), value

    def _edited(self, widget: Widget) -> None:
        if self._armed:
            name, value = self._reading(widget)
            self._reported[name] = value
            self.post_message(self.Edited(self.data.template.id, name, value))

    def show_to(self, people: tuple[Person, ...], to: str) -> None:
        """Who the letter is to, chosen by the screen (a person just added to the address book
        from the name typed under "someone else"): shown in the list, which is no edit."""
        select = self.query_one("#letter-to", FieldSelect)
        with select.prevent(Select.Changed):
            select.set_options(self._to_options(people))
            select.value = to or SOMEONE_ELSE
        self.data = replace(self.data, people=people, to=to)
        self._reported["_to"] = to

    @staticmethod
    def _to_options(people: tuple[Person, ...]) -> list[tuple[Text | str, str]]:
        return [(Text(one_line(p.label)), p.id) for p in people if p.name] + [
            ("someone else (type the name below)", SOMEONE_ELSE)]

    def pending(self) -> dict[str, str]:
        """What changed since last sent in `Edited` (name -> text): a key such as ctrl+y,
        pressed right after typing, runs before that message arrives."""
        shown = {**self.data.values, "_to": self.data.to or "", "_cc": ",".join(self.data.cc)}
        found = {}
        for widget in self.query(".field, #letter-to, #letter-cc"):
            name, value = self._reading(widget)
            if value != self._reported.get(name, shown.get(name, "")):
                found[name] = value
        return found

    def prompt_of(self, widget: Widget) -> tuple[str, int]:
        """The prompt of the field `widget` is, and the most characters it takes."""
        name = (widget.id or "").removeprefix("field--")
        field = next(f for f in self.data.template.fields if f.name == name)
        return field.prompt, limit(field)

    def focus_first(self, scroll: bool = True) -> None:
        """The form's first field (who the letter is to), scrolled into view unless `scroll`
        is False (the screen places the form itself)."""
        if not self.is_attached:
            return
        field = self.query_one("#letter-to")
        field.focus(scroll_visible=False)
        if scroll:
            self.query_one(Label).scroll_visible(animate=False)  # its label, then the field
            field.scroll_visible(animate=False)

    def first_field_bottom(self) -> int:
        """Where the first field ends, in the form's own lines."""
        return self.query_one("#letter-to").virtual_region_with_margin.bottom

    def focus_field(self, name: str) -> None:
        for widget in self.query(f"#field--{name}"):
            widget.focus()
