"""The App: owns the store and the loaded content, builds screens, handles cross-screen moves."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from .commands import GuideCommands
from .core.content import Content
from .core.store import Store
from .messages import ChildChosen, WelcomeDone

if TYPE_CHECKING:
    from .core.clipboard import CopyResult
    from .core.glossary import Matcher
    from .core.problems import Problem

HIGH_CONTRAST = Theme(
    name="iepwizard-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FF00FF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF5555",
    dark=True,
)
DEFAULT_THEME = "textual-dark"


class IEPWizardApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "iepwizard"
    COMMANDS = App.COMMANDS | {GuideCommands}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("t", "toggle_contrast", "Contrast", show=False),
    ]

    def __init__(self, store: Store, content: Content, child_name: str | None = None) -> None:
        super().__init__()
        self.store, self.content, self.child_name = store, content, child_name
        self.child_id: str | None = None
        self._theme_restored = False
        self.first_frame_shown = False

    def get_default_screen(self) -> Screen[Any]:
        """The wizard (or, on a first run, the welcome) is the app's own first screen, so it
        is drawn in the app's first frame rather than pushed after it."""
        self.register_theme(HIGH_CONTRAST)
        self.theme = self.store.settings().theme or DEFAULT_THEME
        self._theme_restored = True
        child = self._starting_child()
        if child is None:
            from .screens.welcome import WelcomeScreen

            return WelcomeScreen()
        return self._wizard(child)

    def on_mount(self) -> None:
        for notice in self.store.notices:
            self.notify(notice, title="Your data was recovered", severity="warning", timeout=30)

    def on_ready(self) -> None:
        """The first frame is on screen: mount what waited for it."""
        self.call_after_refresh(self._first_frame_done)

    async def _first_frame_done(self) -> None:
        self.first_frame_shown = True
        after = getattr(self.screen, "after_first_frame", None)
        if after is not None:
            await after()

    def _starting_child(self) -> str | None:
        if self.child_name:
            found = self.store.find_child(self.child_name)
            return str(found.id if found else self.store.add_child(self.child_name).id)
        last = self.store.settings().last_child
        if last and self.store.child(last):
            return str(last)
        children = self.store.children()
        return str(children[0].id) if children else None

    def _wizard(self, child_id: str) -> Screen[Any]:
        from .screens.wizard import WizardScreen

        self.child_id = child_id
        self.store.set_setting("last_child", child_id)
        return WizardScreen(self.store, self.content, child_id, lambda: self.matcher)

    async def open_child(self, child_id: str) -> None:
        """Show the wizard for a child, closing whatever else is open."""
        from .screens.wizard import WizardScreen

        while len(self.screen_stack) > 1:
            await self.pop_screen()
        if isinstance(self.screen, WizardScreen):
            self.child_id = child_id
            self.store.set_setting("last_child", child_id)
            await self.screen.show_child(child_id)
        else:
            # After the first-run welcome (Textual keeps an app's first screen underneath).
            await self.push_screen(self._wizard(child_id))

    @on(WelcomeDone)
    async def _welcome_done(self, message: WelcomeDone) -> None:
        if message.parent_name:
            self.store.update_parent(name=message.parent_name)
        child = self.store.add_child(message.child_nickname or "My child")
        await self.open_child(child.id)

    @on(ChildChosen)
    async def _child_chosen(self, message: ChildChosen) -> None:
        await self.open_child(message.child_id)

    def watch_theme(self, theme: str) -> None:
        if self._theme_restored:
            self.store.set_setting("theme", theme)

    def action_toggle_contrast(self) -> None:
        self.theme = (DEFAULT_THEME if self.theme == HIGH_CONTRAST.name
                      else HIGH_CONTRAST.name)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_profile(self) -> None:
        from .screens.profile import ProfileScreen

        self.push_screen(ProfileScreen(self.store, self.child_id))

    def action_go_step(self, step_id: str) -> None:
        from .screens.wizard import WizardScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, WizardScreen):
            self.pop_screen()
        if isinstance(self.screen, WizardScreen):
            self.screen.go_to(step_id)

    @cached_property
    def matcher(self) -> Matcher:
        """The glossary matcher, built on first use (not before the first frame)."""
        from .core.glossary import Matcher

        return Matcher(self.content.terms.values())

    def action_show_term(self, term_id: str) -> None:
        """Open a term in the wizard's side panel if the step has it, else in the glossary."""
        from .screens.wizard import WizardScreen

        if isinstance(self.screen, WizardScreen) and term_id in self.screen.step.terms:
            self.screen.show_term(term_id)
        else:
            self.action_glossary(term_id)

    def action_glossary(self, term_id: str | None = None) -> None:
        from .screens.glossary import GlossaryScreen

        self.push_screen(GlossaryScreen(self.content, term_id))

    @cached_property
    def template_problems(self) -> list[Problem]:
        """Letter templates are compiled on first use of the letters, not at start-up."""
        from .core.loader import check_templates

        return check_templates(self.content.letters.values())

    def action_letters(self, letter_id: str | None = None) -> None:
        """The letters; on a step, that step's letters first."""
        from .screens.letters import LettersScreen
        from .screens.wizard import WizardScreen

        first = self.screen.step.letters if isinstance(self.screen, WizardScreen) else ()
        if self.child_id is not None:
            self.push_screen(LettersScreen(self.store, self.content, self.child_id, first,
                                           letter_id, self.template_problems, self.copy_out))

    def action_open_letter(self, letter_id: str) -> None:
        self.action_letters(letter_id)

    @work
    async def action_meeting(self) -> None:
        """Meeting mode: carry on with the latest meeting or start a new one."""
        from .screens.meeting import MeetingScreen
        from .screens.new_meeting import NewMeetingScreen

        if self.child_id is None:
            return
        meetings = self.store.meetings(self.child_id)
        choice = await self.push_screen_wait(NewMeetingScreen(meetings))
        if choice is None:
            return
        meeting_id = choice.meeting_id or self.store.add_meeting(
            self.child_id, choice.date, choice.kind, choice.title, list(choice.attendees)).id
        self.push_screen(MeetingScreen(self.store, self.child_id, meeting_id, self.copy_out))

    def action_questions(self) -> None:
        from .screens.questions import QuestionsScreen

        if self.child_id is not None:
            self.push_screen(QuestionsScreen(self.store, self.child_id))

    def action_journal(self) -> None:
        from .screens.journal import JournalScreen

        if self.child_id is not None:
            self.push_screen(JournalScreen(self.store, self.child_id))

    def action_contacts(self) -> None:
        from .screens.contacts import ContactsScreen

        if self.child_id is not None:
            self.push_screen(ContactsScreen(self.store, self.child_id))

    def action_search(self) -> None:
        from .screens.search import SearchScreen

        if self.child_id is not None:
            self.push_screen(SearchScreen(self.store, self.child_id))

    def copy_out(self, text: str, folder: str, name: str) -> CopyResult:
        """From a worker thread: the clipboard chain (system clipboard, read back; else the
        terminal's, plus a private file in the data folder) and what it did."""
        from .core.clipboard import copy_chain

        def to_terminal(data: str) -> None:
            self.call_from_thread(self.copy_to_clipboard, data)

        def save(data: str) -> Path:
            return self.store.save_new(folder, name, ".txt", data).result()

        return copy_chain(text, save, to_terminal)

    @work(thread=True, exclusive=True, group="export")
    def action_export(self) -> None:
        """Everything kept about the child, as Markdown, to the clipboard and a file."""
        from .core.export import child_markdown

        child = self.store.child(self.child_id or "")
        if child is not None:
            result = self.copy_out(child_markdown(self.store, child), "exports",
                                   f"notes-{child.name}")
            self.call_from_thread(self.notify, result.message, title="Notes exported")

    def action_decoder(self) -> None:
        from .screens.decoder import DecoderScreen

        self.push_screen(DecoderScreen(self.content, self.matcher))
