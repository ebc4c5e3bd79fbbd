"""Services from the services part: a grid, labelled blocks ("Service: ... Provider: ..."), or
sentences ("Counseling: 30 minutes per session, in the counselor's office, beginning ...")."""

from __future__ import annotations

import re

from .. import lazy_re
from .amounts import parse_amount
from .grid import Grid
from .model import MAX_FIELD, MAX_ITEMS, Service
from .textutil import DATE_RE, first_date

_FIELD = lazy_re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z '’/()-]{0,40}?)\s*:\s*(?P<value>.*)$")
_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("service", "service name", "type of service", "program/service", "related service",
             "special education service"),
    "provider": ("provider", "provided by", "responsible", "staff", "service provider",
                 "person responsible", "responsible staff"),
    "location": ("location", "setting", "where", "service location"),
    "frequency": ("frequency", "how often", "sessions"),
    "duration": ("duration", "minutes", "time", "length", "session length", "amount"),
    "start": ("start date", "start", "begin date", "beginning date", "projected start date",
              "initiation date", "date services begin", "projected beginning date"),
    "end": ("end date", "ending date", "projected end date", "projected ending date", "end"),
}
_FIELD_OF = {name: key for key, names in _FIELDS.items() for name in names}
_BULLET = lazy_re.compile(r"^\s*(?:[-•*·o]|\d{1,2}[.)])\s+")
_ROLE = (r"(?:[a-z-]+ )*(?:teacher|co-teacher|pathologist|slp|counselor|therapist|aide"
         r"|paraprofessional|specialist|psychologist|nurse|bcba|social worker|interventionist"
         r"|staff|case manager|consultant|coordinator|instructor)")
_PROVIDER = lazy_re.compile(rf"\bprovided by (?:the |a |an )?(?P<p>[^,.;]+)|\bby (?:the |a |an )?"
                            rf"(?P<r>{_ROLE})\b|\bprovider\s*:\s*(?:the |a |an )?(?P<q>[^,.;]+)",
                            re.IGNORECASE)
_LOCATION = lazy_re.compile(r"\b(?:in|at) (?:the |a |an )?(?P<l>[^,.;]*?(?:room|classroom|office|"
                            r"setting|gym|class|library|cafeteria|school|clinic|home|campus))\b",
                            re.IGNORECASE)
#: A place written as a list item of its own ("..., 3 times per week, resource room.").
_PLACE_ITEM = lazy_re.compile(r"(?:^|[,;])\s*(?P<l>(?:[A-Za-z-]+ ){0,4}(?:room|classroom|office|"
                              r"setting|gym|library|clinic|campus))\s*(?:[.,;]|$)", re.IGNORECASE)
#: A start or end date in a service's sentence: "beginning 1/5/2027", "start 01/05/2027",
#: "start date: 01/05/2027", "through June 2027", "end 12/07/2027".
_START = lazy_re.compile(rf"\b(?:beginning|begins|starting|starts|start|begin|from|effective)"
                         rf"(?:\s+date)?\s*:?\s+(?:on\s+)?(?P<d>{DATE_RE.pattern})", re.IGNORECASE)
_END = lazy_re.compile(rf"\b(?:through|until|ending|ends|end)(?:\s+date)?\s*:?\s+(?:on\s+)?"
                       rf"(?P<d>{DATE_RE.pattern})", re.IGNORECASE)
#: "01/05/2027 - 12/07/2027": a service's start and end, written as a range.
_RANGE = lazy_re.compile(rf"(?P<s>{DATE_RE.pattern})\s*(?:-|\u2013|\u2014|to|through)\s*"
                         rf"(?P<e>{DATE_RE.pattern})", re.IGNORECASE)
_ROLE_CELL = lazy_re.compile(rf"(?:the |a |an )?{_ROLE}", re.IGNORECASE)


