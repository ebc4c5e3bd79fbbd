"""Saved evaluations in the store: scores, the report's text in its own file, corrections,
links across tests, the export, and "delete this child"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iepwizard.core.export import child_markdown
from iepwizard.core.records import InvalidRecord, ScoreRecord
from iepwizard.core.score_history import SavedScore, history
from iepwizard.core.scores import Score
from iepwizard.core.store import Store


def saved(label: str, test: str, value: float, kind: str = "standard",
          role: str = "") -> SavedScore:
    return SavedScore.of(Score(0, 1, kind, value, label, test, role))


FIRST = [saved("Reading Composite", "WIAT-4", 85), saved("Spelling", "WIAT-4", 2.4, "ge"),
         saved("Hyperactivity", "BASC-3", 62, "t", "problem")]
SECOND = [saved("Broad Reading", "WJ IV", 79), saved("Hyperactivity", "BASC-3", 71, "t",
                                                     "problem")]


def test_save_read_back_and_history(store: Store) -> None:
    child = store.add_child("Sam")
    first = store.save_evaluation(child.id, "  Initial   evaluation ", "2/10/2024", FIRST)
    second = store.save_evaluation(child.id, "Triennial", "March 2 2026", SECOND,
                                   report_text="Broad Reading 79 [bold]x[/bold]\x1b]52;c;x\x07")
    assert (first.name, first.date, first.report) == ("Initial evaluation", "2024-02-10", False)
    assert (second.date, second.report) == ("2026-03-02", True)
    assert [e.id for e in store.evaluations(child.id)] == [first.id, second.id]
    rows = store.saved_scores(child.id, first.id)
    assert [(r.label, r.kind, r.value, r.percentile) for r in rows] == [
        ("Reading Composite", "standard", 85.0, 16), ("Spelling", "ge", 2.4, 0),
        ("Hyperactivity", "t", 62.0, 88)]
    store.link_areas(child.id, "WIAT-4", "Reading Composite", "WJ IV", "Broad Reading")
    lines = [area.line() for area in history(*store.score_history(child.id))]
    assert lines == ["Reading Composite: 16th (2024, WIAT-4) -> 8th (2026, WJ IV)",
                     "Hyperactivity (higher = more concern): 88th (2024, BASC-3) -> 98th "
                     "(2026, BASC-3)"]
    store.flush()
    path = store.report_path(child.id, second.id)
    assert path.parent == store.layout.documents(child.id)
    assert path.read_text(encoding="utf-8").startswith("Broad Reading 79 [bold]")
    assert path.stat().st_mode & 0o077 == 0
    assert store.evaluation_report(child.id, second.id) == path.read_text(encoding="utf-8")
    assert store.evaluation_report(child.id, first.id) is None
    # the report text is not inside the child's TinyDB file
    files = list(store.layout.children.glob(f"{child.id}*"))
    assert files and not any(b"Broad Reading 79" in f.read_bytes() for f in files)


def test_survives_a_restart(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        child = store.add_child("Sam")
        store.save_evaluation(child.id, "Initial", "2024-02-10", FIRST, report_text="text")
    with Store.open(data_dir) as store:
        [evaluation] = store.evaluations(child.id)
        assert len(store.saved_scores(child.id)) == 3
        assert store.evaluation_report(child.id, evaluation.id) == "text"


def test_wrong_names_and_dates_are_refused(store: Store) -> None:
    child = store.add_child("Sam")
    with pytest.raises(ValueError, match="Give the evaluation a name"):
        store.save_evaluation(child.id, "   ", "2024-02-10", FIRST)
    with pytest.raises(ValueError, match="is not a date"):
        store.save_evaluation(child.id, "Initial", "the 45th of May", FIRST)
    with pytest.raises(ValueError, match="not a safe id"):
        store.report_path(child.id, "../../etc")
    assert store.evaluations(child.id) == []


def test_correct_and_delete(store: Store) -> None:
    child = store.add_child("Sam")
    evaluation = store.save_evaluation(child.id, "Initial", "2024-02-10", FIRST,
                                       report_text="kept")
    reading = store.saved_scores(child.id)[0]
    store.update_score(child.id, reading.doc_id, "Reading", "WIAT-4", 70)
    fixed = store.saved_scores(child.id)[0]
    assert (fixed.label, fixed.value, fixed.percentile) == ("Reading", 70.0, 2)
    store.update_evaluation(child.id, evaluation.id, "First evaluation", "2024-02-11")
    assert store.evaluations(child.id)[0].date == "2024-02-11"
    store.delete_score(child.id, fixed.doc_id)
    assert len(store.saved_scores(child.id)) == 2
    store.link_areas(child.id, "A", "x", "B", "y")
    [link] = store.area_links(child.id)
    store.unlink_areas(child.id, link.doc_id)
    assert store.area_links(child.id) == []
    store.flush()
    path = store.report_path(child.id, evaluation.id)
    assert path.exists()
    store.delete_evaluation(child.id, evaluation.id)
    store.flush()
    assert store.evaluations(child.id) == [] and store.saved_scores(child.id) == []
    assert not path.exists()


def test_holdings_and_delete_child(store: Store) -> None:
    child = store.add_child("Sam")
    store.save_evaluation(child.id, "Initial", "2024-02-10", FIRST, report_text="kept")
    store.link_areas(child.id, "A", "x", "B", "y")
    held = {one: n for n, one, _ in store.holdings(child.id)}
    assert (held["saved evaluation"], held["saved score"], held["kept report text"],
            held["area link"]) == (1, 3, 1, 1)
    store.flush()
    store.delete_child(child.id).result(timeout=5)
    store.flush()
    assert [p for p in store.data_dir.rglob("*") if child.id in str(p)] == []


def test_a_bad_score_in_the_file_is_refused() -> None:
    good = ScoreRecord(evaluation_id="abc", label="Reading", test="WIAT-4", kind="standard",
                       value=85.0, percentile=16).to_doc()
    assert ScoreRecord.from_doc(good).value == 85.0
    for bad in ({"value": float("nan")}, {"value": "85"}, {"value": 5000.0},
                {"kind": "iq"}, {"percentile": 100}, {"evaluation_id": "../x"}):
        with pytest.raises(InvalidRecord):
            ScoreRecord.from_doc({**good, **bad})
    json.dumps(good)


def test_export_has_the_scores(store: Store) -> None:
    child = store.add_child("Sam")
    store.save_evaluation(child.id, "Initial [b]", "2024-02-10", FIRST)
    store.save_evaluation(child.id, "Triennial", "2026-03-02", SECOND, report_text="x")
    store.link_areas(child.id, "WIAT-4", "Reading Composite", "WJ IV", "Broad Reading")
    text = child_markdown(store, child)
    section = text[text.index("# Test scores"):]
    assert "## Initial \\[b\\], February 10, 2024" in section  # (escaped Markdown)
    assert "- Reading Composite (WIAT-4): standard score 85, the 16th percentile, low " \
           "average" in section  # (the range reports use, as its explanation says)
    assert "- Hyperactivity (BASC-3): T-score 71, the 98th percentile, clinically " \
           "significant" in section
    assert "grade equivalent is not on this curve" in section
    assert "(The report's text is kept with it in iepwizard.)" in section
    assert "- Reading Composite: 16th (2024, WIAT-4) -\\> 8th (2026, WJ IV)" in section
    empty = store.add_child("Alex")
    assert "# Test scores" not in child_markdown(store, empty)


def test_a_v_scale_score_is_saved_as_one(store: Store) -> None:
    # (the store's kinds knew no v-scale: a Vineland subdomain could not be kept as what it is)
    child = store.add_child("Sam")
    evaluation = store.save_evaluation(child.id, "Vineland", "3/1/2026",
                                       [saved("Receptive", "Vineland-3", 10, "v")])
    [row] = store.saved_scores(child.id, evaluation.id)
    assert (row.label, row.kind, row.value, row.percentile) == ("Receptive", "v", 10.0, 5)
    [area] = history(*store.score_history(child.id))
    assert area.line() == "Receptive: 5th (2026, Vineland-3)"
