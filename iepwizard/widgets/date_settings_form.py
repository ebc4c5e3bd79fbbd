"""A child's date settings: the track (which clocks apply) and every number a state may change,
each labelled as the federal default or the child's own setting.

The widget checks a new value with the rules (`apply_setting`) and posts the new settings up;
the screen saves them and hands them back down.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Select, Static

from ..core.date_settings import (
    SettingError,
    Settings,
    apply_setting,
    describe,
    setting_label,
)
from ..core.deadline_rules import Rules
from .burst import LineInput
from .form_fields import FieldSelect

TRACK_CHOICES = [("IEP (IDEA)", "iep"), ("Section 504 plan", "504"),
                 ("not yet known", "unknown")]
HINT = ("Each number starts at the federal default. If your state (or school) uses another "
        "timeline, type it (45, or \"45 school days\") and press Enter; \"default\" goes back.")


class DateSettingsForm(VerticalScroll):
    settings: reactive[Settings] = reactive(Settings, init=False)
    """The child's settings (given by the screen)."""

    @dataclass
    class Changed(Message):
        settings: Settings
        name: str
        #: The setting as the parent reads it (`setting_label`), for what the screen says.
        label: str

    def __init__(self, rules: Rules, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rules = rules

    def compose(self) -> ComposeResult:
        yield Static(HINT, markup=False, classes="muted")
        yield Static("", id="setting-error", markup=False, classes="error")
        for name, value, what in describe(self.rules, self.settings):
            yield Static(what, id=f"what--{name}", markup=False,
                         classes="setting-label")
            if name == "track":
                yield FieldSelect(TRACK_CHOICES, value=value, allow_blank=False, compact=True,
                                  id="setting--track", classes="setting")
            else:
                yield LineInput(value, id=f"setting--{name}", compact=True,
                                submit_on_enter=True, classes="setting")

    def watch_settings(self, settings: Settings) -> None:
        for name, value, what in describe(self.rules, settings):
            self.query_one(f"#what--{name}", Static).update(what)
            field = self.query_one(f"#setting--{name}")
            if isinstance(field, Select):
                with field.prevent(Select.Changed):
                    field.value = value
            elif isinstance(field, Input) and not field.has_focus:
                field.value = value

    def error(self, message: str = "") -> None:
        shown = self.query_one("#setting-error", Static)
        shown.update(message)
        shown.set_class(bool(message), "-shown")

    def _apply(self, name: str, value: str) -> None:
        label = setting_label(self.rules, name)
        try:
            new = apply_setting(self.settings, self.rules, name, value, called=f'"{label}"')
        except SettingError as exc:
            self.error(f"Not saved: {exc}.")
            return
        self.error()
        if new != self.settings:
            self.post_message(self.Changed(new, name, label))

    @on(Select.Changed, "#setting--track")
    def _track(self, event: Select.Changed) -> None:
        self._apply("track", str(event.value))

    @on(LineInput.Submitted, ".setting")
    def _submitted(self, event: Input.Submitted) -> None:
        self._apply((event.input.id or "").removeprefix("setting--"), event.value)

    @on(Input.Blurred, ".setting")
    def _left(self, event: Input.Blurred) -> None:
        """A value typed and left with Tab counts as entered."""
        name = (event.input.id or "").removeprefix("setting--")
        current = {n: v for n, v, _ in describe(self.rules, self.settings)}
        if event.value.strip() and " ".join(event.value.split()) != current.get(name):
            self._apply(name, event.value)
