"""The letters screen end to end in Pilot: letters in the order that fits, filled once and used
everywhere (in the app and from the command line), recipients from the address book, exactly
what is shown is what is copied, marked as sent."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, Input, OptionList, Select, Static, TextArea

from iepwizard.app import IEPWizardApp
from iepwizard.core.clipboard import reset_pyperclip
from iepwizard.core.store import Store
from iepwizard.screens.letters import LettersScreen
from iepwizard.screens.sent import SentScreen
from iepwizard.widgets.letter_form import LetterForm

from .helpers import open_by_key, settled, until

SIZE = (120, 40)
MakeApp = Callable[..., IEPWizardApp]
has_clipboard = pytest.mark.skipif(
    shutil.which("xclip") is None or not os.environ.get("DISPLAY"),
    reason="needs xclip and an X display (Xvfb): apt-get install xvfb xclip")


def fill(screen: LettersScreen, **values: str) -> None:
    """Set the form's fields as if typed."""
    for name, value in values.items():
        widget = screen.query_one(f"#field--{name}")
        if isinstance(widget, TextArea):
            widget.text = value
        else:
            assert isinstance(widget, Input)
            widget.value = value


def shown(screen: LettersScreen, widget_id: str) -> str:
    return str(screen.query_one(widget_id, Static).render())


async def open_letters(pilot: object, app: IEPWizardApp, step: str = "put-it-in-writing"
                       ) -> LettersScreen:
    await settled(pilot)  # type: ignore[arg-type]
    await app.run_action(f"go_step({step!r})")
    await pilot.press("l")  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, LettersScreen)  # type: ignore[arg-type]
                and bool(app.screen.query(".field")), "the letters screen")
    assert isinstance(app.screen, LettersScreen)
    return app.screen


def family(store: Store) -> Any:
    """A parent and a child whose school is known: the evaluation request needs the rest."""
    store.update_parent(name="Maria Lopez")
    return store.add_child("Sam", full_name="Sam Lopez", school="Lincoln Elementary")


async def ready_to_copy(pilot: Any, screen: LettersScreen) -> None:
    """The evaluation request's other fields filled, the letter ready to copy."""
    fill(screen, parent_email="maria@example.com", recipient_name="Ms. Jane Carter",
         recipient_title="Principal", child_date_of_birth="2019-05-12", child_grade="2",
         concerns="Reads slowly", tried_so_far="Tutoring", reply_by="December 12, 2026")
    await until(pilot, lambda: "Ready to copy" in shown(screen, "#letter-status"),
                "the letter ready to copy")


async def type_into(pilot: object, screen: LettersScreen, name: str, text: str) -> None:
    widget = screen.query_one(f"#field--{name}")
    widget.focus()
    if isinstance(widget, TextArea):
        widget.text = ""
    else:
        assert isinstance(widget, Input)
        widget.value = ""
    await pilot.press(*text)  # type: ignore[attr-defined]


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=60)


async def test_typed_once_fills_every_letter_and_the_command_line(make_app: MakeApp,
                                                                  store: Store) -> None:
    store.update_parent(name="Maria Lopez", email="maria@example.com")
    child = store.add_child("Sam", full_name="Sam Lopez", school="Lincoln Elementary")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        listing = screen.query_one("#letter-list", OptionList)
        assert listing.get_option_at_index(0).id == "evaluation-request"
        assert "This step's letters come first" in shown(screen, "#letters-reason")
        assert screen.query_one("#field--parent_name", Input).value == "Maria Lopez"
        await pilot.press("ctrl+y")
        await until(pilot, lambda: "Who the letter is to" in shown(screen, "#letter-status"),
                    "the missing fields named by their prompts")
        assert "recipient_name" not in shown(screen, "#letter-status")
        await type_into(pilot, screen, "recipient_name", "Ms. Jane Carter")
        await type_into(pilot, screen, "recipient_title", "Principal")
        await type_into(pilot, screen, "child_date_of_birth", "5/12/2019")
        await type_into(pilot, screen, "child_grade", "2")
        await until(pilot, lambda: store.person_with_role(child.id, "principal") is not None,
                    "the recipient saved to the address book")
        listing.focus()
        listing.highlighted = listing.get_option_index("records-request")
        await until(pilot, lambda: screen.query(LetterForm) and screen.query_one(
            LetterForm).data.template.id == "records-request", "the next letter's form")
        assert screen.query_one("#field--recipient_name", Input).value == "Ms. Jane Carter"
        assert screen.query_one("#field--child_date_of_birth", Input).value == "May 12, 2019"
        await until(pilot, lambda: "2nd grade" in shown(screen, "#letter-preview"),
                    "the grade printed as a grade")
    assert store.child(child.id).date_of_birth == "2019-05-12"  # type: ignore[union-attr]
    store.flush()
    printed = run(store.data_dir, "letter", "records-request", "--child", "Sam",
                  "--set", "reply_by=December 12, 2026", "--set", "meeting_date=")
    assert printed.returncode == 0, printed.stderr
    assert "Dear Ms. Jane Carter," in printed.stdout and "May 12, 2019" in printed.stdout
    assert "Subject: " in printed.stderr


