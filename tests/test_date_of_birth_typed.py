"""A date of birth typed in the profile or a letter that is no date: not kept (the key dates
count from it), left in the box to fix, and the screen says why, as every date field does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Input, Static

from iepwizard.app import IEPWizardApp
from iepwizard.core import letter_fill as fill
from iepwizard.core import letter_store
from iepwizard.core.content import Content
from iepwizard.core.letters import LetterError, check
from iepwizard.core.store import Store
from iepwizard.screens.letters import LettersScreen
from iepwizard.screens.profile import ProfileScreen

from .helpers import Notifications, letters_form, settled, until

SIZE = (120, 40)
MakeApp = Callable[..., IEPWizardApp]


def test_a_letter_keeps_no_date_of_birth_that_is_no_date(store: Store,
                                                          content: Content) -> None:
    template = content.letters["evaluation-request"]
    child = store.add_child("Zoë", date_of_birth="2010-02-03").id
    changes = fill.split(template, {"child_date_of_birth": "Feb 30 2010"})
    assert changes.child == {} and changes.unread == {"child_date_of_birth": "Feb 30 2010"}
    letter_store.keep_typed(store, child, template, {"child_date_of_birth": "Feb 30 2010"})
    record = store.child(child)
    assert record is not None and record.date_of_birth == "2010-02-03"
    with pytest.raises(LetterError) as raised:
        check(template, {"child_date_of_birth": "Feb 30 2010"})
    assert ("child_date_of_birth: Your child's date of birth (e.g. March 14, 2017): "
            "'Feb 30 2010' is not a date. February 2010 has 28 days.") in raised.value.lines()


async def _profile(pilot: object, app: IEPWizardApp) -> ProfileScreen:
    await settled(pilot)  # type: ignore[arg-type]
    await pilot.press("e")  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, ProfileScreen),  # type: ignore[arg-type]
                "the profile")
    assert isinstance(app.screen, ProfileScreen)
    return app.screen


async def test_the_profile_keeps_no_date_of_birth_that_is_no_date(make_app: MakeApp,
                                                                  store: Store) -> None:
    child = store.add_child("Zoë", date_of_birth="2010-02-03").id
    app = make_app(child="Zoë")
    async with app.run_test(size=SIZE) as pilot:
        profile = await _profile(pilot, app)
        box = profile.query_one("#child-date_of_birth", Input)
        box.focus()
        box.value = ""
        await pilot.press(*"Feb 30 2010", "tab")
        await pilot.pause()
        record = store.child(child)
        assert record is not None and record.date_of_birth == "2010-02-03"  # not kept
        assert box.value == "Feb 30 2010"  # left in the box to fix
        error = profile.query_one("#child-date-error", Static)
        await until(pilot, lambda: error.display, "the date's problem shown")
        assert str(error.render()) == "Not saved. February 2010 has 28 days."
        box.focus()
        box.value = ""
        await pilot.press(*"Łódź", "tab")
        await until(pilot, lambda: "Write the date like 2026-09-03, 9/3/2026 or September 3, "
                    "2026." in str(error.render()), "how to write a date")
        box.focus()
        box.value = ""
        await pilot.press(*"2/28/2010", "tab")
        await until(pilot, lambda: not error.display, "the problem gone")
        assert box.value == "February 28, 2010"
        record = store.child(child)
        assert record is not None and record.date_of_birth == "2010-02-28"


async def test_the_letters_form_keeps_no_date_of_birth_that_is_no_date(make_app: MakeApp,
                                                                       store: Store) -> None:
    child = store.add_child("Zoë", date_of_birth="2010-02-03").id
    app = make_app(child="Zoë")
    async with app.run_test(size=SIZE) as pilot:
        screen = await letters_form(pilot)
        box = screen.query_one("#field--child_date_of_birth", Input)
        box.focus()
        box.value = ""
        await pilot.press(*"Feb 30 2010", "tab")
        status = screen.query_one("#letter-status", Static)
        await until(pilot, lambda: "'Feb 30 2010' is not a date. February 2010 has 28 days"
                    in str(status.render()), "the date's problem in the to-do line")
        said = str(status.render())
        assert said.startswith("Still to fill in or fix before copying: ") and ".;" not in said
        record = store.child(child)
        assert record is not None and record.date_of_birth == "2010-02-03"
        assert box.value == "Feb 30 2010"
        assert "date of birth Feb 30 2010" in str(
            screen.query_one("#letter-preview", Static).render())


async def test_leaving_the_profile_from_a_date_of_birth_that_is_no_date_says_so(
        make_app: MakeApp, store: Store) -> None:
    """Esc straight from the box (no Tab): nothing kept, and the parent is told; a box
    emptied and left clears the date of birth."""
    child = store.add_child("Zoë", date_of_birth="2010-02-03").id
    notes = Notifications()
    app = make_app(child="Zoë")
    async with app.run_test(size=SIZE, message_hook=notes.hook) as pilot:
        profile = await _profile(pilot, app)
        box = profile.query_one("#child-date_of_birth", Input)
        box.focus()
        box.value = ""
        await pilot.press(*"31/12/2010", "escape")
        await until(pilot, lambda: notes.titled("Profile"), "the date's problem said")
        assert notes.titled("Profile")[0].message == (
            "The date of birth '31/12/2010' was not saved. Write the date like 2026-09-03, "
            "9/3/2026 or September 3, 2026.")
        record = store.child(child)
        assert record is not None and record.date_of_birth == "2010-02-03"
        profile = await _profile(pilot, app)
        box = profile.query_one("#child-date_of_birth", Input)
        assert box.value == "February 3, 2010"
        box.focus()
        box.value = ""
        await pilot.press("tab")
        await until(pilot, lambda: (store.child(child) or record).date_of_birth == "",
                    "the date of birth cleared")


async def test_a_date_of_birth_typed_in_a_letter_that_is_no_date_survives_leaving(
        make_app: MakeApp, store: Store) -> None:
    """Not kept in the profile, and not lost either: back in the letters (after the guide, or
    another start), the form still shows what was typed, to fix; a date written there then
    goes to the profile and the typed text is done with."""
    child = store.add_child("Zoë", date_of_birth="2010-02-03").id
    app = make_app(child="Zoë")
    async with app.run_test(size=SIZE) as pilot:
        screen = await letters_form(pilot)
        box = screen.query_one("#field--child_date_of_birth", Input)
        box.focus()
        box.value = ""
        await pilot.press(*"Feb 30 2010", "tab", "escape")
        await until(pilot, lambda: not isinstance(app.screen, LettersScreen), "the guide")
    template = "evaluation-request"
    assert store.letter_draft(child, template)[fill.UNREAD + "child_date_of_birth"] == \
        "Feb 30 2010"
    app = make_app(child="Zoë")
    async with app.run_test(size=SIZE) as pilot:
        screen = await letters_form(pilot)
        box = screen.query_one("#field--child_date_of_birth", Input)
        assert box.value == "Feb 30 2010"
        status = screen.query_one("#letter-status", Static)
        await until(pilot, lambda: "'Feb 30 2010' is not a date" in str(status.render()),
                    "the problem said again")
        box.focus()
        box.value = ""
        await pilot.press(*"2/28/2010", "tab")
        await until(pilot, lambda: getattr(store.child(child), "date_of_birth", "") ==
                    "2010-02-28", "the date kept")
    assert fill.UNREAD + "child_date_of_birth" not in store.letter_draft(child, template)


def test_a_date_of_birth_written_since_is_the_one_every_letter_shows(store: Store,
                                                                     content: Content) -> None:
    """What was typed in one letter that is no date stays there only until a date is written
    (in the profile, or in another letter): then every letter shows that date."""
    child = store.add_child("Zoë", date_of_birth="2010-02-03").id
    first, second = content.letters["evaluation-request"], content.letters["records-request"]

    def shown(template_id: str) -> str:
        template = content.letters[template_id]
        sources = letter_store.sources(store, child, template_id)
        return fill.values(template, sources).get("child_date_of_birth", "")

    letter_store.keep_typed(store, child, first, {"child_date_of_birth": "Feb 30 2010"})
    assert shown("evaluation-request") == "Feb 30 2010"
    assert shown("records-request") == "February 3, 2010"
    letter_store.keep_typed(store, child, second, {"child_date_of_birth": "3/14/2017"})
    assert shown("records-request") == shown("evaluation-request") == "March 14, 2017"
    letter_store.keep_typed(store, child, first, {"child_date_of_birth": "31/12/2017"})
    assert shown("evaluation-request") == "31/12/2017"
    store.update_child(child, date_of_birth="2017-03-15")  # (the profile)
    assert shown("evaluation-request") == "March 15, 2017"
