"""The guide as plain data: steps, glossary terms and letter templates.

Typed records as NamedTuples, not dataclasses: the command line imports this module on
every run, and `dataclasses` (with the code it writes for each class) costs more at start-up
than the rest of a small `iepwizard decode` (see bench/cli.py)."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .step_blocks import Block


class ChecklistItem(NamedTuple):
    id: str
    text: str


class Step(NamedTuple):
    id: str
    title: str
    order: int
    body: str
    checklist: tuple[ChecklistItem, ...]
    start_here: str
    challenge: str
    sources: tuple[str, ...]
    terms: tuple[str, ...]
    #: Derived by the loader from the letters whose `step` names this step (a step does not
    #: list its letters itself), in the letters' `order`, then by file name.
    letters: tuple[str, ...]
    path: Path
    short_title: str = ""

    @property
    def label(self) -> str:
        return self.short_title or self.title


class Term(NamedTuple):
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
    #: Phrases in which a context acronym does not mean this term, whatever words are near
    #: ("student ID", "taken to the ED", "at risk"): see not_in.py.
    not_in: tuple[str, ...] = ()

    @property
    def lookup_names(self) -> tuple[str, ...]:
        """Every name a parent may look the term up by, context acronyms included."""
        return (*self.names, *self.context_acronyms)

    @property
    def names(self) -> tuple[str, ...]:
        """Every form the term may take in running text, whatever the context."""
        forms = [self.term, *self.acronyms, *self.synonyms]
        if self.full_name:
            forms.append(self.full_name)
        return tuple(dict.fromkeys(forms))


class LetterField(NamedTuple):
    name: str
    prompt: str
    example: str
    type: str = "text"
    optional: bool = False


class LetterTemplate(NamedTuple):
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
    #: The steps the letter belongs to (front matter `step`: one id or a list of ids).
    steps: tuple[str, ...] = ()
    fills: str = ""
    follows: tuple[str, ...] = ()
    track: str = "both"
    #: Where the letter stands among a step's letters (lower first); 0 means unset.
    order: int = 0
    subject_line: int = 1
    body_line: int = 1

    @property
    def step(self) -> str:
        """The letter's first (main) step, or "" if it names none."""
        return self.steps[0] if self.steps else ""


class Content(NamedTuple):
    root: Path
    steps: tuple[Step, ...]
    #: (In the guide read from the cache, these four mappings are `packed.Packed`: each value
    #: is unpickled when first read.)
    terms: Mapping[str, Term]
    letters: Mapping[str, LetterTemplate]
    footer: str
    #: Ids that were renamed (content/renamed.toml): an old step id -> its new id, and an old
    #: "step-id/item-id" checklist key -> its new key. Saved ticks and places follow it.
    renamed: dict[str, str]
    #: Where each step's own glossary terms stand in each run of its text (see
    #: `step_text.term_spans`), filled when the guide is cached; empty means "find them".
    term_spans: MutableMapping[str, tuple[tuple[int, int, str], ...]]
    #: Each step's text and actions parsed into the blocks the viewer draws (by Markdown text;
    #: see `step_blocks`), filled when the guide is cached; a text not here is parsed on use.
    blocks: MutableMapping[str, tuple[Block, ...]]

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def find_step(self, name: str) -> Step | None:
        """A step named the way a person may name it: its id, its number ("3", "03"), or an
        id it had before it was renamed."""
        name = name.strip()
        if name.isdigit():
            return next((s for s in self.steps if s.order == int(name)), None)
        return self.step(self.renamed.get(name, name))

    def current_key(self, key: str) -> str:
        """A stored step id or "step-id/item-id" tick key, moved to its current name."""
        if key in self.renamed:
            return self.renamed[key]
        step_id, slash, item_id = key.partition("/")
        if slash and step_id in self.renamed:
            return f"{self.renamed[step_id]}/{item_id}"
        return key

    def step_index(self, step_id: str) -> int:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        return 0
