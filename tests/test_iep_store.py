"""Saved IEPs and ledger sessions in a real store: the text in its own private file, checked by
its hash; reopened; deleted (with undo for sessions); part of "delete this child" and of the
export; and a damaged record treated like a damaged file."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from iepwizard.core.export import child_markdown
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.saved import keep, last_final, reread
from iepwizard.core.iep.source import from_paste, read_iep
from iepwizard.core.store import Store
from iepwizard.core.store.ieps import IepTextMissing

from .iep_scoring import CORPUS


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def save(store: Store, child_id: str, name: str, status: str = "final",
         day: dt.date | None = None) -> str:
    source = read_iep(str(CORPUS / name))
    kept = keep(store, child_id, source, find_parts(source.text), status, day)  # type: ignore[arg-type]
    return kept.saved.id


def test_a_saved_iep_keeps_its_text_in_a_private_file_and_its_services(store: Store) -> None:
    child = store.add_child("Alex")
    iep_id = save(store, child.id, "alex-2026.txt", "draft")
    store.flush()
    [saved] = store.ieps(child.id)
    path = store.iep_path(child.id, iep_id)
    assert path.parent == store.layout.documents(child.id)
    assert path.read_text(encoding="utf-8") == (CORPUS / "alex-2026.txt").read_text()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert mode(path.parent.parent) == 0o700
    assert (saved.status, saved.iep_date, saved.track, saved.source_kind) == (
        "draft", "2026-09-14", "iep", "text")
    assert [s.name for s in store.iep_services(child.id, iep_id)] == [
        "Specialized Reading Instruction", "Specialized Math Instruction",
        "Written Expression Support", "Behavior Support Check-in"]
    assert store.iep_text(child.id, iep_id) == (CORPUS / "alex-2026.txt").read_text()
    # Not inside the TinyDB file: only its hash and dates are.
    records = [f.read_text() for f in store.layout.children.iterdir()]
    assert records and not any("Acadience" in r for r in records)


def test_saving_the_same_text_again_updates_it_and_last_final_skips_the_text_itself(
        store: Store) -> None:
    child = store.add_child("Alex")
    old = save(store, child.id, "alex-2025.txt")
    new = save(store, child.id, "alex-2026.txt", "draft")
    assert save(store, child.id, "alex-2026.txt", "final", dt.date(2026, 9, 15)) == new
    assert [(i.id, i.status, i.iep_date) for i in store.ieps(child.id)] == [
        (old, "final", "2025-09-16"), (new, "final", "2026-09-15")]
    text = (CORPUS / "alex-2026.txt").read_text()
    from iepwizard.core.store.ieps import text_hash

    found = last_final(store, child.id, not_sha=text_hash(text))
    assert found is not None and found.id == old
    assert len(reread(store, child.id, found).services) == 3


def test_it_survives_a_reopen_and_a_reader_sees_it(data_dir: Path) -> None:
    store = Store.open(data_dir)
    child = store.add_child("Alex")
    iep_id = save(store, child.id, "maya-2026.txt")
    store.add_session(child.id, "2026-09-16", "Speech", 30, "not-provided", "no sub")
    store.close()
    reader = Store.open(data_dir, readonly=True)
    assert [i.id for i in reader.ieps(child.id)] == [iep_id]
    assert reader.iep_text(child.id, iep_id) == (CORPUS / "maya-2026.txt").read_text()
    [session] = reader.sessions(child.id)
    assert (session.status, session.note) == ("not-provided", "no sub")


def test_a_text_changed_or_removed_outside_is_named_not_read(store: Store) -> None:
    child = store.add_child("Alex")
    iep_id = save(store, child.id, "alex-2026.txt")
    store.flush()
    path = store.iep_path(child.id, iep_id)
    path.write_text("something else")
    with pytest.raises(IepTextMissing, match="changed outside iepwizard"):
        store.iep_text(child.id, iep_id)
    path.unlink()
    path.symlink_to(CORPUS / "alex-2026.txt")
    with pytest.raises(IepTextMissing, match="cannot be read"):
        store.iep_text(child.id, iep_id)
    # The export says so and goes on.
    child_record = store.child(child.id)
    assert child_record is not None
    assert "cannot be read" in child_markdown(store, child_record)


def test_a_damaged_session_is_treated_like_a_damaged_file(data_dir: Path) -> None:
    store = Store.open(data_dir)
    child = store.add_child("Alex")
    store.add_session(child.id, "2026-09-16", "Speech", 30)
    store.close()
    path = Store(data_dir, readonly=True).layout.child(child.id)
    data = json.loads(path.read_text())
    data["ledger_sessions"]["1"]["minutes"] = 99999
    path.write_text(json.dumps(data))
    (path.parent / f"{path.name}.bak").unlink(missing_ok=True)
    again = Store.open(data_dir)
    try:
        assert again.sessions(child.id) == []
        assert any("damaged" in n or "corrupt" in n or "could not" in n for n in again.notices)
    finally:
        again.close()


def test_a_record_a_save_would_refuse_makes_the_file_damaged(data_dir: Path) -> None:
    """A session with no date and a service whose minutes are not a number, edited into the
    file by hand: the records' own checks run on reading too, so the file is handled as
    damaged (the conventions' rule) and its backup read instead."""
    store = Store.open(data_dir)
    child = store.add_child("Riley")
    from .ledger_fixture import save_two_finals

    save_two_finals(store, child.id)
    store.add_session(child.id, "2026-09-08", "Speech Therapy", 30)
    store.close()
    path = Store(data_dir, readonly=True).layout.child(child.id)
    data = json.loads(path.read_text())
    data["ledger_sessions"]["1"]["date"] = ""
    for service in data["iep_services"].values():
        service["minutes"] = "nan"
    path.write_text(json.dumps(data))
    reader = Store.open(data_dir, readonly=True)
    assert [s.date for s in reader.sessions(child.id)] == ["2026-09-08"]
    assert any("read its backup" in n for n in reader.notices)


def test_deleting_an_iep_removes_its_text_and_a_session_can_be_put_back(store: Store) -> None:
    child = store.add_child("Alex")
    iep_id = save(store, child.id, "alex-2026.txt")
    store.delete_iep(child.id, iep_id).result(timeout=5)
    assert store.ieps(child.id) == [] and store.iep_services(child.id, iep_id) == []
    assert not store.iep_path(child.id, iep_id).exists()
    session = store.add_session(child.id, "2026-09-16", "Speech", 30)
    store.delete_session(child.id, session.id)
    assert store.sessions(child.id) == []
    store.restore_session(child.id, session)
    assert store.sessions(child.id) == [session]


def test_delete_child_names_and_removes_the_ieps_their_texts_and_the_ledger(
        store: Store) -> None:
    child = store.add_child("Alex")
    other = store.add_child("Sam")
    save(store, child.id, "alex-2025.txt")
    save(store, child.id, "alex-2026.txt", "draft")
    kept_id = save(store, other.id, "maya-2026.txt")
    store.add_session(child.id, "2026-09-16", "Speech", 30)
    store.flush()
    holdings = {many: n for n, _, many in store.holdings(child.id)}
    assert holdings["saved IEPs (and their text files)"] == 2
    assert holdings["services-ledger sessions"] == 1
    # A text left by a save cut short goes too.
    (store.layout.documents(child.id) / "iep-orphan.txt").write_text("x")
    # A saved report's text shares the folder: both go, and then the folder.
    store.save_evaluation(child.id, "Fall 2026 evaluation", "2026-10-01", [], "report text")
    store.flush()
    assert len(list(store.layout.documents(child.id).iterdir())) == 4
    store.delete_child(child.id).result(timeout=5)
    store.flush()
    assert not store.layout.documents(child.id).exists()
    assert [p for p in store.data_dir.rglob("*") if child.id in str(p)] == []
    assert store.iep_text(other.id, kept_id).startswith((CORPUS / "maya-2026.txt")
                                                        .read_text()[:20])


def test_the_export_has_the_findings_questions_saved_ieps_and_ledger(store: Store) -> None:
    child = store.add_child("Alex")
    save(store, child.id, "alex-2025.txt")
    paste = from_paste((CORPUS / "alex-2026.txt").read_text())
    keep(store, child.id, paste, find_parts(paste.text), "draft", None)
    store.add_session(child.id, "2026-09-16", "Specialized Reading Instruction", 30,
                      "not-provided", "teacher out \x1b]0;x\x07")
    record = store.child(child.id)
    assert record is not None
    text = child_markdown(store, record)
    review = text[text.index("# IEP review"):text.index("# Meetings")]
    assert "From the draft IEP dated September 14, 2026 (saved from the pasted text)" in review
    assert ("Goal 2 (Reading Comprehension): no measurable criterion; required by 34 CFR "
            "300.320(a)(2)(i)") in review
    assert "## Questions to ask about it" in review
    assert "- Goal 3 (Written Expression): What exact score" in review
    assert "- 2025-09-16 final IEP, from" in review
    assert "    Specialized Reading Instruction\t" in review  # the ledger table, indented
    assert "September 16, 2026 Specialized Reading Instruction: 30 minutes, not provided" \
        in review
    assert "\x1b" not in text and "␛\\]0;x" in text  # (escaped Markdown)


def test_an_export_without_ieps_has_no_iep_section(store: Store) -> None:
    child = store.add_child("Sam")
    assert "# IEP review" not in child_markdown(store, child)
