"""Review the IEP draft: paste it (kept as a draft until it is saved) or open a .txt or .pdf,
see each goal and service with what it has and lacks, the changes since the last saved final
IEP, add the questions to the list, and keep it in the child's record. Nothing leaves the
machine: the review is rules run here, and a PDF is read by a local child process."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Static, TextArea
from textual.worker import get_current_worker

from .. import keys
from ..core.dates import long_date
from ..core.events import EVENTS
from ..core.iep.keydates_link import child_track
from ..core.iep.outcome import Older, Outcome, review_outcome
from ..core.iep.saved import keep, label, last_final, reread
from ..core.iep.source import IepText, UnreadableIep, from_paste, looks_like_text, read_iep
from ..core.safe_text import DOCUMENT_LIMIT, clipped, visible
from ..core.store import Store, StoreError
from ..core.store.ieps import text_hash
from ..core.wording import plural
from ..widgets.burst import LineInput, SaveArea
from ..widgets.footer import Footer
from ..widgets.header import Header
from ..widgets.review_view import ReviewView
from .drafts import DraftKeeping
from .review_saved import SavedIepActions

DRAFT = "iep-paste"
INTRO = ("Paste the IEP's text in the box and press ctrl+s, or type the path of a .txt or .pdf "
         "file above it and press Enter (up to 20 MB). Everything stays on this computer.")
NO_FINAL = ("No final IEP is saved yet to compare with: save last year's IEP as final (s), or "
            "choose a saved one (ctrl+l).")
RESULTS_ONLY = {"add_questions", "save", "new"}
#: Ends "Not reviewed: cannot read X: there is no such file; ..." in the app's words.
OPEN_HINT = "type the path of an IEP saved as a .txt or .pdf file, or paste its text in the box"
MOVED = ("That is the IEP's text, not a file's path: it is in the box below now. Press ctrl+s "
         "to review it.")


class ReviewPaste(SaveArea):
    """The paste box: ctrl+s reviews what is in it (the footer said "Save", which is `s`,
    after the review)."""

    BINDINGS = [Binding("ctrl+s", "save", "Review", show=True)]


class ReviewPath(LineInput):
    """The path box. An IEP's text pasted here (Tab moved the focus up) is not flattened into
    one line and taken for a file's name: it is handed to the paste box with `Moved`."""

    def paste(self, text: str) -> None:
        if looks_like_text(text):
            self.post_message(self.Moved(self, text))
            return
        super().paste(text)

    @dataclass
    class Moved(Message):
        input: ReviewPath
        text: str

        @property
        def control(self) -> ReviewPath:
            return self.input


