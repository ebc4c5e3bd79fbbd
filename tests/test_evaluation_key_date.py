"""A saved evaluation that the school did fills the key dates' last evaluation ("one event,
one entry", conventions.md): the next reevaluation is then counted from it, in the app and
from the command line. An outside evaluation fills nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.widgets import Checkbox

from iepwizard.core.store import Store
from iepwizard.screens.decoder_dialogs import SaveScoresDialog
from iepwizard.widgets.burst import LineInput

from .helpers import child_id, until
from .test_cli import run
from .test_decode_save_cli import make_family
from .test_decoder_screen import open_decoder, paste_and_decode

MakeApp = Callable[..., Any]
WIAT = Path(__file__).resolve().parent / "corpus" / "reports" / "02-wiat-4-prose.txt"


def last_evaluations(store: Store, name: str = "Sam") -> list[str]:
    return [e.day.isoformat() for e in store.key_dates(child_id(store, name)).of("reevaluation")]


def test_the_command_line_fills_the_last_evaluation_only_for_the_schools(
        data_dir: Path) -> None:
    make_family(data_dir, "Sam")
    outside = run("--data-dir", str(data_dir), "decode", str(WIAT), "--save", "Private",
                  "--date", "2025-06-01")
    school = run("--data-dir", str(data_dir), "decode", str(WIAT), "--save", "Triennial",
                 "--date", "3/2/2026", "--by-school")
    assert outside.returncode == 0 and school.returncode == 0, (outside.stderr, school.stderr)
    assert school.stderr.rstrip().endswith(
        "(March 2, 2026); its date is in the key dates as the last evaluation.")
    with Store.open(data_dir, readonly=True) as store:
        assert last_evaluations(store) == ["2026-03-02"]
    dates = run("--data-dir", str(data_dir), "dates", "--as-of", "2026-04-01")
    assert "2029-03-02\tdue\treevaluation" in dates.stdout, dates.stdout  # (counted from it)
    alone = run("--data-dir", str(data_dir), "decode", str(WIAT), "--by-school")
    assert alone.returncode == 2 and "--by-school go with --save" in alone.stderr


async def test_the_save_dialogs_tick_fills_the_last_evaluation(make_app: MakeApp,
                                                               store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        await paste_and_decode(pilot, screen, WIAT.read_text(encoding="utf-8"))
        for name, day, by_school in (("Private", "2025-06-01", False),
                                     ("Triennial", "2026-03-02", True)):
            after = len(store.evaluations(screen.child_id)) + 1
            await pilot.press("ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, SaveScoresDialog), "the dialog")
            dialog = app.screen
            dialog.query_one("#save-name", LineInput).value = name
            dialog.query_one("#save-date", LineInput).value = day
            tick = dialog.query_one("#save-by-school", Checkbox)
            assert tick.value is False  # (an outside evaluation fills nothing unless said)
            tick.value = by_school
            await pilot.click("#save")
            await until(pilot, lambda: len(store.evaluations(screen.child_id)) == after,  # noqa: B023
                        "saved")
            await until(pilot, lambda: app.screen is screen, "the dialog closed")
        await until(pilot, lambda: last_evaluations(store) == ["2026-03-02"],
                    "the school's date in the key dates")
