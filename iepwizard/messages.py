"""Messages that cross screens; the App handles them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class WelcomeDone(Message):
    """The first-run form was filled in or skipped."""

    parent_name: str
    child_nickname: str


@dataclass
class ChildChosen(Message):
    """Open the wizard for this child."""

    child_id: str


@dataclass
class ShowStep(Message):
    """Go to this step (posted to the wizard, e.g. from the palette)."""

    step_id: str


@dataclass
class ShowTerm(Message):
    """Explain this glossary term: in the wizard's panel if the step has it, else the
    glossary."""

    term_id: str


@dataclass
class ShowChild(Message):
    """Show this child in the wizard (posted to the wizard by the App)."""

    child_id: str


class GuideCached(Message):
    """The guide's first-run work is done (posted to the wizard, which marks its terms now)."""
