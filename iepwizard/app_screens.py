"""The screens the app opens from anywhere (a key, the palette, a message), each given what it
needs through its constructor, and what several screens share: the glossary matcher, the letter
templates' problems, the search index, the key-date rules, the clipboard chain, the export.

`IEPWizardApp` (app.py) adds the start-up, the children, the theme and quitting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App

if TYPE_CHECKING:
    from .core.clipboard import CopyResult
    from .core.content import Content as Guide
    from .core.dates_source import DatesSource
    from .core.deadline_rules import Rules
    from .core.glossary import Matcher
    from .core.problems import Problem
    from .core.scales import Scales
    from .core.search_index import SearchIndex
    from .core.store import Store
    from .screens.letters import LettersScreen
    from .screens.scores import ScoresScreen


class OpensScreens(App[int]):
    store: Store
    content: Guide
    #: The child shown (None before the first child exists).
    child_id: str | None
    #: Today, for the clocks (a test fixes it).
    today: Callable[[], dt.date]
    _kept_letters: LettersScreen | None = None

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        self.push_screen(HelpScreen(type(self.screen).__name__))

    def action_profile(self) -> None:
        from .screens.profile import ProfileScreen

        self.push_screen(ProfileScreen(self.store, self.child_id))

    def action_glossary(self, term_id: str | None = None) -> None:
        from .screens.glossary import GlossaryScreen

        self.push_screen(GlossaryScreen(self.content, term_id))

    @cached_property
    def matcher(self) -> Matcher:
        """The glossary matcher, built on first use (not before the first frame)."""
        from .core.glossary import Matcher

        return Matcher(self.content.terms.values())

    def action_decoder(self) -> None:
        from .screens.decoder import DecoderScreen

        self.push_screen(DecoderScreen(self.store, self.content, self.matcher, self.child_id,
                                       self.copy_out))

    def action_scores(self) -> None:
        if self.child_id is not None:
            self._open_scores(self.child_id)

    @work(thread=True, exclusive=True, group="scores")
    def _open_scores(self, child_id: str) -> None:
        """Test scores, once the scales file is read (its code imported and the file parsed
        off the UI thread: 80 ms the first time, as the decoder's worker does it)."""
        from textual.worker import get_current_worker

        from .core.scales import scales_for
        from .screens.scores import ScoresScreen

        scales = scales_for(self.content.root)
        if not get_current_worker().is_cancelled:  # (the screen is made on the UI thread)
            self.call_from_thread(self._push_scores, ScoresScreen, child_id, scales)

    def _push_scores(self, screen: type[ScoresScreen], child_id: str, scales: Scales) -> None:
        self.push_screen(screen(self.store, child_id, scales))

    # -- the child's records ----------------------------------------------------------------
    @cached_property
    def template_problems(self) -> list[Problem]:
        """Letter templates are compiled on first use of the letters, not at start-up."""
        from .core.loader import check_templates

        return check_templates(self.content.letters.values())

    def action_letters(self, letter_id: str | None = None) -> None:
        """The letters, in the order that fits where the family is."""
        from .screens.letters import LettersScreen

        if self.child_id is None:
            return
        step_id = self.store.progress(self.child_id).current_step
        # The letters screen is kept once built (it takes a third of a second to build): when
        # nothing it shows has changed, it opens again as the parent left it.
        if isinstance(self.screen, LettersScreen):  # asked for from the palette
            if letter_id is not None:
                self.screen.choose(letter_id)
            return
        kept = self._kept_letters
        if kept is not None and kept not in self.screen_stack:
            if kept.child_id == self.child_id and kept.up_to_date(step_id, letter_id):
                kept.reopen()
                self.push_screen(kept)
                return
            self.uninstall_screen(kept)
            kept.remove()
            self._kept_letters = kept = None
        screen = LettersScreen(self.store, self.content, self.child_id, step_id, letter_id,
                               self.template_problems, self.copy_out, clocks=self.clocks,
                               today=self.today)
        if kept is None:
            self.install_screen(screen, "letters")
            self._kept_letters = screen
        self.push_screen(screen)

    def action_open_letter(self, letter_id: str) -> None:
        self.action_letters(letter_id)

    @work
    async def action_meeting(self) -> None:
        """Meeting mode: carry on with a meeting or start a new one."""
        from .screens.new_meeting import NewMeetingScreen, latest

        if self.child_id is None:
            return
        from .core.meeting_kinds import default_kind

        child = self.child_id
        track = self.store.stored_date_settings(child).values.get("track", "unknown")
        step = self.store.progress(child).current_step or self.content.steps[0].id
        kind = default_kind(step, track)
        meetings = self.store.meetings(child)
        if (carry_on := latest(meetings)) is not None:
            self._ready_meeting(carry_on.id)
        choice = await self.push_screen_wait(NewMeetingScreen(meetings, kind))
        if choice is None:
            return
        meeting_id = choice.meeting_id or self.store.add_meeting(
            self.child_id, choice.date, choice.kind, choice.title, list(choice.attendees)).id
        self._open_meeting(meeting_id)

    def _ready_meeting(self, meeting_id: str) -> None:
        """While the parent reads the choices, the meeting "Continue" opens is read from disk
        (a long meeting takes a moment) and its screen's code loaded (60 ms and more: its
        first open waited on it)."""
        self.run_worker(partial(_read_meeting_ahead, self.store, meeting_id), thread=True,
                        group="ready-meeting", exit_on_error=False)

    def _open_meeting(self, meeting_id: str) -> None:
        from .screens.meeting import MeetingScreen

        meeting = self.store.meeting(self.child_id or "", meeting_id)
        if self.child_id is not None and meeting is not None:
            self.push_screen(MeetingScreen(self.store, self.child_id, meeting, self.copy_out))

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

    def action_review(self) -> None:
        from .screens.review import ReviewScreen

        if self.child_id is not None:
            self.push_screen(ReviewScreen(self.store, self.child_id))

    def action_ledger(self) -> None:
        from .screens.ledger import LedgerScreen

        if self.child_id is not None:
            self.push_screen(LedgerScreen(self.store, self.child_id, self.today))

    @cached_property
    def search_index(self) -> SearchIndex:
        """Kept for the app's life: a second search opens on what is already indexed."""
        from .core.search_index import SearchIndex

        return SearchIndex(self.store)

    def action_search(self) -> None:
        from .screens.search import SearchScreen

        if self.child_id is not None:
            self.push_screen(SearchScreen(self.store, self.child_id, self.search_index))

    # -- key dates --------------------------------------------------------------------------
    @cached_property
    def date_rules(self) -> Rules | None:
        """The key-date rules (content/deadlines.toml), read once, when first needed; None if
        the file has problems (the Dates screen lists them)."""
        from .core.deadline_rules import load_rules
        from .core.problems import ContentError

        try:
            return load_rules(self.content.root)
        except ContentError:
            return None

    @property
    def dates_source(self) -> DatesSource:
        from .core.dates_source import DatesSource

        return DatesSource(lambda: self.date_rules, lambda: self.today(), self.content.root)

    def clocks(self, child_id: str) -> dict[str, str]:
        """The child's running deadlines, as letters cite them."""
        rules = self.date_rules
        return self.store.clocks(child_id, rules, self.today()) if rules else {}

    def action_dates(self) -> None:
        from .screens.dates import DatesScreen

        if self.child_id is not None:
            self.push_screen(DatesScreen(self.store, self.child_id, self.dates_source))

    # -- getting things out -----------------------------------------------------------------
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
        """Everything kept about the child: plain text to the clipboard (for an email), and
        private Markdown and printable HTML files in the data folder."""
        from .core.export import child_markdown
        from .core.export_formats import to_html, to_text

        child = self.store.child(self.child_id or "")
        if child is None:
            return
        from .core.scales import scales_for

        markdown = child_markdown(self.store, child, self.date_rules,
                                  scales_for(self.content.root))
        name = f"notes-{child.name}"
        result = self.copy_out("".join(to_text([markdown])), "exports", name)
        md = self.store.save_new("exports", name, ".md", markdown).result()
        page = self.store.save_new("exports", name, ".html",
                                   "".join(to_html([markdown], f"{child.name}: notes")))
        message = (f"{result.message} Also saved as {md} and, to print, {page.result()}")
        self.call_from_thread(self.notify, message, title="Notes exported", markup=False)


def _read_meeting_ahead(store: Store, meeting_id: str) -> None:
    """Read a meeting's notes into the store and load the meeting screen's code (in a worker
    thread, while the parent chooses); opening it then waits on neither."""
    from .screens import meeting  # noqa: F401

    store.count_entries(meeting_id)
