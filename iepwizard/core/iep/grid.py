"""Tables as they arrive in text: cells split by "|", by tabs, or by aligned columns."""

from __future__ import annotations

import re

#: Column name -> the words a header cell uses for it.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("service", "services", "related services", "related service",
             "special education services", "special education service", "program", "programs",
             "special programs/services", "type of service", "service type",
             "special education programs", "accommodation", "accommodations",
             "programs and services", "special education and related services"),
    "provider": ("provider", "providers", "service provider", "responsible", "staff",
                 "provided by", "person responsible", "responsible staff", "position"),
    "location": ("location", "setting", "where", "service location", "place"),
    "frequency": ("frequency", "how often", "sessions", "freq"),
    "duration": ("duration", "minutes", "amount", "length", "session length", "time",
                 "minutes per session", "amount of time"),
    "start": ("start", "start date", "begin", "begin date", "beginning date", "initiation",
              "initiation date", "projected beginning date", "projected start date",
              "projected beginning/service date", "date services begin", "starts"),
    "end": ("end", "end date", "ending date", "projected ending date", "projected end date",
            "ends"),
}
_COLUMN_OF = {word: column for column, names in COLUMNS.items() for word in names}


def column_of(cell: str) -> str | None:
    return _COLUMN_OF.get(" ".join(cell.strip(" :*").lower().split()))


def _pieces(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the cells of an aligned line (cells apart by 2+ spaces)."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


class Grid:
    """A header line that names at least three known columns, and how to cut its rows."""

    def __init__(self, header: str) -> None:
        self.mode = "|" if "|" in header else "\t" if "\t" in header else "aligned"
        if self.mode == "aligned":
            pieces = _pieces(header)
            self.offsets = [offset for offset, _ in pieces]
            cells = [text for _, text in pieces]
        else:
            self.offsets = []
            cells = self._split(header)
        self.columns = [column_of(cell) for cell in cells]

    @staticmethod
    def detect(line: str) -> Grid | None:
        if "|" in line:
            cells = [c for c in line.split("|") if c.strip()]
        elif "\t" in line:
            cells = line.split("\t")
        else:
            cells = [text for _, text in _pieces(line)]
        known = [column_of(c) for c in cells]
        if len({k for k in known if k}) >= 3 and known and known[0] == "name":
            return Grid(line)
        return None

    def _split(self, line: str) -> list[str]:
        cells = [c.strip() for c in line.split(self.mode)]
        if self.mode == "|" and cells and not cells[0] and line.lstrip().startswith("|"):
            cells = cells[1:]
        if self.mode == "|" and cells and not cells[-1] and line.rstrip().endswith("|"):
            cells = cells[:-1]
        return cells

    def row(self, line: str) -> dict[str, str]:
        cells = self._cut(line) if self.mode == "aligned" else self._split(line)
        return {column: cell.strip() for column, cell in zip(self.columns, cells, strict=False)
                if column and cell.strip()}

    def _cut(self, line: str) -> list[str]:
        bounds = []
        for offset in self.offsets[1:]:
            # A cell that runs past its column pushes the cut to the next gap.
            while 0 < offset < len(line) and line[offset - 1] != " " and line[offset] != " ":
                offset += 1
            bounds.append(offset)
        starts = [0, *bounds]
        ends = [*bounds, len(line)]
        return [line[a:b] for a, b in zip(starts, ends, strict=True)]