class ReviewScreen(SavedIepActions, DraftKeeping, Screen[None]):
    CSS_PATH = "review.tcss"
    BINDINGS = keys.bindings(keys.REVIEW)
    AUTO_FOCUS = "#review-paste"

    outcome: var[Outcome | None] = var(None)
    """The review on show (None until a text is reviewed)."""
    showing: var[str] = var("paste")
    """"paste" (the box and the path) or "results"."""

    def __init__(self, store: Store, child_id: str) -> None:
        super().__init__()
        self.store, self.child_id = store, child_id
        child = store.child(child_id)
        self.child_name = child.name if child else "your child"
        self._from_paste = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="review-status", markup=False)
        with Vertical(id="review-input"):
            yield Static(INTRO, markup=False, classes="muted")
            yield ReviewPath(placeholder="Path of a .txt or .pdf file, then Enter",
                             id="review-path", compact=True, submit_on_enter=True)
            yield ReviewPaste(id="review-paste", soft_wrap=True, show_line_numbers=False,
                              placeholder="Paste the IEP's text here, then press ctrl+s")
        with VerticalScroll(id="review-results"):
            yield ReviewView(id="review-view").data_bind(outcome=ReviewScreen.outcome)
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"Review the IEP draft: {self.child_name}"
        self._area = self.query_one("#review-paste", SaveArea)
        self.restore_draft(DRAFT, self._area)

    def watch_showing(self, showing: str) -> None:
        self.set_class(showing == "results", "-results")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        shown_now = self.showing == "results" and self.outcome is not None
        return shown_now or action not in RESULTS_ONLY

    def say(self, message: str) -> None:
        self.query_one("#review-status", Static).update(message)

    # -- getting a text ---------------------------------------------------------------------
    @on(TextArea.Changed, "#review-paste")
    def _typing(self) -> None:
        self.keep_soon(DRAFT, self._area)

    @on(SaveArea.Save, "#review-paste")
    def _pasted(self, event: SaveArea.Save) -> None:
        self.stop_drafts()  # the box is empty now: the paste stays the draft until it is saved
        self.store.set_draft(self.child_id, DRAFT, event.text)
        self._from_paste = True
        self.say("Reviewing the pasted text…")
        self._review(from_paste(event.text))

    def action_open_file(self) -> None:
        self.showing = "paste"
        self.query_one("#review-path", LineInput).focus()

    @on(ReviewPath.Moved)
    def _text_in_path_box(self, event: ReviewPath.Moved) -> None:
        self._to_paste_box(event.text)

    def _to_paste_box(self, text: str) -> None:
        """Put an IEP's text given in the path box where a paste of it goes (over the box's
        selection, as a paste there would), and say so."""
        self.showing = "paste"
        selection = self._area.selection
        self._area.replace(text, *sorted((selection.start, selection.end)))
        self._area.focus()
        self.say(MOVED)

    @on(LineInput.Submitted, "#review-path")
    def _path(self, event: LineInput.Submitted) -> None:
        given = event.value.strip()
        if looks_like_text(given):
            self.query_one("#review-path", LineInput).value = ""
            self._to_paste_box(event.value)
        elif given:
            self.say(f"Reading {clipped(given, 200)}…")
            self._open(given)

    @work(thread=True, exclusive=True, group="open")
    def _open(self, path: str) -> None:
        # "-" is standard input on the command line; here it can only be a file's name.
        path = "./-" if path == "-" else str(Path(path).expanduser())
        try:
            source = read_iep(path, hint=OPEN_HINT)
        except UnreadableIep as exc:
            self.app.call_from_thread(
                self.say, f"Not reviewed: {visible(str(exc), DOCUMENT_LIMIT)}")
            return
        self._from_paste = False
        self.app.call_from_thread(self._review, source)

    # -- the review ---------------------------------------------------------------------------
    def _older(self, source: IepText) -> tuple[Older | None, str]:
        """The last saved final IEP other than this text, or why there is none."""
        saved = last_final(self.store, self.child_id, not_sha=text_hash(source.text))
        if saved is None:
            return None, NO_FINAL
        try:
            return Older(reread(self.store, self.child_id, saved), f"{label(saved)} (saved)"), ""
        except StoreError as exc:
            return None, f"Not compared with {label(saved)}: {exc}"

    @work(thread=True, exclusive=True, group="review")
    def _review(self, source: IepText, older: Older | None = None) -> None:
        note = ""
        if older is None:
            older, note = self._older(source)
        track = child_track(self.store, self.child_id)
        outcome = review_outcome(source, track, self.child_name, older, note)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, outcome)

    def _show(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.showing = "results"
        findings = outcome.review.findings
        cut = " Only its first 20 MB were read." if outcome.source.cut else ""
        self.say(f"{plural(len(findings), 'finding', 'findings')} "
                 f"({len(outcome.review.required)} about what federal law requires).{cut} "
                 f"a adds the questions, s saves it, ctrl+l compares with another.")
        self.query_one("#review-results", VerticalScroll).focus()

    # -- what to do with it -------------------------------------------------------------------
    def action_add_questions(self) -> None:
        if self.outcome is None:
            return
        have = {q.text for q in self.store.questions(self.child_id)}
        new = [q for q in self.outcome.review.questions() if q not in have]
        for question in new:
            self.store.add_question(self.child_id, question)
        there = len(self.outcome.review.questions()) - len(new)
        again = f" ({there} were there already)" if new and there else ""
        self.notify(f"Added {plural(len(new), 'question', 'questions')} to "
                    f"{self.child_name}'s questions list{again}." if new else
                    "Every question is on the list already.", markup=False)

    @work
    async def action_save(self) -> None:
        from .save_iep import SaveIepDialog

        outcome = self.outcome
        if outcome is None:
            return
        doc, sha = outcome.doc, text_hash(outcome.source.text)
        same = next((i for i in self.store.ieps(self.child_id) if i.sha256 == sha), None)
        note = (f"This text is saved already, as {label(same)}: saving changes its date and "
                f"status." if same else "")
        choice = await self.app.push_screen_wait(SaveIepDialog(
            f"Save it in {self.child_name}'s record", doc.meeting_date or dt.date.today(),
            same.status if same else ("draft" if doc.draft else "final"), note))
        if choice is None:
            return
        kept = keep(self.store, self.child_id, outcome.source, doc,
                    "final" if choice.status == "final" else "draft", choice.date)
        if self._from_paste:
            self.forget_draft(DRAFT)
        filled = (" Key dates filled: " + "; ".join(f"{EVENTS[e]} {long_date(d)}" for e, d in
                                                     kept.key_dates) + ".") if kept.key_dates \
            else ""
        ledger = " The services ledger (v) counts its services." if \
            kept.saved.status == "final" else ""
        self.notify(f"Saved in {self.child_name}'s record as {label(kept.saved)}.{ledger}"
                    f"{filled}", title="Saved", markup=False)

    def action_new(self) -> None:
        self.showing = "paste"
        self.restore_draft(DRAFT, self._area)
        self._area.focus()
        if self._area.text:  # the last one is kept, selected: a paste or a key replaces it
            self._area.select_all()
            self.say("The last IEP is still in the box, selected: paste or type to replace it.")
        else:
            self.say("")

    def on_unmount(self) -> None:
        self.stop_drafts()
        if self.showing == "paste":
            self.keep(DRAFT, self._area)
