"""Check one service for what 34 CFR 300.320(a)(7) asks of it (start date, frequency, location,
duration) and for a named provider (good practice)."""

from __future__ import annotations

import re

from .. import lazy_re
from .findings import SERVICE_CODES, Finding, make
from .model import IepDoc, Service

_VAGUE_PROVIDER = lazy_re.compile(
    r"^\s*(?:tbd|to be determined|n/?a|staff|district(?: staff)?|"
    r"school(?: staff)?|various|other|-+|\?+)?\s*\.?\s*$", re.IGNORECASE)
_VAGUE_PLACE = lazy_re.compile(r"^\s*(?:tbd|to be determined|n/?a|various|-+|\?+)?\s*\.?\s*$",
                               re.IGNORECASE)
_TBD = lazy_re.compile(r"^\s*(?:tbd|to be determined|n/?a|-+)?\s*$", re.IGNORECASE)

QUESTIONS = {
    "frequency": "How many sessions a week (or a month) of {name} will there be?",
    "duration": "How many minutes is each session of {name}?",
    "location": "Where will {name} be given: in the general education classroom or "
                "somewhere else?",
    "start": "On what date will {name} start?",
    "provider": "Who will give {name}: which role or person?",
}


def vague_provider(text: str) -> bool:
    return bool(_VAGUE_PROVIDER.match(text))


def vague_place(text: str) -> bool:
    return bool(_VAGUE_PLACE.match(text))


def missing_parts(service: Service, doc: IepDoc) -> list[str]:
    missing = []
    if service.as_needed or not service.has_period:
        missing.append("frequency")
    if not service.has_minutes:
        missing.append("duration")
    if _VAGUE_PLACE.match(service.location):
        missing.append("location")
    has_start = not _TBD.match(service.start)
    if not has_start and not (doc.start_date and not doc.services_have_starts):
        missing.append("start")
    if _VAGUE_PROVIDER.match(service.provider):
        missing.append("provider")
    return missing


def check_service(service: Service, doc: IepDoc) -> list[Finding]:
    found = []
    for code in missing_parts(service, doc):
        detail = "'as needed' is not a frequency" if code == "frequency" and service.as_needed \
            else ""
        found.append(make(service.label, "service", service.name, code, SERVICE_CODES,
                          QUESTIONS[code].format(name=service.name), track=doc.track,
                          detail=detail))
    return found
