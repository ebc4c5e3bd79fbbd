"""Issue 18, case 1: a full disk loses nothing acknowledged, never replaces a backup with an
older generation, retries and says so, and on quitting says what is unsaved and can save it
elsewhere. Each test runs on a real full tmpfs and through the failing-write hook."""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from iepwizard.core.store import Store, files

from .faults_support import full_disk, snapshot, wait_for

KINDS = ["tmpfs", "shim"]


def _texts(path: Path) -> list[str]:
    """The notes in a meeting's snapshot or backup, in id order."""
    data = json.loads(path.read_bytes())
    rows = data.get("entries", {})
    return [rows[k]["text"] for k in sorted(rows, key=int)]


def _gen(path: Path) -> int:
    return int(json.loads(path.read_bytes())["_meta"]["1"]["gen"])


def _setup(folder: Path, notes: int) -> tuple[str, str]:
    """A child with a meeting of `notes` notes, closed cleanly (so a backup exists)."""
    with Store.open(folder) as store:
        child = store.add_child("Sam")
        meeting = store.add_meeting(child.id, "2026-12-01")
        for n in range(notes):
            store.add_entry(meeting.id, f"before {n}")
    return child.id, meeting.id


@pytest.mark.parametrize("kind", KINDS)
def test_full_disk_loses_no_change_and_keeps_the_newest_backup(tmp_path: Path,
                                                               kind: str) -> None:
    with full_disk(tmp_path, kind) as disk:
        data = disk.root / "data"
        cid, mid = _setup(data, 6)
        store = Store.open(data)
        troubles: list[str | None] = []
        store.on_trouble = troubles.append
        bak = store.layout.meeting(mid).with_name(f"{mid}.json.bak")
        assert _texts(bak) == [f"before {n}" for n in range(6)]
        gen_before = _gen(bak)

        disk.fill()
        during: list[tuple[Any, Future[None]]] = [
            store.add_entry(mid, f"during {n} " + "x" * 400) for n in range(12)]
        ticks = [store.set_checked(cid, f"step/item-{n}", True) for n in range(5)]
        done = store.set_step_state(cid, "rti", "done")
        assert wait_for(lambda: bool(troubles)), "the writer never said it was in trouble"
        assert "No space left on device" in (troubles[0] or "")
        assert store.trouble and store.unsaved > 0
        assert not all(f.done() for _, f in during), "a note was shown as saved while the disk " \
                                                     "was full"
        acknowledged = [e.text for e, f in during if f.done()]
        assert not store.flush(timeout=0.3)  # still failing: flush says so, and does not hang

        disk.free()
        store.retry_now()
        assert store.flush(timeout=20)
        assert troubles[-1] is None  # ...and says when writing works again
        for _, future in during:
            future.result(timeout=1)
        for future in [*ticks, done]:
            future.result(timeout=1)
        assert store.unsaved == 0
        assert store.close()

        written = [f"before {n}" for n in range(6)] + [e.text for e, _ in during]
        assert set(acknowledged) <= set(written)
        with Store.open(data, readonly=True) as reader:
            assert not reader.notices, reader.notices
            assert [e.text for e in reader.entries(mid)] == written
            progress = reader.progress(cid)
            assert {f"step/item-{n}" for n in range(5)} <= set(progress.checked)
            assert progress.state("rti") == "done"
        # The snapshot and its backup hold every note, and the backup is a newer generation.
        assert _texts(store.layout.meeting(mid)) == written
        assert _texts(bak) == written
        assert _gen(bak) > gen_before
        # Opening again (the moment the backup was overwritten) keeps all of it.
        Store.open(data).close()
        assert _texts(bak) == written


@pytest.mark.parametrize("kind", KINDS)
def test_quitting_on_a_full_disk_says_so_and_rescue_saves_elsewhere(tmp_path: Path,
                                                                     kind: str) -> None:
    with full_disk(tmp_path, kind) as disk:
        data = disk.root / "data"
        cid, mid = _setup(data, 3)
        store = Store.open(data)
        before_fill = snapshot(data)
        disk.fill()
        pending = [store.add_entry(mid, f"unsaved {n} " + "y" * 500)[1] for n in range(10)]
        store.set_checked(cid, "step/late", True)
        store.add_journal(cid, "2026-12-02", "written while the disk was full")
        assert not store.close(timeout=1.0)
        assert store.unsaved > 0
        # The writer gave up: nothing more reaches the data folder after close returns.
        settled = snapshot(data)
        time.sleep(1.3)
        assert snapshot(data) == settled
        assert all(f.done() for f in pending)

        rescue = tmp_path / "rescue"
        written = store.rescue(rescue)
        assert written and all(rescue in p.parents for p in written)
        with Store.open(rescue, readonly=True) as saved:
            assert not saved.notices, saved.notices
            assert [e.text for e in saved.entries(mid)] == (
                [f"before {n}" for n in range(3)] + [f"unsaved {n} " + "y" * 500
                                                     for n in range(10)])
            assert "step/late" in saved.progress(cid).checked
            assert saved.journal(cid)[0].text == "written while the disk was full"
        for path in written:
            assert path.stat().st_mode & 0o077 == 0

        disk.free()
        with Store.open(data) as again:  # the data folder itself is as it was, undamaged
            assert not again.notices, again.notices
            texts = [e.text for e in again.entries(mid)]
            assert texts[:3] == [f"before {n}" for n in range(3)]
        assert before_fill  # (it held the clean close's files)


