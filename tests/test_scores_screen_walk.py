"""The Test scores screen as a new user walked it: two scores of one evaluation, scores with no
area's name, two evaluations of one year, linking two areas of one test, naming a T-score
through Edit, and the footer's keys on each tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import OptionList, Select, Static

from iepwizard.app import IEPWizardApp
from iepwizard.core.score_history import SavedScore
from iepwizard.core.store import Store
from iepwizard.screens.scores import ScoresScreen
from iepwizard.screens.scores_dialogs import EditScoreDialog, LinkDialog
from iepwizard.widgets.bell_curve import HistoryChart
from iepwizard.widgets.burst import LineInput
from iepwizard.widgets.wrapped_text import WrappedText

from .helpers import child_id, open_by_key, settled, until

MakeApp = Callable[..., IEPWizardApp]


def score(label: str, test: str, value: float, percentile: int, kind: str = "standard",
          role: str = "") -> SavedScore:
    return SavedScore(label, test, kind, value, percentile, role)


async def open_scores(store: Store, pilot: Pilot[Any],
                      evaluations: list[tuple[str, str, list[SavedScore]]]) -> ScoresScreen:
    await settled(pilot)
    for name, date, scores in evaluations:
        store.save_evaluation(child_id(store), name, date, scores)
    return await open_by_key(pilot, "y", ScoresScreen)


async def edit_score(pilot: Pilot[Any], scores: ScoresScreen) -> EditScoreDialog:
    """The Edit dialog of the highlighted score under Saved evaluations."""
    await pilot.press("2")
    scores.query_one("#scores-list", OptionList).focus()
    await pilot.press("f2")
    await until(pilot, lambda: isinstance(pilot.app.screen, EditScoreDialog), "the edit")
    assert isinstance(dialog := pilot.app.screen, EditScoreDialog)
    return dialog


def table_lines(scores: ScoresScreen) -> list[str]:
    """The table's lines, each area's on one line however wide the screen."""
    plain = scores.query_one("#scores-table", WrappedText).plain
    return plain.replace("\n  ", " ").splitlines()


def chart_text(scores: ScoresScreen) -> list[str]:
    chart = scores.query_one(HistoryChart)
    return [row.text for row in chart.rows(chart.content_size.width)]


async def test_one_evaluations_scores_unnamed_areas_and_one_years_evaluations(
        make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        scores = await open_scores(store, pilot, [
            ("Clinic ADHD eval", "2026-02-03", [
                score("Hyperactivity", "Conners 4", 75, 96, "t", "problem"),
                score("Hyperactivity", "Conners 4", 66, 86, "t", "problem"),
                score("", "WISC-V", 91, 27)]),
            ("School eval", "2024-10-03", [score("Working Memory Index", "WISC-V", 85, 16),
                                           score("", "WISC-V", 79, 8)]),
            ("Outside eval", "2024-12-09", [score("Working Memory Index", "WISC-V", 82, 12)])])
        lines = table_lines(scores)
        assert "Working Memory Index: 16th (Oct 2024, WISC-V) -> 12th (Dec 2024, WISC-V)" \
            in lines
        assert ("Hyperactivity (higher = more concern), 2 scores in one evaluation, Clinic "
                "ADHD eval (2026, Conners 4): 96th and 86th") in lines
        assert "Area not named: 8th (Oct 2024, WISC-V)" in lines
        assert "Area not named: 27th (2026, WISC-V)" in lines
        assert not any(line.startswith(":") or "(2026, Conners 4) ->" in line
                       for line in lines)
        rows = chart_text(scores)
        assert rows.count("Area not named:") == 2 and ":" not in rows
        assert any(row.startswith("Oct 2024 WISC-V") for row in rows)
        assert any(row.startswith("Dec 2024 WISC-V") for row in rows)
        at = rows.index("Hyperactivity (higher = more concern), 2 scores in one evaluation:")
        assert rows[at + 1].startswith("(1) 2026 Conners 4")
        assert rows[at + 2].startswith("(2) 2026 Conners 4")

        await pilot.press("2")
        evaluations = scores.query_one("#scores-evaluations", OptionList)
        evaluations.focus()
        evaluations.highlighted = 0  # newest first: the clinic's
        listing = scores.query_one("#scores-list", OptionList)
        await until(pilot, lambda: listing.option_count == 3, "the clinic's scores")
        said = [str(listing.get_option_at_index(n).prompt) for n in range(3)]
        assert said[2] == "Area not named (WISC-V): standard score 91, the 27th percentile"


async def test_linking_two_areas_of_one_test_is_refused(make_app: MakeApp,
                                                        store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        scores = await open_scores(store, pilot, [
            ("Eval", "2024-05-01", [score("Verbal Comprehension Index", "WISC-V", 103, 58),
                                    score("Visual Spatial Index", "WISC-V", 95, 37)])])
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LinkDialog), "the link dialog")
        dialog = app.screen
        dialog.query_one("#link-first", Select).value = "0"
        dialog.query_one("#link-second", Select).value = "1"
        await pilot.click("#save")
        error = dialog.query_one("#dialog-error", Static)
        await until(pilot, lambda: "two areas of one test" in str(error.render()), "refused")
        assert app.screen is dialog
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is scores, "cancelled")
        assert store.area_links(child_id(store)) == []


async def test_a_t_score_named_through_edit_appears_year_to_year(make_app: MakeApp,
                                                                 store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        scores = await open_scores(store, pilot, [
            ("Eval", "2026-02-03", [score("", "BASC-3", 67, 96, "t")])])
        dialog = await edit_score(pilot, scores)
        dialog.query_one("#edit-label", LineInput).value = "Hyperactivity"
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is scores, "saved")
        assert ("Hyperactivity (T-score: whether higher is better is not known): 96th "
                "(2026, BASC-3)") in table_lines(scores)
        listing = scores.query_one("#scores-list", OptionList)
        assert "(T-score: whether higher is better is not known)" in str(
            listing.get_option_at_index(0).prompt)
        # the parent says which way it goes
        dialog = await edit_score(pilot, scores)
        dialog.query_one("#edit-role", Select).value = "problem"
        await pilot.click("#save")
        await until(pilot, lambda: app.screen is scores, "saved")
        assert "Hyperactivity (higher = more concern): 96th (2026, BASC-3)" \
            in table_lines(scores)
        assert store.saved_scores(child_id(store))[0].role == "problem"


async def test_edit_and_delete_are_offered_only_where_they_work(make_app: MakeApp,
                                                                store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        scores = await open_scores(store, pilot, [
            ("Eval", "2024-05-01", [score("Reading", "WIAT-4", 85, 16)])])

        def offered() -> set[str]:
            return {b.binding.action for b in scores.active_bindings.values()}

        assert not {"edit", "delete"} & offered()
        await pilot.press("2")
        await until(pilot, lambda: {"edit", "delete"} <= offered(), "offered on Saved")
        await pilot.press("3")
        await until(pilot, lambda: "edit" not in offered() and "delete" in offered(),
                    "only delete (unlink) on Links")


async def test_the_save_dialog_says_what_is_wrong_now(make_app: MakeApp, store: Store) -> None:
    """With no name and the date 13/45/2026, Enter said "Give the evaluation a name"; once the
    name was filled, Enter went on to the date and the name's message stayed. A date to come
    was taken."""
    import datetime as dt

    from iepwizard.screens.decoder_dialogs import SaveChoice, SaveScoresDialog

    app = make_app()
    app.today = lambda: dt.date(2026, 3, 10)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        chosen: list[SaveChoice | None] = []
        app.push_screen(SaveScoresDialog(3, 2), chosen.append)
        await until(pilot, lambda: isinstance(app.screen, SaveScoresDialog) and app.screen.query(
            "#save-name"), "the dialog")
        dialog = app.screen
        error = dialog.query_one("#dialog-error", Static)
        name, date = dialog.query_one("#save-name", LineInput), dialog.query_one("#save-date",
                                                                                 LineInput)
        date.value = "13/45/2026"
        date.focus()
        await pilot.press("enter")
        await until(pilot, lambda: "Give the evaluation a name" in str(error.render()), "name")
        assert dialog.focused is name
        await pilot.press(*"Clinic")
        await until(pilot, lambda: "Give the evaluation a name" not in str(error.render()),
                    "the name's message gone once it is given")
        await pilot.press("enter")
        await until(pilot, lambda: dialog.focused is date, "on to the date")
        assert "Write the date like" in str(error.render())  # the date's problem now
        date.value = "3/11/2026"
        await pilot.press("enter")
        await until(pilot, lambda: "has not come yet" in str(error.render()), "future refused")
        assert not chosen and app.screen is dialog
        date.value = "3/10/2026"
        await until(pilot, lambda: str(error.render()) == "", "the message cleared")
        await pilot.press("enter")
        await until(pilot, lambda: chosen, "saved")
        assert chosen == [SaveChoice("Clinic", "2026-03-10", False)]
