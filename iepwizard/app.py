"""The App: owns the store and the loaded content, builds screens, handles cross-screen moves.

Screens get what they need through their constructors and post messages up (`messages.py`);
the App never reaches into a screen's widgets: it posts a message to the screen instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen

from . import key_chars, keys
from .app_screens import OpensScreens
from .app_signals import StopsOnSignal
from .commands import GuideCommands
from .core.content import Content as Guide
from .core.safe_text import one_line
from .core.store import Store
from .core.store.drafts import meeting_line
from .messages import ChildChosen, GuideCached, ShowChild, ShowStep, ShowTerm, WelcomeDone
from .paste_box import PastesToBox
from .themes import DEFAULT_THEME, HIGH_CONTRAST
from .toasts import PlacesToasts

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel


#: Seconds after the first frame at which the letter templates are compiled and checked,
#: and at which every screen's stylesheet is read.
TEMPLATES_AFTER = 2.0
STYLES_AFTER = 1.0
#: Seconds after the first frame at which the start-up's garbage is collected (after both).
GARBAGE_AFTER = 3.0


def _collect_start_up_garbage() -> None:
    """The start-up's garbage freed, once; what is left is set aside again."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class IEPWizardApp(PastesToBox, PlacesToasts, StopsOnSignal, OpensScreens):
    #: The first screen (the wizard, or the welcome on a first run) is the app's default
    #: screen, whose stylesheet Textual does not load by itself: it is loaded here.
    CSS_PATH = ["app.tcss", "screens/wizard.tcss", "screens/welcome.tcss"]
    TITLE = "iepwizard"
    COMMANDS = {GuideCommands}
    BINDINGS = keys.bindings(keys.APP)

    def __init__(self, store: Store, content: Guide, child_name: str | None = None,
                 after_start: Callable[[], None] | None = None) -> None:
        super().__init__()
        key_chars.install()
        self.store, self.content, self.child_name = store, content, child_name
        #: Work left from the start-up, done in a worker once the first screen is drawn
        #: (on a first run: the guide's cache).
        self._after_start = after_start
        self.child_id: str | None = None
        self._theme_restored = False
        #: Today, for the clocks (a test fixes it).
        self.today: Callable[[], dt.date] = dt.date.today

    def get_key_display(self, binding: Binding) -> str:
        return keys.plain_display(binding) or super().get_key_display(binding)

    # -- start ------------------------------------------------------------------------------
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
        self.store.on_trouble = lambda message: self.call_from_thread(self._trouble, message)
        self.store.on_notice = self._notice_later
        for notice in self.store.notices:
            self._recovered(notice)
        self._exit_on_hangup()

    def _recovered(self, notice: str) -> None:
        self.notify(notice, title="Your data was recovered", severity="warning", timeout=30,
                    markup=False)

    def _notice_later(self, notice: str) -> None:
        """A file opened after start-up was found damaged (from whichever thread read it)."""
        try:
            self.call_from_thread(self._recovered, notice)
        except RuntimeError:  # already on the app's thread
            self._recovered(notice)

    def on_ready(self) -> None:
        if not gc.isenabled():  # the command line turns collection off for the start-up
            # What the start-up built (the guide, the first screen, Textual's own objects)
            # lives as long as the app: set aside, so no later collection walks it again (a
            # full collection took 60-110 ms wherever it fell, in the middle of opening a
            # meeting, say). Setting aside is instant; the start-up's garbage (about 5,000
            # objects) is collected once, later: collected here, it held the first frame
            # back from the terminal (30-45 ms with the interpreter lock held, while the
            # frame waited in Textual's writer thread).
            gc.freeze()
            gc.enable()
            self.set_timer(GARBAGE_AFTER, _collect_start_up_garbage)
        self.call_after_refresh(self._offer_open_meeting)
        # Letters compile their templates a moment later, not while the parent starts reading
        # and pressing keys (the letters screen compiles them itself if it opens first).
        self.set_timer(TEMPLATES_AFTER, self._check_templates)
        self.set_timer(STYLES_AFTER, self._read_screen_styles)
        if self._after_start is not None:
            self._finish_start(self._after_start)

    @work(thread=True, group="start")
    def _finish_start(self, work: Callable[[], None]) -> None:
        try:
            work()
        finally:
            with contextlib.suppress(RuntimeError):  # the app has already closed
                self.call_from_thread(self._guide_cached)

    def _guide_cached(self) -> None:
        """The first run's work on the guide is done: the wizard marks the step's terms."""
        self._after_start = None
        for screen in self.screen_stack:
            screen.post_message(GuideCached())

    def _read_screen_styles(self) -> None:
        """Every screen's stylesheet, parsed once while the parent reads the first screen.

        Textual reads a screen's stylesheet when the screen first opens, then parses the whole
        app's CSS again and restyles every widget of every screen (about 100 ms, each first
        time a kind of screen opens). Read now, nothing is parsed again, and no widget is
        restyled: every rule names its own screen, so none of them changes what is on show."""
        sheet = self.stylesheet
        for path in sorted((Path(__file__).parent / "screens").glob("*.tcss")):
            resolved = path.resolve()
            if not sheet.has_source(str(resolved), ""):
                sheet.read(resolved)
        sheet.parse()

    @work(thread=True, exclusive=True, group="templates")
    def _check_templates(self) -> None:
        """Off the screen's thread, before they are asked for: the meeting that meeting mode
        offers to continue, read (a long meeting opens at once), and every letter template
        filled once."""
        if self.child_id is not None:
            latest = self.store.open_meeting(self.child_id)
            if latest is not None:
                self.store.count_entries(latest.id)
        _ = self.template_problems

    def _trouble(self, message: str | None) -> None:
        if message is None:
            self.notify("Saving works again: everything is on disk.", title="Saved")
        else:
            self.notify(f"iepwizard cannot save right now ({message}). Your changes are kept "
                        f"and saving is retried every second; free some disk space.",
                        title="Not saved yet", severity="error", timeout=60, markup=False)

    def _starting_child(self) -> str | None:
        if self.child_name:
            found = self.store.find_child(self.child_name)
            return (found or self.store.add_child(self.child_name)).id
        last = self.store.settings().last_child
        if last and self.store.child(last):
            return last
        children = self.store.children()
        return children[0].id if children else None

    def _wizard(self, child_id: str) -> Screen[Any]:
        from .screens.wizard import WizardScreen

        self.child_id = child_id
        self.store.set_setting("last_child", child_id)
        return WizardScreen(self.store, self.content, child_id, lambda: self.matcher,
                            dates=self.dates_source, terms_later=self._after_start is not None)

    @work
    async def _offer_open_meeting(self) -> None:
        """A meeting left open by a crash, a closed terminal or a quit is offered once."""
        if self.child_id is None:
            return
        child_id, meeting = self.child_id, self.store.open_meeting(self.child_id)
        if meeting is None:
            return
        # Its notes are read off the screen's thread (0.1 s at 10,000 notes, 0.5 s at 50,000:
        # the first screen stood still meanwhile, the keys typed waiting).
        if not await asyncio.to_thread(self._worth_offering, child_id, meeting.id):
            return
        from .core.dates import long_form
        from .screens.confirm import ConfirmScreen

        self._ready_meeting(meeting.id)
        if await self.push_screen_wait(ConfirmScreen(
                f"Your meeting of {long_form(meeting.date)} ({meeting.label}) was not closed. "
                f"Continue it, or end it?", yes="Continue the meeting", no="End it",
                danger=False)):
            self._open_meeting(meeting.id)
        else:
            self.store.end_meeting(self.child_id, meeting.id)

    def _worth_offering(self, child_id: str, meeting_id: str) -> bool:
        """Whether a meeting left open holds anything (notes, or a line being typed)."""
        return self.store.count_entries(meeting_id) > 0 or bool(
            self.store.draft(child_id, meeting_line(meeting_id)))

    async def open_child(self, child_id: str) -> None:
        """Show the wizard for a child, closing whatever else is open."""
        from .screens.wizard import WizardScreen

        while len(self.screen_stack) > 1:
            await self.pop_screen()
        self.child_id = child_id
        self.store.set_setting("last_child", child_id)
        if isinstance(self.screen, WizardScreen):
            self.screen.post_message(ShowChild(child_id))
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

    def format_title(self, title: str, sub_title: str) -> Content:
        """Titles hold names people typed: never markup (Content is plain), and no control
        character reaches the terminal."""
        return super().format_title(one_line(title), one_line(sub_title))

    # -- look -------------------------------------------------------------------------------
    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every message: a file path in it goes on a line of its own (never cut mid-word)."""
        from .core.path_lines import paths_apart

        super().notify(paths_apart(message), title=title, severity=severity, timeout=timeout,
                       markup=markup)

    def watch_theme(self, theme: str) -> None:
        if self._theme_restored:
            self.store.set_setting("theme", theme)

    def action_toggle_contrast(self) -> None:
        self.theme = (DEFAULT_THEME if self.theme == HIGH_CONTRAST.name
                      else HIGH_CONTRAST.name)

    # -- moving around ----------------------------------------------------------------------
    async def _to_wizard(self) -> Screen[Any] | None:
        from .screens.wizard import WizardScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, WizardScreen):
            await self.pop_screen()
        return self.screen if isinstance(self.screen, WizardScreen) else None

    async def action_go_step(self, step_id: str) -> None:
        wizard = await self._to_wizard()
        if wizard is not None:
            wizard.post_message(ShowStep(step_id))

    async def action_show_term(self, term_id: str) -> None:
        """A term from the palette: in the wizard's panel if the step has it, else the
        glossary (the wizard decides)."""
        wizard = await self._to_wizard()
        if wizard is not None:
            wizard.post_message(ShowTerm(term_id))
        else:
            self.action_glossary(term_id)

    # -- quitting ---------------------------------------------------------------------------
    async def action_quit(self) -> None:
        self._quit()

    @work(exclusive=True, group="quit")
    async def _quit(self) -> None:
        """Quit; if some changes could not be written, say so and offer another folder."""
        from .screens.unsaved import UnsavedScreen

        stuck = self.store.unsaved and not await asyncio.to_thread(self.store.flush, 2.0)
        if stuck and not await self.push_screen_wait(UnsavedScreen(self.store)):
            return
        self.exit()
