"""Scores year to year in the app: saved from the decoder under two evaluations, linked across
tests once, shown as a table and a chart naming each point's test; corrected; deleting asks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Checkbox, OptionList, Select, Static

from iepwizard.app import IEPWizardApp
from iepwizard.core.store import Store
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.decoder import DecoderScreen, PasteBox
from iepwizard.screens.decoder_dialogs import SaveScoresDialog
from iepwizard.screens.scores import ScoresScreen
from iepwizard.screens.scores_dialogs import EditScoreDialog, LinkDialog
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.bell_curve import HistoryChart
from iepwizard.widgets.burst import LineInput
from iepwizard.widgets.wrapped_text import WrappedText

from .helpers import child_id, open_by_key, settled, until
from .test_decoder_screen import open_decoder, paste_and_decode

MakeApp = Callable[..., IEPWizardApp]
CORPUS = Path(__file__).resolve().parent / "corpus" / "reports"
WIAT = (CORPUS / "02-wiat-4-prose.txt").read_text(encoding="utf-8")
WJ = (CORPUS / "04-wj-iv-clusters.txt").read_text(encoding="utf-8")


async def save(pilot: Pilot[Any], screen: DecoderScreen, name: str, date: str,
               keep: bool = False) -> None:
    store: Store = screen.store
    before = len(store.evaluations(screen.child_id))
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, SaveScoresDialog), "the dialog")
    dialog = pilot.app.screen
    dialog.query_one("#save-name", LineInput).value = name
    dialog.query_one("#save-date", LineInput).value = date
    dialog.query_one("#save-text", Checkbox).value = keep
    await pilot.click("#save")
    await until(pilot, lambda: len(store.evaluations(screen.child_id)) == before + 1, "saved")
    await until(pilot, lambda: pilot.app.screen is screen, "the dialog closed")


async def test_two_evaluations_linked_shown_corrected_and_deleted(make_app: MakeApp,
                                                                   store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        await paste_and_decode(pilot, screen, WIAT)
        # a date that is none is said in the dialog, and nothing is saved
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SaveScoresDialog), "the dialog")
        app.screen.query_one("#save-name", LineInput).value = "Initial"
        app.screen.query_one("#save-date", LineInput).value = "the 45th"
        await pilot.click("#save")
        error = app.screen.query_one("#dialog-error", Static)
        await until(pilot, lambda: "Write the date like" in str(error.render()), "the error")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "cancelled")
        assert store.evaluations(child_id(store)) == []
        await save(pilot, screen, "Initial", "2/10/2024")
        screen.query_one(PasteBox).text = ""
        await paste_and_decode(pilot, screen, WJ)
        await save(pilot, screen, "Triennial", "March 2, 2026", keep=True)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "the guide")
        scores = await open_by_key(pilot, "y", ScoresScreen)
        table = scores.query_one("#scores-table", WrappedText)
        assert "Reading: 7th (2024, WIAT-4)" in table.plain.splitlines()
        assert "Broad Reading: 12th (2026, WJ IV)" in table.plain.splitlines()

        # link the two areas once
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LinkDialog), "the link dialog")
        dialog = app.screen
        assert isinstance(dialog, LinkDialog)
        dialog.query_one("#link-first", Select).value = str(
            dialog.areas.index(("WIAT-4", "Reading")))
        dialog.query_one("#link-second", Select).value = str(
            dialog.areas.index(("WJ IV", "Broad Reading")))
        await pilot.click("#save")
        await until(pilot, lambda: app.screen is scores, "linked")
        await until(pilot, lambda: "Reading: 7th (2024, WIAT-4) -> 12th (2026, WJ IV)"
                    in table.plain.splitlines(), "one area across the two tests")
        assert len(store.area_links(child_id(store))) == 1
        chart = scores.query_one(HistoryChart)
        rows = chart.render().plain.splitlines()
        at = next(n for n, row in enumerate(rows) if row.strip() == "Reading:")
        assert "2024 WIAT-4" in rows[at + 1] and "SS 78" in rows[at + 1]
        assert "2026 WJ IV" in rows[at + 2] and "SS 82" in rows[at + 2]
        assert rows[at + 2].index("\u25cf") > rows[at + 1].index("\u25cf")  # 7th -> 12th
        assert all(len(row) <= chart.content_size.width for row in rows)

        # correct a score
        await pilot.press("2")
        scores.query_one("#scores-list", OptionList).focus()
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, EditScoreDialog), "the edit")
        app.screen.query_one("#edit-value", LineInput).value = "300"
        await pilot.press("enter")
        edit_error = app.screen.query_one("#dialog-error", Static)
        await until(pilot, lambda: "is a number from 40 to 160" in str(edit_error.render()),
                    "a score out of range refused")
        app.screen.query_one("#edit-value", LineInput).value = "75"
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is scores, "corrected")
        newest = store.evaluations(child_id(store))[-1]
        assert store.saved_scores(child_id(store), newest.id)[0].value == 75.0

        # deleting asks first; cancelling keeps everything
        evaluations = scores.query_one("#scores-evaluations", OptionList)
        evaluations.focus()
        evaluations.highlighted = 0  # newest first: the triennial
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        question = str(app.screen.query_one(Static).render())
        assert "Delete the evaluation \"Triennial\" of March 2, 2026" in question
        assert "and the report's text kept with it" in question
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is scores, "cancelled")
        assert len(store.evaluations(child_id(store))) == 2
        report = store.report_path(child_id(store), newest.id)
        store.flush()
        assert report.exists()
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.click("#yes")
        await until(pilot, lambda: len(store.evaluations(child_id(store))) == 1, "deleted")
        store.flush()
        assert not report.exists()
        await until(pilot, lambda: "Reading: 7th (2024, WIAT-4)" in table.lines(200),
                    "the table without the deleted evaluation")


async def test_empty_and_80x24(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, ScoresScreen), "test scores")
        table = app.screen.query_one("#scores-table", WrappedText)
        assert table.plain.startswith("No scores are saved yet.")
        assert table.region.width <= 80 and table.region.y < 24


def test_keys_and_palette() -> None:
    from iepwizard import keys

    assert any(title == "Test scores year to year" and action == "scores"
               for title, _, action in keys.palette_actions())
    wizard_keys = [k.keys for k in keys.WIZARD]
    assert "y" in wizard_keys and len(wizard_keys) == len(set(wizard_keys))


def test_the_charts_load_only_with_their_screens() -> None:
    import subprocess
    import sys

    code = ("import sys, iepwizard.app, iepwizard.screens.wizard; "
            "print('iepwizard.widgets.bell_curve' in sys.modules, "
            "'iepwizard.screens.decoder' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == ["False", "False"]


async def test_the_scales_file_is_read_off_the_ui_thread(make_app: MakeApp,
                                                         monkeypatch: Any) -> None:
    # (opening Test scores imported the scales code and parsed its file on the UI thread:
    # 80 ms the first time, keys typed meanwhile waiting)
    import threading

    from iepwizard.core import scales

    real, threads = scales.scales_for, []

    def recorded(root: Path) -> scales.Scales:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(root)

    monkeypatch.setattr(scales, "scales_for", recorded)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, ScoresScreen), "test scores")
        assert threads == [False]
        assert app.screen.query_one("#scores-table", WrappedText).plain.startswith(
            "No scores are saved yet.")
