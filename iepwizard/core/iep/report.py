"""The review as plain text lines: what each goal and service has and lacks, every finding
with its footing and a question for the meeting, then the changes since last year's IEP.
Shared by the command line and (later) the app and the printable meeting prep."""

from __future__ import annotations

from ..dates import long_date
from .compare import Change
from .dates_text import iep_label
from .goal_checks import (
    has_baseline,
    has_by_when,
    has_criterion,
    has_how_often,
    method_text,
    plan_method,
)
from .model import MAX_ITEMS, Goal, IepDoc, Service
from .review import Review, not_found_sentence
from .service_checks import vague_place, vague_provider

SHORT = {"baseline": "no baseline", "criterion": "no measurable criterion",
         "method": "no statement of how it is measured", "frequency": "no statement of how "
         "often it is measured or reported", "by-when": "no date by when",
         "weak-method": "measured only by observation", "vague-verb": "a vague verb"}
SERVICE_SHORT = {"frequency": "no frequency", "duration": "no duration (minutes)",
                 "location": "no location", "start": "no start date",
                 "provider": "no provider named"}
DISCLAIMER = ("General information, not legal advice: federal rules are shown; your state may "
              "add its own.")
NOTE_504 = ("This is a Section 504 plan: it has no goals section, so goals are not checked; "
            "Section 504 rules (34 CFR 104.33-104.36) list no contents for a plan, so gaps in "
            "its services are good practice to ask about, not federal requirements.")


def goal_has(goal: Goal, doc: IepDoc) -> list[str]:
    has = []
    if has_baseline(goal, doc):
        has.append("baseline" if goal.baseline else "baseline (in the present levels)")
    if has_criterion(goal):
        has.append("measurable criterion")
    method, _ = method_text(goal)
    if method:
        has.append(f"how measured ({method.strip()})")
    elif plan_method(doc):
        has.append("how measured (said once for all goals)")
    if has_how_often(goal, doc):
        has.append(f"how often ({goal.schedule})" if goal.schedule else "how often")
    if has_by_when(goal):
        has.append("by when")
    return has


def service_has(service: Service) -> list[str]:
    has = []
    if service.amount:
        has.append(str(service.amount))
    elif service.has_minutes:
        has.append(service.duration or "minutes stated")
    if not vague_provider(service.provider):
        has.append(f"provider {service.provider}")
    if not vague_place(service.location):
        has.append(f"location {service.location}")
    if service.start_date:
        has.append(f"starts {long_date(service.start_date)}")
    elif service.start:
        has.append(f"starts {service.start}")
    return has


def header_lines(review: Review, source: str) -> list[str]:
    doc = review.doc
    kind = {"iep": "an IEP", "504": "a Section 504 plan"}.get(doc.track, "an IEP (assumed)")
    draft = " (draft)" if doc.draft else ""
    when = f", meeting date {long_date(doc.meeting_date)}" if doc.meeting_date else ""
    found = []
    if doc.present_levels:
        found.append("present levels")
    if doc.goals:
        found.append(f"{len(doc.goals)} annual goal{'s' * (len(doc.goals) != 1)}")
    if doc.services:
        found.append(f"{len(doc.services)} service{'s' * (len(doc.services) != 1)}")
    if doc.accommodations:
        found.append(f"{len(doc.accommodations)} accommodations and modifications")
    if doc.placement:
        share = doc.placement.percent_with_peers
        found.append(f"placement ({share}% of the day with children without disabilities)"
                     if share is not None else "placement (no percentage stated)")
    if doc.progress_reporting:
        found.append("when progress is reported")
    lines = [f"Review of {source}: {kind}{draft}{when}.",
             f"Found: {'; '.join(found) or 'none of the parts of an IEP'}."]
    for part in doc.truncated:
        lines.append(f"Only the first {MAX_ITEMS} {part} were read.")
    if missing := not_found_sentence(doc):
        lines.append(missing)
    if doc.track == "504":
        lines.append(NOTE_504)
    return lines


def item_lines(review: Review) -> list[str]:
    doc = review.doc
    lines: list[str] = []
    if doc.goals and doc.track != "504":
        lines += ["", "Goals"]
        for goal in doc.goals:
            codes = [f for f in review.findings if f.kind == "goal" and f.item == goal.name]
            gaps = [(SHORT[f.code] + (f" {f.detail}" if f.code == "vague-verb" else "")
                     + (" (a note)" if f.soft else "")) for f in codes]
            has = goal_has(goal, doc)
            state = "; ".join(gaps) if gaps else "complete"
            lines.append(f"{goal.name}: {state}. Has: {', '.join(has) or 'nothing found'}.")
    if doc.services:
        lines += ["", "Services"]
        for service in doc.services:
            gaps = [SERVICE_SHORT[f.code] for f in review.findings
                    if f.kind == "service" and f.key == service.name]
            if service.as_needed:
                gaps = [g + (" ('as needed' is not one)" if g == "no frequency" else "")
                        for g in gaps]
            state = "; ".join(gaps) if gaps else "complete"
            has = service_has(service)
            lines.append(f"{service.label}: {state}. Has: {', '.join(has) or 'nothing found'}.")
    return lines


def finding_lines(review: Review) -> list[str]:
    if not review.findings:
        return ["", "Findings: none: every goal and service has what was checked."]
    required = len(review.required)
    lines = ["", f"Findings ({len(review.findings)}; {required} about what federal law "
                 f"requires), each with a question for the meeting:"]
    return lines + [f.line() for f in review.findings]


def change_lines(changes: list[Change], old: IepDoc, source: str) -> list[str]:
    lines = ["", f"Changes since {source} ({iep_label(old)}):"]
    if not changes:
        return lines + ["No changes found in goals, service minutes, accommodations or "
                        "placement."]
    return lines + [c.line() for c in changes]


def report_lines(review: Review, source: str, changes: list[Change] | None = None,
                 old: IepDoc | None = None, old_source: str = "") -> list[str]:
    lines = header_lines(review, source) + item_lines(review) + finding_lines(review)
    if changes is not None and old is not None:
        lines += change_lines(changes, old, old_source)
    return [*lines, "", DISCLAIMER]
