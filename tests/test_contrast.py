"""High contrast (t) meets WCAG AA on every cell of every screen: 4.5:1 between a character
and its background, 3:1 for box drawing, blocks and other non-text parts.

Each screen is opened as a parent opens it (`screen_tour.py`), with the messages shown, and
read back from the app's own screenshot as cells. A glyph drawn in its background's own colour
draws nothing and is skipped, unless it is a letter or a digit (invisible text fails)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from iepwizard.core.store import Store
from iepwizard.themes import DEFAULT_THEME, HIGH_CONTRAST

from .screen_cells import cells, contrast, is_graphic
from .screen_tour import SCREENS, TODAY, seed, wizard

MakeApp = Callable[..., Any]
TEXT, GRAPHIC = 4.5, 3.0


def failures(svg: str, width: int, height: int) -> list[str]:
    """Every cell under its threshold, as "row,col 'c' fg on bg = ratio"."""
    found = []
    for row, line in enumerate(cells(svg, width, height)):
        for col, cell in enumerate(line):
            if cell.char == " " or not cell.fg:
                continue
            if cell.fg == cell.bg and not cell.char.isalnum():
                continue
            need = GRAPHIC if is_graphic(cell.char) else TEXT
            ratio = contrast(cell.fg, cell.bg)
            if ratio < need:
                found.append(f"{row},{col} {cell.char!r} {cell.fg} on {cell.bg} = "
                             f"{ratio:.2f} < {need}")
    return found


async def screenshot(make_app: MakeApp, store: Store, name: str, size: tuple[int, int],
                     theme: str = HIGH_CONTRAST.name) -> str:
    if name != "welcome":  # the first run: no child yet
        seed(store)
    store.set_setting("theme", theme)
    app = make_app(child=None if name == "welcome" else "Sam")
    app.today = lambda: TODAY
    async with app.run_test(size=size, notifications=True) as pilot:
        await SCREENS.get(name, wizard)(pilot)
        assert app.theme == theme
        return str(app.export_screenshot())


@pytest.mark.parametrize("name", ["welcome", *SCREENS])
async def test_high_contrast_80x24(name: str, make_app: MakeApp, store: Store) -> None:
    svg = await screenshot(make_app, store, name, (80, 24))
    bad = failures(svg, 80, 24)
    assert not bad, f"{len(bad)} cells under WCAG AA on {name}:\n" + "\n".join(bad[:20])


@pytest.mark.parametrize("size", [(120, 36), (200, 50)])
@pytest.mark.parametrize("name", ["wizard_panels", "letters", "dates", "decoder"])
async def test_high_contrast_wide(name: str, size: tuple[int, int], make_app: MakeApp,
                                  store: Store) -> None:
    svg = await screenshot(make_app, store, name, size)
    bad = failures(svg, *size)
    assert not bad, f"{len(bad)} cells under WCAG AA on {name}:\n" + "\n".join(bad[:20])


async def test_the_check_finds_low_contrast(make_app: MakeApp, store: Store) -> None:
    """The default theme's half-tone borders and dim text fail it: the check can fail."""
    svg = await screenshot(make_app, store, "wizard_panels", (80, 24), theme=DEFAULT_THEME)
    assert len(failures(svg, 80, 24)) > 10


def test_contrast_ratios_as_wcag_defines_them() -> None:
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast("#000000", "#000000") == pytest.approx(1.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the AA grey
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # just under
    assert is_graphic("│") and is_graphic("▁") and is_graphic("━") and not is_graphic("x")
