"""The one configured Markdown parser, shared by the content loader and the app's viewer."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from . import lazy_re

#: A citation marker in a step's text: `[^2]` says the sentence rests on the step's second
#: source line.
CITATION_MARKER = lazy_re.compile(r"\[\^(\d+)\]")


def make_parser() -> MarkdownIt:
    """CommonMark plus tables and strikethrough; no definition lists (Textual cannot show them)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def show_citations(markdown: str) -> str:
    """Each marker `[^N]` as the visible, plain `[N]` the reader matches to source line N."""
    return CITATION_MARKER.sub(r"[\1]", markdown)


def strip_citations(text: str) -> str:
    """The text without its citation markers (for reading-level and wording checks)."""
    return CITATION_MARKER.sub("", text)


def plain_text(markdown: str) -> str:
    """The prose of a Markdown text: one line per paragraph, heading or list item (a line
    break inside a paragraph is a space)."""
    lines = []
    for token in make_parser().parse(markdown):
        if token.type == "inline" and token.children is not None:
            parts = [" " if child.type in {"softbreak", "hardbreak"} else child.content
                     for child in token.children
                     if child.type in {"text", "code_inline", "softbreak", "hardbreak"}]
            parts_text = " ".join("".join(parts).split())
            if parts_text:
                lines.append(parts_text)
    return "\n".join(lines)


def inline_text(children: list[Token]) -> str:
    """The plain text of one inline run, exactly as the step viewer lays it out (a soft break
    is a space, a hard break a newline): term positions found in it hold on screen."""
    out = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
    return "".join(out)


def inline_texts(markdown: str) -> list[str]:
    """Every inline run of a step's Markdown, as `inline_text` gives it."""
    return [inline_text(token.children or []) for token in make_parser().parse(
        show_citations(markdown)) if token.type == "inline"]
