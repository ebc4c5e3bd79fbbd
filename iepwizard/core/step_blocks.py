"""A step's Markdown as the blocks the step viewer draws: headings, paragraphs and (nested)
list items, each a run of styled text.

Worked out when the guide is parsed and kept in the guide's cache (`Content.blocks`), so the
first screen neither imports nor runs the Markdown parser. A citation marker `[^N]` becomes a
plain `[N]`. Each block's `text` is exactly the run `markdown.inline_text` gives, so the term
positions worked out for it (`step_text.term_spans`) hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from markdown_it.token import Token

#: Run styles, combined as bits.
STRONG, EM, STRIKE, CODE = 1, 2, 4, 8


class Run(NamedTuple):
    text: str
    flags: int = 0
    link: str = ""


class Block(NamedTuple):
    #: heading, text (a paragraph), item (a list item), blank (a blank line)
    kind: str
    runs: tuple[Run, ...] = ()
    #: A list item's bullet ("•") or number ("2.") (spaces as wide for the item's later
    #: paragraphs), and how deep its list is (1 = top).
    marker: str = ""
    depth: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


BLANK = Block("blank")
_OPEN = {"strong_open": STRONG, "em_open": EM, "s_open": STRIKE}
_CLOSE = {"strong_close", "em_close", "s_close", "link_close"}


def _runs(children: list[Token]) -> tuple[Run, ...]:
    runs: list[Run] = []
    stack: list[tuple[int, str]] = []  # (flag, link) of each open style
    for child in children:
        kind = child.type
        flags = 0
        link = ""
        for flag, href in stack:
            flags |= flag
            link = href or link
        if kind in {"text", "code_inline"}:
            code = CODE if kind == "code_inline" else 0
            runs.append(Run(child.content, flags | code, link))
        elif kind == "softbreak":
            runs.append(Run(" ", flags, link))
        elif kind == "hardbreak":
            runs.append(Run("\n", flags, link))
        elif kind in _OPEN:
            stack.append((_OPEN[kind], ""))
        elif kind == "link_open":
            stack.append((0, str(child.attrs.get("href", ""))))
        elif kind in _CLOSE and stack:
            stack.pop()
    return tuple(runs)


class _List:
    """An open list: the number its next item takes (0: bulleted), its current item's marker,
    and whether that item's first paragraph is still to come."""

    __slots__ = ("fresh", "marker", "number")

    def __init__(self, number: int) -> None:
        self.number, self.marker, self.fresh = number, "", False

    def open_item(self) -> None:
        self.marker = f"{self.number}." if self.number else "•"
        self.number += 1 if self.number else 0
        self.fresh = True

    def take_marker(self) -> str:
        """The marker for the item's next paragraph: its own for the first, blank (as wide)
        for a later one, which hangs under the first."""
        marker = self.marker if self.fresh else " " * len(self.marker)
        self.fresh = False
        return marker


def parse_blocks(markdown: str) -> tuple[Block, ...]:
    """The blocks of a step's Markdown, in order (no trailing blank line). A list item's first
    paragraph carries its marker; a later paragraph of the same item (after a blank line or a
    nested list) is an item block with a blank marker as wide, numbered once."""
    from .markdown import make_parser, show_citations

    blocks: list[Block] = []
    lists: list[_List] = []
    heading = False
    for token in make_parser().parse(show_citations(markdown)):
        if token.type in {"bullet_list_open", "ordered_list_open"}:
            lists.append(_List(int(token.attrs.get("start", 1) or 1)
                               if token.type == "ordered_list_open" else 0))
        elif token.type in {"bullet_list_close", "ordered_list_close"}:
            lists.pop()
            if not lists:
                blocks.append(BLANK)
        elif token.type == "list_item_open" and lists:
            lists[-1].open_item()
        elif token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline":
            runs = _runs(list(token.children or []))
            if heading:
                blocks += [Block("heading", runs), BLANK]
            elif lists:
                blocks.append(Block("item", runs, lists[-1].take_marker(), len(lists)))
            else:
                blocks += [Block("text", runs), BLANK]
    while blocks and blocks[-1].kind == "blank":
        blocks.pop()
    return tuple(blocks)
