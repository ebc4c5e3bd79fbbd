"""Split an IEP's text into its parts by the headings that IEP and 504 forms use."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lazy_re

_HEADINGS: tuple[tuple[str, str], ...] = (
    ("present-levels",
     r"present levels?(?: of [a-z ,/]+)?(?: \((?:plaafp|plop|plep|plaafp/plop)\))?"
     r"|plaafp|plop|plep|present levels? and individual needs"
     r"|how the (?:student's )?disability affects (?:a |the )?(?:major life activit(?:y|ies)"
     r"|learning|the student)|description of (?:the )?(?:student's )?needs"),
    ("goals",
     r"(?:measurable )?(?:annual )?goals?(?: and (?:short[- ]term )?(?:objectives|benchmarks))?"
     r"|(?:iep |annual )?goals? ?/ ?(?:objectives|benchmarks)|iep goals"),
    ("services",
     r"(?:schedule of |summary of )?(?:special education )?(?:and )?(?:related )?services"
     r"(?: (?:summary|grid|schedule))?|schedule of services|service delivery"
     r"|recommended special education programs and services|special education programs and"
     r" services|related aids and services|services and supports|special education services"),
    ("accommodations",
     r"(?:testing |classroom |instructional |state(?:wide)? assessment |assessment )?"
     r"accommodations(?: and modifications| and supports| for (?:state|district) assessments)?"
     r"|(?:program )?modifications(?: and [a-z ]{3,60})?|supplementary aids(?: and services)?"
     r"|program modifications/accommodations/supplementary aids and services"),
    ("placement",
     r"least restrictive environment(?: \(lre\))?|lre(?: statement)?|(?:educational )?placement"
     r"(?: recommendation| decision)?|instructional arrangement|instructional setting"
     r"|participation in (?:general|regular) education(?: classes)?"
     r"|participation with (?:non-?disabled|nondisabled) (?:peers|children|students)"
     r"|educational environments?|extent of (?:participation|removal)"),
    ("progress-reporting",
     r"reporting progress(?: to parents)?|progress report(?:ing|s)?(?: to parents)?"
     r"|how progress will be reported"),
    ("other",
     r"signatures?|parent(?:al)? concerns|(?:postsecondary |measurable postsecondary )?"
     r"transition (?:plan|services)(?: and goals)?|extended school year(?: services)?|esy"
     r"|student information|eligibility(?: determination)?|consideration of special factors"
     r"|special factors|prior written notice|(?:state|district)(?:wide)? assessments?"
     r"|participation in (?:state|district)(?:wide)? assessments?|responsible staff"
     r"|(?:meeting )?participants|team members|attendees|notes|meeting notes"),
)
_COMPILED = tuple((kind, lazy_re.compile(pattern)) for kind, pattern in _HEADINGS)
_NUMBERING = lazy_re.compile(r"^(?:(?:section|part|step)\s+[0-9a-z]{1,4}\s*[:.\-–—)]?\s*"
                             r"|[0-9]{1,2}[.)]\s+|[ivx]{1,5}[.)]\s+|[a-h][.)]\s+)", re.IGNORECASE)


def heading_kind(line: str) -> str | None:
    """The part a heading line starts, or None when the line is not a heading."""
    text = line.strip()
    if not text or len(text) > 90 or "|" in text:
        return None
    text = _NUMBERING.sub("", text)
    text = re.sub(r"\s*\((?:continued|cont\.?)\)\s*$", "", text, flags=re.IGNORECASE)
    text = text.strip(" :.-–—*#=").lower()
    text = " ".join(text.replace("&", "and").split())
    for kind, pattern in _COMPILED:
        if pattern.fullmatch(text):
            return kind
    if "/" in text:  # "special education / related services / supplementary aids and services"
        for part in text.split("/"):
            part = part.strip()
            found = next((kind for kind, pattern in _COMPILED if pattern.fullmatch(part)), None)
            if found:
                return found
    return None


def inline_heading(line: str) -> tuple[str | None, str]:
    """A part's heading with its text on the same line ("Present levels: reads 40 words a
    minute"): the part, and the text after the colon; (None, "") for any other line."""
    head, colon, rest = line.partition(":")
    if not colon or not rest.strip() or len(head.strip()) > 60:
        return None, ""
    found = heading_kind(head)
    return (found, rest.strip()) if found is not None and found != "other" else (None, "")


@dataclass(frozen=True)
class Section:
    kind: str
    heading: str
    first_line: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def split_sections(lines: list[str]) -> list[Section]:
    """The text before the first heading is the 'header' section. A heading of the part
    already open (a sub-heading such as "Related services:") stays inside that part."""
    sections: list[Section] = []
    body: list[str] = []
    kind, heading, start = "header", "", 1
    for number, line in enumerate(lines, start=1):
        found, rest = heading_kind(line), ""
        if found is None:  # "Services: 30 minutes, 3 times per week" (a heading, then its text)
            found, rest = inline_heading(line)
        if found is not None and found != kind:
            sections.append(Section(kind, heading, start, tuple(body)))
            if rest:
                heading = line.split(":", 1)[0].strip()
                kind, start, body = found, number, [rest]
            else:
                kind, heading, start, body = found, line.strip(), number + 1, []
        else:
            body.append(line)
    sections.append(Section(kind, heading, start, tuple(body)))
    return [s for s in sections if s.kind == "header" or s.heading]
