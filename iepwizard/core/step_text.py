"""What a step shows, as text: its actions block, and where its own glossary terms stand.

The term positions are worked out once, when the guide is parsed (and kept in the guide's
cache), so the first screen does not wait for the glossary matcher.
"""

from __future__ import annotations

from collections.abc import Iterable

from .content import Content, Step, Term
from .step_blocks import Block, parse_blocks

Span = tuple[int, int, str]


def actions_markdown(step: Step, footer: str) -> str:
    """The two actions, the sources numbered as the text's [N] markers cite them, the footer."""
    sources = "\\\n".join(f"[{n}] {source}" for n, source in enumerate(step.sources, 1))
    return (f"**Start here:** {step.start_here}\n\n"
            f"**Challenge yourself:** {step.challenge}\n\n"
            f"#### Sources\n\n{sources}\n\n{footer}\n")


def span_key(step_id: str, text: str) -> str:
    return f"{step_id}\x00{text}"


def term_spans(content: Content,
               terms: Iterable[Term] | None = None) -> dict[str, tuple[Span, ...]]:
    """For every run of text each step shows: where the step's own terms stand in it."""
    from .glossary import Matcher
    from .markdown import inline_texts

    matcher = Matcher(terms if terms is not None else content.terms.values())
    spans: dict[str, tuple[Span, ...]] = {}
    for step in content.steps:
        wanted = set(step.terms)
        for markdown in (step.body, actions_markdown(step, content.footer)):
            for text in inline_texts(markdown):
                found = tuple((m.start, m.end, m.term_id) for m in matcher.find(text)
                              if m.term_id in wanted)
                spans[span_key(step.id, text)] = found
    return spans


def step_blocks(content: Content) -> dict[str, tuple[Block, ...]]:
    """Every step's text and actions block, parsed for the viewer (by Markdown text)."""
    return {markdown: parse_blocks(markdown) for step in content.steps
            for markdown in (step.body, actions_markdown(step, content.footer))}