async def test_recipient_from_the_address_book_is_never_copied(make_app: MakeApp,
                                                               store: Store) -> None:
    child = store.add_child("Sam")
    store.save_person(child.id, role="principal", name="Dr. Ann Lee", title="Principal")
    director = store.save_person(child.id, role="sped-director", name="Mr. Bo Diaz")
    store.save_person(child.id, role="teacher", name="Ms. Carter")
    store.add_contact(child.id, "2026-10-02", "Dr. Ann Lee", "email", "Request",
                      letter_id="evaluation-request", direction="to school")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        assert screen.query_one("#letter-list", OptionList).get_option_at_index(0).id == \
            "follow-up-request"
        assert "October 2, 2026" in shown(screen, "#letters-reason")
        preview = shown(screen, "#letter-preview")
        assert "Dear Dr. Ann Lee," in preview
        assert "cc: Mr. Bo Diaz (district special-education director); Ms. Carter (teacher)" \
            in preview
        screen.query_one("#letter-to", Select).value = director.id
        await until(pilot, lambda: "Dear Mr. Bo Diaz," in shown(screen, "#letter-preview"),
                    "the new recipient")
        preview = shown(screen, "#letter-preview")
        assert "(district special-education director)" not in preview.split("cc:")[1]
        assert "Dr. Ann Lee (principal)" not in preview  # not a cc role of this letter
    assert store.letter_draft(child.id, "follow-up-request")["_to"] == director.id


async def test_follow_up_leads_only_while_the_request_is_outstanding(make_app: MakeApp,
                                                                     store: Store) -> None:
    child = store.add_child("Sam")
    store.add_contact(child.id, "2026-10-02", "Ms. Carter", "email", "Request",
                      letter_id="evaluation-request", direction="to school")
    store.add_contact(child.id, "2026-10-09", "Ms. Carter", "phone", "They will test",
                      direction="from school")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app, "after-the-meeting")
        first = screen.query_one("#letter-list", OptionList).get_option_at_index(0).id
        assert first != "follow-up-request"
        assert first in app.content.step("after-the-meeting").letters  # type: ignore[union-attr]


@has_clipboard
async def test_what_is_copied_is_exactly_what_is_shown(make_app: MakeApp,
                                                       store: Store) -> None:
    reset_pyperclip()
    child = store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        template = app.content.letters["evaluation-request"]
        form = screen.query_one(LetterForm)
        for field in template.fields:
            widget = form.query_one(f"#field--{field.name}")
            if isinstance(widget, TextArea):
                widget.text = field.example
            else:
                assert isinstance(widget, Input)
                widget.value = field.example
        await until(pilot, lambda: shown(screen, "#letter-status") == "Ready to copy.",
                    "every field filled")
        await pilot.press("ctrl+y")
        await until(pilot, lambda: "clipboard" in shown(screen, "#letter-status"), "copied")

        def clipboard() -> str:
            return subprocess.run(["xclip", "-o", "-selection", "clipboard"],
                                  capture_output=True, text=True, timeout=10).stdout
        body = shown(screen, "#letter-preview").split("(ctrl+y copies it):\n\n", 1)[1]
        assert clipboard() == body
        await pilot.press("ctrl+t")
        subject = shown(screen, "#letter-subject").split("(ctrl+t copies it): ", 1)[1]
        await until(pilot, lambda: clipboard() == subject, "the subject copied alone")
        await pilot.press("ctrl+k")
        await until(pilot, lambda: isinstance(app.screen, SentScreen), "mark as sent")
        await pilot.press("enter")
        await until(pilot, lambda: store.contacts(child.id), "logged")
    [logged] = store.contacts(child.id)
    assert logged.letter_id == "evaluation-request" and logged.subject == subject


