"""A finding: one thing missing or weak in one goal, service or part, with its legal footing
and the question a parent can ask at the meeting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ItemKind = Literal["goal", "service", "document"]
GOOD_PRACTICE = "good practice, not a federal requirement"
CFR = "34 CFR"

#: code -> (what is missing, said plainly; the citation; required under IDEA?)
GOAL_CODES: dict[str, tuple[str, str, bool]] = {
    "baseline": ("no baseline (where the child is now)", "", False),
    "criterion": ("no measurable criterion", "300.320(a)(2)(i)", True),
    # How and when progress is measured and reported: the IEP must describe them, but once for
    # all its goals or goal by goal (300.320(a)(3)); one goal without its own is good practice
    # to ask about, and the plan-wide gap is the required finding (PLAN_CODES, PART_CODES).
    "method": ("this goal does not say how its progress is measured", "300.320(a)(3)(i)",
               False),
    "frequency": ("this goal does not say how often its progress is measured or reported",
                  "300.320(a)(3)(ii)", False),
    "by-when": ("no date by when the goal is to be met", "", False),
    "weak-method": ("measured only by observation", "", False),
    "vague-verb": ("a vague verb", "", False),
}
SERVICE_CODES: dict[str, tuple[str, str, bool]] = {
    "frequency": ("no frequency (how often)", "300.320(a)(7)", True),
    "duration": ("no duration (how many minutes)", "300.320(a)(7)", True),
    "location": ("no location (where)", "300.320(a)(7)", True),
    "start": ("no start date", "300.320(a)(7)", True),
    "provider": ("no provider named (who)", "", False),
}
PART_CODES: dict[str, tuple[str, str, bool]] = {
    "present-levels": ("no present levels found", "300.320(a)(1)", True),
    "goals": ("no annual goals found", "300.320(a)(2)(i)", True),
    "services": ("no services found", "300.320(a)(4)", True),
    "accommodations": ("no accommodations or modifications found", "300.320(a)(4)", True),
    "placement": ("no statement of time with children without disabilities found",
                  "300.320(a)(5)", True),
    "progress-reporting": ("no statement of when progress is reported", "300.320(a)(3)(ii)",
                           True),
}
#: Gaps of the plan as a whole that are not a part of it (found from its goals and its text).
PLAN_CODES: dict[str, tuple[str, str, bool]] = {
    "progress-measure": ("no description of how progress toward the goals is measured (not for "
                         "any goal, nor once for all)", "300.320(a)(3)(i)", True),
}
#: Goal codes that the IEP as a whole must state, once for all goals or goal by goal.
PLAN_WIDE = frozenset({"method", "frequency"})
#: A Section 504 plan: the regulations (34 CFR 104.33-104.36) list no contents for it.
SECTION_504 = "104.33(b)(1)"


@dataclass(frozen=True)
class Finding:
    item: str  # "Goal 2 (Reading Comprehension)", "Service: Speech therapy", "This IEP"
    kind: ItemKind
    key: str  # "goal 2", the service's name, or the part
    code: str
    problem: str
    required: bool
    citation: str  # "34 CFR 300.320(a)(7)", or "" for good practice
    question: str
    soft: bool = False
    detail: str = ""

    @property
    def plan_wide(self) -> bool:
        """A goal without its own statement of something the IEP must state once, for all
        goals or goal by goal: advice for the goal, never a requirement of its own."""
        return self.kind == "goal" and self.code in PLAN_WIDE and not self.required

    @property
    def footing(self) -> str:
        if self.required:
            return f"required by {self.citation}"
        if self.plan_wide and self.citation:
            return (f"{GOOD_PRACTICE} for each goal; the IEP as a whole must say it, once for "
                    f"all goals or goal by goal ({self.citation})")
        if self.citation:
            return f"{GOOD_PRACTICE} ({self.citation})"
        return GOOD_PRACTICE

    def line(self) -> str:
        note = "note: " if self.soft else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.item}: {note}{self.problem}{detail}; {self.footing}. Ask: {self.question}"


def make(item: str, kind: ItemKind, key: str, code: str, codes: dict[str, tuple[str, str, bool]],
         question: str, *, track: str = "iep", soft: bool = False, detail: str = "") -> Finding:
    problem, section, required = codes[code]
    citation = f"{CFR} {section}" if section else ""
    if track == "504" and required:
        # Section 504 sets no list of a plan's contents: the same gap is good practice there.
        required, citation = False, f"Section 504 plan; see {CFR} {SECTION_504}"
    return Finding(item, kind, key, code, problem, required, citation, question, soft, detail)
