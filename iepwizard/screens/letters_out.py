"""Getting a letter out of the letters screen: copied (letter or subject line), saved as a
file, or logged as sent in the contact log. Each first checks the letter is complete, and
says in the form's words what is missing (`_final`).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from textual import work
from textual.widgets import Static

from ..core import letter_fill as fill
from ..core.dates import long_form
from ..core.letters import Letter, LetterError, render
from ..core.path_lines import paths_apart
from ..core.records import SENT_TO_SCHOOL
from ..widgets.letter_form import LetterForm
from .sent import Sent, SentScreen

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from textual.screen import Screen

    from ..core.clipboard import CopyOut
    from ..core.content import LetterTemplate
    from ..core.store import Store

    _ScreenBase = Screen[Any]
else:  # a mixin: a Screen base would come before the screen's own
    _ScreenBase = object


class LetterOutput(_ScreenBase):
    """Its actions are the keys' (ctrl+y, ctrl+t, ctrl+s, ctrl+k) and the form's buttons'
    (the screen's `_button`: Textual finds `@on` handlers only in a message pump's own
    classes, not in a mixin). The screen's part: the store, the child, the letter shown
    and its template, what was typed (`_typed`, `_persist`), how it is filled (`_filling`,
    `_sources`), `copy_out`, `today` and `_bring_up_to_date` are the letters screen's."""

    store: Store
    child_id: str
    letter_id: str
    copy_out: CopyOut
    today: Callable[[], dt.date]
    _typed: dict[str, dict[str, str]]

    if TYPE_CHECKING:
        @property
        def template(self) -> LetterTemplate: ...
        def _persist(self) -> None: ...
        def _filling(self) -> tuple[dict[str, str], dict[str, Any]]: ...
        def _sources(self, letter_id: str | None = None) -> fill.Sources: ...
        async def _bring_up_to_date(self) -> None: ...

    def _final(self) -> Letter | None:
        """The finished letter, or None after saying, in the form's words, what is missing."""
        for form in self.query(LetterForm):  # what was typed just now, its message on its way
            typed = form.pending()
            if typed:
                self._typed.setdefault(form.data.template.id, {}).update(typed)
        self._persist()
        try:
            return render(self.template, *self._filling())
        except LetterError as exc:
            self.notify(f"Not copied yet: {exc.to_do} {exc.listed()}.",
                        title="Some fields are empty" + (" or not right" if exc.to_do != "fill in"
                                                         else ""),
                        severity="error", markup=False)
            names = [f.name if not isinstance(f, str) else f for f, _ in exc.fields]
            if names:
                self.query_one(LetterForm).focus_field(names[0])
            return None

    def action_copy(self) -> None:
        letter = self._final()
        if letter is not None:
            self._copy(letter.body, self.letter_id, "The letter")

    def action_copy_subject(self) -> None:
        letter = self._final()
        if letter is not None:
            self._copy(letter.subject, f"{self.letter_id}-subject", "The subject")

    @work(thread=True, exclusive=True, group="copy")
    def _copy(self, text: str, name: str, what: str) -> None:
        result = self.copy_out(text, "letters", name)
        self.app.call_from_thread(self._said, f"{what}: {result.message}")

    def _said(self, message: str) -> None:
        self.query_one("#letter-status", Static).update(paths_apart(message))
        self.notify(message, title="Letter", markup=False)

    async def action_save(self) -> None:
        letter = self._final()
        if letter is not None:
            text = f"Subject: {letter.subject}\n\n{letter.body}"
            path = await asyncio.wrap_future(self.store.save_new("letters", self.letter_id,
                                                                 ".txt", text))
            self._said(f"Saved (the subject line first, then the letter) as {path}")

    @work
    async def action_mark_sent(self) -> None:
        letter = self._final()
        if letter is None:
            return
        to = fill.recipient(self.template, self._sources())
        sent: Sent | None = await self.app.push_screen_wait(
            SentScreen(letter.subject, to.label if to else "",
                       self.today()))
        if sent is None:
            return
        await asyncio.wrap_future(self.store.add_contact(
            self.child_id, sent.date, sent.who, sent.how, letter.subject,
            letter_id=self.letter_id, subject=letter.subject, direction=SENT_TO_SCHOOL))
        self.store.record_letter_sent(self.child_id, self.template.fills, sent.date)
        await self._bring_up_to_date()  # its "sent" label, and the order that follows
        self._said(f"Logged in the contact log: sent {long_form(sent.date)} to {sent.who} "
                   f"by {sent.how}.")
