"""The guide as plain data: steps, glossary terms and letter templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    order: int
    body: str
    checklist: tuple[ChecklistItem, ...]
    start_here: str
    challenge: str
    sources: tuple[str, ...]
    terms: tuple[str, ...]
    letters: tuple[str, ...]
    path: Path
    short_title: str = ""

    @property
    def label(self) -> str:
        return self.short_title or self.title


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    definition: str
    full_name: str = ""
    acronyms: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    caps_only: bool = False
    source: str = ""
    related: tuple[str, ...] = ()
    #: Acronyms that are also ordinary words or labels (ID, GE, SS): they name this term only
    #: where one of `context_words` stands near them.
    context_acronyms: tuple[str, ...] = ()
    context_words: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every form the term may take in running text, whatever the context."""
        forms = [self.term, *self.acronyms, *self.synonyms]
        if self.full_name:
            forms.append(self.full_name)
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class LetterField:
    name: str
    prompt: str
    example: str
    type: str = "text"
    optional: bool = False


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    title: str
    subject: str
    body: str
    fields: tuple[LetterField, ...]
    path: Path
    purpose: str = ""
    #: The letter's wiring (see content/README.md): the address-book role it usually goes
    #: to, the roles copied in, the step it belongs to, the key date that marking it as sent
    #: records, the letters it follows up, and the track it serves (iep, 504, both).
    to: str = ""
    cc: tuple[str, ...] = ()
    step: str = ""
    fills: str = ""
    follows: tuple[str, ...] = ()
    track: str = "both"
    subject_line: int = 1
    body_line: int = 1


@dataclass(frozen=True)
class Content:
    root: Path
    steps: tuple[Step, ...]
    terms: dict[str, Term] = field(default_factory=dict)
    letters: dict[str, LetterTemplate] = field(default_factory=dict)
    footer: str = ""

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def step_index(self, step_id: str) -> int:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        return 0
