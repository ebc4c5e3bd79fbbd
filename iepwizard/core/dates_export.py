"""The key dates in the child's export: each date, the child's date settings, the breaks. Their
labels, values and break names are the parent's text: literal Markdown (`md_text`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .date_settings import kept_rows
from .dates import long_date
from .dates_view import break_days
from .md_text import md_one_line

if TYPE_CHECKING:
    from .deadline_rules import Rules
    from .store import Store


def key_dates_markdown(store: Store, child_id: str, rules: Rules | None = None) -> list[str]:
    """Markdown lines: the key dates oldest first, then the settings (in plain words, named
    as the `rules` name them) and school breaks kept."""
    out = ["# Key dates", ""]
    entries = store.key_dates(child_id).entries
    out += [f"- {long_date(e.day)}: {md_one_line(e.label())}" for e in entries] or [
        "(none yet)"]
    settings = store.stored_date_settings(child_id)
    kept = [f"- {md_one_line(row)}" for row in kept_rows(rules, settings.values)]
    breaks = [f"- {break_days(b)}: {md_one_line(b.name) or 'break'}"
              for b in store.school_breaks(child_id)]
    if kept:
        out += ["", "Date settings (anything not listed is the federal default):", "", *kept]
    if breaks:
        out += ["", "School breaks:", "", *breaks]
    return [*out, ""]
