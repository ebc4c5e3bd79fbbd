"""Test scores year to year: each area's percentile across the saved evaluations, as a table
("Reading Composite: 16th (2024, WIAT-4) -> 8th (2026, WJ IV)") and on the decoder's
percentile axis; the saved evaluations and their scores, to correct or delete (deleting asks
first); and the areas linked across tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from .. import keys
from ..core.dates import long_form
from ..core.history_chart import flat, history_table
from ..core.percentile_words import phrase
from ..core.records import EvaluationRecord, ScoreRecord
from ..core.safe_text import visible
from ..core.score_history import NOT_NAMED, AreaHistory, direction_note, history, restored
from ..core.scores import NAMES
from ..core.store import Store
from ..widgets.bell_curve import HistoryChart, PercentileChart
from ..widgets.footer import Footer
from ..widgets.header import Header
from ..widgets.wrapped_text import WrappedText
from .confirm import ConfirmScreen

if TYPE_CHECKING:
    from ..core.scales import Scales

EMPTY = ("No scores are saved yet. In the decoder (d in the guide), decode a report and press "
         "ctrl+s to save its scores under an evaluation's name and date.")


#: Actions that work only on some tabs: the tabs they work on.
TABS_OF = {"edit": ("scores-tab-saved",), "delete": ("scores-tab-saved", "scores-tab-links")}


def score_line(score: ScoreRecord, scales: Scales | None = None) -> str:
    """(`scales`: the scales file's, so a score's kind is named as its test names it.)"""
    label = score.label.strip() or NOT_NAMED
    head = f"{label} ({score.test})" if score.test else label
    [told] = restored([score.saved()], scales)
    where = f", {phrase(told.said)}" if score.percentile else ""
    concern = direction_note(score.kind, score.role, told.unsure)
    return visible(f"{head}: {told.called or NAMES[score.kind]} {score.value:g}{where}"
                   f"{concern}", 300)


class ScoresScreen(Screen[None]):
    CSS_PATH = "scores.tcss"
    BINDINGS = keys.bindings(keys.SCORES)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    histories: var[tuple[AreaHistory, ...]] = var(())
    """Each area's points across the evaluations (handed to the chart)."""

    def __init__(self, store: Store, child_id: str, scales: Scales | None = None) -> None:
        """(`scales`: the scales file's, so saved scores are drawn in their tests' words.)"""
        super().__init__()
        self.store, self.child_id, self.scales = store, child_id, scales

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="scores-tabs"):
            with TabPane("Year to year", id="scores-tab-years"), \
                    VerticalScroll(id="scores-years-box"):
                yield WrappedText(id="scores-table")
                yield HistoryChart(self.scales, id="scores-chart").data_bind(
                    ScoresScreen.histories)
                yield WrappedText(id="scores-point")
            with TabPane("Saved evaluations", id="scores-tab-saved"):
                yield OptionList(id="scores-evaluations")
                yield OptionList(id="scores-list")
            with TabPane("Linked areas", id="scores-tab-links"):
                yield Static("Each line says two areas of two tests are one area year to "
                             "year. l links two more; delete removes the highlighted link.",
                             classes="muted")
                yield OptionList(id="scores-links")
        yield Footer()

    def on_mount(self) -> None:
        child = self.store.child(self.child_id)
        self.title = f"Test scores year to year: {child.name if child else ''}"
        self.fill()

    def action_tab(self, pane: str) -> None:
        self.query_one(TabbedContent).active = pane

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit and delete only where they work (not on Year to year)."""
        if action not in TABS_OF or not self.is_mounted:
            return True
        return self.query_one(TabbedContent).active in TABS_OF[action]

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    # -- showing ------------------------------------------------------------------------------
    def fill(self) -> None:
        evaluations, links = self.store.score_history(self.child_id)
        self.histories = tuple(history(evaluations, links, self.scales))
        records = self.store.evaluations(self.child_id)
        table = self.query_one("#scores-table", WrappedText)
        if not records:
            table.show(EMPTY)
        elif not self.histories:
            table.show("None of the saved scores has a place on the percentile scale (grade "
                       "equivalents and scores of an unknown kind are kept, not charted).")
        else:
            table.show(lambda width: ["Year to year:", *(visible(line, 10**6) for line in
                                                        history_table(list(self.histories),
                                                                      width))])
        self._fill_evaluations(records)
        self._fill_links()

    def _fill_evaluations(self, records: list[EvaluationRecord]) -> None:
        listing = self.query_one("#scores-evaluations", OptionList)
        keep = listing.highlighted
        listing.clear_options()
        for record in reversed(records):
            count = len(self.store.saved_scores(self.child_id, record.id))
            kept = " · report text kept" if record.report else ""
            listing.add_option(Option(Text.assemble(
                (f"{record.date}  ", "bold"), visible(record.name, 200),
                f" · {count} score{'s' * (count != 1)}{kept}"), id=record.id))
        if not records:
            listing.add_option(Option("No evaluations saved yet.", disabled=True))
        elif keep is not None:
            listing.highlighted = min(keep, listing.option_count - 1)
        else:
            listing.highlighted = 0
        self._fill_scores()

    def _chosen_evaluation(self) -> EvaluationRecord | None:
        listing = self.query_one("#scores-evaluations", OptionList)
        if listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return self.store.evaluation(self.child_id, option.id or "") if option.id else None

    def _fill_scores(self) -> None:
        listing = self.query_one("#scores-list", OptionList)
        keep = listing.highlighted
        listing.clear_options()
        evaluation = self._chosen_evaluation()
        if evaluation is None:
            return
        for score in self.store.saved_scores(self.child_id, evaluation.id):
            listing.add_option(Option(Text(score_line(score, self.scales)),
                                      id=f"score-{score.doc_id}"))
        if not listing.option_count:
            listing.add_option(Option("No scores left in this evaluation.", disabled=True))
        else:
            listing.highlighted = min(keep or 0, listing.option_count - 1)

    def _fill_links(self) -> None:
        listing = self.query_one("#scores-links", OptionList)
        listing.clear_options()
        from .scores_dialogs import area_name

        for link in self.store.area_links(self.child_id):
            listing.add_option(Option(Text(visible(
                f"{area_name((link.test, link.label))}  =  "
                f"{area_name((link.other_test, link.other_label))}", 300)),
                id=f"link-{link.doc_id}"))
        if not listing.option_count:
            listing.add_option(Option("No areas linked yet.", disabled=True))
        else:
            listing.highlighted = 0

    @on(OptionList.OptionHighlighted, "#scores-evaluations")
    def _evaluation_highlighted(self) -> None:
        self._fill_scores()

    @on(PercentileChart.Highlighted, "#scores-chart")
    def _point(self, event: PercentileChart.Highlighted) -> None:
        points = flat(list(self.histories))
        if not 0 <= event.point < len(points):
            return
        area, point = points[event.point]
        [told] = restored([point], self.scales)
        concern = direction_note(point.kind, point.role, told.unsure)
        said = visible(f"{point.label.strip() or NOT_NAMED} on the "
                       f"{point.test or 'test not named'}, "
                       f"{point.evaluation} ({long_form(point.date)}): "
                       f"{told.called or NAMES[point.kind]} {point.value:g}, "
                       f"{phrase(told.said)}{concern}.", 600)
        from ..core.decode_report import wrap

        self.query_one("#scores-point", WrappedText).show(
            lambda width: ["", *wrap(said, width, "\u25b6 ", "  ")])

    # -- the highlighted record ---------------------------------------------------------------
    def _focused_id(self) -> tuple[str, str] | None:
        """(list, option id) of the focused list's highlighted entry."""
        focused = self.focused
        if not isinstance(focused, OptionList) or focused.highlighted is None:
            return None
        option = focused.get_option_at_index(focused.highlighted)
        return (focused.id or "", option.id) if option.id else None

    def _score(self, option_id: str) -> ScoreRecord | None:
        doc_id = int(option_id.removeprefix("score-"))
        return next((s for s in self.store.saved_scores(self.child_id) if s.doc_id == doc_id),
                    None)

    @on(OptionList.OptionSelected, "#scores-evaluations")
    @on(OptionList.OptionSelected, "#scores-list")
    def _selected(self) -> None:
        self.action_edit()

    @work
    async def action_edit(self) -> None:
        from .scores_dialogs import EditEvaluationDialog, EditScoreDialog, EvaluationEdit, ScoreEdit

        chosen = self._focused_id()
        if chosen is None:
            return
        where, option_id = chosen
        if where == "scores-evaluations":
            evaluation = self.store.evaluation(self.child_id, option_id)
            if evaluation is None:
                return
            edit = await self.app.push_screen_wait(EditEvaluationDialog(evaluation))
            if isinstance(edit, EvaluationEdit):
                self.store.update_evaluation(self.child_id, evaluation.id, edit.name, edit.date)
        elif where == "scores-list":
            score = self._score(option_id)
            if score is None:
                return
            change = await self.app.push_screen_wait(EditScoreDialog(score))
            if isinstance(change, ScoreEdit):
                self.store.update_score(self.child_id, score.doc_id, change.label, change.test,
                                        change.value, change.role)
        else:
            return
        self.fill()

    @work
    async def action_delete(self) -> None:
        chosen = self._focused_id()
        if chosen is None:
            return
        where, option_id = chosen
        if where == "scores-evaluations":
            evaluation = self.store.evaluation(self.child_id, option_id)
            if evaluation is None:
                return
            count = len(self.store.saved_scores(self.child_id, evaluation.id))
            kept = " and the report's text kept with it" if evaluation.report else ""
            question = (f"Delete the evaluation \"{visible(evaluation.name, 200)}\" of "
                        f"{long_form(evaluation.date)}, its {count} score"
                        f"{'s' * (count != 1)}{kept}?")
            if await self.app.push_screen_wait(ConfirmScreen(question, yes="Delete")):
                self.store.delete_evaluation(self.child_id, evaluation.id)
        elif where == "scores-list":
            score = self._score(option_id)
            if score is None:
                return
            if await self.app.push_screen_wait(ConfirmScreen(
                    f"Delete this score?\n\n{score_line(score, self.scales)}", yes="Delete")):
                self.store.delete_score(self.child_id, score.doc_id)
        elif where == "scores-links":
            link_id = int(option_id.removeprefix("link-"))
            if await self.app.push_screen_wait(ConfirmScreen(
                    "Unlink these two areas? Their scores stay saved.", yes="Unlink")):
                self.store.unlink_areas(self.child_id, link_id)
        self.fill()

    @work
    async def action_link(self) -> None:
        from .scores_dialogs import LinkDialog

        areas = list(dict.fromkeys((s.test, s.label) for s in self.store.saved_scores(
            self.child_id) if s.label.strip()))  # (one not named is never linked)
        if len(areas) < 2:
            self.notify("Save scores of at least two areas first.", severity="warning")
            return
        chosen = await self.app.push_screen_wait(LinkDialog(areas))
        if not isinstance(chosen, tuple):
            return
        (test, label), (other_test, other_label) = chosen
        self.store.link_areas(self.child_id, test, label, other_test, other_label)
        self.notify("Linked: from now on they are one area year to year.", markup=False)
        self.fill()
