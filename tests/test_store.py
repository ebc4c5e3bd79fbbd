"""The store against real TinyDB files in a temp dir: round trips, crashes, locks, damage."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iepwizard.core.records import InvalidRecord
from iepwizard.core.store import Store, StoreError, StoreLocked

MAIN_FILE = "iepwizard.json"

HERE = Path(__file__).resolve().parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_round_trip_of_every_record(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.update_parent(name="María Núñez", email="m@example.com")
    child = store.add_child("Sam", full_name="Samuel Núñez", grade="3rd grade")
    cid = child.id
    store.set_current_step(cid, "rti")
    store.set_step_state(cid, "iep-or-504", "done")
    store.set_checked(cid, "rti/ask-plan", True)
    store.set_list_scroll(cid, 4)
    store.set_setting("theme", "textual-light")
    meeting = store.add_meeting(cid, "2026-12-01", "IEP", "Annual", ["case manager"])
    entry, saved = store.add_entry(meeting.id, "[bold]not markup[/] \x1b[31m", "decision")
    saved.result(timeout=5)
    store.set_draft(cid, f"meeting:{meeting.id}", "half a thou")
    question = store.add_question(cid, "How will we track progress?")
    store.update_question(cid, question.id, asked=True, answer="Weekly probes")
    store.add_journal(cid, "2026-11-20", "Homework took 2 hours 😢")
    store.add_contact(cid, "2026-11-21", "Ms. Carter", "email", "Asked for evaluation",
                      letter_id="evaluation-request", subject="Request")
    store.close()

    again = Store.open(data_dir)
    try:
        assert again.parent().name == "María Núñez"
        reopened = again.child(cid)
        assert reopened is not None and reopened.full_name == "Samuel Núñez"
        progress = again.progress(cid)
        assert progress.current_step == "rti"
        assert progress.steps == {"iep-or-504": "done"}
        assert progress.checked == ("rti/ask-plan",)
        assert progress.list_scroll == 4
        assert again.settings().theme == "textual-light"
        assert again.meetings(cid)[0].attendees == ("case manager",)
        [stored] = again.entries(meeting.id)
        assert stored.text == "[bold]not markup[/] \x1b[31m"
        assert stored.mark == "decision"
        assert again.draft(cid, f"meeting:{meeting.id}") == "half a thou"
        assert again.questions(cid)[0].answer == "Weekly probes"
        assert again.journal(cid)[0].text.endswith("😢")
        assert again.contacts(cid)[0].letter_id == "evaluation-request"
    finally:
        again.close()


def test_files_are_private(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        child = store.add_child("Sam")
        meeting = store.add_meeting(child.id, "2026-12-01")
        store.add_entry(meeting.id, "note")[1].result()
        store.flush()
    with Store.open(data_dir):
        pass
    assert mode(data_dir) == 0o700
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert len(files) >= 5
    for path in files:
        assert mode(path) == 0o600, path
    for folder in [p for p in data_dir.rglob("*") if p.is_dir()]:
        assert mode(folder) == 0o700, folder


def test_existing_loose_folder_is_tightened(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    Store.open(data_dir).close()
    assert mode(data_dir) == 0o700


def test_second_instance_is_refused_and_data_untouched(data_dir: Path) -> None:
    first = Store.open(data_dir)
    first.add_child("Sam")
    first.flush()
    before = snapshot(data_dir)
    with pytest.raises(StoreLocked, match="already open in another window"):
        Store.open(data_dir)
    result = subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data_dir)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert "already open in another window" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(data_dir) == before
    first.close()
    Store.open(data_dir).close()


def test_corrupt_file_is_kept_and_backup_restored(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_child("Sam")
    with Store.open(data_dir):
        pass  # a clean start refreshes the backup
    (data_dir / MAIN_FILE).write_text('{"children": {"1": {"nickna')
    store = Store.open(data_dir)
    try:
        assert [c.nickname for c in store.children()] == ["Sam"]
        [notice] = store.notices
        assert "restored its last backup" in notice
        assert store.flush()
        [aside] = list(data_dir.glob(f"{MAIN_FILE}.corrupt-*"))
        assert aside.read_text() == '{"children": {"1": {"nickna'
        assert str(aside) in notice
    finally:
        store.close()


def test_corrupt_file_without_backup_starts_afresh(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / MAIN_FILE).write_bytes(b"\x00\xff not json")
    with Store.open(data_dir) as store:
        assert store.children() == []
        assert "there was no backup, so iepwizard started it afresh" in store.notices[0]
    assert list(data_dir.glob(f"{MAIN_FILE}.corrupt-*"))


def test_readonly_open_changes_nothing(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_child("Sam")
    (data_dir / MAIN_FILE).write_text("garbage")
    listing = sorted(p.name for p in data_dir.iterdir())
    reader = Store.open(data_dir, readonly=True)
    assert [c.nickname for c in reader.children()] == ["Sam"]
    with pytest.raises(PermissionError):
        reader.add_child("Other")
    assert sorted(p.name for p in data_dir.iterdir()) == listing


def test_unserialisable_value_fails_before_the_file_is_touched(store: Store) -> None:
    child = store.add_child("Sam")
    meeting = store.add_meeting(child.id, "2026-12-01")
    store.flush()
    path = store.layout.child(child.id).with_name(f"{child.id}.json.log")
    before = path.read_bytes()
    with pytest.raises(InvalidRecord):
        store.update_meeting(child.id, meeting.id, date=object())
    with pytest.raises(InvalidRecord):
        store.update_meeting(child.id, meeting.id, date="not a date")
    store.flush()
    assert path.read_bytes() == before
    assert store.meetings(child.id)[0].date == "2026-12-01"


def test_stale_temp_files_are_removed(data_dir: Path) -> None:
    Store.open(data_dir).close()
    stale = data_dir / f".{MAIN_FILE}.tmp"
    stale.write_text("half")
    Store.open(data_dir).close()
    assert not stale.exists()


def test_newer_schema_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / MAIN_FILE).write_text(json.dumps({"_meta": {"1": {"schema": 99}}}))
    with pytest.raises(StoreError, match="newer iepwizard"):
        Store.open(data_dir)


def test_delete_child_removes_every_file(store: Store) -> None:
    child = store.add_child("Sam")
    keep = store.add_child("Alex")
    meeting = store.add_meeting(child.id, "2026-12-01")
    store.add_entry(meeting.id, "note")
    store.add_journal(child.id, "2026-11-01", "fine")
    store.set_checked(child.id, "a/b", True)
    store.delete_child(child.id).result(timeout=5)
    store.flush()
    assert [c.nickname for c in store.children()] == ["Alex"]
    assert store.progress(child.id).checked == ()
    leftovers = [p.name for p in store.data_dir.rglob("*") if child.id in p.name
                 or meeting.id in p.name]
    assert leftovers == []
    assert store.child(keep.id) is not None


KILL_TRIALS = 50


def _generations_in_order(folder: Path) -> None:
    """Every backup is a valid file of a generation no newer than its snapshot's."""
    for bak in folder.rglob("*.json.bak"):
        snap = bak.with_name(bak.name.removesuffix(".bak"))
        backup_gen = json.loads(bak.read_bytes())["_meta"]["1"].get("gen", 0)
        assert backup_gen <= json.loads(snap.read_bytes())["_meta"]["1"].get("gen", 0), bak


