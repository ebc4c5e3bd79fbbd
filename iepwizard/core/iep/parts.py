"""Find the parts of an IEP or 504 plan in its text; what is not there stays empty."""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .goals import parse_goals
from .lists import parse_accommodations, parse_placement
from .model import MAX_ITEMS, IepDoc, Track
from .sections import Section, split_sections
from .services import parse_services
from .textutil import DATE_RE, clean_text, find_dates, sentences

_IEP = lazy_re.compile(r"individuali[sz]ed education(?:al)? (?:program|plan)|\bIEP\b|\bARD\b")
_504 = lazy_re.compile(r"\b(?:section 504|504 (?:plan|accommodation plan|service plan))\b",
                       re.IGNORECASE)
_PROGRESS = lazy_re.compile(r"\bprogress\b[^.]{0,120}?\breport(?:ed|s|ing)?\b|\breport(?:s|ed)? "
                            r"(?:on|of) (?:\w+ ){0,3}progress\b", re.IGNORECASE)
_WHEN = lazy_re.compile(r"\b(?:quarterly|each (?:quarter|trimester|semester|grading period|marking"
                        r" period)|every (?:\w+ )?(?:weeks?|months?|grading period|marking period)|"
                        r"report cards?|trimester|semester|monthly|weekly|nine weeks|\d+ weeks|"
                        r"(?:two|three|four) times a year|times per year)\b", re.IGNORECASE)
_HEADER_DATES = {
    "meeting": lazy_re.compile(
        r"(?:iep|cse|ard|504|cpse)?\s*(?:meeting )?date(?: of (?:the )?"
        r"(?:iep |cse |ard |504 |cpse )?meeting)?|(?:iep|ard|cse|504) (?:meeting"
        r" )?date|date of (?:iep|cse|ard|504) meeting|meeting date",
        re.IGNORECASE),
    "start": lazy_re.compile(r"(?:iep|plan|services?) (?:start|begin(?:ning)?|initiation|effective)"
                             r" date|projected date (?:iep )?(?:implemented|services begin)|"
                             r"date (?:iep|services) (?:begins?|implemented)|effective date",
                             re.IGNORECASE),
    "end": lazy_re.compile(
        r"(?:iep|plan) end date|annual review (?:due|date)|projected date of annual"
        r" review|(?:plan )?review date|iep ends?", re.IGNORECASE),
}
_GOAL_LINE = lazy_re.compile(
    r"^\s*(?:annual\s+)?goal\s*#?\s*\d{1,2}\b", re.IGNORECASE | re.MULTILINE)
_DRAFT = lazy_re.compile(r"\bdraft\b", re.IGNORECASE)


def _track(text: str) -> Track:
    head = text[:3000]
    if _504.search(head) and not _IEP.search(head):
        return "504"
    if _IEP.search(head):
        return "iep"
    return "504" if _504.search(text) else "unknown"


def _header_dates(lines: list[str]) -> dict[str, dt.date]:
    found: dict[str, dt.date] = {}
    for line in lines:
        for cell in re.split(r"\s{3,}|\t|\|", line):
            label, sep, value = cell.partition(":")
            if not sep:
                continue
            for key, pattern in _HEADER_DATES.items():
                if key not in found and pattern.fullmatch(label.strip()):
                    dates = find_dates(value)
                    if dates:
                        found[key] = dates[0]
        if "start" not in found and (span := re.search(
                rf"(?:iep duration|duration of iep|iep dates?)\s*:\s*({DATE_RE.pattern})\s*"
                rf"(?:to|through|-|–)\s*({DATE_RE.pattern})", line, re.IGNORECASE)):
            dates = find_dates(span.group())
            if len(dates) == 2:
                found["start"], found["end"] = dates
    return found


def _progress_statement(text: str) -> str:
    for sentence in sentences(text):
        if _PROGRESS.search(sentence) and _WHEN.search(sentence):
            return sentence
    return ""


def _joined(sections: list[Section], kind: str) -> tuple[list[str], int]:
    lines: list[str] = []
    first = 0
    for section in sections:
        if section.kind == kind:
            first = first or section.first_line
            lines.extend(section.lines)
            lines.append("")
    return lines, first


def find_parts(text: str, track: Track | None = None) -> IepDoc:
    """The parts of one IEP. `track` is the child's, when known; else read from the text."""
    text = clean_text(text)
    lines = text.split("\n")
    sections = split_sections(lines)
    header = sections[0].lines if sections and sections[0].kind == "header" else ()
    title = next((line.strip() for line in header if line.strip()), "")
    dates = _header_dates(list(header) or lines[:30])
    goal_lines, goal_first = _joined(sections, "goals")
    if not goal_lines and _GOAL_LINE.search(text):
        goal_lines, goal_first = lines, 1  # goals pasted without their heading
    goal_lines = [line for line in goal_lines if "progress" not in line.lower() or ":" in line
                  or not _progress_statement(line)
                  or re.match(r"\s*(?:annual\s+)?goal\b", line, re.IGNORECASE)]
    service_lines, service_first = _joined(sections, "services")
    services, has_starts = parse_services(service_lines, service_first)
    accommodation_lines, accommodation_first = _joined(sections, "accommodations")
    placement_lines, _ = _joined(sections, "placement")
    present_lines, _ = _joined(sections, "present-levels")
    progress_lines, _ = _joined(sections, "progress-reporting")
    progress = " ".join(" ".join(progress_lines).split()) or _progress_statement(text)
    goals = parse_goals(goal_lines, goal_first)
    accommodations = parse_accommodations(accommodation_lines, accommodation_first)
    truncated = tuple(name for name, items in (("goals", goals), ("services", services),
                                               ("accommodations", accommodations))
                      if len(items) > MAX_ITEMS)
    return IepDoc(
        text=text, track=track if track and track != "unknown" else _track(text), title=title,
        draft=bool(_DRAFT.search("\n".join(header[:6]))),
        meeting_date=dates.get("meeting"), start_date=dates.get("start"),
        end_date=dates.get("end"),
        present_levels="\n".join(present_lines).strip(),
        goals=goals[:MAX_ITEMS], services=services[:MAX_ITEMS], services_have_starts=has_starts,
        accommodations=accommodations[:MAX_ITEMS], truncated=truncated,
        placement=parse_placement("\n".join(placement_lines)),
        progress_reporting=progress,
        sections=tuple(s.heading for s in sections if s.heading)[:MAX_ITEMS])
