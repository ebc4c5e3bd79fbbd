"""The Test scores screen's questions: correct an evaluation or a score, link two areas."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Label, Select, Static

from ..core.records import EvaluationRecord, ScoreRecord
from ..core.safe_text import visible
from ..core.score_history import FUTURE_DATE, Area, link_refusal
from ..core.scores import NAMES, SCALES, plausible
from ..widgets.burst import LineInput
from ..widgets.form_fields import FieldSelect
from .dialog import Dialog


def save_button(label: str = "Save") -> Button:
    return Button(label, variant="primary", id="save")


@dataclass(frozen=True)
class EvaluationEdit:
    name: str
    date: str  # ISO


class EditEvaluationDialog(Dialog[EvaluationEdit | None]):
    def __init__(self, evaluation: EvaluationRecord) -> None:
        super().__init__()
        self.evaluation = evaluation

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Correct the evaluation", classes="heading")
            yield Label("Name of the evaluation")
            yield LineInput(self.evaluation.name, id="edit-name", compact=True)
            yield Label("Date of the evaluation")
            yield LineInput(self.evaluation.date, id="edit-date", compact=True,
                            submit_on_enter=True)
            yield from self.dialog_buttons(save_button())

    def on_mount(self) -> None:
        self.query_one("#edit-name").focus()

    @on(Button.Pressed, "#save")
    @on(LineInput.Submitted)
    def _save(self) -> None:
        name = " ".join(self.query_one("#edit-name", LineInput).value.split())
        if not name:
            self.show_error("Give the evaluation a name.", "#edit-name")
        elif (day := self.read_date("#edit-date", self.app_today(), FUTURE_DATE)) is not None:
            self.dismiss(EvaluationEdit(name, day.isoformat()))


@dataclass(frozen=True)
class ScoreEdit:
    label: str
    test: str
    value: float
    role: str = ""


#: What a higher T-score means, as the edit dialog asks it (the role's value, "unknown": "").
DIRECTIONS = (("not known", "unknown"),
              ("more concern (a problem scale, like Hyperactivity)", "problem"),
              ("more skill (an adaptive scale, like Social Skills)", "adaptive"),
              ("higher ability (like the DAS-II's subtests)", "ability"))


class EditScoreDialog(Dialog[ScoreEdit | None]):
    def __init__(self, score: ScoreRecord) -> None:
        super().__init__()
        self.score = score

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"Correct the score (a {NAMES[self.score.kind]})", classes="heading")
            yield Label("Area (the index, composite, subtest or scale)")
            yield LineInput(self.score.label, id="edit-label", compact=True)
            yield Label("Test")
            yield LineInput(self.score.test, id="edit-test", compact=True)
            yield Label("Score")
            yield LineInput(f"{self.score.value:g}", id="edit-value", compact=True,
                            submit_on_enter=True)
            if self.score.kind == "t":
                yield Label("A higher T-score means")
                yield FieldSelect(DIRECTIONS, value=self.score.role or "unknown",
                                  allow_blank=False, id="edit-role", compact=True)
            yield from self.dialog_buttons(save_button())

    def on_mount(self) -> None:
        self.query_one("#edit-value").focus()

    @on(Button.Pressed, "#save")
    @on(LineInput.Submitted)
    def _save(self) -> None:
        raw = self.query_one("#edit-value", LineInput).value.strip()
        kind = self.score.kind
        low, high = SCALES[kind][2], SCALES[kind][3]
        try:
            value = float(raw)
        except ValueError:
            value = float("nan")
        if not plausible(kind, value):
            self.show_error(f"A {NAMES[kind]} is a number from {low:g} to {high:g}.", "#edit-value")
            return
        role = self.score.role
        if self.score.kind == "t":
            chosen = self.query_one("#edit-role", Select).value
            role = chosen if isinstance(chosen, str) and chosen != "unknown" else ""
        self.dismiss(ScoreEdit(" ".join(self.query_one("#edit-label", LineInput).value.split())
                               or self.score.label,
                               " ".join(self.query_one("#edit-test", LineInput).value.split()),
                               value, role))




def area_name(area: Area) -> str:
    test, label = area
    return f"{test or 'test not named'} · {label or 'area not named'}"


class LinkDialog(Dialog[tuple[Area, Area] | None]):
    """Two areas of two tests that are the same area (WIAT-4 "Reading Composite" and WJ IV
    "Broad Reading"): linked once, they are one row year to year."""

    def __init__(self, areas: list[Area]) -> None:
        super().__init__()
        self.areas = areas

    def compose(self) -> ComposeResult:
        # (a Select reads a plain string as markup: names from reports are Text)
        options = [(Text(visible(area_name(a), 200)), str(n)) for n, a in enumerate(self.areas)]
        with Vertical(classes="dialog"):
            yield Static("Link two areas across tests", classes="heading")
            yield Static("Areas with the same name on the same test are matched by "
                         "themselves; link an area of one test to the same area of another.",
                         classes="muted")
            yield Label("This area")
            yield FieldSelect(options, id="link-first", compact=True, prompt="Choose an area")
            yield Label("is the same area as")
            yield FieldSelect(options, id="link-second", compact=True, prompt="Choose an area")
            yield from self.dialog_buttons(save_button("Link them"))

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        first = self.query_one("#link-first", Select).value
        second = self.query_one("#link-second", Select).value
        if not isinstance(first, str) or not isinstance(second, str):
            self.show_error("Choose both areas.", "#link-first")
        elif refusal := link_refusal(self.areas[int(first)], self.areas[int(second)]):
            # (test names as saved, an escape shown as a symbol, never sent to the terminal)
            self.show_error(visible(refusal, 400), "#link-second")
        else:
            self.dismiss((self.areas[int(first)], self.areas[int(second)]))
