"""How much a letter's field takes: a huge paste keeps what fits, says so, and loses nothing
already typed (a 59 KB paste went whole into "Which plan: IEP or Section 504 plan", silently,
and the field then showed its start with the cursor off at the end)."""

from __future__ import annotations

from collections.abc import Callable

from textual import events

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.letter_limits import ONE_LINE_LIMIT, PARAGRAPHS_LIMIT, cut_notice, limit
from iepwizard.core.store import Store
from iepwizard.screens.letters import LettersScreen
from iepwizard.widgets.burst import BurstArea, LineInput
from iepwizard.widgets.letter_form import LetterForm

from .helpers import Notifications, child_id, flushed, until
from .test_letters_screen import open_letters

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]
#: The limits chosen (iepwizard/core/letter_limits.py): one line holds a name, a title, an
#: email, a date or a short phrase; a multi-line field a few paragraphs.
ONE_LINE, PARAGRAPHS = 200, 10_000
#: A report's table pasted whole: 59 KB of lines with tabs between the columns.
REPORT = "\n".join(f"Line {n:04d}\tReading fluency\t{n % 100}\tpercentile\t{n % 7}: "
                   f"the quick brown fox" for n in range(1300))
PLAN = "Which plan: IEP or Section 504 plan"


def test_each_field_takes_what_it_holds_with_room_to_spare(content: Content) -> None:
    assert (ONE_LINE_LIMIT, PARAGRAPHS_LIMIT) == (ONE_LINE, PARAGRAPHS)
    for template in content.letters.values():
        for field in template.fields:
            assert len(field.example) * 3 <= limit(field), (template.id, field.name)
            assert limit(field) == (PARAGRAPHS if field.type == "multiline" else ONE_LINE)


def test_the_notice_says_what_was_kept() -> None:
    title, message = cut_notice(PLAN, ONE_LINE, 59_000, 196)
    assert "start of the paste was kept" in title
    assert message.startswith(PLAN) and "first 196 of the 59,000" in message
    assert "unchanged" in message
    title, message = cut_notice(PLAN, ONE_LINE, 4, 0)
    assert "Nothing" in title and "full" in message and "unchanged" in message


async def choose(pilot: object, screen: LettersScreen, letter_id: str) -> LetterForm:
    screen.choose(letter_id)
    await until(pilot, lambda: bool(screen.query(LetterForm)) and screen.query_one(  # type: ignore[arg-type]
        LetterForm).data.template.id == letter_id, f"the form of {letter_id}")
    await pilot.pause()  # type: ignore[attr-defined]  # (and the first field focused)
    return screen.query_one(LetterForm)


async def test_a_huge_paste_into_a_one_line_field_keeps_what_fits_and_says_so(
        make_app: MakeApp, store: Store) -> None:
    assert len(REPORT.encode()) > 59_000
    store.add_child("Sam")
    notes = Notifications()
    app = make_app()
    async with app.run_test(size=SIZE, message_hook=notes.hook) as pilot:
        screen = await open_letters(pilot, app, "keeping-the-plan-working")
        form = await choose(pilot, screen, "compensatory-services-request")
        field = form.query_one("#field--plan", LineInput)
        field.value = ""
        field.focus()
        await until(pilot, lambda: field.has_focus, "the plan's field focused")
        await pilot.press(*"IEP ")
        app.post_message(events.Paste(REPORT))
        # the lines joined by spaces, a tab a space: what fits after what was typed
        one_line = " ".join(line.strip() for line in REPORT.splitlines()).replace("\t", " ")
        kept = ("IEP " + one_line)[:ONE_LINE]
        await until(pilot, lambda: field.value == kept, "the paste cut to the field's limit")
        await until(pilot, lambda: bool(notes.seen), "a notice")
        told = " ".join(f"{n.title} {n.message}" for n in notes.seen)
        assert PLAN in told and f"{ONE_LINE:,} characters" in told
        assert f"{len(one_line):,}" in told  # how much was pasted, and so how much was left out
        # the end of what was kept is in view, the cursor after it
        await pilot.pause()
        assert field.cursor_position == ONE_LINE
        assert kept[-12:] in field.render_line(0).text
        # full: another paste or a key adds nothing, and says so; the text stays
        notes.seen.clear()
        app.post_message(events.Paste("more"))
        await until(pilot, lambda: bool(notes.seen), "a notice that nothing was added")
        await pilot.press("z")
        assert field.value == kept
        assert "nothing" in " ".join(f"{n.title} {n.message}" for n in notes.seen).lower()
    assert flushed(store)
    draft = store.letter_draft(child_id(store), "compensatory-services-request")
    assert draft["plan"] == kept.strip()  # (saved trimmed, as every field)


async def test_a_huge_paste_into_a_paragraph_field_keeps_what_fits_and_what_was_typed(
        make_app: MakeApp, store: Store) -> None:
    store.add_child("Sam")
    notes = Notifications()
    app = make_app()
    async with app.run_test(size=SIZE, message_hook=notes.hook) as pilot:
        screen = await open_letters(pilot, app)
        box = screen.query_one("#field--concerns", BurstArea)
        box.focus()
        await until(pilot, lambda: box.has_focus, "the concerns box focused")
        await pilot.press(*"Sam cries before school. ")
        app.post_message(events.Paste(REPORT))
        await until(pilot, lambda: len(box.text) == PARAGRAPHS, "the paste cut to the limit")
        assert box.text == ("Sam cries before school. " + REPORT)[:PARAGRAPHS]
        await until(pilot, lambda: bool(notes.seen), "a notice")
        told = " ".join(f"{n.title} {n.message}" for n in notes.seen)
        assert "What worries you" in told and f"{PARAGRAPHS:,} characters" in told
        await pilot.press("backspace", "!")  # room again: typing goes on
        assert box.text.endswith("!") and len(box.text) == PARAGRAPHS
