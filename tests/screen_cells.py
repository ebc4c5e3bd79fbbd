"""The screen as cells (character, foreground, background), read back from the app's own SVG
screenshot (`App.export_screenshot()`, public API): what the contrast and fit checks measure.

Rich writes each run of text as `<text class="…-rN" x=… y=…>` (its colour in the `.…-rN`
CSS rule) over `<rect fill=… x=… y=… width=…>` backgrounds, on a grid of 0.61 x 1.22 times
a 20-pixel font."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

CHAR_WIDTH = 20 * 0.61
LINE_HEIGHT = 20 * 1.22
DEFAULT_BACKGROUND = "#000000"

_RULE = re.compile(r"\.(terminal(?:-\d+)?-r\d+) \{ fill: (#[0-9a-fA-F]{6})")
_RECT = re.compile(r'<rect fill="(#[0-9a-fA-F]{6})" x="([\d.]+)" y="([\d.]+)" '
                   r'width="([\d.]+)" height="[\d.]+" shape-rendering="crispEdges"/>')
_TEXT = re.compile(r'<text class="(terminal(?:-\d+)?-r\d+)" x="([\d.]+)" y="([\d.]+)" '
                   r'textLength="[\d.]+" clip-path="[^"]*">(.*?)</text>')


@dataclass
class Cell:
    char: str = " "
    fg: str = ""
    bg: str = DEFAULT_BACKGROUND


def cells(svg: str, width: int, height: int) -> list[list[Cell]]:
    """The screen's grid of cells (a cell with no text keeps an empty foreground)."""
    grid = [[Cell() for _ in range(width)] for _ in range(height)]
    colours = dict(_RULE.findall(svg))
    for fill, x, y, w in _RECT.findall(svg):
        row = round((float(y) - 1.5) / LINE_HEIGHT)
        start = round(float(x) / CHAR_WIDTH)
        for col in range(start, start + round(float(w) / CHAR_WIDTH)):
            if 0 <= row < height and 0 <= col < width:
                grid[row][col].bg = fill.upper()
    for rule, x, y, text in _TEXT.findall(svg):
        row = round((float(y) - 20) / LINE_HEIGHT)
        col = round(float(x) / CHAR_WIDTH)
        for offset, char in enumerate(html.unescape(text).replace("\xa0", " ")):
            if 0 <= row < height and 0 <= col + offset < width:
                cell = grid[row][col + offset]
                cell.char, cell.fg = char, colours.get(rule, "#FFFFFF").upper()
    return grid


def lines(svg: str, width: int, height: int) -> list[str]:
    """The screen's text, line by line (trailing spaces kept off)."""
    return ["".join(c.char for c in row).rstrip() for row in cells(svg, width, height)]


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (#RRGGBB)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


#: Box drawing, blocks and the scrollbar's parts: "non-text" (3:1); everything else is text.
def is_graphic(char: str) -> bool:
    return 0x2500 <= ord(char) <= 0x259F or char in "▔▁▕▏"
