"""The review of one IEP or 504 plan: every goal and service checked, and the parts that could
not be found, adapted to the child's track (a 504 plan has no goals section)."""

from __future__ import annotations

from dataclasses import dataclass

from .findings import PART_CODES, PLAN_CODES, Finding, make
from .goal_checks import check_goal, method_text, plan_method
from .model import PART_NAMES, PARTS, IepDoc, Track
from .parts import find_parts
from .service_checks import check_service

#: The parts a Section 504 plan is not expected to have.
NOT_IN_504 = frozenset({"goals", "placement", "progress-reporting", "present-levels"})
PART_QUESTIONS = {
    "present-levels": "Where does the IEP describe how {child} is doing now (present levels)?",
    "goals": "Where are the measurable annual goals?",
    "services": "Which services will {child} get, how often, for how long, where, from when?",
    "accommodations": "Which accommodations or modifications will {child} have? If none, can "
                      "the IEP say so?",
    "placement": "How much of the day will {child} spend with children without disabilities?",
    "progress-reporting": "When and how will we get reports on {child}'s progress?",
    "progress-measure": "How will progress toward {child}'s goals be measured: which tests, "
                        "probes or data sheets? Can the IEP say so?",
}


@dataclass(frozen=True)
class Review:
    doc: IepDoc
    findings: tuple[Finding, ...]

    @property
    def required(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.required)

    def questions(self) -> list[str]:
        """The meeting questions, one per finding, each naming its goal or service."""
        return [f"{f.item}: {f.question}" for f in self.findings]


def part_findings(doc: IepDoc, child: str) -> list[Finding]:
    found = []
    for part in PARTS:
        if doc.found(part) or (doc.track == "504" and part in NOT_IN_504):
            continue
        item = "This 504 plan" if doc.track == "504" else "This IEP"
        found.append(make(item, "document", part, part, PART_CODES,
                          PART_QUESTIONS[part].format(child=child), track=doc.track))
    if doc.track != "504" and doc.goals and not plan_method(doc) \
            and not any(method_text(goal)[0] for goal in doc.goals):
        # 300.320(a)(3)(i) asks the IEP to describe how progress is measured, once or per goal:
        # the requirement is missed only when no goal and no plan-wide statement says it.
        found.append(make("This IEP", "document", "progress-measure", "progress-measure",
                          PLAN_CODES, PART_QUESTIONS["progress-measure"].format(child=child)))
    return found


def review_doc(doc: IepDoc, child: str = "my child") -> Review:
    findings = part_findings(doc, child)
    if doc.track != "504":
        for goal in doc.goals:
            findings.extend(check_goal(goal, doc, child))
    for service in doc.services:
        findings.extend(check_service(service, doc))
    return Review(doc, tuple(findings))


def review_text(text: str, track: Track | None = None, child: str = "my child") -> Review:
    return review_doc(find_parts(text, track), child)


def not_found_sentence(doc: IepDoc) -> str:
    """'Not found: placement ...' in plain words, or '' when every part was found."""
    expected = [PART_NAMES[p] for p in doc.not_found
                if not (doc.track == "504" and p in NOT_IN_504)]
    not_in_504 = [PART_NAMES[p].split(" (")[0] for p in doc.not_found
                  if doc.track == "504" and p in NOT_IN_504]
    sentences = []
    if expected:
        sentences.append(f"Not found: {'; '.join(expected)}.")
    if not_in_504:
        sentences.append(f"Not in this plan (a 504 plan has none): {'; '.join(not_in_504)}.")
    return " ".join(sentences)
