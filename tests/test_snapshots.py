"""A few pictures of the main screens at fixed sizes (update with --snapshot-update)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from .helpers import settled

MakeApp = Callable[..., Any]


async def no_blink(pilot: Pilot[Any]) -> None:
    await settled(pilot)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_wizard_wide(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36), run_before=no_blink)


def test_wizard_80x24(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["n"], run_before=no_blink)


def test_welcome(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(child=None), terminal_size=(80, 24), run_before=no_blink)


def test_help(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), press=["question_mark"],
                        run_before=no_blink)


def test_dates_80x24(snap_compare: Any, make_app: MakeApp, store: Any) -> None:
    """Key dates and deadlines on a fixed day: overdue, due and needs, each said in words."""
    from .test_dates_screen import TODAY, setup

    setup(store, ("request-sent", "2026-08-20"), ("consent-received", "2026-09-03"),
          ("records-requested", "2026-11-20"))
    app = make_app()
    app.today = lambda: TODAY
    assert snap_compare(app, terminal_size=(80, 24), press=["k"], run_before=no_blink)


def test_review_80x24(snap_compare: Any, make_app: MakeApp) -> None:
    """This year's draft pasted and reviewed: the parts found, the first goals."""
    from pathlib import Path

    from textual.events import Paste

    from iepwizard.widgets.burst import SaveArea

    from .helpers import until

    text = (Path(__file__).parent / "corpus" / "ieps" / "alex-2026.txt").read_text()

    async def review(pilot: Pilot[Any]) -> None:
        await no_blink(pilot)
        await pilot.press("r")
        await until(pilot, lambda: pilot.app.screen.query(SaveArea), "the review screen")
        pilot.app.screen.query_one(SaveArea).focus()
        pilot.app.post_message(Paste(text))
        await until(pilot, lambda: pilot.app.screen.query_one(SaveArea).text == text, "pasted")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: getattr(pilot.app.screen, "outcome", None) is not None,
                    "reviewed")
        await pilot.pause()

    assert snap_compare(make_app("Alex"), terminal_size=(80, 24), run_before=review)


def test_ledger_80x24(snap_compare: Any, make_app: MakeApp, store: Any) -> None:
    """Two final IEPs (a cut mid-year) and six weeks of sessions, on a fixed day."""
    from iepwizard.screens import ledger

    from .helpers import until
    from .ledger_fixture import AS_OF, SESSIONS, SPEECH, save_two_finals

    app = make_app("Riley")
    app.today = lambda: AS_OF
    child = store.add_child("Riley")
    save_two_finals(store, child.id)
    for day, minutes, status, note in SESSIONS:
        store.add_session(child.id, day, SPEECH, minutes, status, note)

    async def open_ledger(pilot: Pilot[Any]) -> None:
        await no_blink(pilot)
        await pilot.press("v")
        await until(pilot, lambda: isinstance(pilot.app.screen, ledger.LedgerScreen), "ledger")
        await no_blink(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_ledger)


async def decoded_curve(pilot: Pilot[Any]) -> None:
    """The decoder with a BASC-3 and WISC-V excerpt decoded, on its bell curve."""
    from pathlib import Path

    from textual import events
    from textual.widgets import TextArea

    from iepwizard.screens.decoder import DecoderScreen

    from .helpers import until

    await settled(pilot)
    await pilot.press("d")
    await until(pilot, lambda: isinstance(pilot.app.screen, DecoderScreen), "the decoder")
    screen = pilot.app.screen
    assert isinstance(screen, DecoderScreen)
    reports = Path(__file__).resolve().parent / "corpus" / "reports"
    text = "\n".join((reports / name).read_text(encoding="utf-8")
                     for name in ("05-basc-3-ratings.txt", "01-wisc-v-tables.txt"))
    box = screen.query_one(TextArea)
    box.cursor_blink = False
    box.post_message(events.Paste(text))
    await pilot.press("ctrl+d")
    await until(pilot, lambda: screen.decoded is not None, "the decode")
    await pilot.press("f3")
    await pilot.pause()


def test_decoder_80x24(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=decoded_curve)


def test_scores_80x24(snap_compare: Any, make_app: MakeApp, store: Any) -> None:
    from iepwizard.core.score_history import SavedScore
    from iepwizard.core.scores import Score

    def saved(label: str, test: str, value: float, kind: str = "standard",
              role: str = "") -> SavedScore:
        return SavedScore.of(Score(0, 1, kind, value, label, test, role))

    child = store.add_child("Sam")
    store.save_evaluation(child.id, "Initial evaluation", "2024-02-10", [
        saved("Reading Composite", "WIAT-4", 85), saved("Math Composite", "WIAT-4", 92),
        saved("Hyperactivity", "BASC-3", 62, "t", "problem")])
    store.save_evaluation(child.id, "Triennial", "2026-03-02", [
        saved("Broad Reading", "WJ IV", 79), saved("Math Composite", "WIAT-4", 90),
        saved("Hyperactivity", "BASC-3", 71, "t", "problem")], report_text="kept")
    store.link_areas(child.id, "WIAT-4", "Reading Composite", "WJ IV", "Broad Reading")
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["y"], run_before=no_blink)
