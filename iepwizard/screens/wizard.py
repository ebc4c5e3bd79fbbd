"""The wizard: the list of steps, the current step and its glossary, side by side."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from ..core import progress as prog
from ..core.content import Content, Step, Term
from ..core.store import Store
from ..widgets.glossary_panel import GlossaryPanel
from ..widgets.step_list import StepList
from ..widgets.step_view import StepView

if TYPE_CHECKING:
    from ..core.glossary import Matcher
    from ..widgets.checklist import Checklist
    from ..widgets.step_body import TermFinder

NARROW = 110


class WizardScreen(Screen[None]):
    BINDINGS = [
        Binding("n,right_square_bracket", "move(1)", "Next"),
        Binding("p,left_square_bracket", "move(-1)", "Back"),
        Binding("space", "focus_checklist", "Checklist"),
        Binding("x", "toggle_done", "Done"),
        Binding("minus", "toggle_not_applicable", "Not for us", show=False),
        Binding("l", "app.letters", "Letters"),
        Binding("m", "app.meeting", "Meeting"),
        Binding("q", "app.questions", "Questions", show=False),
        Binding("j", "app.journal", "Journal", show=False),
        Binding("c", "app.contacts", "Contacts", show=False),
        Binding("ctrl+f", "app.search", "Search", show=False),
        Binding("ctrl+e", "app.export", "Export notes", show=False),
        Binding("s", "toggle_panel('steps')", "Steps", show=False),
        Binding("g", "toggle_panel('glossary')", "Terms", show=False),
        Binding("slash", "app.glossary", "Glossary", show=False),
        Binding("d", "app.decoder", "Decoder", show=False),
        Binding("e", "app.profile", "Profile", show=False),
        Binding("question_mark,f1", "app.help", "Help"),
    ]

    def __init__(self, store: Store, content: Content, child_id: str,
                 matcher: Callable[[], Matcher]) -> None:
        super().__init__()
        self.store, self.content, self.child_id = store, content, child_id
        self.matcher = matcher  # built on first use, after the first frame
        self.progress = store.progress(child_id)
        self.step = prog.current_step(self.progress, content)

    # -- building ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._title_text(), id="step-title", markup=False)
        with Horizontal(id="main"):
            self.step_list = StepList(self.content.steps,
                                      prog.states(self.progress, self.content), self.step.id,
                                      id="steps")
            yield self.step_list
            yield StepView(self.step, self._checked(), self.content.footer,
                           self._term_finder(self.step), id="step")
            yield GlossaryPanel(self._terms(self.step), id="glossary")
        yield Footer()

    def on_mount(self) -> None:
        self._dress()
        if getattr(self.app, "first_frame_shown", True):
            self.call_after_refresh(self.after_first_frame)

    def _dress(self) -> None:
        self._update_title()
        self.query_one(StepList).border_title = "Steps"
        self.query_one(StepView).focus()
        self.call_after_refresh(self._restore_scroll)

    async def show_child(self, child_id: str) -> None:
        """Switch this wizard to another child: their step, ticks and scroll position."""
        self.store.set_list_scroll(self.child_id, round(self.step_list.scroll_y))
        self.child_id = child_id
        self.progress = self.store.progress(child_id)
        self.step = prog.current_step(self.progress, self.content)
        await self.recompose()
        self._dress()
        await self.after_first_frame()

    async def after_first_frame(self) -> None:
        """Mount what the first frame does not need: the step's text, checklist and terms."""
        self.query_one(GlossaryPanel).set_terms(self._terms(self.step))
        await self.query_one(StepView).mount_rest()

    def _restore_scroll(self) -> None:
        self.query_one(StepList).scroll_to(y=self.progress.list_scroll, animate=False)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    # -- data helpers -----------------------------------------------------------------------
    def _title_text(self) -> str:
        return f"Step {self.content.step_index(self.step.id) + 1}. {self.step.title}"

    def _checked(self) -> set[str]:
        return set(self.progress.checked)

    def _terms(self, step: Step) -> list[Term]:
        return [self.content.terms[t] for t in step.terms if t in self.content.terms]

    def _term_finder(self, step: Step) -> TermFinder:
        """Finds the step's own glossary terms (those in the side panel) in its text."""
        wanted = set(step.terms)

        def find(text: str) -> list[tuple[int, int, str]]:
            return [(m.start, m.end, m.term_id)
                    for m in self.matcher().find(text)
                    if m.term_id in wanted]
        return find

    def _reload(self) -> None:
        self.progress = self.store.progress(self.child_id)
        self._update_title()
        self.query_one(StepList).refresh_states(prog.states(self.progress, self.content),
                                                self.step.id)

    def _update_title(self) -> None:
        child = self.store.child(self.child_id)
        self.title = f"iepwizard · {child.name if child else ''}"
        self.sub_title = str(prog.summary(self.progress, self.content))

    # -- moving between steps ---------------------------------------------------------------
    @on(StepList.Chosen)
    def _step_chosen(self, event: StepList.Chosen) -> None:
        self.go_to(event.step_id)

    def action_move(self, delta: int) -> None:
        index = self.content.step_index(self.step.id) + delta
        if 0 <= index < len(self.content.steps):
            self.go_to(self.content.steps[index].id)

    def go_to(self, step_id: str) -> None:
        step = self.content.step(step_id)
        if step is None or step.id == self.step.id:
            return
        self.step = step
        self.store.set_current_step(self.child_id, step.id)
        self._show_step()

    @work(exclusive=True, group="show-step")
    async def _show_step(self) -> None:
        self._reload()
        self.query_one("#step-title", Static).update(self._title_text())
        await self.query_one(StepView).show(self.step, self._checked(),
                                            self._term_finder(self.step))
        self.query_one(GlossaryPanel).set_terms(self._terms(self.step))

    # -- ticking and marking ----------------------------------------------------------------
    def on_checklist_toggled(self, event: Checklist.Toggled) -> None:
        self.store.set_checked(self.child_id, event.key, event.done)
        self._reload()
        state = self.progress.steps.get(self.step.id, "not_started")
        if event.done and state != "done" and prog.all_ticked(self.progress, self.step):
            self.notify("Every item on this step is ticked. Press x to mark the step done.",
                        title="Step complete?")

    def _toggle_state(self, state: str) -> None:
        current = self.progress.steps.get(self.step.id, "not_started")
        new = "in_progress" if current == state else state
        self.store.set_step_state(self.child_id, self.step.id, new)
        self._reload()
        words = {"done": "marked done", "not_applicable": "marked as not for us",
                 "in_progress": "back in progress"}
        self.notify(f"“{self.step.label}” {words[new]}.")

    def action_toggle_done(self) -> None:
        self._toggle_state("done")

    def action_toggle_not_applicable(self) -> None:
        self._toggle_state("not_applicable")

    def action_focus_checklist(self) -> None:
        from ..widgets.checklist import Checklist

        checklist = self.query_one(Checklist)
        checklist.focus()
        self.query_one(StepView).scroll_to_widget(checklist, animate=False)

    def action_toggle_panel(self, panel: str) -> None:
        widget = self.query_one(f"#{panel}")
        widget.toggle_class("-hidden" if not self.has_class("-narrow") else "-shown")

    def show_term(self, term_id: str) -> None:
        """Open the glossary panel on a term, if the current step has it."""
        panel = self.query_one(GlossaryPanel)
        panel.remove_class("-hidden")
        panel.add_class("-shown")
        panel.show_term(term_id)

    def on_unmount(self) -> None:
        self.store.set_list_scroll(self.child_id, round(self.step_list.scroll_y))
