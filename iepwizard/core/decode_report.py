"""The decoder's plain-text report: the terms, the scores and the bell curve.

Linear in the matches: the forms each term takes in the text are gathered in one pass. Long
lines wrap at `width`, their continuation lines indented under the item they belong to.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from .safe_text import visible

if TYPE_CHECKING:
    from .decode import Decoded

#: At most this many ways of writing one term are listed ("in the text as").
MAX_FORMS = 6


def wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    if width <= 0:
        return [first + text]
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def forms_seen(decoded: Decoded) -> dict[str, list[str]]:
    """Each term's forms in the text (line breaks read as spaces), in one pass."""
    seen: dict[str, dict[str, None]] = {}
    text = decoded.text
    for match in decoded.matches:
        written = " ".join(text[match.start:match.end].split())
        seen.setdefault(match.term_id, {})[written] = None
    return {term_id: list(forms) for term_id, forms in seen.items()}


def report(decoded: Decoded, width: int = 79, drawing: bool = True) -> str:
    """Plain text: the terms found, then the scores, each with its explanation, and (with
    `drawing`) the bell curve in glyphs."""
    if not decoded.terms and not decoded.scores:
        return "No glossary terms or test scores were found in this text."
    lines: list[str] = []
    if decoded.terms:
        forms = forms_seen(decoded)
        lines.append(f"Terms found ({len(decoded.terms)}), in order of appearance:")
        for term in decoded.terms:
            name = term.term
            if term.full_name and term.full_name != term.term:
                name += f" ({term.full_name})"
            others = [f for f in forms.get(term.id, []) if f != term.term]
            if others:
                more = len(others) - MAX_FORMS
                shown = ", ".join(visible(f, 60) for f in others[:MAX_FORMS])
                name += f" [in the text as: {shown}{f' and {more} more' if more > 0 else ''}]"
            lines += wrap(name, width, "- ", "  ")
            lines += wrap(term.definition, width, "  ", "  ")
    if decoded.scores:  # the curve and the scores' words are loaded only when there are some
        from .bellcurve import chart
        from .scores import EVALUATOR_RULES

        if lines:
            lines.append("")
        lines.append(f"Scores found ({len(decoded.scores)}):")
        for score in decoded.scores:
            lines += wrap(score.explain(), width, "- ", "  ")
        drawn = chart(decoded.scores).lines(max(width, 60) if width > 0 else 80) if \
            drawing else []
        if drawn:
            lines += ["", *drawn]
        lines += ["", EVALUATOR_RULES]
    return "\n".join(lines)
