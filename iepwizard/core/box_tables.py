"""Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤), as word processors and some
scoring programs copy them, read as the pipe tables they are.

Each line-drawing character becomes the ASCII one of the same place ("│" and every corner
or joint "|", "─" "-"), one character for one, so every position stays where it was. The
table readers then see "| Coding | 5 | 5 |" rows under "|------|" rules.
"""

from __future__ import annotations

#: Vertical lines, corners and joints (light, heavy and double), and horizontal lines.
_BARS = "│┃║├┤┼┬┴┌┐└┘┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╞╡╪╟╢╫╒╕╘╛╓╖╙╜╤╥╧╨"
_LINES = "─━═"
_AS_ASCII = [(c, "|") for c in _BARS] + [(c, "-") for c in _LINES]


def as_pipes(text: str) -> str:
    """`text` with its box-drawing characters as "|" and "-" (the same length); the same
    object where it holds no vertical line (most texts). (Each character present is
    replaced in turn: `str.translate` with a table looks every character up, 44 ms at
    340 KB; a replacement per character present, about 1 ms.)"""
    if "│" not in text and "┃" not in text and "║" not in text:
        return text
    for box, ascii_ in _AS_ASCII:
        if box in text:
            text = text.replace(box, ascii_)
    return text
