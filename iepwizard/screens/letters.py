"""Letters: choose one, fill what the profile does not know, preview, copy, log it as sent."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from ..core.clipboard import CopyOut
from ..core.content import Content, LetterTemplate
from ..core.dates import long_date, parse_date
from ..core.letters import (
    LetterError,
    computed_values,
    follow_up_due,
    meeting_values,
    preview,
    profile_values,
    render,
)
from ..core.problems import Problem
from ..core.records import SENT_TO_SCHOOL
from ..core.store import Store
from .sent import Sent, SentScreen

FOLLOW_UP = "follow-up-request"


class LettersScreen(Screen[None]):
    CSS_PATH = "letters.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+y", "copy", "Copy letter", priority=True),
        Binding("ctrl+j", "copy_subject", "Copy subject", priority=True),
        Binding("ctrl+s", "save", "Save as file", priority=True),
        Binding("ctrl+k", "mark_sent", "Mark as sent", priority=True),
    ]

    def __init__(self, store: Store, content: Content, child_id: str, first: tuple[str, ...],
                 letter_id: str | None, template_problems: list[Problem],
                 copy_out: CopyOut, clocks: Callable[[str], dict[str, str]] | None = None
                 ) -> None:
        super().__init__()
        self.store, self.content, self.child_id = store, content, child_id
        self.clocks = clocks or (lambda child_id: {})
        self.template_problems, self.copy_out = template_problems, copy_out
        contacts = store.contacts(child_id)
        self.follow_up_since = follow_up_due(contacts)
        order = ([FOLLOW_UP] if self.follow_up_since else []) + list(first) + list(
            content.letters)
        self.order = [i for i in dict.fromkeys(order) if i in content.letters]
        self.letter_id = letter_id if letter_id in content.letters else self.order[0]
        self.values: dict[str, str] = {}
        self._debounce: Timer | None = None

    @property
    def template(self) -> LetterTemplate:
        return self.content.letters[self.letter_id]

    def compose(self) -> ComposeResult:
        yield Header()
        if self.follow_up_since:
            day = parse_date(self.follow_up_since)
            yield Static(f"You asked for an evaluation on "
                         f"{long_date(day) if day else self.follow_up_since} and no reply is "
                         f"logged yet. The follow-up request cites your earlier letters and "
                         f"copies the principal and special-education staff.",
                         id="follow-up-banner", markup=False)
        with Horizontal(id="letters-main"):
            yield OptionList(*[Option(self.content.letters[i].title, id=i) for i in self.order],
                             id="letter-list")
            with VerticalScroll(id="letter-form"):
                yield Static(id="letter-purpose", markup=False)
                yield Static(id="letter-status", markup=False)
                with Horizontal(classes="buttons"):
                    yield Button("Copy letter", variant="primary", id="copy", compact=True)
                    yield Button("Copy subject", id="copy-subject", compact=True)
                with Horizontal(classes="buttons"):
                    yield Button("Save as file", id="save", compact=True)
                    yield Button("Mark as sent…", id="mark-sent", compact=True)
                yield Vertical(id="letter-fields")
            with VerticalScroll(id="letter-preview-box"):
                yield Static(id="letter-subject", markup=False)
                yield Static(id="letter-preview", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Letters"
        listing = self.query_one("#letter-list", OptionList)
        listing.border_title = "Letters"
        listing.highlighted = self.order.index(self.letter_id)
        self.query_one("#letter-preview-box").border_title = "Preview: exactly what is copied"
        problems = self.template_problems
        if problems:
            self.query_one("#letter-status", Static).update(
                "The letter templates have problems, so letters are switched off until they "
                "are fixed:\n" + "\n".join(str(p) for p in problems))
            for button in self.query(Button):
                button.disabled = True
            return
        self.call_after_refresh(self._load_letter)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < 110, "-narrow")

    # -- the form ---------------------------------------------------------------------------
    def _initial_values(self) -> dict[str, str]:
        child = self.store.child(self.child_id)
        values = profile_values(self.template, self.store.parent(), child)
        if self.letter_id == "meeting-summary":
            meetings = self.store.meetings(self.child_id)
            if meetings:
                last = meetings[-1]
                day = parse_date(last.date)
                values.update(meeting_values(self.store.entries(last.id),
                                             long_date(day) if day else last.date))
        values.update(self.store.letter_draft(self.child_id, self.letter_id))
        return values

    async def _load_letter(self) -> None:
        self.values = self._initial_values()
        self.query_one("#letter-purpose", Static).update(
            f"{self.template.title}\n{self.template.purpose}")
        box = self.query_one("#letter-fields", Vertical)
        await box.remove_children()
        widgets: list[Widget] = []
        for field in self.template.fields:
            hint = " (optional)" if field.optional and "optional" not in field.prompt else ""
            widgets.append(Label(f"{field.prompt}{hint}", classes="field-label"))
            value = self.values.get(field.name, "")
            if field.type == "multiline":
                area = TextArea(value, id=f"field--{field.name}", classes="field",
                                soft_wrap=True, show_line_numbers=False,
                                placeholder=f"e.g. {field.example}")
                widgets.append(area)
            else:
                widgets.append(Input(value, placeholder=f"e.g. {field.example}",
                                     id=f"field--{field.name}", classes="field", compact=True))
        await box.mount_all(widgets)
        self._refresh_preview()

    @on(OptionList.OptionHighlighted, "#letter-list")
    async def _chosen(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.letter_id:
            self.letter_id = event.option.id
            await self._load_letter()

    @on(Input.Changed, ".field")
    @on(TextArea.Changed, ".field")
    def _field_changed(self, event: Input.Changed | TextArea.Changed) -> None:
        widget = event.input if isinstance(event, Input.Changed) else event.text_area
        name = (widget.id or "").removeprefix("field--")
        self.values[name] = widget.value if isinstance(widget, Input) else widget.text
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(0.25, self._changed_settled)

    def _changed_settled(self) -> None:
        self.store.set_letter_draft(self.child_id, self.letter_id, self.values)
        self._refresh_preview()

    def _computed(self) -> dict[str, Any]:
        return computed_values(self.template, self.store.child(self.child_id),
                               self.store.contacts(self.child_id),
                               clocks=self.clocks(self.child_id))

    def _refresh_preview(self) -> None:
        computed = self._computed()
        letter = preview(self.template, self.values, computed)
        self.query_one("#letter-subject", Static).update(f"Subject: {letter.subject}")
        self.query_one("#letter-preview", Static).update(letter.body)
        try:
            render(self.template, self.values, computed)
        except LetterError as exc:
            todo = [f"{f.prompt}{reason}" if not isinstance(f, str) else f"{f}{reason}"
                    for f, reason in exc.fields]
            self.query_one("#letter-status", Static).update(
                "Still to fill in before copying: " + "; ".join(todo))
        else:
            self.query_one("#letter-status", Static).update("Ready to copy.")

    def _final(self) -> tuple[str, str] | None:
        """(subject, body), or None after saying which fields still need filling."""
        try:
            letter = render(self.template, self.values, self._computed())
        except LetterError as exc:
            names = [f.name if not isinstance(f, str) else f for f, _ in exc.fields]
            self.notify("Not copied: fill in " + ", ".join(names) + " first.",
                        title="Some fields are empty", severity="error")
            if names:
                for widget in self.query(f"#field--{names[0]}"):
                    widget.focus()
            return None
        return letter.subject, letter.body

    # -- getting it out ---------------------------------------------------------------------
    @on(Button.Pressed, "#copy")
    def action_copy(self) -> None:
        final = self._final()
        if final is not None:
            self._copy(final[1], self.letter_id)

    @on(Button.Pressed, "#copy-subject")
    def action_copy_subject(self) -> None:
        final = self._final()
        if final is not None:
            self._copy(final[0], f"{self.letter_id}-subject")

    @work(thread=True, exclusive=True, group="copy")
    def _copy(self, text: str, name: str) -> None:
        result = self.copy_out(text, "letters", name)
        self.app.call_from_thread(self._copied, result.message)

    def _copied(self, message: str) -> None:
        self.query_one("#letter-status", Static).update(message)
        self.notify(message, title="Letter")

    @on(Button.Pressed, "#save")
    async def action_save(self) -> None:
        final = self._final()
        if final is not None:
            text = f"Subject: {final[0]}\n\n{final[1]}"
            path = await asyncio.wrap_future(self.store.save_new("letters", self.letter_id,
                                                                 ".txt", text))
            self._copied(f"Saved as {path}")

    @on(Button.Pressed, "#mark-sent")
    @work
    async def action_mark_sent(self) -> None:
        final = self._final()
        if final is None:
            return
        sent: Sent | None = await self.app.push_screen_wait(
            SentScreen(final[0], self.values.get("recipient_name", "")))
        if sent is None:
            return
        await asyncio.wrap_future(self.store.add_contact(
            self.child_id, sent.date, sent.who, sent.how, final[0],
            letter_id=self.letter_id, subject=final[0], direction=SENT_TO_SCHOOL))
        self.store.record_letter_sent(self.child_id, self.template.fills, sent.date)
        self._copied(f"Logged in the contact log: sent {sent.date} to {sent.who} by {sent.how}.")

