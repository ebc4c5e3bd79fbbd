"""The wizard: the list of steps, the current step and its glossary, side by side.

The screen holds the state (`step`, `progress`) in reactives; the widgets receive what they
show through `data_bind` and post messages up (a step chosen, an item ticked, a term clicked).
Narrow terminals fold the side panels (breakpoints), `s` and `g` bring them back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.geometry import Region
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from .. import keys
from ..core import progress as prog
from ..core.content import Content, Step, Term
from ..core.records import Progress
from ..core.step_text import span_key
from ..core.store import Store
from ..messages import GuideCached, ShowChild, ShowStep, ShowTerm
from ..widgets.checklist import Checklist
from ..widgets.footer import Footer
from ..widgets.glossary_panel import GlossaryPanel
from ..widgets.header import Header
from ..widgets.step_body import StepBody, TermFinder
from ..widgets.step_list import StepList
from ..widgets.step_view import StepView
from .breakpoints import set_width_class
from .styled import StylesTaken

if TYPE_CHECKING:
    from ..core.dates_source import DatesSource
    from ..core.glossary import Matcher


class WizardScreen(Screen[None]):
    BINDINGS = keys.bindings(keys.WIZARD)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    AUTO_FOCUS = "#step"

    step: reactive[Step] = reactive(cast(Step, None), init=False)
    """The step on screen."""
    progress: reactive[Progress] = reactive(Progress(child_id="none"), init=False)
    """The child's ticks and step states."""
    checked: reactive[frozenset[str]] = reactive(frozenset(), init=False)
    """The ticked items (from `progress`), handed down to the checklist."""
    states: reactive[dict[str, str]] = reactive(dict, init=False)
    """Each step's state (from `progress`), handed down to the step list."""
    current: reactive[str] = reactive("", init=False)
    """The id of the step on screen, handed down to the step list."""
    terms: reactive[tuple[Term, ...]] = reactive(tuple, init=False)
    """The step's glossary terms, handed down to the panel."""
    dates_text: reactive[str] = reactive("", init=False)
    """The line under the step title: the next due date, anything overdue, and the step's
    note where the child's setting differs from the federal timeline it states."""

    def __init__(self, store: Store, content: Content, child_id: str,
                 matcher: Callable[[], Matcher], dates: DatesSource | None = None,
                 terms_later: bool = False) -> None:
        super().__init__()
        set_width_class(self)
        self.store, self.content, self.child_id = store, content, child_id
        self.matcher = matcher  # built on first use
        #: On a first run the guide's cache (where each step's terms stand) is made once the
        #: first screen is drawn: until then the text is shown without its terms marked, rather
        #: than building the matcher before the first frame (`GuideCached` ends it).
        self._terms_later = terms_later
        self.dates = dates
        self._styles_taken = StylesTaken()
        self._load(child_id)

    def _load(self, child_id: str) -> None:
        """The state before the screen is mounted (no watchers run)."""
        self.child_id = child_id
        progress = self.store.progress(child_id)
        step = prog.current_step(progress, self.content)
        self.set_reactive(WizardScreen.progress, progress)
        self.set_reactive(WizardScreen.step, step)
        self.set_reactive(WizardScreen.checked, frozenset(progress.checked))
        self.set_reactive(WizardScreen.states, prog.states(progress, self.content))
        self.set_reactive(WizardScreen.current, step.id)
        self.set_reactive(WizardScreen.terms, self._terms(step))

    # -- building ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._title_text(), id="step-title", markup=False)
        yield Static("", id="dates-line", markup=False)
        with Horizontal(id="main"):
            steps = StepList(self.content.steps, id="steps")
            steps.set_reactive(StepList.states, self.states)
            steps.set_reactive(StepList.current, self.current)
            yield steps.data_bind(WizardScreen.states, WizardScreen.current)
            view = StepView(self.step, self.content.footer, self._term_finder,
                            self.content.blocks, id="step")
            view.set_reactive(StepView.checked, self.checked)
            yield view.data_bind(WizardScreen.step, WizardScreen.checked)
            yield GlossaryPanel(self.terms, id="glossary").data_bind(WizardScreen.terms)
        yield Footer()

    def on_mount(self) -> None:
        self._styles_taken.take(self.app)  # (its widgets were styled as they were mounted)
        self._update_header()
        steps = self._steps = self.query_one(StepList)
        steps.highlighted = steps.get_option_index(self.current)
        self.call_after_refresh(self._restore_scroll)
        self.call_after_refresh(self._update_dates)
        self.call_after_refresh(self._update_hint)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Shown (first, or back from another screen: a date may have been recorded there).
        Restyled only if the theme or the stylesheet changed meanwhile (see styled.py)."""
        self._styles_taken.keep(self.app, event)
        self._update_dates()

    def _restore_scroll(self) -> None:
        """Once the list is laid out (the refresh after the first), scroll it back."""
        steps = self.query_one(StepList)
        if steps.max_scroll_y < self.progress.list_scroll and not getattr(self, "_retried", 0):
            self._retried = 1
            self.call_after_refresh(self._restore_scroll)
            return
        steps.scroll_to(y=self.progress.list_scroll, animate=False, immediate=True)

    # -- derived state ----------------------------------------------------------------------
    def watch_step(self, step: Step) -> None:
        self.current = step.id
        self.terms = self._terms(step)
        self.query_one("#step-title", Static).update(self._title_text())
        self._update_dates()
        self._update_hint()

    def watch_progress(self, progress: Progress) -> None:
        self.checked = frozenset(progress.checked)
        self.states = prog.states(progress, self.content)
        self._update_header()
        self._update_hint()

    def _update_hint(self) -> None:
        """Under the checklist, while every item of the step is ticked and the step is not
        marked done yet: that x marks it done. Bound to the step, it goes when the step is
        marked or left (a toast said it before, and stayed on the next step's screen)."""
        if not self.is_mounted:
            return
        ready = bool(self.step.checklist) and prog.all_ticked(self.progress, self.step) and \
            self.progress.state(self.step.id) != "done"
        self.query_one(Checklist).border_subtitle = (
            "all ticked: x marks the step done" if ready else "")

    def watch_dates_text(self, text: str) -> None:
        line = self.query_one("#dates-line", Static)
        line.update(text)
        line.set_class(bool(text), "-shown")
        line.set_class("OVERDUE" in text, "-overdue")

    def _update_dates(self) -> None:
        if not self.store.keeps_dates(self.child_id):  # nothing to count: the rules stay unread
            self.dates_text = ""
            return
        rules = self.dates.rules() if self.dates is not None else None
        if self.dates is None or rules is None or not self.is_mounted:
            return
        from ..core.dates_view import header_line, step_notes

        schedule = self.store.schedule(self.child_id, rules, self.dates.today())
        notes = step_notes(self.step.sources, rules, self.store.date_settings(self.child_id,
                                                                              rules))
        self.dates_text = "\n".join(line for line in [header_line(schedule), *notes] if line)

    def _title_text(self) -> str:
        return f"Step {self.content.step_index(self.step.id) + 1}. {self.step.title}"

    def _terms(self, step: Step) -> tuple[Term, ...]:
        return tuple(self.content.terms[t] for t in step.terms if t in self.content.terms)

    def _term_finder(self, step: Step) -> TermFinder:
        """Finds the step's own glossary terms (those in the side panel) in its text: where
        the guide's cache already knows, without the matcher."""
        wanted = set(step.terms)
        known = self.content.term_spans

        def find(text: str) -> list[tuple[int, int, str]]:
            cached = known.get(span_key(step.id, text))
            if cached is not None:
                return list(cached)
            if self._terms_later:
                return []
            return [(m.start, m.end, m.term_id) for m in self.matcher().find(text)
                    if m.term_id in wanted]
        return find

    @on(GuideCached)
    def _guide_cached(self, message: GuideCached) -> None:
        message.stop()
        self._terms_later = False
        self.query_one(StepView).find_terms_again()

    def _update_header(self) -> None:
        child = self.store.child(self.child_id)
        self.title = child.name if child else "iepwizard"
        self.sub_title = str(prog.summary(self.progress, self.content))

    def _reload(self) -> None:
        self.progress = self.store.progress(self.child_id)

    # -- moving between steps ---------------------------------------------------------------
    @on(StepList.Chosen)
    def _step_chosen(self, event: StepList.Chosen) -> None:
        self.go_to(event.step_id)

    @on(ShowStep)
    def _show_step(self, message: ShowStep) -> None:
        message.stop()
        self.go_to(message.step_id)

    def action_move(self, delta: int) -> None:
        index = self.content.step_index(self.step.id) + delta
        if 0 <= index < len(self.content.steps):
            self.go_to(self.content.steps[index].id)

    def go_to(self, step_id: str) -> None:
        step = self.content.step(step_id)
        if step is None or step.id == self.step.id:
            return
        self.store.set_current_step(self.child_id, step.id)
        self.step = step

    @on(ShowChild)
    def _show_child(self, message: ShowChild) -> None:
        """Switch to another child in place: their step, ticks and scroll position (the
        widgets follow through their bindings)."""
        message.stop()
        self._save_scroll()
        self.child_id = message.child_id
        self.progress = self.store.progress(message.child_id)
        self.step = prog.current_step(self.progress, self.content)
        self._update_dates()
        self.call_after_refresh(self._restore_scroll)

    # -- ticking and marking ----------------------------------------------------------------
    @on(Checklist.Toggled)
    def _toggled(self, event: Checklist.Toggled) -> None:
        self.store.set_checked(self.child_id, event.key, event.done)
        self._reload()

    def _toggle_state(self, state: str) -> None:
        new = "in_progress" if self.progress.state(self.step.id) == state else state
        self.store.set_step_state(self.child_id, self.step.id, new)
        self._reload()
        words = {"done": "marked done", "not_applicable": "marked as not for us",
                 "in_progress": "back in progress"}
        self.notify(f"“{self.step.label}” {words[new]}.", markup=False)

    def action_toggle_done(self) -> None:
        self._toggle_state("done")

    def action_toggle_not_applicable(self) -> None:
        self._toggle_state("not_applicable")

    def action_focus_checklist(self) -> None:
        checklist = self.query_one(Checklist)
        checklist.focus()
        self.query_one(StepView).scroll_to_widget(checklist, animate=False)

    # -- panels and terms -------------------------------------------------------------------
    def action_toggle_panel(self, panel: str) -> None:
        widget = self.query_one(f"#{panel}")
        widget.toggle_class("-hidden" if not self.has_class("-narrow") else "-shown")

    @on(StepBody.TermClicked)
    @on(ShowTerm)
    async def _show_term(self, message: StepBody.TermClicked | ShowTerm) -> None:
        """Open a term in the side panel if the step has it, else in the glossary."""
        message.stop()
        panel = self.query_one(GlossaryPanel)
        if message.term_id not in self.step.terms:
            await self.app.run_action(f"glossary({message.term_id!r})")
            return
        panel.remove_class("-hidden")
        panel.add_class("-shown")
        panel.show_term(message.term_id)

    def _pick_term(self, delta: int) -> None:
        body = self.query_one(StepView).body
        if not body.term_ids:
            self.notify("This step's text has no underlined terms.")
            return
        index = body.term_ids.index(body.selected_term) if body.selected_term in \
            body.term_ids else (-1 if delta > 0 else 0)
        if body.selected_term:  # the term picked before folds up again in the panel
            self.query_one(GlossaryPanel).toggle(body.selected_term, opened=False)
        body.selected_term = body.term_ids[(index + delta) % len(body.term_ids)]
        self.post_message(ShowTerm(body.selected_term))
        line = body.term_line(body.selected_term)
        if line is not None:  # bring the picked term into view, with a line above it
            y = body.virtual_region.y + line
            self.query_one(StepView).scroll_to_region(Region(0, max(0, y - 1), 1, 3),
                                                      animate=False)

    def action_next_term(self) -> None:
        self._pick_term(1)

    def action_previous_term(self) -> None:
        self._pick_term(-1)

    # -- leaving ----------------------------------------------------------------------------
    def _save_scroll(self) -> None:
        steps = self.__dict__.get("_steps")  # still readable while the screen is unmounting
        if steps is not None:
            self.store.set_list_scroll(self.child_id, round(steps.scroll_y))

    def on_unmount(self) -> None:
        self._save_scroll()
