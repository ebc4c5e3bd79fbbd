"""The decoder: every known term and score in a text, explained in order of appearance."""

from __future__ import annotations

from dataclasses import dataclass

from .content import Content, Term
from .glossary import Match, Matcher
from .scores import EVALUATOR_RULES, KIND_OF_TERM, Score, find_scores


@dataclass(frozen=True)
class Decoded:
    text: str
    matches: tuple[Match, ...]
    terms: tuple[Term, ...]
    scores: tuple[Score, ...]

    def report(self) -> str:
        """Plain text: the terms found, then the scores, each with its explanation."""
        if not self.terms and not self.scores:
            return "No glossary terms or test scores were found in this text."
        lines: list[str] = []
        if self.terms:
            lines.append(f"Terms found ({len(self.terms)}), in order of appearance:")
            for term in self.terms:
                name = term.term
                if term.full_name and term.full_name != term.term:
                    name += f" ({term.full_name})"
                seen = sorted({m.text(self.text) for m in self.matches if m.term_id == term.id}
                              - {term.term})
                also = f" [in the text as: {', '.join(seen)}]" if seen else ""
                lines += [f"- {name}{also}", f"  {term.definition}"]
        if self.scores:
            if lines:
                lines.append("")
            lines.append(f"Scores found ({len(self.scores)}):")
            lines += [f"- \"{self.text[s.start:s.end]}\": {s.explain()}" for s in self.scores]
            lines += ["", EVALUATOR_RULES]
        return "\n".join(lines)


def decode(text: str, content: Content, matcher: Matcher | None = None) -> Decoded:
    matcher = matcher or Matcher(content.terms.values())
    matches = matcher.find(text)
    first_seen = dict.fromkeys(m.term_id for m in matches)
    order = {term_id: content.terms[term_id] for term_id in first_seen}
    mentions = [(m.start, m.end, KIND_OF_TERM[m.term_id]) for m in matches
                if m.term_id in KIND_OF_TERM]
    scores = find_scores(text, mentions)
    return Decoded(text, tuple(matches), tuple(order.values()), tuple(scores))
