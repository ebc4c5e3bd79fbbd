"""The export in the form each use needs, from its Markdown: plain text to paste into an
email (headings as lines, no Markdown marks), and a printable HTML page.

The page is rendered by markdown-it-py with raw HTML, links and images switched off, on top of
the parent's text being escaped when the Markdown was made: nothing in a note can make the
page fetch anything. Each is made section by section (`##` headings), and a long list (the
open action items of years of meetings, a meeting of thousands of notes) a batch of items at a
time, so a long export never sits in memory whole, parsed or as text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from itertools import pairwise

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
    """The export cut at its `#`/`##` headings (sections are made one at a time); the pieces
    given may end anywhere, even inside a line."""
    part: list[str] = []
    carry = ""
    for chunk in markdown:
        lines = (carry + chunk).splitlines(keepends=True)
        carry = lines.pop() if lines and not lines[-1].endswith("\n") else ""
        for line in lines:
            if line.startswith(("# ", "## ")) and part:
                yield "".join(part)
                part = []
            part.append(line)
    if carry:
        if carry.startswith(("# ", "## ")) and part:
            yield "".join(part)
            part = []
        part.append(carry)
    if part:
        yield "".join(part)


#: A section longer than this many lines has its long lists parsed a batch of items at a time
#: (the parser holds every token of what it is given, several per item).
BATCH = 400


def _long_list(lines: list[str], start: int) -> int:
    """Where a bullet list starting at `start` ends, if it is long and can be parsed a batch
    at a time with the same result: at the top level, between headings (or the section's
    end), each line an item ("- ") or a later line of one ("  …"), no blank line inside; else
    `start` (not such a list)."""
    if not lines[start].startswith("- ") or start < 2 or lines[start - 1] != "\n":
        return start
    before = start - 1
    while before > 0 and lines[before] == "\n":
        before -= 1
    if not lines[before].startswith("#"):
        return start
    end = start
    while end < len(lines) and (lines[end].startswith("- ") or (
            lines[end].startswith("  ") and lines[end].strip())):
        end += 1
    after = end
    while after < len(lines) and lines[after] == "\n":
        after += 1
    if end - start <= BATCH or (after < len(lines) and not lines[after].startswith("#")):
        return start
    return end


def _tokens(parser: MarkdownIt, section: str) -> Iterator[list[Token]]:
    """The section's tokens, a block at a time; a long list (see `_long_list`) a batch of
    items at a time, the batches stitched into one list (the list's own opening token only
    with the first, its closing one only with the last)."""
    if section.count("\n") <= BATCH:
        yield parser.parse(section)
        return
    lines = section.splitlines(keepends=True)
    done = at = 0
    while at < len(lines):
        end = _long_list(lines, at)
        if end == at:
            at += 1
            continue
        if done < at:
            yield parser.parse("".join(lines[done:at]))
        cuts = sorted({next((k for k in range(c, end) if lines[k].startswith("- ")), end)
                       for c in range(at, end, BATCH)} | {end})
        for number, (first, last) in enumerate(pairwise(cuts)):
            tokens = parser.parse("".join(lines[first:last]))
            if number:
                tokens = tokens[1:]
            if last != end:
                tokens = tokens[:-1]
            yield tokens
        done = at = end
    if done < len(lines):
        yield parser.parse("".join(lines[done:]))


def _inline_text(token: Token) -> str:
    return "".join(child.content if child.type in {"text", "code_inline"}
                   else "\n" if child.type in {"softbreak", "hardbreak"} else ""
                   for child in token.children or [])


def to_text(markdown: Iterable[str]) -> Iterator[str]:
    """Plain text for an email: headings as lines (the top ones underlined), items as "• …"
    with their later lines and paragraphs indented under them, checkboxes as "(to do)"."""
    parser = _parser()
    for section in sections(markdown):
        out: list[str] = []
        heading = 0
        depth = 0
        item_begins = False  # the next paragraph is a list item's first (its bullet's line)
        for token in (t for block in _tokens(parser, section) for t in block):
            if token.type == "list_item_open":
                item_begins = True
            elif token.type == "heading_open":
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
                elif depth and item_begins:
                    if text.startswith("[ ] "):
                        text = "(to do) " + text[4:]
                    first, *rest = text.split("\n")
                    out.append("  " * (depth - 1) + "• " + first)
                    out += ["  " * depth + line for line in rest]
                    item_begins = False
                elif depth:  # an item's later paragraph ("…\n\nmore" in a journal entry)
                    out += ["", *("  " * depth + line for line in text.split("\n"))]
                else:
                    out += [text, ""]
        yield "\n".join(out).rstrip("\n") + "\n\n"


def to_html(markdown: Iterable[str], title: str) -> Iterator[str]:
    """A printable page (one section rendered at a time)."""
    parser = _parser()
    yield (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           f"<title>{html.escape(title)}</title><style>{PRINT_CSS}</style></head><body>\n")
    for section in sections(markdown):
        for tokens in _tokens(parser, section):
            yield parser.renderer.render(tokens, parser.options, {})
    yield "</body></html>\n"
