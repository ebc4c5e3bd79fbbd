"""The services ledger as a table: per service in all, or by week or month with the running
shortfall. Short and ahead are said in words, not only in colour."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from rich.text import Text
from textual.widgets import DataTable

from ..core.iep.ledger_view import LedgerView
from ..core.iep.model import number
from ..core.safe_text import visible

NAME_WIDTH = 24


def short_text(value: Fraction) -> Text:
    if value > 0:
        return Text(f"{number(value)} short", style="bold")
    if value < 0:
        return Text(f"{number(-value)} ahead")
    return Text("even")


def _name(service: str) -> str:
    name = visible(service, 200)
    return name if len(name) <= NAME_WIDTH else name[:NAME_WIDTH - 1] + "…"


class LedgerTable(DataTable[object]):
    def show(self, view: LedgerView, as_of: dt.date, span: str, count_absences: bool) -> None:
        """Fill the table: `span` is "total", "week" or "month"."""
        self.clear(columns=True)
        if span == "total":
            self.add_columns("Service", "Req.", "Done", "Not prov.", "Absent", "Short")
            for s in view.summary(as_of, count_absences):
                self.add_row(_name(s.service), number(s.required), str(s.delivered),
                             str(s.not_provided), str(s.absent), short_text(s.shortfall))
            return
        self.add_columns("From", "Service", "Req.", "Done", "Not prov.", "Absent", "Short",
                         "Running")
        rows = view.rows(as_of, "week" if span == "week" else "month", count_absences)
        order = {name: n for n, name in enumerate(view.ledger.services)}
        for row in sorted(rows, key=lambda r: (-r.start.toordinal(), order[r.service])):
            start = row.start.isoformat() if span == "week" else row.start.strftime("%b %Y")
            self.add_row(start, _name(row.service), number(row.required), str(row.delivered),
                         str(row.not_provided), str(row.absent), short_text(row.shortfall),
                         short_text(row.running))