def _service(fields: dict[str, str], line: int) -> Service:
    fields = {key: value[:MAX_FIELD] for key, value in fields.items()}
    parsed = parse_amount(fields.get("frequency", ""), fields.get("duration", ""))
    start, end = fields.get("start", ""), fields.get("end", "")
    return Service(name=fields.get("name", "").strip(" -:"), provider=fields.get("provider", ""),
                   location=fields.get("location", ""), frequency=fields.get("frequency", ""),
                   duration=fields.get("duration", ""), start=start, end=end,
                   start_date=first_date(start), end_date=first_date(end),
                   amount=parsed.amount, as_needed=parsed.as_needed,
                   has_period=parsed.has_period, has_minutes=parsed.has_minutes, line=line)


def _sentence(text: str, line: int) -> Service | None:
    """One service written as a sentence: the name before the first colon or comma."""
    text = text[:MAX_FIELD]
    head, sep, rest = text.partition(":")
    if not sep or len(head.split()) > 8:
        head, sep, rest = text.partition(",")
    if not head.strip() or len(head.split()) > 8:
        return None
    fields = {"name": head.strip(), "frequency": rest, "duration": ""}
    if found := _PROVIDER.search(rest):
        fields["provider"] = (found["p"] or found["r"] or found["q"] or "").strip()
    if found := _LOCATION.search(rest) or _PLACE_ITEM.search(rest):
        fields["location"] = found["l"].strip()
    if found := _START.search(rest):
        fields["start"] = found["d"]
    if found := _END.search(rest):
        fields["end"] = found["d"]
    if "start" not in fields and (found := _RANGE.search(rest)):
        fields["start"], fields["end"] = found["s"], found["e"]
    return _service(fields, line)


def _pipe_row(line: str) -> str | None:
    """A service written as a row of cells with no header row ("Reading instruction | 45
    minutes | 4x weekly | resource room | 01/05/2027 - 12/07/2027 | special education
    teacher"), as a sentence `_sentence` reads; None if the line is no such row."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    if len(cells) < 3 or not any(c.isdigit() for c in line):
        return None  # (a header row or a "---|---" rule states no amount)
    return ", ".join(f"provided by {cell}" if _ROLE_CELL.fullmatch(cell) else cell
                     for cell in cells)


def parse_services(lines: list[str], first_line: int) -> tuple[tuple[Service, ...], bool]:
    """The services, and whether they carry start dates of their own (a column or a field)."""
    services: list[Service] = []
    grid: Grid | None = None
    block: dict[str, str] | None = None
    block_line = 0
    prose: list[tuple[int, str]] = []
    has_starts = False
    for offset, raw in enumerate(lines):
        if len(services) > MAX_ITEMS:
            break  # the finder keeps MAX_ITEMS; one more says there were more
        number = first_line + offset
        line = raw.rstrip()
        if not line.strip():
            grid = None
            continue
        if grid is None and (found := Grid.detect(line)):
            grid = found
            has_starts = has_starts or "start" in grid.columns
            continue
        if grid is not None:
            row = grid.row(line)
            if row.get("name"):
                services.append(_service(row, number))
            continue
        if block is None and "|" in line:  # a row of a table with no header row
            if (row_text := _pipe_row(line)) is not None:
                prose.append((number, row_text))
            continue  # (its header row, or its "---|---" rule, was read as a service)
        labelled = _FIELD.match(line)
        key = _FIELD_OF.get(labelled["label"].strip().lower()) if labelled else None
        if labelled and key:
            if key == "name":
                if block:
                    services.append(_service(block, block_line))
                block, block_line = {"name": labelled["value"].strip()}, number
            elif block is not None:
                block[key] = labelled["value"].strip()
                has_starts = has_starts or key == "start"
            continue
        if block is not None:
            continue
        if line.strip().endswith(":") and not _BULLET.match(line):
            continue  # a sub-heading such as "Related services:"
        if _BULLET.match(line) or not prose or not raw[:1].isspace():
            prose.append((number, _BULLET.sub("", line).strip()))
        else:
            if len(prose[-1][1]) < MAX_FIELD:
                prose[-1] = (prose[-1][0], prose[-1][1] + " " + line.strip())
    if block:
        services.append(_service(block, block_line))
    for number, text in prose[:MAX_ITEMS + 1]:
        if (service := _sentence(text, number)) is not None:
            services.append(service)
            has_starts = has_starts or bool(service.start)
    return tuple(services), has_starts
