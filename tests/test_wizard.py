"""The wizard driven by Pilot against a real store: moving, ticking, resuming, switching."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.filter import Monochrome
from textual.widgets import Input, OptionList

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.store import Store
from iepwizard.screens.help import HelpScreen
from iepwizard.screens.profile import ProfileScreen
from iepwizard.screens.welcome import WelcomeScreen
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.checklist import Checklist
from iepwizard.widgets.step_list import StepList

from .helpers import Notifications, palette_found, settled, until

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]


def wizard(app: IEPWizardApp) -> WizardScreen:
    assert isinstance(app.screen, WizardScreen), app.screen
    return app.screen


async def test_first_run_form_creates_parent_and_child(make_app: MakeApp, store: Store) -> None:
    app = make_app(child=None)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press(*"Maria", "enter", *"Sam", "enter")
        await pilot.pause()
        assert wizard(app).step.id == "iep-or-504"
    assert store.parent().name == "Maria"
    assert [c.nickname for c in store.children()] == ["Sam"]


async def test_first_run_can_be_skipped(make_app: MakeApp, store: Store) -> None:
    app = make_app(child=None)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("escape")
        await pilot.pause()
        wizard(app)
    assert [c.nickname for c in store.children()] == ["My child"]


async def test_child_flag_skips_the_welcome(make_app: MakeApp, store: Store) -> None:
    app = make_app(child="Robin")
    async with app.run_test(size=SIZE):
        wizard(app)
    assert store.find_child("Robin") is not None


async def test_next_back_and_jump(make_app: MakeApp, store: Store, content: Content) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("n", "n")
        await pilot.pause()
        assert wizard(app).step.id == content.steps[2].id
        await pilot.press("p")
        await pilot.pause()
        assert wizard(app).step.id == content.steps[1].id
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert wizard(app).step.id == content.steps[2].id
        step_list = app.screen.query_one(StepList)
        step_list.focus()
        step_list.highlighted = 6
        await pilot.press("enter")
        await pilot.pause()
        assert wizard(app).step.id == "before-the-meeting"
        title = str(app.screen.query_one("#step-title").render())
        assert "Step 7. Before the meeting" in title
        for _ in range(12):
            await pilot.press("n")
        await pilot.pause()
        assert wizard(app).step.id == content.steps[-1].id
    child = store.find_child("Sam")
    assert child is not None
    assert store.progress(child.id).current_step == content.steps[-1].id


async def test_ticks_reach_the_store_and_suggest_done(make_app: MakeApp, store: Store,
                                                      content: Content) -> None:
    app = make_app()
    notes = Notifications()
    async with app.run_test(size=SIZE, message_hook=notes.hook) as pilot:
        await settled(pilot)
        checklist = app.screen.query_one(Checklist)
        checklist.focus()
        await pilot.press("space")
        await pilot.pause()
        child = store.find_child("Sam")
        assert child is not None
        first = content.steps[0]
        assert store.progress(child.id).checked == (f"{first.id}/{first.checklist[0].id}",)
        assert "1 of 71 checklist items" in str(app.screen.sub_title)
        for _ in range(len(first.checklist) - 1):
            await pilot.press("down", "space")
        await pilot.pause()
        hint = "all ticked: x marks the step done"
        assert str(checklist.border_subtitle) == hint
        await pilot.press("x")
        await pilot.pause()
        assert store.progress(child.id).steps[first.id] == "done"
        assert str(checklist.border_subtitle) == ""  # (marked: said no more)
        await pilot.press("x")  # back in progress, every item still ticked
        await pilot.pause()
        assert str(checklist.border_subtitle) == hint
        await pilot.press("n")  # the next step's checklist says nothing of the last one's
        await pilot.pause()
        assert wizard(app).step.id == content.steps[1].id
        assert str(app.screen.query_one(Checklist).border_subtitle) == ""
        assert not any("mark the step done" in n.message for n in notes.seen)
        await pilot.press("p", "x")
        await pilot.pause()
        assert store.progress(child.id).steps[first.id] == "done"
        assert str(app.screen.sub_title).startswith("1 of 12 steps done")
        await pilot.press("space")  # untick one
        await pilot.pause()
        assert len(store.progress(child.id).checked) == len(first.checklist) - 1


async def test_mouse_ticks_an_item(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        checklist = app.screen.query_one(Checklist)
        app.screen.query_one("#step").scroll_to_widget(checklist, animate=False)
        await pilot.pause()
        await pilot.click(Checklist, offset=(4, 1))
        await pilot.pause()
        child = store.find_child("Sam")
        assert child is not None
        assert len(store.progress(child.id).checked) == 1


async def test_not_applicable_step(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        wizard(app).go_to("if-the-school-says-no")
        await pilot.pause()
        await pilot.press("minus")
        await pilot.pause()
        label = str(app.screen.query_one(StepList).get_option_at_index(4).prompt)
        assert label.startswith("– 5.")
    child = store.find_child("Sam")
    assert child is not None
    assert store.progress(child.id).steps["if-the-school-says-no"] == "not_applicable"


async def test_resume_after_restart(data_dir: Path, content: Content) -> None:
    store = Store.open(data_dir)
    app = IEPWizardApp(store, content, "Sam")
    async with app.run_test(size=(120, 10)) as pilot:
        await settled(pilot)
        await pilot.press("n", "n")
        await pilot.pause()
        app.screen.query_one(Checklist).focus()
        await pilot.press("space")
        step_list = app.screen.query_one(StepList)
        step_list.scroll_to(y=2, animate=False)
        await pilot.pause()
        scrolled = step_list.scroll_y
        assert scrolled > 0
    store.close()

    store = Store.open(data_dir)
    app = IEPWizardApp(store, content)  # no --child: the last child opens
    async with app.run_test(size=(120, 10)) as pilot:
        await settled(pilot)
        await pilot.pause()
        screen = wizard(app)
        assert screen.step.id == content.steps[2].id
        assert screen.query_one(Checklist).checked == {
            f"{content.steps[2].id}/{content.steps[2].checklist[0].id}"}
        assert screen.query_one(StepList).scroll_y == scrolled
    store.close()


async def test_switching_child_switches_everything(make_app: MakeApp, store: Store,
                                                   content: Content) -> None:
    other = store.add_child("Alex")
    store.set_current_step(other.id, "the-team")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert wizard(app).step.id == content.steps[0].id
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        options = app.screen.query_one("#children", OptionList)
        options.highlighted = options.get_option_index(other.id)
        await pilot.pause()
        await pilot.click("#open")
        await pilot.pause()
        screen = wizard(app)
        assert screen.child_id == other.id
        assert screen.step.id == "the-team"
        assert "Alex" in str(screen.title)
        await settled(pilot)
        checklist = screen.query_one(Checklist)
        assert all(str(checklist.get_option_at_index(i).id).startswith("the-team/")
                   for i in range(checklist.option_count))
        assert len(app.screen_stack) == 1
    assert store.settings().last_child == other.id


async def test_profile_edits_and_delete_with_confirmation(make_app: MakeApp,
                                                          store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "the profile")
        await pilot.press(*"Maria", "tab", *"maria@example.com")  # name, then email
        profile = app.screen
        profile.query_one("#child-full_name", Input).focus()
        await pilot.press(*"Samuel Núñez", "tab", *"3/14/2017", "tab")
        await until(pilot, lambda: profile.query_one("#child-date_of_birth", Input).value
                    == "March 14, 2017", "the date kept in the long form")
        await pilot.click("#add")
        await until(pilot, lambda: app.screen.query("#answer"), "asked for a name")
        await pilot.press(*"Maya", "enter")
        await until(pilot, lambda: len(store.children()) == 2, "Maya added")
        await pilot.click("#delete")
        await until(pilot, lambda: app.screen.query("#yes"), "asked first")
        question = str(app.screen.query_one("Static").render())
        assert "Delete Maya and everything kept about them" in question
        await pilot.click("#yes")
        await until(pilot, lambda: len(store.children()) == 1, "Maya deleted")
    assert store.parent().name == "Maria" and store.parent().email == "maria@example.com"
    [sam] = store.children()
    assert sam.full_name == "Samuel Núñez" and sam.date_of_birth == "2017-03-14"


async def test_help_screen(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        wizard(app)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


def test_help_explains_the_keys_of_every_list_screen() -> None:
    """Letters, questions, journal, contact log and search take their keys from the registry,
    and Help has a section for each, every key in it."""
    from iepwizard import keys
    from iepwizard.screens.contacts import ContactsScreen
    from iepwizard.screens.help import help_markdown
    from iepwizard.screens.journal import JournalScreen
    from iepwizard.screens.letters import LettersScreen
    from iepwizard.screens.questions import QuestionsScreen
    from iepwizard.screens.search import SearchScreen

    text = help_markdown()
    for title, screen, group in (("Letters", LettersScreen, keys.LETTERS),
                                 ("Questions for the meeting", QuestionsScreen, keys.QUESTIONS),
                                 ("Home journal", JournalScreen, keys.JOURNAL),
                                 ("Contact log", ContactsScreen, keys.CONTACTS),
                                 ("Search", SearchScreen, keys.SEARCH)):
        assert keys.bindings(group) == screen.BINDINGS, title
        section = text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]
        for key in group:
            assert f"| `{key.shown_keys}` | {key.help} |" in section, key


async def test_command_palette_jumps_to_a_step(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Step 8")
        await palette_found(pilot, "Step 8")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen)
                    and app.screen.step.id == "during-the-meeting", "step 8 shown")
        assert wizard(app).step.id == "during-the-meeting"


async def test_contrast_theme_is_remembered(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert app.theme == "iepwizard-high-contrast"
    assert store.settings().theme == "iepwizard-high-contrast"
    again = make_app()
    async with again.run_test(size=SIZE):
        assert again.theme == "iepwizard-high-contrast"


async def test_small_terminal_keeps_everything_reachable(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.pause()
        screen = wizard(app)
        assert screen.has_class("-narrow")
        assert not screen.query_one("#steps").display
        step_view = screen.query_one("#step")
        assert step_view.region.width >= 76
        checklist = screen.query_one(Checklist)
        await pilot.press("space")
        await until(pilot, lambda: checklist.region.y < 24, "the checklist scrolled into view")
        assert checklist.has_focus
        assert step_view.region.contains_region(checklist.region.intersection(step_view.region))
        assert checklist.region.height > 0 and checklist.region.y < 24
        await pilot.press("s")
        await pilot.pause()
        assert screen.query_one("#steps").display
        await pilot.press("g")
        await pilot.pause()
        assert screen.query_one("#glossary").display


async def test_no_color_is_respected(store: Store, content: Content,
                                     monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("NO_COLOR", "1")
    app = IEPWizardApp(store, content, "Sam")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.no_color
        assert any(isinstance(f, Monochrome) for f in app.get_line_filters())


async def test_command_palette_opens_a_letter(make_app: MakeApp) -> None:
    from iepwizard.screens.letters import LettersScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Letter: Request for Prior Written")
        await palette_found(pilot, "Letter: Request for Prior Written")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LettersScreen), "the letter")
        assert isinstance(app.screen, LettersScreen)
        assert app.screen.letter_id == "pwn-request"


async def test_a_damaged_file_is_reported_in_the_app(data_dir: Path, content: Content) -> None:
    with Store.open(data_dir) as store:
        store.add_child("Sam")
    (data_dir / "iepwizard.json").write_text("{ not json")
    store = Store.open(data_dir)
    app = IEPWizardApp(store, content)
    notes = Notifications()
    try:
        async with app.run_test(size=SIZE, message_hook=notes.hook) as pilot:
            await settled(pilot)
            assert wizard(app).child_id == store.children()[0].id
            [note] = notes.titled("Your data was recovered")
            assert "restored its last backup" in note.message
    finally:
        store.close()


async def test_a_postal_address_is_typed_line_by_line(make_app: MakeApp, store: Store) -> None:
    """Enter between the lines of the address puts a comma (it went on to the list of
    children, and the next line, the city, was lost)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "the profile")
        address = app.screen.query_one("#parent-address", Input)
        address.focus()
        await pilot.press(*"12 Elm St", "enter", *"Springfield, IL 62701", "tab")
        await until(pilot, lambda: store.parent().address == "12 Elm St, Springfield, IL 62701",
                    "the whole address saved")
