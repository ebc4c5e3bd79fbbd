"""What a new-user walk of the review screen found: an IEP pasted into the one-line path box
(Tab moves the focus there) was flattened and taken for a file's name, with a message about
"standard input" cut at 100x30; the per-goal progress findings were REQUIRED; "measured only
by observation teacher observation"; and the footer lacked the `a` the status line offers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.events import Paste
from textual.widgets import Static

from iepwizard.app import IEPWizardApp
from iepwizard.core.store import Store
from iepwizard.screens.review import ReviewScreen
from iepwizard.widgets.burst import LineInput, SaveArea
from iepwizard.widgets.footer import Footer
from iepwizard.widgets.review_view import ReviewView

from .helpers import until
from .test_review_screen import open_review

MakeApp = Callable[..., IEPWizardApp]
DRAFT = """DRAFT Individualized Education Program
Student: Sam Lee    Grade: 3

PRESENT LEVELS
Sam reads 40 words correct per minute; the grade-level benchmark is 90.

ANNUAL GOALS
Goal 1
By June 1, 2027, Sam will read 90 words correct per minute on 3 of 4 probes, as measured by
curriculum-based probes.
Goal 2
By June 1, 2027, Sam will answer 4 of 5 questions about a story, as measured by teacher
observation.

SERVICES
Reading instruction: 30 minutes, 5 times a week, resource room, teacher, from 9/8/2026.

ACCOMMODATIONS
- Extended time (1.5x) on tests

PLACEMENT
Sam is in general education classes 80% of the day.
"""


def status(screen: ReviewScreen) -> str:
    return str(screen.query_one("#review-status", Static).render())


async def path_box(pilot: Any, screen: ReviewScreen) -> LineInput:
    box = screen.query_one("#review-path", LineInput)
    await pilot.press("tab")  # from the paste box, where the screen starts, Tab goes up
    if not box.has_focus:
        box.focus()
    await until(pilot, lambda: box.has_focus, "the path box")
    return box


def test_a_paste_with_lines_or_a_run_of_words_is_text_not_a_path() -> None:
    from iepwizard.core.iep.source import looks_like_text  # (here: the screen tests run alone)

    assert looks_like_text(DRAFT)
    assert looks_like_text(" ".join(DRAFT.split()))  # flattened by a terminal
    for path in ("~/Documents/Sam IEP draft 2026.pdf", "/tmp/iep.txt\n", "'/tmp/my iep.pdf'",
                 "C:\\Users\\Ana\\Downloads\\IEP.txt", "iep"):
        assert not looks_like_text(path), path


async def test_an_iep_pasted_into_the_path_box_goes_into_the_text_box(
        make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot, app)
        box = await path_box(pilot, screen)
        app.post_message(Paste(DRAFT))
        area = screen.query_one(SaveArea)
        await until(pilot, lambda: area.text == DRAFT, "the paste in the text box")
        assert box.value == "" and area.has_focus
        assert "it is in the box below now" in status(screen)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: screen.outcome is not None, "the review")
        # A one-line run of words typed or pasted flat, then Enter: the same.
        await pilot.press("n")
        box = await path_box(pilot, screen)
        flat = " ".join(DRAFT.split())
        box.value = flat
        await pilot.press("enter")
        await until(pilot, lambda: area.text.endswith(flat), "the flat text in the box")
        assert box.value == "" and "not a file's path" in status(screen)


async def test_a_missing_file_is_said_in_the_apps_words_and_whole(make_app: MakeApp,
                                                                  store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot, app)
        box = await path_box(pilot, screen)
        app.post_message(Paste("/home/ana/Documents/Sam IEP draft.pdf"))
        await until(pilot, lambda: box.value == "/home/ana/Documents/Sam IEP draft.pdf",
                    "a path stays in the path box")
        await pilot.press("enter")
        await until(pilot, lambda: "Not reviewed" in status(screen), "the message")
        said = status(screen)
        assert said == ("Not reviewed: cannot read /home/ana/Documents/Sam IEP draft.pdf: there "
                        "is no such file; type the path of an IEP saved as a .txt or .pdf file, "
                        "or paste its text in the box.")
        assert "standard input" not in said and "all saved" not in said
        widget = screen.query_one("#review-status", Static)
        lines = widget.render_lines(widget.region.reset_offset)  # drawn: nothing cut off
        assert "paste its text in the box." in "".join(s.text for line in lines for s in line)


async def test_progress_per_goal_is_advice_and_observation_is_said_once(
        make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_review(pilot, app)
        screen.query_one(SaveArea).focus()
        app.post_message(Paste(DRAFT))
        await until(pilot, lambda: screen.query_one(SaveArea).text == DRAFT, "the paste")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: screen.outcome is not None, "the review")
        assert "(1 about what federal law requires)" in status(screen)
        shown = str(screen.query_one(ReviewView).render())
        assert "REQUIRED (34 CFR 300.320(a)(3)(ii))  no statement of when progress is " \
            "reported" in shown
        assert "REQUIRED (34 CFR 300.320(a)(3)(ii))  this goal" not in shown
        assert ("GOOD PRACTICE for each goal (the IEP as a whole must say it, once or goal by "
                "goal: 34 CFR 300.320(a)(3)(ii))  this goal does not say how often its "
                "progress is measured or reported") in shown
        assert 'measured only by observation: "teacher observation"' in shown
        assert "observation teacher observation" not in shown


async def test_the_footer_shows_the_a_the_status_line_offers(make_app: MakeApp,
                                                            store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot, app)
        screen.query_one(SaveArea).focus()
        app.post_message(Paste(DRAFT))
        await until(pilot, lambda: screen.query_one(SaveArea).text == DRAFT, "the paste")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: screen.outcome is not None, "the review")
        assert "a adds the questions" in status(screen)
        await pilot.pause()
        drawn = "".join(s.text for s in screen.query_one(Footer).render_line(0))
        assert "a Questions" in drawn and "s Save" in drawn, drawn
        assert "f1 Help" in drawn, drawn
        assert "Quit" in drawn, drawn  # still fits at 80 columns


def test_a_weak_method_is_quoted_not_run_on_into_the_problem() -> None:
    from iepwizard.core.iep.outcome import review_outcome
    from iepwizard.core.iep.source import from_paste
    from iepwizard.widgets.review_view import render

    outcome = review_outcome(from_paste(DRAFT), None, "Sam", None)
    drawn = "\n".join(line.body.plain for line in render(outcome).lines)
    assert 'measured only by observation: "teacher observation"' in drawn
    assert "observation teacher observation" not in drawn
    [weak] = [f for f in outcome.review.findings if f.code == "weak-method"]
    assert weak.line().startswith('Goal 2: measured only by observation ("teacher observation")')
