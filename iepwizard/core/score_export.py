"""Saved scores in the child's export: each evaluation's scores in words (the text shown beside
the bell curve), and each area year to year. Evaluation names, areas and tests are the parent's
(or a report's) text: literal Markdown (`md_text`), each line's own "- " kept as its bullet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .bellcurve import chart
from .dates import long_form
from .history_chart import history_table
from .md_text import md_one_line
from .score_history import history, restored

if TYPE_CHECKING:
    from .scales import Scales
    from .store import Store


def _clean(line: str) -> str:
    """A line of the chart's words or the year-to-year table, as literal Markdown."""
    bullet = "- " if line.startswith("- ") else ""
    return bullet + md_one_line(line.removeprefix(bullet))


def scores_markdown(store: Store, child_id: str, scales: Scales | None = None) -> list[str]:
    """The export's "Test scores" section (empty when nothing is saved); `scales`: the
    scales file's, so each score is said in its test's own words, as the decoder said it."""
    records = store.evaluations(child_id)
    if not records:
        return []
    evaluations, links = store.score_history(child_id)
    out = ["# Test scores", "",
           "Saved from evaluation reports with the decoder. The evaluator's own report and "
           "ranges have the last word.", ""]
    for record, evaluation in zip(records, evaluations, strict=True):
        out += [f"## {md_one_line(record.name)}, {long_form(record.date)}", ""]
        if record.report:
            out += ["(The report's text is kept with it in iepwizard.)", ""]
        lines = chart(restored(evaluation.scores, scales)).summary(0)
        out += [_clean(line) for line in lines] or ["(no scores)"]
        out.append("")
    table = history_table(history(evaluations, links, scales)) if len(records) > 1 else []
    if table:
        out += ["## Year to year", "", *(f"- {_clean(line)}" for line in table), ""]
    return out