async def test_copy_falls_back_without_a_clipboard(make_app: MakeApp, store: Store,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    reset_pyperclip()
    store.add_child("Sam")
    app = make_app()
    sent_to_terminal: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", sent_to_terminal.append)
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_letters(pilot, app)
            template = app.content.letters["evaluation-request"]
            for field in template.fields:
                widget = screen.query_one(f"#field--{field.name}")
                if isinstance(widget, TextArea):
                    widget.text = field.example
                else:
                    assert isinstance(widget, Input)
                    widget.value = field.example
            await until(pilot, lambda: shown(screen, "#letter-status") == "Ready to copy.",
                        "every field filled")
            await pilot.press("ctrl+y")
            await until(pilot, lambda: "terminal" in shown(screen, "#letter-status"),
                        "sent to the terminal's clipboard")
            assert len(sent_to_terminal) == 1 and "Dear Ms. Jane Carter" in sent_to_terminal[0]
            saved = list(store.layout.letters.glob("*evaluation-request.txt"))
            assert len(saved) == 1 and oct(saved[0].stat().st_mode & 0o777) == "0o600"
    finally:
        monkeypatch.undo()
        reset_pyperclip()


async def test_broken_templates_switch_letters_off_and_say_where(content_copy: object,
                                                                  store: Store) -> None:
    from iepwizard.core.loader import load_content

    root = Path(str(content_copy))
    letter = root / "letters" / "pwn-request.md"
    letter.write_text(letter.read_text().replace("{{ reply_by }}.", "{{ reply_by }."))
    content = load_content(root, templates=False)  # as the app loads it at start-up
    store.add_child("Sam")
    app = IEPWizardApp(store, content, "Sam")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "l", LettersScreen)
        status = shown(screen, "#letter-status")
        assert "letters are switched off" in status
        assert f"{letter}:" in status and "template error" in status
        assert screen.query_one("#copy").disabled


