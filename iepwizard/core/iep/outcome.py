"""A review as the screen shows it: per goal and per service what is there and what is missing
with each finding's footing, the plan-wide findings, and the changes against an older IEP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .compare import Change, compare
from .findings import Finding
from .model import IepDoc, Track
from .parts import find_parts
from .report import goal_has, service_has
from .review import Review, review_doc

if TYPE_CHECKING:  # the type only: reading files is not this module's business
    from .source import IepText


@dataclass(frozen=True)
class ItemCheck:
    name: str  # "Goal 2 (Reading Comprehension)", "Service: Speech therapy"
    kind: Literal["goal", "service"]
    has: tuple[str, ...]
    findings: tuple[Finding, ...]

    @property
    def required_gaps(self) -> int:
        return sum(f.required for f in self.findings)


@dataclass(frozen=True)
class Older:
    """The IEP compared against: its parts and how to name it."""

    doc: IepDoc
    name: str  # "the final IEP dated September 16, 2025 (saved)"


@dataclass(frozen=True)
class Outcome:
    source: IepText
    review: Review
    older: Older | None = None
    changes: tuple[Change, ...] = ()
    #: Why nothing was compared ("" when something was).
    compare_note: str = ""

    @property
    def doc(self) -> IepDoc:
        return self.review.doc

    def items(self) -> list[ItemCheck]:
        doc, findings = self.doc, self.review.findings
        out = []
        if doc.track != "504":
            for goal in doc.goals:
                out.append(ItemCheck(goal.name, "goal", tuple(goal_has(goal, doc)), tuple(
                    f for f in findings if f.kind == "goal" and f.item == goal.name)))
        for service in doc.services:
            out.append(ItemCheck(service.label, "service", tuple(service_has(service)), tuple(
                f for f in findings if f.kind == "service" and f.key == service.name)))
        return out

    @property
    def plan_findings(self) -> tuple[Finding, ...]:
        """Findings about the plan as a whole (a part not found)."""
        return tuple(f for f in self.review.findings if f.kind == "document")


def review_outcome(source: IepText, track: Track | None, child: str, older: Older | None,
                   compare_note: str = "") -> Outcome:
    """Review a text (read as `track`, or as the text says when None) and compare it."""
    review = review_doc(find_parts(source.text, track), child)
    if older is None:
        return Outcome(source, review, compare_note=compare_note)
    return Outcome(source, review, older, tuple(compare(older.doc, review.doc)))
