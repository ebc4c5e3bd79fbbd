"""A keyboard-only reader moves through the underlined terms of a step's text with } and {:
each press picks the next (or previous) term, brings it into view, and opens it in the
glossary panel (shown at 80 columns, where it is folded away by default)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from iepwizard.core.store import Store
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.glossary_panel import GlossaryPanel
from iepwizard.widgets.step_view import StepView

from .screen_cells import lines
from .screen_tour import SCREENS, seed

MakeApp = Callable[..., Any]


async def test_next_and_previous_term_open_it_and_bring_it_into_view(make_app: MakeApp,
                                                                     store: Store) -> None:
    seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["wizard"](pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        wizard.go_to("iep-or-504")
        await pilot.pause()
        view, panel = wizard.query_one(StepView), wizard.query_one(GlossaryPanel)
        body = view.body
        assert len(body.term_ids) >= 8
        assert not panel.display  # folded away at 80 columns
        seen_scrolls: set[int] = set()
        for term_id in body.term_ids:
            await pilot.press("right_curly_bracket")
            await pilot.pause()
            assert body.selected_term == term_id
            assert panel.display and panel.opened == {term_id}  # the one before folded up
            assert panel.highlighted == panel.get_option_index(term_id)
            # the picked term is drawn inside the visible part of the text
            line = body.term_line(term_id)
            assert line is not None
            top = body.virtual_region.y + line
            assert view.scroll_y <= top < view.scroll_y + view.scrollable_content_region.height
            seen_scrolls.add(round(view.scroll_y))
        assert len(seen_scrolls) > 2, "the text never scrolled to a term below the first view"
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert body.selected_term == body.term_ids[-2]
        assert panel.opened == {body.term_ids[-2]}
        await pilot.press("tab")  # tab still moves between the panes
        await pilot.pause()
        assert wizard.focused is not None
        width, height = app.size
        assert any("Glossary" in row for row in lines(app.export_screenshot(), width, height))