@pytest.mark.parametrize("mode", ["appends", "compact"])
def test_kill_9_loses_no_acknowledged_write(data_dir: Path, mode: str) -> None:
    """A writer killed at random moments (with `compact`, often inside a compaction): every
    acknowledged write survives, every time, and no backup is older than its snapshot."""
    rng = random.Random(20261128)
    acknowledged: list[int] = []
    stored: list[int] = []
    for round_number in range(KILL_TRIALS):
        start = max(stored) + 1 if stored else 0  # durable but unacknowledged ones included
        proc = subprocess.Popen([sys.executable, str(HERE / "torture_writer.py"),
                                 str(data_dir), str(start), *(["compact"] * (mode == "compact"))],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=10)
        acknowledged += [int(x) for x in out.split()]
        with Store.open(data_dir, readonly=True) as reader:
            child = reader.find_child("Torture")
            assert child is not None, f"round {round_number}: the child is gone"
            assert not reader.notices, reader.notices
            meeting = reader.meetings(child.id)[0]
            texts = [e.text for e in reader.entries(meeting.id)]
            stored = [int(t.split()[1]) for t in texts]
            ticked = set(reader.progress(child.id).checked)
        assert len(stored) == len(set(stored)), f"round {round_number}: a note twice"
        missing = set(acknowledged) - set(stored)
        assert not missing, f"round {round_number}: lost acknowledged entries {missing}"
        assert {f"step/item-{i}" for i in acknowledged} <= ticked
        _generations_in_order(data_dir)
    assert len(acknowledged) > KILL_TRIALS


def test_each_file_kind_names_the_record_of_each_table() -> None:
    """The schemas name their records (made when first read): each name is a record whose own
    TABLE is the table it is named for, and every record kind is held by some file."""
    from iepwizard.core import records
    from iepwizard.core.records.base import Record
    from iepwizard.core.store import schemas

    held = set()
    for schema in (schemas.MAIN, schemas.CHILD, schemas.MEETING, schemas.DRAFTS):
        for table in schema:
            record = schema[table]
            assert issubclass(record, Record) and table == record.TABLE, table
            held.add(record)
        assert schema.get("no such table") is None
    kinds = {getattr(records, name) for name in records.__all__}
    assert {k for k in kinds if isinstance(k, type) and issubclass(k, Record)
            and k is not Record} == held


def test_records_compare_hash_and_print_as_dataclasses_do() -> None:
    """Records' equality, hash and repr are written once in `Record` (issue 16): the same
    values are equal and hash alike, one field apart or another record type is not equal,
    and the repr names every field in order."""
    from iepwizard.core.records import Child, Parent, Person

    child = Child(id="ana", nickname="Ana", grade="3")
    assert child == Child(id="ana", nickname="Ana", grade="3")
    assert hash(child) == hash(Child(id="ana", nickname="Ana", grade="3"))
    assert child != child.but(grade="4")
    assert len({child, child.but(grade="4"), Child(id="ana", nickname="Ana", grade="3")}) == 2
    assert Parent(name="x") != Person(name="x")  # (another record type, equal fields)
    assert child.__eq__("ana") is NotImplemented
    assert repr(Parent(name="Sam")) == ("Parent(name='Sam', email='', phone='', "
                                        "address='')")