def test_rescue_refuses_a_folder_inside_the_data_or_not_empty(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _setup(data, 1)
    with Store.open(data) as store:
        with pytest.raises(files.Refused, match="inside the data folder"):
            store.rescue(data / "children")
        (tmp_path / "full").mkdir()
        (tmp_path / "full" / "x").write_text("x")
        with pytest.raises(files.Refused, match="not empty"):
            store.rescue(tmp_path / "full")


def _fail_when(operation: str, name: str, times: int = 10**9) -> list[str]:
    """Make `operation`s on files whose name ends with `name` fail with ENOSPC, `times`
    times; returns the list of failures seen."""
    seen: list[str] = []

    def hook(done: str, path: Path) -> None:
        if done == operation and path.name.endswith(name) and len(seen) < times:
            seen.append(f"{operation}:{path.name}")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    files.FAULT = hook
    return seen


@pytest.mark.parametrize(("operation", "name"), [("write", ".json.bak"), ("write", ".json"),
                                               ("remove", ".json.log")])
def test_a_failed_compaction_keeps_every_change_and_the_backup(tmp_path: Path, operation: str,
                                                               name: str) -> None:
    """A compaction that fails (at the snapshot, the backup, or removing the log) is dropped:
    the log keeps every change, the backup is never replaced by an older generation, and
    the next compaction completes."""
    data = tmp_path / "data"
    _, mid = _setup(data, 4)
    store = Store.open(data)
    path = store.layout.meeting(mid)
    bak = path.with_name(f"{mid}.json.bak")
    old_bak = bak.read_bytes()
    added = [store.add_entry(mid, f"after {n}")[1] for n in range(5)]
    assert store.flush()
    seen = _fail_when(operation, f"{mid}{name}")
    try:
        assert store.close(), "the changes were all in the log: close must say they are saved"
    finally:
        files.FAULT = None
    assert seen, "the fault was never hit"
    assert all(f.done() and f.exception() is None for f in added)
    if operation == "write":  # the backup was not replaced (by anything)
        assert bak.read_bytes() == old_bak
    assert _gen(bak) <= _gen(path) if path.exists() else True
    assert not list(path.parent.glob(".*.tmp"))
    expected = [f"before {n}" for n in range(4)] + [f"after {n}" for n in range(5)]
    with Store.open(data) as again:
        assert not again.notices, again.notices
        assert [e.text for e in again.entries(mid)] == expected
    assert _texts(bak) == expected  # the clean close compacted: the backup is the newest


def test_the_writer_retries_in_order_and_says_when_it_works_again(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        troubles: list[str | None] = []
        store.on_trouble = troubles.append
        child = store.add_child("Sam")
        meeting = store.add_meeting(child.id, "2026-12-01")
        assert store.flush()
        seen = _fail_when("append", f"{meeting.id}.json.log", times=3)
        try:
            futures = [store.add_entry(meeting.id, f"n{n}")[1] for n in range(20)]
            store.retry_now()
            for future in futures:
                future.result(timeout=15)
        finally:
            files.FAULT = None
        assert len(seen) == 3
        assert troubles[0] is not None and "No space left on device" in troubles[0]
        assert troubles[-1] is None
        assert [e.text for e in store.entries(meeting.id)] == [f"n{n}" for n in range(20)]
    with Store.open(tmp_path / "data", readonly=True) as reader:
        assert [e.text for e in reader.entries(meeting.id)] == [f"n{n}" for n in range(20)]


def test_a_write_refused_on_principle_fails_at_once_and_the_writer_carries_on(
        tmp_path: Path) -> None:
    """A link put where the letters folder goes, after the store opened: saving a letter
    fails with a message (it is not retried for ever), and later changes are still saved."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with Store.open(tmp_path / "data") as store:
        child = store.add_child("Sam")
        assert store.flush()
        store.layout.letters.symlink_to(elsewhere)
        saved = store.save_new("letters", "request", ".txt", "Dear …")
        with pytest.raises(files.Refused, match="link"):
            saved.result(timeout=5)
        store.add_journal(child.id, "2026-12-01", "still saved").result(timeout=5)
    assert list(elsewhere.iterdir()) == []



def test_a_data_write_refused_is_retried_not_dropped(tmp_path: Path) -> None:
    """A link put in place of the meetings folder after the store opened: notes are not
    written through it, not dropped either: the store says so and writes them once the
    folder is back."""
    data = tmp_path / "data"
    _, mid = _setup(data, 1)
    with Store.open(data) as store:
        troubles: list[str | None] = []
        store.on_trouble = troubles.append
        store.entries(mid)
        meetings = store.layout.meetings
        meetings.rename(tmp_path / "moved")
        (tmp_path / "elsewhere").mkdir()
        meetings.symlink_to(tmp_path / "elsewhere")
        _, saved = store.add_entry(mid, "kept in memory")
        assert wait_for(lambda: bool(troubles))
        assert "link" in (troubles[0] or "") and not saved.done() and store.unsaved == 1
        meetings.unlink()
        (tmp_path / "moved").rename(meetings)
        store.retry_now()
        saved.result(timeout=10)
        assert troubles[-1] is None
    assert list((tmp_path / "elsewhere").iterdir()) == []
    with Store.open(data, readonly=True) as reader:
        assert [e.text for e in reader.entries(mid)] == ["before 0", "kept in memory"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_cli_saves_what_it_could_not_write_elsewhere(tmp_path: Path, kind: str,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    from iepwizard.cli.common import close_store

    with full_disk(tmp_path, kind) as disk:
        data = disk.root / "data"
        _, mid = _setup(data, 2)
        store = Store.open(data)
        disk.fill()
        store.add_entry(mid, "written while the disk was full")
        assert not store.flush(timeout=0.2)
        assert close_store(store, timeout=0.5) == 3
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "could not be written" in err
        place = Path(err.split("open it with --data-dir ")[1].rstrip(".\n"))
        try:
            with Store.open(place, readonly=True) as saved:
                assert [e.text for e in saved.entries(mid)][-1] == \
                    "written while the disk was full"
        finally:
            shutil.rmtree(place)


@pytest.mark.parametrize("command", [
    ["dates", "--child", "Sam", "--set", "request-sent=2026-09-01"],
    ["letter", "evaluation-request", "--child", "Sam", "--save"]])
def test_every_command_that_writes_saves_elsewhere_on_a_full_disk(
        tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """The writing commands end through `close_store`: what the full disk refused is saved in
    a new folder, said in one sentence, exit 3 (never "saved" and exit 0)."""
    from iepwizard.cli import main
    from iepwizard.core.loader import load_content
    from iepwizard.core.locations import content_dir

    if command[0] == "letter":  # every field given (the letter is made before it is saved)
        fields = load_content(content_dir(), templates=False).letters[command[1]].fields
        command = [*command, *[a for f in fields for a in ("--set", f"{f.name}={f.example}")]]
    with full_disk(tmp_path, "shim") as disk:
        data = disk.root / "data"
        _setup(data, 1)
        disk.fill()
        code = main(["--data-dir", str(data), *command])
        err = capsys.readouterr().err
    assert code == 3, err
    assert "could not be written" in err and "open it with --data-dir" in err
    assert "Saved to your profile" not in err
    place = Path(err.split("open it with --data-dir ")[1].split("\n")[0].rstrip("."))
    shutil.rmtree(place, ignore_errors=True)


def test_files_left_as_change_logs_by_a_crash_are_rescued_and_found_again(tmp_path: Path
                                                                         ) -> None:
    """After a crash a file not yet compacted is only its change log (X.json.log): a rescue
    copies it, and a lost main file finds the child and the meeting again from their logs."""
    import subprocess
    import sys

    data = tmp_path / "data"
    script = ("import os, sys\nfrom iepwizard.core.store import Store\n"
              "s = Store.open(sys.argv[1]); c = s.add_child('Sam')\n"
              "m = s.add_meeting(c.id, '2026-11-20', 'IEP'); s.add_entry(m.id, 'kept in the log')\n"
              "assert s.flush(10)\nos._exit(0)  # a crash: nothing compacted\n")
    subprocess.run([sys.executable, "-c", script, str(data)], check=True, timeout=60)
    assert not list(data.glob("**/*.json")) and len(list(data.glob("**/*.json.log"))) == 3
    with Store.open(data, readonly=True) as reader:
        reader.rescue(tmp_path / "rescued")
    with Store.open(tmp_path / "rescued", readonly=True) as copy:
        child = copy.children()[0]
        assert [e.text for e in copy.entries(copy.meetings(child.id)[0].id)] == [
            "kept in the log"]
    (data / "iepwizard.json.log").unlink()  # the main file damaged, with no backup
    (data / "iepwizard.json").write_bytes(b"{broken")
    with Store.open(data) as store:
        found = store.children()
        assert [c.name for c in found] == ["Sam"]
        assert [m.date for m in store.meetings(found[0].id)] == ["2026-11-20"]
