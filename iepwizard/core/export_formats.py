"""The export in the form each use needs, from its Markdown: plain text to paste into an
email (headings as lines, no Markdown marks), and a printable HTML page.

The page is rendered by markdown-it-py with raw HTML, links and images switched off, on top of
the parent's text being escaped when the Markdown was made: nothing in a note can make the
page fetch anything. Each is made section by section (`##` headings), so a long export never
sits in memory twice.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator

from markdown_it import MarkdownIt
from markdown_it.token import Token

PRINT_CSS = """
body { font: 12pt/1.45 Georgia, serif; max-width: 46em; margin: 2em auto; color: #000; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; } h3 { font-size: 1.1em; }
li { margin: .2em 0; } strong { font-weight: bold; }
@media print { body { margin: 0; } h2 { page-break-after: avoid; } }
"""


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False})
    parser.disable(["image", "link", "autolink", "html_inline", "html_block"])
    return parser


def sections(markdown: Iterable[str]) -> Iterator[str]:
    """The export cut at its `#`/`##` headings (sections are made one at a time)."""
    part: list[str] = []
    for chunk in markdown:
        for line in chunk.splitlines(keepends=True):
            if line.startswith(("# ", "## ")) and part:
                yield "".join(part)
                part = []
            part.append(line)
    if part:
        yield "".join(part)


def _inline_text(token: Token) -> str:
    return "".join(child.content if child.type in {"text", "code_inline"}
                   else "\n" if child.type in {"softbreak", "hardbreak"} else ""
                   for child in token.children or [])


def to_text(markdown: Iterable[str]) -> Iterator[str]:
    """Plain text for an email: headings as lines (the top ones underlined), items as "• …"
    with their later lines indented, checkboxes as "(to do)"."""
    parser = _parser()
    for section in sections(markdown):
        out: list[str] = []
        heading = 0
        depth = 0
        for token in parser.parse(section):
            if token.type == "heading_open":
                heading = int(token.tag[1])
            elif token.type in {"bullet_list_open", "ordered_list_open"}:
                depth += 1
            elif token.type in {"bullet_list_close", "ordered_list_close"}:
                depth -= 1
                if depth == 0:
                    out.append("")
            elif token.type == "inline":
                text = _inline_text(token)
                if heading:
                    out += [text, ("=" if heading == 1 else "-") * len(text)] \
                        if heading <= 2 else [text.upper()]
                    out.append("")
                    heading = 0
                elif depth:
                    if text.startswith("[ ] "):
                        text = "(to do) " + text[4:]
                    first, *rest = text.split("\n")
                    out.append("  " * (depth - 1) + "• " + first)
                    out += ["  " * depth + line for line in rest]
                else:
                    out += [text, ""]
        yield "\n".join(out).rstrip("\n") + "\n\n"


def to_html(markdown: Iterable[str], title: str) -> Iterator[str]:
    """A printable page (one section rendered at a time)."""
    parser = _parser()
    yield (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           f"<title>{html.escape(title)}</title><style>{PRINT_CSS}</style></head><body>\n")
    for section in sections(markdown):
        yield parser.render(section)
    yield "</body></html>\n"
