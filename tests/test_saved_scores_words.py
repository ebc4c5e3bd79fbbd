"""Saved scores are said as the decoder said them: read back from the store, a score is given
what its test adds to its words (the scales file's, by the test's saved name). A BOT-2
composite saved from "standard score 38 ... below average" was exported and listed as "T-score
38 ... low average", and a WISC-V 76 as "low", not the WISC-V's "very low"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import OptionList, TabbedContent

from iepwizard.app import IEPWizardApp
from iepwizard.core.escapes import blank
from iepwizard.core.export import child_markdown
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores
from iepwizard.core.score_history import SavedScore, history
from iepwizard.core.store import Store
from iepwizard.screens.scores import ScoresScreen
from iepwizard.widgets.bell_curve import HistoryChart

from .helpers import open_by_key, until
from .test_cli import run
from .test_decode_save_cli import make_family

REPORT = ("BOT-2 Total Motor Composite: standard score 38, 12th percentile.\n"
          "BOT-2 Balance scale score 10.\n"
          "WISC-V Working Memory Index 76.\n")
SAID = ["- Total Motor Composite (BOT-2): standard score 38, the 12th percentile, below "
        "average", "- Balance (BOT-2): scale score 10, the 16th percentile, below average",
        "- Working Memory Index (WISC-V): standard score 76, the 5th percentile, very low"]


def _saved(store: Store, scales: Scales, name: str = "OT and psych", date: str = "3/2/2026",
           text: str = REPORT) -> str:
    child = store.children()[0] if store.children() else store.add_child("Sam")
    store.save_evaluation(child.id, name, date,
                          [SavedScore.of(s) for s in find_scores(blank(text), scales)])
    return child.id


def test_the_export_says_saved_scores_in_their_tests_words(store: Store,
                                                          scales: Scales) -> None:
    child_id = _saved(store, scales)
    child = store.child(child_id)
    assert child is not None
    lines = child_markdown(store, child, None, scales).splitlines()
    for line in SAID:
        assert line in lines, line
    assert not any("T-score 38" in line or "percentile, low average" in line or
                   "percentile, low" in line for line in lines), lines


def test_the_command_line_export_too(data_dir: Path, tmp_path: Path) -> None:
    make_family(data_dir, "Sam")
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    saved = run("--data-dir", str(data_dir), "decode", str(report), "--save", "OT and psych",
                "--date", "3/2/2026")
    assert saved.returncode == 0, saved.stderr
    export = run("--data-dir", str(data_dir), "export")
    assert export.returncode == 0, export.stderr
    lines = export.stdout.splitlines()
    for line in SAID:
        assert line.replace("(", "\\(").replace(")", "\\)") in lines or line in lines, (
            line, export.stdout[-800:])


async def test_the_scores_screen_names_them_as_their_tests_do(
        make_app: Callable[..., IEPWizardApp], store: Store, scales: Scales) -> None:
    _saved(store, scales, "First", "3/2/2024", "BOT-2 Total Motor Composite: standard score "
                                             "44, 27th percentile.\n")
    _saved(store, scales)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_by_key(pilot, "y", ScoresScreen)
        chart = screen.query_one("#scores-chart", HistoryChart)
        await until(pilot, lambda: bool(chart.histories), "the history")
        rows = [row.text for row in chart.make_rows(100)]
        motor = [text for text in rows if "BOT-2" in text and "2026" in text]
        assert motor and "SS 38" in motor[0] and "T 38" not in " ".join(rows), rows
        screen.query_one("#scores-tabs", TabbedContent).active = "scores-tab-saved"
        listing = screen.query_one("#scores-list", OptionList)
        await until(pilot, lambda: listing.option_count > 0, "the saved scores")
        texts = [str(listing.get_option_at_index(n).prompt)
                 for n in range(listing.option_count)]
        assert any(t.startswith("Total Motor Composite (BOT-2): standard score 38")
                   for t in texts), texts


def test_a_saved_score_of_no_named_test_on_a_scale_of_concerns_stays_unsure(
        store: Store, scales: Scales) -> None:
    # (the decoder says it cannot tell which way is better: the saved score says so too)
    from iepwizard.screens.scores import score_line

    child_id = _saved(store, scales, text="Social Interaction scaled score 9.\n")
    [evaluation] = store.evaluations(child_id)
    [row] = store.saved_scores(child_id, evaluation.id)
    line = score_line(row, scales)
    assert line == ("Social Interaction: scaled score 9, the 37th percentile (which way "
                    "is better is not known: its test is not named)"), line
    child = store.child(child_id)
    assert child is not None
    export = child_markdown(store, child, None, scales)
    assert "the decoder cannot tell its test, so which way is better is not known" in export
    [area] = history(*store.score_history(child_id), scales)
    assert area.line() == ("Social Interaction (which way is better is not known: its test is "
                           "not named): 37th (2026)")
    [area] = history(*store.score_history(child_id))  # (without the scales file: as saved)
    assert area.line() == "Social Interaction (higher = more concern): 37th (2026)"
