"""The letters screen end to end in Pilot: choose, fill, preview, copy, mark as sent, logged."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable

import pytest
from textual.widgets import Input, OptionList, Static, TextArea

from iepwizard.app import IEPWizardApp
from iepwizard.core.clipboard import reset_pyperclip
from iepwizard.core.store import Store
from iepwizard.screens.letters import LettersScreen
from iepwizard.screens.sent import SentScreen

from .helpers import settled

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]


def fill(screen: LettersScreen, **values: str) -> None:
    for name, value in values.items():
        widget = screen.query_one(f"#field--{name}")
        if isinstance(widget, TextArea):
            widget.text = value
        else:
            assert isinstance(widget, Input)
            widget.value = value


async def open_letters(pilot: object, app: IEPWizardApp) -> LettersScreen:
    await settled(pilot)  # type: ignore[arg-type]
    app.screen.go_to("put-it-in-writing")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.press("l")  # type: ignore[attr-defined]
    for _ in range(50):
        await pilot.pause(0.02)  # type: ignore[attr-defined]
        if isinstance(app.screen, LettersScreen) and app.screen.query(".field"):
            break
    assert isinstance(app.screen, LettersScreen)
    return app.screen


@pytest.mark.skipif(shutil.which("xclip") is None or not os.environ.get("DISPLAY"),
                    reason="needs xclip and an X display (Xvfb): apt-get install xvfb xclip")
async def test_from_step_to_clipboard_to_contact_log(make_app: MakeApp, store: Store) -> None:
    reset_pyperclip()
    store.update_parent(name="María Núñez", email="maria@example.com")
    child = store.add_child("Sam", full_name="Sam Núñez", date_of_birth="March 14, 2017",
                            grade="3rd grade", school="Lincoln Elementary")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        listing = screen.query_one("#letter-list", OptionList)
        assert listing.get_option_at_index(0).id == "evaluation-request"  # this step's first
        assert screen.query_one("#field--parent_name", Input).value == "María Núñez"
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert any("fill in recipient_name" in n.message for n in app._notifications)
        fill(screen, recipient_name="Ms. Carter", recipient_title="Principal",
             concerns="Reads below grade level.\nCries before spelling tests.",
             tried_so_far="A reading group since October.", reply_by="December 12, 2026")
        await pilot.pause(0.4)
        preview = str(screen.query_one("#letter-preview", Static).render())
        assert "Dear Ms. Carter," in preview and "«" not in preview
        await pilot.press("ctrl+y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(screen.query_one("#letter-status", Static).render())
        assert status.startswith("Copied to the clipboard")
        clip = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True,
                              text=True, timeout=10).stdout
        assert clip == preview.rstrip("\n") + "\n" or clip.strip() == preview.strip()
        assert "Reads below grade level.\nCries before spelling tests." in clip
        await pilot.press("ctrl+k")
        await pilot.pause()
        assert isinstance(app.screen, SentScreen)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, LettersScreen)
    [logged] = store.contacts(child.id)
    assert logged.letter_id == "evaluation-request"
    assert logged.who == "Ms. Carter" and logged.how == "email"
    assert logged.subject == "Request for a full evaluation: Sam Núñez"
    assert store.letter_draft(child.id, "evaluation-request")["recipient_name"] == \
        "Ms. Carter"


async def test_follow_up_is_offered_after_an_unanswered_request(make_app: MakeApp,
                                                                store: Store) -> None:
    child = store.add_child("Sam", principal="Dr. Lee", sped_contact="Mr. Diaz")
    store.add_contact(child.id, "2026-10-02", "Ms. Carter", "email", "Request",
                      letter_id="evaluation-request", direction="to school")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_letters(pilot, app)
        banner = str(screen.query_one("#follow-up-banner", Static).render())
        assert "October 2, 2026" in banner
        assert screen.query_one("#letter-list", OptionList).get_option_at_index(0).id == \
            "follow-up-request"
        await pilot.pause(0.3)
        preview = str(screen.query_one("#letter-preview", Static).render())
        assert "I first asked in writing on October 2, 2026." in preview
        # the principal is the recipient, so only the special-education teacher is copied
        assert "cc: Mr. Diaz (special-education teacher)" in preview


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
            fill(screen, **{f.name: f.example for f in template.fields})
            await pilot.pause(0.4)
            await pilot.press("ctrl+y")
            await app.workers.wait_for_complete()
            await pilot.pause()
            status = str(screen.query_one("#letter-status", Static).render())
            assert status.startswith("Sent to your terminal's clipboard")
            assert len(sent_to_terminal) == 1 and "Dear Ms. Jane Carter" in sent_to_terminal[0]
            saved = list((store.data_dir / "letters").glob("*evaluation-request.txt"))
            assert len(saved) == 1 and oct(saved[0].stat().st_mode & 0o777) == "0o600"
    finally:
        monkeypatch.undo()
        reset_pyperclip()


async def test_broken_templates_switch_letters_off_and_say_where(content_copy: object,
                                                                  store: Store) -> None:
    from pathlib import Path

    from iepwizard.core.loader import load_content

    root = Path(str(content_copy))
    letter = root / "letters" / "pwn-request.md"
    letter.write_text(letter.read_text().replace("{{ reply_by }}.", "{{ reply_by }."))
    content = load_content(root, templates=False)  # as the app loads it at start-up
    store.add_child("Sam")
    app = IEPWizardApp(store, content, "Sam")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("l")
        await pilot.pause(0.3)
        screen = app.screen
        assert isinstance(screen, LettersScreen)
        status = str(screen.query_one("#letter-status", Static).render())
        assert "letters are switched off" in status
        assert f"{letter}:" in status and "template error" in status
        assert screen.query_one("#copy").disabled
