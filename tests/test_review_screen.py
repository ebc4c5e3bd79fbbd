"""The IEP review screen in Pilot against a real store: paste (kept as a draft), findings with
their footing, questions added, saved with its date and status, compared with the last saved
final IEP or a chosen one, opened from a file (a scanned PDF named as such), deleted after
asking, and a 504 plan read as one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.events import Paste
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import OptionList, Select, Static

from iepwizard.app import IEPWizardApp
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.saved import keep
from iepwizard.core.iep.source import read_iep
from iepwizard.core.store import Store
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.review import DRAFT, ReviewScreen
from iepwizard.screens.save_iep import SaveIepDialog
from iepwizard.screens.saved_ieps import SavedIepsDialog
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.burst import LineInput, SaveArea
from iepwizard.widgets.review_view import ReviewView

from .helpers import child_id, open_by_key, settled, until
from .iep_scoring import CORPUS
from .pdfwriter import make_pdf

SIZE = (100, 40)
MakeApp = Callable[..., IEPWizardApp]


def shown(app: IEPWizardApp) -> str:
    return str(app.screen.query_one(ReviewView).render())


def notes(messages: list[Message]) -> list[str]:
    return [m.notification.message for m in messages if isinstance(m, Notify)]


async def open_review(pilot: Any, app: IEPWizardApp) -> ReviewScreen:
    await settled(pilot)
    await pilot.press("r")
    await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def paste(pilot: Any, app: IEPWizardApp, text: str) -> None:
    app.screen.query_one(SaveArea).focus()
    app.post_message(Paste(text))
    await until(pilot, lambda: app.screen.query_one(SaveArea).text == text, "the paste")
    await pilot.press("ctrl+s")


def save_final(store: Store, name: str, child: str = "Alex") -> None:
    source = read_iep(str(CORPUS / name))
    keep(store, child_id(store, child), source, find_parts(source.text), "final", None)


async def test_paste_review_add_questions_save_and_compare(make_app: MakeApp,
                                                           store: Store) -> None:
    messages: list[Message] = []
    app = make_app("Alex")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await open_review(pilot, app)
        # Last year's IEP first: pasted, reviewed, saved as final.
        await paste(pilot, app, (CORPUS / "alex-2025.txt").read_text())
        await until(pilot, lambda: screen.outcome is not None, "the first review")
        assert "No final IEP is saved yet to compare with" in shown(app)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, SaveIepDialog), "the save dialog")
        assert app.screen.query_one("#save-date", LineInput).value == "September 16, 2025"
        assert app.screen.query_one("#save-status", Select).value == "final"
        await pilot.click("#save-ok")
        await until(pilot, lambda: len(store.ieps(child_id(store, "Alex"))) == 1, "saved")
        await until(pilot, lambda: any("Key dates filled: IEP meeting held September 16, 2025; "
                                       "IEP services start September 17, 2025." in n
                                       for n in notes(messages)), "the key dates said")
        assert [(e.event, e.day.isoformat()) for e in store.key_dates(
            child_id(store, "Alex")).entries] == [("iep-meeting", "2025-09-16"),
                                                  ("services-start", "2025-09-17")]
        assert store.draft(child_id(store, "Alex"), DRAFT) == ""  # saved: no draft left
        # This year's draft, pasted: checked, and compared with the saved final one.
        await pilot.press("n")
        await paste(pilot, app, (CORPUS / "alex-2026.txt").read_text())
        await until(pilot, lambda: screen.outcome is not None and screen.outcome.older
                    is not None, "the comparison")
        text = shown(app)
        assert "✗ Goal 2 (Reading Comprehension): 1 required part missing" in text
        assert "REQUIRED (34 CFR 300.320(a)(2)(i))  no measurable criterion" in text
        assert "GOOD PRACTICE (not a federal requirement)  no date by when" in text
        assert "✓ Goal 1 (Reading Fluency): complete" in text
        assert "REQUIRED (34 CFR 300.320(a)(7))  no start date" in text
        assert "Changes since the final IEP dated September 16, 2025 (saved)" in text
        assert "↓ Specialized Reading Instruction: 150 -> 90 minutes a week (down 60)" in text
        assert "⚠ Specialized Reading Instruction: less service while the present levels" \
            in text
        assert "↓ Accommodation removed: Test items read aloud" in text
        assert "• Time with children without disabilities: 70% -> 80% of the day." in text
        # The questions go to the list, once.
        await pilot.press("a")
        questions = store.questions(child_id(store, "Alex"))
        assert len(questions) == 8
        assert questions[0].text.startswith("Goal 2 (Reading Comprehension): What exact score")
        await pilot.press("a")
        assert len(store.questions(child_id(store, "Alex"))) == 8
        await until(pilot, lambda: "Added 8 questions to Alex's questions list." in
                    notes(messages) and "Every question is on the list already." in
                    notes(messages), "both said")
        # Saved as a draft with the date given.
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, SaveIepDialog), "the save dialog")
        assert app.screen.query_one("#save-status", Select).value == "draft"
        box = app.screen.query_one("#save-date", LineInput)
        box.value = ""
        await pilot.press(*"9/15/2026", "enter")
        await until(pilot, lambda: len(store.ieps(child_id(store, "Alex"))) == 2, "saved")
    saved = store.ieps(child_id(store, "Alex"))
    assert [(s.status, s.iep_date, s.source_kind) for s in saved] == [
        ("final", "2025-09-16", "paste"), ("draft", "2026-09-15", "paste")]


async def test_a_paste_is_kept_as_a_draft_when_leaving(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot, app)
        app.screen.query_one(SaveArea).focus()
        await pilot.press(*"Goal 1", "enter", *"Area: Reading")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "back")
        assert store.draft(child_id(store), DRAFT) == "Goal 1\nArea: Reading"
        await open_review(pilot, app)
        assert app.screen.query_one(SaveArea).text == "Goal 1\nArea: Reading"


async def test_a_file_is_opened_and_a_scanned_pdf_is_named(make_app: MakeApp, store: Store,
                                                           tmp_path: Path) -> None:
    scanned = tmp_path / "scanned.pdf"
    scanned.write_bytes(make_pdf(""))
    text_pdf = tmp_path / "maya.pdf"
    text_pdf.write_bytes(make_pdf((CORPUS / "maya-2026.txt").read_text()))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, app)
        status = screen.query_one("#review-status", Static)
        await pilot.press("ctrl+o", *str(scanned), "enter")
        await until(pilot, lambda: "scanned PDF" in str(status.render()), "said scanned")
        assert "ask the school for a text copy" in str(status.render())
        assert screen.outcome is None
        box = screen.query_one("#review-path", LineInput)
        box.value = ""
        await pilot.press(*str(text_pdf), "enter")
        await until(pilot, lambda: screen.outcome is not None, "the PDF reviewed", 60)
        assert screen.outcome is not None and screen.outcome.source.kind == "pdf"
        assert "Review of " in shown(app) and "Goal 1" in shown(app)


async def test_a_saved_iep_is_compared_marked_final_and_deleted_after_asking(
        make_app: MakeApp, store: Store) -> None:
    app = make_app("Alex")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        save_final(store, "alex-2025.txt")
        source = read_iep(str(CORPUS / "alex-2026.txt"))
        keep(store, child_id(store, "Alex"), source, find_parts(source.text), "draft", None)
        screen = await open_review(pilot, app)
        await pilot.press("ctrl+l")
        await until(pilot, lambda: isinstance(app.screen, SavedIepsDialog), "the list")
        listing = app.screen.query_one(OptionList)
        assert listing.option_count == 2  # newest first: this year's draft
        await pilot.click("#review")
        await until(pilot, lambda: screen.outcome is not None, "the saved one reviewed")
        assert screen.outcome is not None and screen.outcome.older is not None
        assert "Changes since the final IEP dated September 16, 2025" in shown(app)
        # Mark this year's final: it becomes the one the ledger counts.
        await pilot.press("ctrl+l")
        await until(pilot, lambda: isinstance(app.screen, SavedIepsDialog), "the list")
        await pilot.click("#status")
        await until(pilot, lambda: [i.status for i in store.ieps(child_id(store, "Alex"))]
                    == ["final", "final"], "marked final")
        # Delete last year's: asked first; No keeps it, Yes deletes it and its text.
        for answer, left in (("#cancel", 2), ("#yes", 1)):
            await pilot.press("ctrl+l")
            await until(pilot, lambda: isinstance(app.screen, SavedIepsDialog), "the list")
            await pilot.press("down")
            await pilot.click("#delete")
            await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
            await pilot.click(answer)

            def answered(left: int = left) -> bool:
                return (len(store.ieps(child_id(store, "Alex"))) == left
                        and isinstance(app.screen, ReviewScreen))

            await until(pilot, answered, "answered")
    [kept] = store.ieps(child_id(store, "Alex"))
    assert kept.iep_date == "2026-09-14"
    assert list(store.layout.documents(child_id(store, "Alex")).iterdir()) == [
        store.iep_path(child_id(store, "Alex"), kept.id)]


async def test_a_504_plan_has_no_goals_section_and_no_required_findings(
        make_app: MakeApp, store: Store) -> None:
    app = make_app("Jordan")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, app)
        await paste(pilot, app, (CORPUS / "jordan-504-2026.txt").read_text())
        await until(pilot, lambda: screen.outcome is not None, "the review")
        text = shown(app)
        assert "a Section 504 plan" in text and "This is a Section 504 plan" in text
        assert "Goals (" not in text and "REQUIRED (" not in text
        assert "Not in this plan (a 504 plan has none)" in text


async def test_file_text_is_never_markup_nor_raw_control(make_app: MakeApp,
                                                         store: Store) -> None:
    nasty = (CORPUS / "alex-2026.txt").read_text().replace(
        "Area: Reading Fluency", "Area: [bold red]Reading[/] \x1b]0;owned\x07 \u202eFluency")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, app)
        await paste(pilot, app, nasty)
        await until(pilot, lambda: screen.outcome is not None, "the review")
        text = shown(app)
        assert "[bold red]Reading[/]" in text
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text


async def test_the_footer_says_what_ctrl_s_does_in_the_paste_box(make_app: MakeApp,
                                                                 store: Store) -> None:
    """It said "^s Save", but ctrl+s in the box reviews the text (saving is `s`, after)."""
    from iepwizard.widgets.footer import Footer

    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_by_key(pilot, "r", ReviewScreen)
        box = screen.query_one("#review-paste")
        box.focus()
        await until(pilot, lambda: box.has_focus, "the paste box")
        await pilot.pause()
        drawn = "".join(s.text for s in screen.query_one(Footer).render_line(0))
        assert "^s Review" in drawn and "^s Save" not in drawn


async def test_new_keeps_the_last_iep_selected_so_a_paste_replaces_it(make_app: MakeApp,
                                                                      store: Store) -> None:
    """New ("paste or open another IEP") left the last one in the box, and a paste went into
    the middle of it."""
    store.add_child("Alex")
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_review(pilot, app)
        await paste(pilot, app, "Annual Goals\nGoal 1: Alex will read.\n")
        await until(pilot, lambda: screen.outcome is not None, "the review")
        await pilot.press("n")
        area = screen.query_one(SaveArea)
        await until(pilot, lambda: area.has_focus and area.selected_text == area.text,
                    "the last IEP selected")
        app.post_message(Paste("Services\nCounseling: 30 minutes weekly\n"))
        await until(pilot, lambda: area.text == "Services\nCounseling: 30 minutes weekly\n",
                    "the paste in place of the last IEP")
