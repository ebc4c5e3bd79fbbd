"""How the score tests read a text: each score's label, test, type and value."""

from __future__ import annotations

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

Row = tuple[str, str, str, float]


def read(text: str, scales: Scales) -> list[Row]:
    """(label, test, type name, value) of each score in `text` (escapes read as spaces)."""
    return [(s.label, s.test, s.type_name, s.value) for s in find_scores(blank(text), scales)]


def read_stated(text: str, scales: Scales) -> list[tuple[str, str, str, float, float | None]]:
    """(label, test, kind, value, stated percentile) of each score in `text`."""
    return [(s.label, s.test, s.kind, s.value, s.stated) for s in find_scores(text, scales)]


def labels(text: str, scales: Scales) -> list[tuple[str, float]]:
    """(label, value) of each score in `text` (escapes read as spaces): whose rating it is,
    where its label says so."""
    return [(s.label, s.value) for s in find_scores(blank(text), scales)]
