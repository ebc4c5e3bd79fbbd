"""The profile's people at school: the address book letters are addressed from (a base of
`ProfileScreen`, which holds the parent's and the children's details)."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from ..core.records import Person
from ..core.roles import ROLES
from ..core.safe_text import one_line
from ..core.store import Store
from ..widgets.burst import LineInput
from ..widgets.form_fields import FieldSelect
from .confirm import ConfirmScreen

PERSON_LABELS = {k: v for k, v in Person.labels().items() if k != "role"}


class PeopleAtSchool(Screen[None]):
    store: Store
    #: The child whose people are shown.
    selected: str | None
    person_id: str | None = None
    #: The person last deleted (ctrl+z brings them back).
    _deleted: Person | None = None

    def compose_people(self) -> ComposeResult:
        yield Static("People at school (letters are addressed from here)", classes="heading")
        yield OptionList(id="people")
        with Horizontal(classes="buttons"):
            yield Button("Add a person", id="add-person", compact=True)
            yield Button("Delete this person…", variant="error", id="delete-person",
                         compact=True)
        yield Label("Role")
        yield FieldSelect([(label, role) for role, label in ROLES.items()], value="teacher",
                          allow_blank=False, id="person-role", compact=True)
        for key, label in PERSON_LABELS.items():
            yield Label(label)
            yield LineInput(id=f"person-{key}", classes="person", compact=True)

    def _fill_people(self) -> None:
        listing = self.query_one("#people", OptionList)
        listing.clear_options()
        people = self.store.people(self.selected) if self.selected else []
        listing.add_options([Option(Text(one_line(p.label)), id=p.id) for p in people])
        if not people:
            listing.add_option(Option("No one yet: add the teacher, the principal, the "
                                      "special-education teacher…", disabled=True))
        if self.person_id and any(p.id == self.person_id for p in people):
            listing.highlighted = listing.get_option_index(self.person_id)
        elif people:
            self.person_id = people[0].id
            listing.highlighted = 0
        self._fill_person_form()

    def _person(self) -> Person | None:
        if not self.selected or not self.person_id:
            return None
        return self.store.person(self.selected, self.person_id)

    def _fill_person_form(self) -> None:
        person = self._person()
        role = self.query_one("#person-role", Select)
        with role.prevent(Select.Changed):
            role.value = person.role if person else "teacher"
        role.disabled = person is None
        for key in PERSON_LABELS:
            field = self.query_one(f"#person-{key}", LineInput)
            with field.prevent(Input.Changed):
                field.value = getattr(person, key, "")
            field.disabled = person is None

    @on(OptionList.OptionHighlighted, "#people")
    def _person_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.person_id:
            self.person_id = event.option.id
            self._fill_person_form()

    @on(Input.Changed, ".person")
    @on(Select.Changed, "#person-role")
    def _person_changed(self, event: Input.Changed | Select.Changed) -> None:
        person = self._person()
        if person is None or not self.selected:
            return
        if isinstance(event, Select.Changed):
            # what the list shows now: the Changed the list sends as it mounts (its first
            # value, "teacher") arrives after the form was filled with the person's role
            key, value = "role", str(event.select.value)
        else:
            key, value = (event.input.id or "").removeprefix("person-"), event.value
        changed = self.store.save_person(self.selected, person, **{key: value})
        self.query_one("#people", OptionList).replace_option_prompt(person.id,
                                                                    Text(one_line(changed.label)))

    @on(Button.Pressed, "#add-person")
    def _add_person(self) -> None:
        if not self.selected:
            return
        have = {p.role for p in self.store.people(self.selected)}
        role = next((r for r in ROLES if r not in have), "other")
        self.person_id = self.store.save_person(self.selected, role=role).id
        self._fill_people()
        self.query_one("#person-name").focus()

    @on(Button.Pressed, "#delete-person")
    @work
    async def _delete_person(self) -> None:
        person = self._person()
        if person is None or not self.selected:
            return
        if await self.app.push_screen_wait(ConfirmScreen(
                f"Take {person.label} out of the address book? (ctrl+z brings them back.)",
                yes="Delete")):
            self.store.delete_person(self.selected, person.id)
            self._deleted, self.person_id = person, None
            self._fill_people()

    def action_undo(self) -> None:
        person, self._deleted = self._deleted, None
        if person is not None and self.selected:
            self.store.restore_person(self.selected, person)
            self.person_id = person.id
            self._fill_people()
