"""Text from people and files on every screen: Rich markup shows literally and no raw control
character reaches the terminal. A property test: hypothesis picks the payloads; each example
puts several of them in every kind of record at once and walks every screen in one app session
(so the tier stays within a few minutes)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.store import Store

from .helpers import settled, until
from .ledger_fixture import SPEECH, save_two_finals

PAYLOADS = ["[/]", "[link=https://evil.example/x]click[/link]", "[red]", "[bold red]x[/]",
            "\x1b]0;pwned\x07", "\x1b[2J", "\x1b]52;c;cGF5bG9hZA==\x07", "\x9b2J", "\x00",
            "\x7f", "\u2028", "\x85", "[b]", "{{ x }}", "\u202e", "\x1b[31mred\x1b[0m"]
#: Shown literally, these must appear as typed on the screen they are on.
LITERAL = "[b]hostile[/b]"
RAW = {chr(c) for c in [*range(0x00, 0x09), *range(0x0b, 0x20), 0x7f, *range(0x80, 0xa0)]}
CASES = st.lists(st.sampled_from(PAYLOADS), min_size=2, max_size=5).map("".join)


def seed(store: Store, text: str) -> str:
    name = f"Sam{text}"
    child = store.add_child(name, full_name=f"{LITERAL}{text}", school=text)
    store.update_parent(name=text, email=f"{text}@example.com")
    meeting = store.add_meeting(child.id, "2026-11-20", "IEP", f"{LITERAL}{text}", [text])
    store.add_entries(meeting.id, [(f"{LITERAL}{text}", "decision"), (text, "action")])
    store.add_question(child.id, f"{LITERAL}{text}")
    store.add_journal(child.id, "2026-11-02", f"{LITERAL}{text}")
    store.add_contact(child.id, "2026-11-03", text, text, f"{LITERAL}{text}")
    store.save_person(child.id, role="principal", name=f"{LITERAL}{text}", title=text)
    store.set_draft(child.id, f"meeting:{meeting.id}", text)
    from iepwizard.core.score_history import SavedScore
    from iepwizard.core.scores import Score

    store.save_evaluation(child.id, f"{LITERAL}{text}", "2026-03-02", [
        SavedScore.of(Score(0, 1, "standard", 85, f"{LITERAL}{text}", f"x [/b] y{text}")),
        SavedScore.of(Score(0, 1, "standard", 90, "Reading", f"x [/b] y{text}"))])
    store.link_areas(child.id, f"x [/b] y{text}", f"{LITERAL}{text}", "WJ IV", "Reading")
    save_two_finals(store, child.id)  # the ledger shows their service with these sessions
    store.add_session(child.id, "2026-09-08", SPEECH, 30, "delivered", f"{LITERAL}{text}")
    store.add_session(child.id, "2026-09-10", f"{LITERAL}{text}", 30, "not-provided", text)
    store.end_meeting(child.id, meeting.id)  # (an open one would be offered first)
    store.flush()
    return child.id


async def visit(pilot: Pilot[Any], key: str, screen_name: str) -> str:
    app = pilot.app
    await pilot.press(key)
    await until(pilot, lambda: type(app.screen).__name__ == screen_name
                and app.screen.is_mounted and app.screen.focused is not None, screen_name)
    await pilot.pause()
    return app.export_screenshot()


@settings(max_examples=3, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=CASES)
@example(text="".join(PAYLOADS))
async def test_every_screen_shows_hostile_text_literally(content: Content, text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data")
        seed(store, text)
        app = IEPWizardApp(store, content, None)
        shots: list[tuple[str, str]] = []
        try:
            async with app.run_test(size=(120, 40)) as pilot:
                await settled(pilot)
                shots.append(("wizard", app.export_screenshot()))
                walk: list[tuple[str, str, Callable[[], Any] | None]] = [
                    ("e", "ProfileScreen", None), ("q", "QuestionsScreen", None),
                    ("j", "JournalScreen", None), ("c", "ContactsScreen", None),
                    ("l", "LettersScreen", None), ("k", "DatesScreen", None),
                    ("y", "ScoresScreen", None), ("slash", "GlossaryScreen", None),
                    ("d", "DecoderScreen", None), ("r", "ReviewScreen", None),
                    ("v", "LedgerScreen", None)]
                for key, name, _ in walk:
                    shots.append((name, await visit(pilot, key, name)))
                    await pilot.press("escape")
                    await until(pilot, lambda: type(app.screen).__name__ == "WizardScreen",
                                f"back from {name}")
                # reopened now (ended, it was not offered at the start; an ended meeting is
                # not offered as "Continue" either)
                child = store.children()[0].id
                meeting = store.meetings(child)[0]
                store.update_meeting(child, meeting.id, ended="").result()
                await pilot.press("m")
                await until(pilot, lambda: app.screen.query("#continue"), "the meeting dialog")
                await pilot.click("#continue")
                await until(pilot, lambda: type(app.screen).__name__ == "MeetingScreen",
                            "meeting mode")
                await pilot.pause()
                shots.append(("meeting", app.export_screenshot()))
        finally:
            store.close()
    for name, svg in shots:
        assert not RAW & set(svg), (name, sorted(RAW & set(svg)))
    for name in ("ProfileScreen", "QuestionsScreen", "JournalScreen", "ContactsScreen",
                 "LedgerScreen", "ScoresScreen", "meeting"):
        svg = dict(shots)[name]
        assert LITERAL.replace("[", "&#91;") in svg or LITERAL in svg, name
