"""The glossary in the app: the side panel follows the steps; the glossary screen (the
decoder's screen is tested in test_decoder_screen.py)."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input, OptionList, Static

from iepwizard.app import IEPWizardApp
from iepwizard.screens.glossary import GlossaryScreen
from iepwizard.widgets.glossary_panel import GlossaryPanel
from iepwizard.widgets.step_body import StepBody

from .helpers import settled, until

SIZE = (120, 36)
MakeApp = Callable[..., IEPWizardApp]


async def test_side_panel_follows_the_step(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        panel = app.screen.query_one(GlossaryPanel)
        assert [t.id for t in panel.terms][:3] == ["iep", "504-plan", "idea"]
        assert panel.option_count == len(panel.terms)
        await pilot.press("n")
        await settled(pilot)
        assert panel.terms[0].id == "evaluation"
        assert panel.get_option_at_index(0).id == "evaluation"


async def test_terms_in_the_text_are_marked_and_open_in_the_panel(make_app: MakeApp) -> None:
    """Click an underlined term; then move through the terms from the keyboard."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        body = app.screen.query_one("#step-body", StepBody)
        region = body.content_region
        where = next((x, y) for y in range(region.y, region.bottom)
                     for x in range(region.x, region.right)
                     if app.screen.get_style_at(x, y).meta.get("@click") == "term('fape')")
        await pilot.click(offset=where)
        panel = app.screen.query_one(GlossaryPanel)
        await until(pilot, lambda: "fape" in panel.opened, "FAPE opened in the panel")
        first = body.term_ids[0]
        await pilot.press("right_curly_bracket")
        await until(pilot, lambda: body.selected_term == first and first in panel.opened,
                    "the first term picked from the keyboard")
        await pilot.press("right_curly_bracket", "left_curly_bracket")
        await until(pilot, lambda: body.selected_term == first, "back to the first")


async def test_enter_opens_a_term_in_the_panel(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        panel = app.screen.query_one(GlossaryPanel)
        while not panel.has_focus:  # reached with Tab, as a parent does: the first term is
            await pilot.press("tab")  # highlighted, so enter opens it
        await pilot.press("enter")
        await pilot.pause()
        assert panel.opened == {"iep"}
        await pilot.press("enter")
        await pilot.pause()
        assert panel.opened == set()


async def test_glossary_screen_search_as_you_type(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("slash")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GlossaryScreen)
        await pilot.press(*"IEE")
        await pilot.pause()
        listing = screen.query_one("#glossary-list", OptionList)
        assert listing.get_option_at_index(0).id == "iee"
        definition = str(screen.query_one("#term-definition", Static).render())
        assert "independent educational evaluation" in definition
        screen.query_one("#glossary-search", Input).value = "dyslxia"
        await pilot.pause()
        assert listing.get_option_at_index(0).id == "dyslexia"
        related = screen.query_one("#related", OptionList)
        related.focus()
        related.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        # the whole glossary again, the related term highlighted and explained
        assert listing.option_count == len(app.content.terms)
        assert listing.highlighted is not None
        assert listing.get_option_at_index(listing.highlighted).id == "sld"
        assert screen.query_one("#glossary-search", Input).value == ""


async def test_palette_opens_a_term_not_on_this_step(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await app.run_action("show_term('stay-put')")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        listing = app.screen.query_one("#glossary-list", OptionList)
        # highlighted in the whole list, not listed alone under an empty search box
        assert listing.option_count == len(app.content.terms)
        assert listing.highlighted is not None
        assert listing.get_option_at_index(listing.highlighted).id == "stay-put"
        definition = str(app.screen.query_one("#term-definition", Static).render())
        assert definition.startswith(app.content.terms["stay-put"].term)


async def test_a_paste_of_several_lines_is_searched_as_one_line(make_app: MakeApp) -> None:
    """Only the paste's first line was kept ("IEE" of "IEE\\nevaluation")."""
    from textual.events import Paste

    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        await pilot.press("slash")
        await until(pilot, lambda: app.screen.query("#glossary-search"), "the glossary")
        search = app.screen.query_one("#glossary-search", Input)
        await until(pilot, lambda: search.has_focus, "the search box")
        app.post_message(Paste("independent\neducational evaluation"))
        await until(pilot, lambda: search.value == "independent educational evaluation",
                    "both lines, joined")