async def test_a_refresh_reads_the_letters_sources_once(make_app: MakeApp, store: Store,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview and its to-do line are filled from one reading of the profile, address
    book, draft and contact log, not one reading each."""
    store.add_child("Sam")
    reads: list[str | None] = []
    real = LettersScreen._sources

    def counted(screen: LettersScreen, letter_id: str | None = None) -> Any:
        reads.append(letter_id)
        return real(screen, letter_id)

    monkeypatch.setattr(LettersScreen, "_sources", counted)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        await until(pilot, lambda: not screen._typed and screen._timer is None, "settled")
        reads.clear()
        fill(screen, concerns="Reads slowly")  # one edit (typed keys could settle twice)
        # the edit settles: it is kept as the draft, and the preview is refreshed
        await until(pilot, lambda: "Reads slowly" in shown(screen, "#letter-preview"),
                    "the preview refreshed")
        assert len(reads) == 1
        reads.clear()
        screen._refresh_preview()
        assert len(reads) == 1


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_form_opens_with_its_to_do_line_in_view(size: tuple[int, int],
                                                          make_app: MakeApp,
                                                          store: Store) -> None:
    """Nothing typed yet: the to-do line is long; at 80x24 it is not scrolled away to bring
    the first field into view (the field stays focused, below it); with room, the form shows
    from its top and the field too."""
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_letters(pilot, app)
        await until(pilot, lambda: screen.focused is not None
                    and screen.focused.id == "letter-to", "the first field focused")
        await pilot.pause()
        box = screen.query_one("#letter-form").scrollable_content_region
        todo = screen.query_one("#letter-status", Static)
        assert shown(screen, "#letter-status").startswith("Still to fill in before copying:")
        assert box.y <= todo.region.y < box.bottom, (box, todo.region)
        if size == (120, 40):
            assert screen.query_one("#letter-form").scroll_y == 0
            field = screen.query_one("#letter-to").region
            assert box.y <= field.y < box.bottom


async def test_letters_open_again_as_left_unless_something_changed(make_app: MakeApp,
                                                                   store: Store) -> None:
    """The screen is kept: opened again with nothing changed, it is the same screen, with
    what was typed saved on leaving; a change behind it (the profile) builds it anew."""
    store.update_parent(name="Maria Lopez")
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        first = await open_letters(pilot, app)
        first.query_one("#field--parent_name", Input).focus()
        await pilot.press(*" Ruiz", "escape", "escape")
        await until(pilot, lambda: not isinstance(app.screen, LettersScreen), "letters left")
        assert store.parent().name == "Maria Lopez Ruiz"  # saved on leaving
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LettersScreen), "letters again")
        assert app.screen is first
        assert first.query_one("#field--parent_name", Input).value == "Maria Lopez Ruiz"
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, LettersScreen), "letters left")
        store.update_parent(name="Maria Ruiz").result()
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LettersScreen)
                    and bool(app.screen.query(".field")), "letters, built anew")
        again = app.screen
        assert again is not first and not first.is_attached
        assert isinstance(again, LettersScreen)
        assert again.query_one("#field--parent_name", Input).value == "Maria Ruiz"


async def test_letters_kept_are_restyled_only_after_the_look_changed(make_app: MakeApp,
                                                                     store: Store) -> None:
    """Opened again as left, the kept screen keeps its styles (no restyle of every widget);
    after the contrast key on the guide, it comes back in the new colours."""
    from iepwizard.app import STYLES_AFTER

    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(STYLES_AFTER + 0.3)  # every screen's stylesheet read (at start-up)
        screen = await open_letters(pilot, app)
        restyled: list[int] = []
        plain = screen.update_node_styles

        def counted(animate: bool = True) -> None:
            restyled.append(1)
            plain(animate)

        screen.update_node_styles = counted  # type: ignore[method-assign]
        listing = screen.query_one("#letter-list", OptionList)
        before = listing.styles.background
        for _ in range(2):
            await pilot.press("escape")
            await until(pilot, lambda: not isinstance(app.screen, LettersScreen), "left")
            await pilot.press("l")
            await until(pilot, lambda: app.screen is screen, "letters again")
            await settled(pilot)
        assert restyled == [] and listing.styles.background == before
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, LettersScreen), "left")
        await pilot.press("t")  # high contrast, on the guide
        await settled(pilot)
        await pilot.press("l")
        await until(pilot, lambda: app.screen is screen, "letters again")
        await settled(pilot)
        assert restyled and listing.styles.background != before


async def test_back_from_the_profile_letters_show_what_changed(make_app: MakeApp,
                                                               store: Store) -> None:
    """A screen opened over the letters (the profile) changes what they are filled from:
    back on the letters, the form and the preview show it, and so does the next visit."""
    from iepwizard.screens.profile import ProfileScreen

    store.update_parent(name="Maria Lopez")
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        await app.run_action("profile")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "the profile")
        store.update_parent(name="Maria Lopez-Garcia").result()
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen and screen.query_one(
            "#field--parent_name", Input).value == "Maria Lopez-Garcia", "the new name")
        assert "Maria Lopez-Garcia" in shown(screen, "#letter-preview")
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, LettersScreen), "letters left")
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LettersScreen), "letters again")
        assert app.screen is screen  # nothing changed since: kept
        assert screen.query_one("#field--parent_name", Input).value == "Maria Lopez-Garcia"


async def test_a_letter_asked_for_while_the_letters_are_open_is_shown_there(
        make_app: MakeApp, store: Store) -> None:
    """The palette's "open this letter" on the letters screen shows it there: no second
    letters screen below which the first one waits (where the next key would be typed)."""
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        await app.run_action("open_letter('records-request')")
        await until(pilot, lambda: screen.query_one(LetterForm).data.template.id
                    == "records-request", "the letter asked for")
        assert app.screen is screen
        assert sum(isinstance(s, LettersScreen) for s in app.screen_stack) == 1
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, LettersScreen), "letters left")
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LettersScreen), "letters again")
        assert app.screen is screen
        assert screen.query_one(LetterForm).data.template.id == "records-request"
        assert all(field.value != "l" for field in screen.query(Input))


async def test_a_letter_marked_as_sent_says_so_in_the_list(make_app: MakeApp,
                                                           store: Store) -> None:
    import re

    child = family(store)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        await ready_to_copy(pilot, screen)
        await pilot.press("ctrl+k")
        await until(pilot, lambda: isinstance(app.screen, SentScreen), "mark as sent")
        await pilot.press("enter")
        await until(pilot, lambda: store.contacts(child.id), "logged")
        listing = screen.query_one("#letter-list", OptionList)
        await until(pilot, lambda: "(sent " in str(listing.get_option(
            "evaluation-request").prompt), "the list says it was sent")
        label = str(listing.get_option("evaluation-request").prompt)
        assert not re.search(r"\d{4}-\d\d-\d\d", label), label  # a date in words


async def test_copy_right_after_typing_takes_what_was_typed(make_app: MakeApp,
                                                            store: Store) -> None:
    """ctrl+y or ctrl+s pressed right after the last key: the field's text is taken though
    the message saying it changed has not arrived yet (the copy said the field was empty)."""
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        template = app.content.letters["evaluation-request"]
        *first, last = [f for f in template.fields if not f.optional]
        fill(screen, **{f.name: f.example for f in first})
        await until(pilot, lambda: shown(screen, "#letter-status") ==
                    f"Still to fill in before copying: {last.prompt}", "one field left")
        fill(screen, **{last.name: last.example})
        # saved at once, before the field's change is handled (as ctrl+y, ctrl+s, ctrl+k
        # are: the same reading of the form; saving leaves the shared clipboard alone)
        await screen.action_save()
        await until(pilot, lambda: shown(screen, "#letter-status").startswith("Saved"),
                    "the letter saved")


async def test_a_long_field_label_wraps(make_app: MakeApp, store: Store) -> None:
    """A field's label is shown whole, wrapped (cut at the form's edge, "(optional)" was lost)."""
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app, step="evaluation")
        listing = screen.query_one("#letter-list", OptionList)
        listing.highlighted = listing.get_option_index("records-request")
        await until(pilot, lambda: screen.letter_id == "records-request"
                    and any("if there is one" in str(label.render())
                            for label in screen.query(".field-label")), "the records request")
        await pilot.pause()
        label = next(label for label in screen.query(".field-label")
                     if "if there is one" in str(label.render()))
        text = str(label.render())
        assert text.endswith("(optional)")
        form = screen.query_one(LetterForm)
        assert label.size.width <= form.size.width
        assert label.size.width * label.size.height >= len(text)


async def test_ctrl_r_reads_the_letter_at_80x24(make_app: MakeApp, store: Store) -> None:
    """At 80x24 the preview, below the form, showed the subject and no line of the letter;
    ctrl+r (from a field being typed in) gives it the focus and most of the room."""
    from .test_readable import inside

    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_letters(pilot, app)
        await until(pilot, lambda: screen.focused is not None
                    and screen.focused.id == "letter-to", "the first field focused")
        box = screen.query_one("#letter-preview-box")
        first_line = next(line for line in shown(screen, "#letter-preview").splitlines()
                          if line.strip() and "copies it" not in line)
        opening = " ".join(first_line.split()[:3])
        assert opening not in inside(pilot, box)  # (the subject only)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: screen.focused is box, "the preview focused")
        await pilot.pause()
        assert box.region.height >= 12, box.region
        assert opening in inside(pilot, box)
        await pilot.press("tab")
        assert screen.focused is screen.query_one("#letter-list")


async def test_the_form_s_buttons_do_what_their_keys_do(make_app: MakeApp, store: Store,
                                                        data_dir: Path) -> None:
    # (no test pressed them: moved to a mixin, their @on handlers would not have been found)
    child = family(store)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        await ready_to_copy(pilot, screen)
        # Pressed as a button is (its Pressed message), not clicked at a place on screen: a
        # status line that grows with the saved file's path moves the buttons under a loaded
        # machine's pending layout, and a click there once pressed "Save" twice.
        for button, said in (("#copy", "The letter: "), ("#copy-subject", "The subject: "),
                             ("#save", "Saved (the subject line first")):
            screen.query_one(button, Button).press()
            status = partial(shown, screen, "#letter-status")
            await until(pilot, lambda: status().startswith(said),  # noqa: B023 (awaited here)
                        f"{button} pressed")
        screen.query_one("#mark-sent", Button).press()
        await until(pilot, lambda: isinstance(app.screen, SentScreen), "mark as sent")
        await pilot.press("enter")
        await until(pilot, lambda: store.contacts(child.id), "logged")
    saved = list(data_dir.rglob("*evaluation-request*.txt"))
    assert len(saved) == 1 and saved[0].read_text(encoding="utf-8").startswith("Subject: ")
