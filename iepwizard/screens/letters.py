"""Letters: the ones that fit the moment first, filled from what the family already typed;
a preview of exactly what each copy puts on the clipboard; copy, save, log as sent.

What is typed is kept as `core.letter_store` says: the profile and the address book for what
every letter shares, the letter's draft for the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from .. import keys
from ..core import letter_fill as fill
from ..core import letter_store
from ..core.clipboard import CopyOut
from ..core.content import Content, LetterTemplate
from ..core.dates import long_form
from ..core.letter_limits import cut_notice
from ..core.letter_order import Ordering, order_letters
from ..core.letters import Clocks, LetterError, check, preview
from ..core.problems import Problem
from ..core.safe_text import printable
from ..core.store import Store
from ..widgets.burst import PasteCut
from ..widgets.footer import Footer
from ..widgets.header import Header
from ..widgets.letter_form import FormData, LetterForm
from .letters_out import LetterOutput
from .styled import StylesTaken

SAVE_DELAY = 0.3


class LettersScreen(LetterOutput, Screen[None]):
    CSS_PATH = "letters.tcss"
    BINDINGS = keys.bindings(keys.LETTERS)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    def __init__(self, store: Store, content: Content, child_id: str, step_id: str,
                 letter_id: str | None, template_problems: list[Problem], copy_out: CopyOut,
                 track: str = "unknown",
                 clocks: Callable[[str], dict[str, str]] | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.store, self.content, self.child_id = store, content, child_id
        self.clocks, self.today = clocks or (lambda child_id: {}), today
        self.template_problems, self.copy_out = template_problems, copy_out
        self.step_id, self.track = step_id, track
        self.ordering, self.sent = self._order()
        order = self.ordering.letter_ids
        self.letter_id = letter_id if letter_id in order else order[0]
        #: Edits not yet saved, per letter (an edit may arrive after another letter is shown).
        self._typed: dict[str, dict[str, str]] = {}
        self._timer: Timer | None = None
        #: What the screen shows, as the store holds it (see `up_to_date`); None until built.
        self._shown: tuple[object, ...] | None = None
        #: Typed and saved since `_shown` was taken (so `_shown` is to be taken again).
        self._typed_since_shown = False
        #: The theme and parsed stylesheet it was styled with when it left view.
        self._styles_taken = StylesTaken()

    def _order(self) -> tuple[Ordering, dict[str, str]]:
        """The letters in the order that fits, and when each was sent."""
        contacts = self.store.contacts(self.child_id)
        ordering = order_letters(self.content, self.step_id, contacts,
                                 self.store.meetings(self.child_id), self.track)
        return ordering, {c.letter_id: c.date for c in contacts if c.letter_id}

    # -- kept between visits (the app keeps the screen installed) ---------------------------
    def _state(self) -> tuple[object, ...]:
        """Everything the screen shows that the store decides: the order, the sent letters,
        the letter shown and its form."""
        return (*self._order(), self.letter_id, self._form_data())

    def up_to_date(self, step_id: str, letter_id: str | None = None) -> bool:
        """Whether the screen shows just what a new one would (for `letter_id`, or the letter
        it shows): the same step, order, sent letters, profile, address book and drafts.
        The app then opens it again as the parent left it (`reopen`)."""
        return (self._shown is not None and letter_id in (None, self.letter_id)
                and step_id == self.step_id and self._shown == self._state())

    def reopen(self) -> None:
        """Shown again as left: only the preview's dates may have moved on."""
        if not self.template_problems:
            self._refresh_preview()

    def on_screen_suspend(self) -> None:
        """Left, or covered by another screen: what was typed is saved."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._persist()
        if self._typed_since_shown and self._shown is not None:
            # what the parent typed is on screen and, saved, in the store. Only then: this
            # handler may run after the screen above has already changed the store, and
            # that change must still be found at `on_screen_resume`
            self._shown = self._state()
        self._typed_since_shown = False
        self._styles_taken.take(self.app)

    async def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Back in view (opened again, or a screen above it closed: the profile, the address
        book, a dialog): what changed meanwhile is shown.

        Its styles are worked out again only if the theme (the contrast key) or the parsed
        stylesheet changed while it was away: Textual restyles every widget of a screen as it
        comes back (about half of opening letters again), for what may have changed since."""
        self._styles_taken.keep(self.app, event)
        await self._bring_up_to_date()

    async def _bring_up_to_date(self) -> None:
        if self._shown is None or self.template_problems or self._shown == self._state():
            return
        ordering, self.sent = self._order()
        listing = self.query_one("#letter-list", OptionList)
        if ordering != self.ordering:
            self.ordering = ordering
            self.query_one("#letters-reason", Static).update(ordering.reason)
            listing.clear_options()
            listing.add_options([Option(self._list_label(i), id=i)
                                 for i in ordering.letter_ids])
            if self.letter_id not in ordering.letter_ids:
                self.letter_id = ordering.letter_ids[0]
            listing.highlighted = ordering.letter_ids.index(self.letter_id)
        else:
            for letter_id in ordering.letter_ids:
                listing.replace_option_prompt(letter_id, self._list_label(letter_id))
        await self._rebuild_form()
        self._show_letter()

    def choose(self, letter_id: str) -> None:
        """Show this letter (asked for while the letters are open: from the palette)."""
        if letter_id in self.ordering.letter_ids:
            self.query_one("#letter-list", OptionList).highlighted = \
                self.ordering.letter_ids.index(letter_id)

    @property
    def template(self) -> LetterTemplate:
        return self.content.letters[self.letter_id]

    # -- what the letter is filled from -----------------------------------------------------
    def _sources(self, letter_id: str | None = None) -> fill.Sources:
        return letter_store.sources(self.store, self.child_id, letter_id or self.letter_id)

    def _form_data(self) -> FormData:
        sources = self._sources()
        to = fill.recipient(self.template, sources)
        return FormData(self.template, fill.values(self.template, sources),
                        tuple(sources.people), to.id if to else "",
                        tuple(p.id for p in fill.copied(self.template, sources)))

    # -- building ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self.ordering.reason, id="letters-reason", markup=False)
        with Horizontal(id="letters-main"):
            yield OptionList(*[Option(self._list_label(i), id=i)
                               for i in self.ordering.letter_ids], id="letter-list")
            # the form scrolls to the field with the focus; it takes no focus itself, so Tab
            # goes from the list straight to the first field
            with VerticalScroll(id="letter-form", can_focus=False):
                yield Static(id="letter-purpose", markup=False)
                yield Static(id="letter-status", markup=False)
                # the fields first: Tab goes from the list to the first field, the buttons
                # (which repeat ctrl+y, ctrl+t, ctrl+s and ctrl+k) come after them
                yield LetterForm(self._form_data(), id="letter-fields")
                with Horizontal(classes="buttons", id="letter-buttons"):
                    yield Button("Copy letter", variant="primary", id="copy", compact=True)
                    yield Button("Copy subject", id="copy-subject", compact=True)
                with Horizontal(classes="buttons"):
                    yield Button("Save as file", id="save", compact=True)
                    yield Button("Mark as sent…", id="mark-sent", compact=True)
            with VerticalScroll(id="letter-preview-box"):
                yield Static(id="letter-subject", markup=False)
                yield Static(id="letter-preview", markup=False)
        yield Footer()

    def _list_label(self, letter_id: str) -> Text:
        title = Text(self.content.letters[letter_id].title)
        if letter_id in self.sent:
            title.append(f" (sent {long_form(self.sent[letter_id])})", "dim")
        return title

    def on_mount(self) -> None:
        self.title = "Letters"
        listing = self.query_one("#letter-list", OptionList)
        listing.border_title = "Letters"
        listing.highlighted = self.ordering.letter_ids.index(self.letter_id)
        # (short enough for the wide layout's preview column: 40 columns at 110)
        self.query_one("#letter-preview-box").border_title = "Exactly what is copied (ctrl+r)"
        if self.template_problems:
            self.query_one("#letter-status", Static).update(
                "The letter templates have problems, so letters are switched off until they "
                "are fixed:\n" + "\n".join(str(p) for p in self.template_problems))
            for button in self.query(Button):
                button.disabled = True
            return
        self._show_letter()
        # the first field focused at once, so a Tab or a key typed before the first frame
        # lands in the form as it would after it (it was focused only after the first
        # refresh, and a quick Tab was then undone: what was typed next went to the To list)
        self.query_one(LetterForm).focus_first(scroll=False)
        # once the purpose and the to-do line above the form are laid out (the form shown
        # then: highlighting the letter may have rebuilt it meanwhile)
        self.call_after_refresh(self._open_form)

    def _open_form(self) -> None:
        """The first field focused (unless the parent has already moved into the form); the
        form shown from its top, or as little below it as keeps that field in view, but never
        past the to-do line: on a small terminal (80x24) with much still to fill in, what is
        missing comes first and the field below it."""
        form = self.query_one(LetterForm)
        focused = self.focused
        if focused is not None and form in focused.ancestors and focused.id != "letter-to":
            focused.scroll_visible(animate=False)  # (the parent has moved on in the form: the
            return  # field typed in stays in view, not scrolled back to the to-do line)
        if focused is None or form not in focused.ancestors:
            form.focus_first(scroll=False)
        box = self.query_one("#letter-form", VerticalScroll)
        todo_top = self.query_one("#letter-status").virtual_region_with_margin.y
        field_bottom = form.virtual_region.y + form.first_field_bottom()
        height = box.scrollable_content_region.height
        box.scroll_to(y=max(0, min(todo_top, field_bottom - height)), animate=False,
                      immediate=True)

    def _show_letter(self) -> None:
        self.query_one("#letter-purpose", Static).update(
            f"{self.template.title}\n{self.template.purpose}")
        self._refresh_preview()
        self._shown = self._state()

    @on(OptionList.OptionHighlighted, "#letter-list")
    async def _chosen(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.letter_id:
            self._persist()
            self.letter_id = event.option.id
            await self._rebuild_form()
            self._show_letter()

    async def _rebuild_form(self) -> None:
        old = self.query_one(LetterForm)
        focused = self.focused is not None and old in self.focused.ancestors_with_self
        await old.remove()
        form = LetterForm(self._form_data(), id="letter-fields")
        await self.query_one("#letter-form").mount(form, before="#letter-buttons")
        if focused:
            form.focus_first()

    # -- edits: saved where they belong ---------------------------------------------------------
    @on(LetterForm.Edited)
    async def _edited(self, event: LetterForm.Edited) -> None:
        self._typed.setdefault(event.letter_id, {})[event.name] = event.value
        if event.name == "_to" and event.letter_id == self.letter_id:
            # another recipient: their name and title fill the form
            self._persist()
            await self._rebuild_form()
            self._refresh_preview()
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY, self._settled)

    def _settled(self) -> None:
        self._timer = None
        named = any(name.startswith("recipient_") for typed in self._typed.values()
                    for name in typed)
        self._persist()
        if named:
            self._show_recipient()
        self._refresh_preview()

    def _show_recipient(self) -> None:
        """The "To" list shows who the letter is to now (a name typed under "someone else"
        made a new person of the address book, whom the letter is to from now on)."""
        sources = self._sources()
        to = fill.recipient(self.template, sources)
        form = self.query_one(LetterForm)
        if (to.id if to else "") != form.data.to or tuple(sources.people) != form.data.people:
            form.show_to(tuple(sources.people), to.id if to else "")

    def _persist(self) -> None:
        """Send what was typed to where it is kept: profile, child, address book, draft."""
        pending, self._typed = self._typed, {}
        for letter_id, typed in pending.items():
            self._persist_letter(letter_id, typed)
        self._typed_since_shown = self._typed_since_shown or bool(pending)

    def _persist_letter(self, letter_id: str, typed: dict[str, str]) -> None:
        shared = letter_store.keep_typed(self.store, self.child_id,
                                         self.content.letters[letter_id], typed)
        if shared and not self.store.settings().told_fill_once:
            self.store.set_setting("told_fill_once", True)
            self.notify("What you type about yourself, your child or the school's people is "
                        "saved to your profile and fills every letter from now on.",
                        title="Saved for every letter", timeout=12)

    @on(PasteCut, ".field")
    def _paste_cut(self, event: PasteCut) -> None:
        """A paste longer than the field takes: say what was kept (the bell alone was missed:
        59 KB went into "Which plan" before fields had a limit)."""
        prompt, most = event.box.query_ancestor(LetterForm).prompt_of(event.box)
        title, message = cut_notice(prompt, most, event.pasted, event.kept)
        self.notify(message, title=title, severity="warning", timeout=12, markup=False)

    # -- the preview ------------------------------------------------------------------------
    def _filling(self) -> tuple[dict[str, str], dict[str, Any]]:
        """The letter's field values and computed values, from one reading of the sources
        (each reading goes through the store: the profile, address book, draft, contacts)."""
        sources = self._sources()
        clocks = Clocks(self.clocks(self.child_id))
        return (fill.values(self.template, sources),
                fill.computed(self.template, sources, extra={"clocks": clocks}))

    def _refresh_preview(self) -> None:
        values, computed = self._filling()
        letter = preview(self.template, values, computed)
        self.query_one("#letter-subject", Static).update(
            Text.assemble(("Subject", "bold"), " (ctrl+t copies it): ",
                          printable(letter.subject)))
        self.query_one("#letter-preview", Static).update(
            Text.assemble(("Letter", "bold"), " (ctrl+y copies it):\n\n", printable(letter.body)))
        status = self.query_one("#letter-status", Static)
        # `render` is `check`, then the preview: once the check passes, the preview shown is
        # exactly the letter copied
        try:
            check(self.template, values)
        except LetterError as exc:
            status.update(f"Still to {exc.to_do} before copying: {exc.listed()}")
        else:
            status.update("Ready to copy.")

    @on(Button.Pressed, "#copy, #copy-subject, #save, #mark-sent")
    async def _button(self, event: Button.Pressed) -> None:
        """A button does what its key does (`letters_out.LetterOutput`'s actions)."""
        await self.run_action((event.button.id or "").replace("-", "_"))

    def action_read_letter(self) -> None:
        """The preview focused, to read the letter: on a small screen it then takes most of
        the room (letters.tcss); at 80x24 it showed the subject and no line of the letter."""
        self.query_one("#letter-preview-box").focus()

    def on_unmount(self) -> None:
        self.keep_all_drafts()

    def keep_all_drafts(self) -> None:
        """What was typed, kept now (leaving, or the app stopping on a signal: app.py)."""
        if self._timer is not None:
            self._timer.stop()
        self._persist()
