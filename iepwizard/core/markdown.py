"""The one configured Markdown parser, shared by the content loader and the app's viewer."""

from __future__ import annotations

from markdown_it import MarkdownIt


def make_parser() -> MarkdownIt:
    """CommonMark plus tables and strikethrough; no definition lists (Textual cannot show them)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


_PROSE_TOKENS = {"inline"}


def plain_text(markdown: str) -> str:
    """The prose of a Markdown text: one line per paragraph, heading or list item."""
    lines = []
    for token in make_parser().parse(markdown):
        if token.type in _PROSE_TOKENS and token.children is not None:
            parts = [
                child.content
                for child in token.children
                if child.type in {"text", "code_inline"}
            ]
            parts_text = "".join(parts).strip()
            if parts_text:
                lines.append(parts_text)
    return "\n".join(lines)
