"""Saved evaluations, their scores and the areas linked across tests (in the child's file);
a report's text, when the parent keeps it, in a file of its own under `documents/<child>/`."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query

from .. import records
from ..records.base import check_fields, is_safe_id, storable
from .base import BaseStore, new_id
from .family import now

if TYPE_CHECKING:
    from ..score_history import AreaLink, Evaluation, SavedScore

Q = Query()
#: The longest report text kept with an evaluation (what the decoder reads at most).
MAX_REPORT = 20_000_000


def _name(name: str) -> str:
    name = " ".join(storable(name).split())
    if not name:
        raise ValueError("Give the evaluation a name, such as \"Triennial 2026\".")
    return name[:200]


def _day(date: str) -> str:
    from ..dates import iso_date  # (when first used: the first screen needs no date read)

    day = iso_date(date)
    if day is None:
        raise ValueError(f"{date[:40]!r} is not a date; write it like 2026-03-14 or 3/14/2026.")
    return day


class ScoreStore(BaseStore):
    def report_path(self, child_id: str, evaluation_id: str) -> Path:
        """Where an evaluation's report text is kept (named by safe ids only)."""
        if not is_safe_id(evaluation_id):
            raise ValueError(f"not a safe id: {evaluation_id[:40]!r}")
        return self.layout.documents(child_id) / f"evaluation-{evaluation_id}.txt"

    # -- reading ----------------------------------------------------------------------------
    def evaluations(self, child_id: str) -> list[records.EvaluationRecord]:
        rows = self._child_rows(child_id, records.EvaluationRecord)
        return sorted(rows, key=lambda e: (e.date, e.created))

    def evaluation(self, child_id: str, evaluation_id: str) -> records.EvaluationRecord | None:
        return next((e for e in self.evaluations(child_id) if e.id == evaluation_id), None)

    def saved_scores(self, child_id: str, evaluation_id: str | None = None
                     ) -> list[records.ScoreRecord]:
        rows = self._child_rows(child_id, records.ScoreRecord)
        return [r for r in rows if evaluation_id is None or r.evaluation_id == evaluation_id]

    def area_links(self, child_id: str) -> list[records.AreaLinkRecord]:
        return self._child_rows(child_id, records.AreaLinkRecord)

    def score_history(self, child_id: str) -> tuple[list[Evaluation], list[AreaLink]]:
        """What `score_history.history` reads: every saved evaluation, and the links."""
        from ..records.scores import evaluations_with_scores

        return (evaluations_with_scores(self.evaluations(child_id), self.saved_scores(child_id)),
                [link.link() for link in self.area_links(child_id)])

    def evaluation_report(self, child_id: str, evaluation_id: str) -> str | None:
        """The report text kept with an evaluation, or None (not kept, or unreadable)."""
        from ..text_input import InputError, read_text_file

        evaluation = self.evaluation(child_id, evaluation_id)
        if evaluation is None or not evaluation.report:
            return None
        self.flush()
        try:
            return read_text_file(self.report_path(child_id, evaluation_id), MAX_REPORT)[0]
        except InputError:
            return None

    # -- writing ----------------------------------------------------------------------------
    def save_evaluation(self, child_id: str, name: str, date: str,
                        scores: Iterable[SavedScore], report_text: str | None = None
                        ) -> records.EvaluationRecord:
        """Keep an evaluation's scores (and, if given, the report's text in its own file).
        ValueError (one sentence) for an empty name or a date that is none."""
        evaluation = records.EvaluationRecord.from_doc({
            "id": new_id(), "name": _name(name), "date": _day(date), "created": now(),
            "report": report_text is not None})
        docs = [records.ScoreRecord.from_doc({
            "evaluation_id": evaluation.id, "label": storable(s.label)[:300],
            "test": storable(s.test)[:100], "kind": s.kind, "value": s.value,
            "percentile": s.percentile or 0, "role": s.role}).to_doc() for s in scores]
        if report_text is not None:
            if self._writer is None:
                raise PermissionError("the store was opened read-only")
            data = storable(report_text)[:MAX_REPORT].encode("utf-8")
            self._writer.write(self.report_path(child_id, evaluation.id), data)

        def change(db: Any) -> None:
            db.table(records.EvaluationRecord.TABLE).insert(evaluation.to_doc())
            if docs:
                db.table(records.ScoreRecord.TABLE).insert_multiple(docs)
        self._child_change(child_id, change)
        return evaluation

    def update_evaluation(self, child_id: str, evaluation_id: str, name: str,
                          date: str) -> Future[None]:
        values = check_fields(records.EvaluationRecord, {"name": _name(name), "date": _day(date)})
        return self._child_change(child_id, lambda db: db.table(
            records.EvaluationRecord.TABLE).update(values, Q.id == evaluation_id))

    def update_score(self, child_id: str, score_id: int, label: str, test: str,
                     value: float, role: str | None = None) -> Future[None]:
        """Correct a score: its area, test or number (its percentile follows the number),
        and (not None) its role: a T-score's direction."""
        from ..scores import Score

        row = next((s for s in self.saved_scores(child_id) if s.doc_id == score_id), None)
        if row is None:
            raise KeyError(score_id)
        percentile = row.percentile if value == row.value else (
            Score(0, 0, row.kind, value).percentile or 0)
        values = check_fields(records.ScoreRecord, {"label": " ".join(label.split())[:300],
                                            "test": " ".join(test.split())[:100],
                                            "value": float(value), "percentile": percentile,
                                            **({} if role is None else {"role": role})})
        return self._child_change(child_id, lambda db: db.table(records.ScoreRecord.TABLE).update(
            values, doc_ids=[score_id]))

    def delete_score(self, child_id: str, score_id: int) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(records.ScoreRecord.TABLE).remove(
            doc_ids=[score_id]))

    def delete_evaluation(self, child_id: str, evaluation_id: str) -> Future[None]:
        """An evaluation, its scores and its kept report text."""
        evaluation = self.evaluation(child_id, evaluation_id)
        if evaluation is not None and evaluation.report and self._writer is not None:
            self._writer.delete(self.report_path(child_id, evaluation_id))

        def change(db: Any) -> None:
            db.table(records.EvaluationRecord.TABLE).remove(Q.id == evaluation_id)
            db.table(records.ScoreRecord.TABLE).remove(Q.evaluation_id == evaluation_id)
        return self._child_change(child_id, change)

    def link_areas(self, child_id: str, test: str, label: str, other_test: str,
                   other_label: str) -> Future[None]:
        values = check_fields(records.AreaLinkRecord, {"test": test, "label": label,
                                               "other_test": other_test,
                                               "other_label": other_label, "created": now()})
        table = records.AreaLinkRecord.TABLE
        return self._child_change(child_id, lambda db: db.table(table).insert(values))

    def unlink_areas(self, child_id: str, link_id: int) -> Future[None]:
        table = records.AreaLinkRecord.TABLE
        return self._child_change(child_id, lambda db: db.table(table).remove(doc_ids=[link_id]))

    # -- "delete this child" ----------------------------------------------------------------
    def _holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        evaluations = self.evaluations(child_id)
        return [(len(evaluations), "saved evaluation", "saved evaluations"),
                (len(self.saved_scores(child_id)), "saved score", "saved scores"),
                (sum(e.report for e in evaluations), "kept report text",
                 "kept report texts"),
                (len(self.area_links(child_id)), "area link", "area links"),
                *super()._holdings(child_id)]

    def _delete_child_files(self, child_id: str) -> None:
        writer = self._writer
        if writer is None:
            return super()._delete_child_files(child_id)
        for evaluation in self.evaluations(child_id):
            if evaluation.report:
                writer.delete(self.report_path(child_id, evaluation.id))
        super()._delete_child_files(child_id)
        folder = self.layout.documents(child_id)

        def drop_empty_folder() -> None:  # after every store's deletions (the writer is FIFO)
            if folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir()):
                folder.rmdir()
        writer.call(drop_empty_folder)
