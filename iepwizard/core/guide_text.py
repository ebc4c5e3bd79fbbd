"""The guide as plain text (`iepwizard guide`): for screen readers, printing and piping.

No box drawing and no colour: a step's title, its text (headings, paragraphs, numbered and
bulleted lists, the citation markers as [N]), the checklist as "[ ] item" / "[x] item", the
two actions, the numbered sources and the step's terms with their definitions. With a width,
lines are wrapped at spaces and list items hang under their text; without one, each paragraph
is one line (a screen reader or `fmt` wraps it).
"""

from __future__ import annotations

import textwrap
from collections.abc import Collection, Iterable, Mapping

from .content import Content, Step, Term
from .markdown import plain_text
from .progress import item_key
from .step_blocks import parse_blocks

#: How a step's stored state is said after its title (not started says nothing).
STATE_WORDS = {"done": "done", "not_applicable": "not for us", "in_progress": "in progress"}


def _wrap(text: str, width: int | None, first: str = "", rest: str = "") -> list[str]:
    """One paragraph: `first` before its first line, `rest` before the others."""
    if not width:
        return [first + " ".join(text.split())]
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def markdown_lines(markdown: str, width: int | None = None) -> list[str]:
    """A step's Markdown as plain lines, from the blocks the step viewer draws
    (`step_blocks.parse_blocks`): a blank line between blocks, "- " and "1. " before list
    items (indented two spaces per level, an item's later paragraphs hanging under its text),
    citation markers as [N]."""
    lines: list[str] = []
    for block in parse_blocks(markdown):
        text = block.text.strip()
        if block.kind == "blank":
            lines.append("")
        elif block.kind == "item":
            indent = "  " * (block.depth - 1)
            marker = ("-" if block.marker == "•" else block.marker) + " "
            lines += _wrap(text, width, indent + marker, indent + " " * len(marker))
        else:
            lines += _wrap(text, width)
    return _tidy(lines)


def _tidy(lines: list[str]) -> list[str]:
    """No blank line twice in a row, none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def term_lines(term: Term, width: int | None = None) -> list[str]:
    """"IEP (Individualized Education Program): the definition. Source: …"."""
    name = term.term
    if term.full_name and term.full_name != term.term:
        name += f" ({term.full_name})"
    text = f"{name}: {term.definition}"
    if term.source:
        text += f" Source: {term.source}"
    return _wrap(text, width, "- ", "  ")


def step_lines(step: Step, content: Content, ticked: Collection[str] | None = None,
               state: str = "", width: int | None = None) -> list[str]:
    """One step, in the order the app shows it. `ticked` holds the child's checklist keys
    (None: nobody's ticks, every box shown empty); `state` the step's stored state."""
    number = content.step_index(step.id) + 1
    title = f"Step {number} of {len(content.steps)}. {step.title}"
    if state in STATE_WORDS:
        title += f" ({STATE_WORDS[state]})"
    lines = [*_wrap(title, width), ""]
    lines += [*markdown_lines(step.body, width), ""]
    if step.checklist:
        lines.append("Checklist")
        for item in step.checklist:
            box = "[x] " if ticked is not None and item_key(step, item) in ticked else "[ ] "
            lines += _wrap(plain_text(item.text) or item.text, width, box, "    ")
        lines.append("")
    for label, action in (("Start here", step.start_here), ("Challenge yourself",
                                                           step.challenge)):
        if action:
            lines += [*_wrap(f"{label}: {plain_text(action)}", width), ""]
    if step.sources:
        lines.append("Sources")
        for n, source in enumerate(step.sources, 1):
            marker = f"[{n}] "
            lines += _wrap(source, width, marker, " " * len(marker))
        lines.append("")
    terms = [content.terms[t] for t in step.terms if t in content.terms]
    if terms:
        lines.append("Terms in this step")
        for term in terms:
            lines += term_lines(term, width)
    return _tidy(lines)


def guide_text(content: Content, steps: Iterable[Step], ticked: Collection[str] | None = None,
               states: Mapping[str, str] | None = None, width: int | None = None) -> str:
    """The steps asked for, one after the other, and the guide's closing note once."""
    parts = ["\n".join(step_lines(step, content, ticked, (states or {}).get(step.id, ""),
                                  width)) for step in steps]
    footer = plain_text(content.footer)
    text = "\n\n\n".join(parts)
    if footer:
        text += "\n\n" + "\n".join(_wrap(footer, width))
    return text + "\n"
