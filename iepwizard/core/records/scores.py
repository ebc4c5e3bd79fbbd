"""Scores year to year: the evaluations a parent saved from the decoder, their scores, and the
areas the parent linked across tests ("Reading Composite" on the WIAT-4 is "Broad Reading" on
the WJ IV). Plain records; `core/score_history.py` turns them into each area's history."""

from __future__ import annotations

from dataclasses import dataclass

from ..score_history import AreaLink, Evaluation, SavedScore
from . import base as f
from .base import Record

SCORE_KINDS = ("standard", "scaled", "v", "t", "scale15", "percentile", "ge", "unknown")
SCORE_ROLES = ("", "problem", "adaptive", "ability")
#: Bounds of a stored score (every scale the decoder reads fits: a T-score up to 120, a
#: standard score down to 40, a grade equivalent of 0.0).
LOWEST, HIGHEST = 0.0, 1000.0


@dataclass(frozen=True, repr=False, eq=False)
class EvaluationRecord(Record):
    """One saved evaluation (its report's text, when kept, is a file of its own named by the
    id: `documents/<child>/evaluation-<id>.txt`)."""

    TABLE = "evaluations"
    id: str = f.ident()
    name: str = f.text("Evaluation name")
    date: str = f.date("Date of the evaluation")
    created: str = f.stamp()
    #: Whether the parent asked to keep the report's text.
    report: bool = f.flag()

    @property
    def year(self) -> str:
        return self.date[:4]


@dataclass(frozen=True, repr=False, eq=False)
class ScoreRecord(Record):
    """One score of a saved evaluation, as the decoder read it (the parent may correct it)."""

    TABLE = "scores"
    evaluation_id: str = f.ident()
    label: str = f.text("Area")
    test: str = f.text("Test")
    kind: str = f.choice(SCORE_KINDS, default="unknown")
    value: float = f.real(LOWEST, HIGHEST)
    #: 1 to 99; 0 where the score has no place on the percentile scale.
    percentile: int = f.number(0, 99)
    role: str = f.choice(SCORE_ROLES)
    doc_id: int = 0

    def saved(self) -> SavedScore:
        return SavedScore(self.label, self.test, self.kind, self.value,
                          self.percentile or None, self.role)


@dataclass(frozen=True, repr=False, eq=False)
class AreaLinkRecord(Record):
    """The parent says two areas of two tests are one area."""

    TABLE = "area_links"
    test: str = f.text("Test")
    label: str = f.text("Area")
    other_test: str = f.text("Other test")
    other_label: str = f.text("Same area on the other test")
    created: str = f.stamp()
    doc_id: int = 0

    def link(self) -> AreaLink:
        return AreaLink(self.test, self.label, self.other_test, self.other_label)


def evaluations_with_scores(evaluations: list[EvaluationRecord],
                            scores: list[ScoreRecord]) -> list[Evaluation]:
    """The saved evaluations as `score_history` reads them (each with its scores)."""
    by_evaluation: dict[str, list[SavedScore]] = {}
    for score in scores:
        by_evaluation.setdefault(score.evaluation_id, []).append(score.saved())
    return [Evaluation(e.name, e.date, tuple(by_evaluation.get(e.id, ())))
            for e in evaluations]
