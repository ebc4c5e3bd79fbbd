"""Messages that cross screens; the App handles them.

Plain classes, not dataclasses: a dataclass costs about half a millisecond to make, and these
are made at start-up (issue 16).
"""

from __future__ import annotations

from textual.message import Message


class WelcomeDone(Message):
    """The first-run form was filled in or skipped."""

    def __init__(self, parent_name: str, child_nickname: str) -> None:
        super().__init__()
        self.parent_name = parent_name
        self.child_nickname = child_nickname


class ChildChosen(Message):
    """Open the wizard for this child."""

    def __init__(self, child_id: str) -> None:
        super().__init__()
        self.child_id = child_id


class ShowStep(Message):
    """Go to this step (posted to the wizard, e.g. from the palette)."""

    def __init__(self, step_id: str) -> None:
        super().__init__()
        self.step_id = step_id


class ShowTerm(Message):
    """Explain this glossary term: in the wizard's panel if the step has it, else the
    glossary."""

    def __init__(self, term_id: str) -> None:
        super().__init__()
        self.term_id = term_id


class ShowChild(Message):
    """Show this child in the wizard (posted to the wizard by the App)."""

    def __init__(self, child_id: str) -> None:
        super().__init__()
        self.child_id = child_id


class GuideCached(Message):
    """The guide's first-run work is done (posted to the wizard, which marks its terms now)."""
