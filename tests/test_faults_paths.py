"""Issue 18, cases 3 and 10: no value in any data file or log makes the store read or write
outside the data folder (every file operation watched through Python's audit hooks); links
inside the data folder are refused with a message (the folder itself may be one); loose modes
are tightened and said once; a reader only warns."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from iepwizard.core.locations import cache_dir
from iepwizard.core.store import Store, StoreError

from .faults_support import cli, snapshot

REPO = Path(__file__).resolve().parent.parent
HOSTILE = ["../../../victim", "/tmp/iepwizard-victim", "..", ".", "a\x00b", "victim.json",
           "../victim.json", "~/victim", "C:\\victim", "\\\\server\\share\\victim",
           "children/../../../victim", "%2e%2e%2fvictim", "meetings/../../victim", "-rf",
           "ab/../../cd"]
WATCHED = {"open", "os.rename", "os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.listdir",
           "os.scandir", "os.truncate", "os.symlink", "os.link", "shutil.rmtree", "os.chown",
           "os.utime", "os.chdir"}
_seen: list[tuple[str, str]] | None = None
_seen_lock = threading.Lock()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _seen is None or event not in WATCHED:
        return
    count = 2 if event in {"os.rename", "os.symlink", "os.link"} else 1
    paths = [a for a in args[:count] if isinstance(a, str | bytes | os.PathLike)]
    with _seen_lock:
        for path in paths:
            _seen.append((event, os.fsdecode(path)))


sys.addaudithook(_audit)


def _allowed(path: str, data: Path) -> bool:
    """Inside the data folder, or Python's and iepwizard's own files (imports, the guide and
    the guide's cache, a fixed place that holds nothing of the family's)."""
    if not path or path.startswith(("<", "/dev/null")):
        return True
    real = os.path.realpath(path)
    inside = [data.resolve(), Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve(),
              (REPO / "iepwizard").resolve(), (REPO / "content").resolve(),
              cache_dir().resolve()]
    return any(real == str(p) or real.startswith(str(p) + os.sep) for p in inside)


@contextlib.contextmanager
def _watch() -> Iterator[list[tuple[str, str]]]:
    global _seen
    seen: list[tuple[str, str]] = []
    _seen = seen
    try:
        yield seen
    finally:
        _seen = None


def _doc(**fields: Any) -> dict[str, Any]:
    return fields


def _hostile_folder(data: Path, damaged_ids: bool) -> tuple[str, str]:
    """A data folder whose every text (and, with damaged_ids, every id and document key and
    table name) is a hostile path; logs too."""
    cid, mid = "c0ffee", "beef01"
    text = iter(HOSTILE * 40)

    def ident(n: int) -> str:
        return HOSTILE[n % len(HOSTILE)] if damaged_ids else f"{cid}"

    def t() -> str:
        return next(text)

    meta = {"1": {"schema": 2, "gen": 1}}
    main = {"_meta": meta,
            "parent": {"1": _doc(name=t(), email=t(), phone=t(), address=t())},
            "children": {"1": _doc(id=ident(0), nickname=t(), full_name=t(), school=t(),
                                   teacher=t(), principal=t(), sped_contact=t())},
            "progress": {"1": _doc(child_id=ident(1), current_step=t(),
                                   steps={h: "done" for h in HOSTILE}, checked=HOSTILE)},
            "settings": {"1": _doc(theme=t(), last_child=t())}}
    child = {"_meta": meta,
             "children": {"1": _doc(id=ident(2), nickname=t())},
             "meetings": {"1": _doc(id=mid if not damaged_ids else ident(3), date="2026-12-01",
                                    kind=t(), title=t(), attendees=HOSTILE)},
             "questions": {"1": _doc(id="q1" if not damaged_ids else ident(4), text=t(),
                                     answer=t())},
             "journal": {"1": _doc(date="2026-11-02", text=t())},
             "contacts": {"1": _doc(date="2026-11-03", who=t(), how=t(), summary=t(),
                                    letter_id=t(), subject=t())},
             "letter_drafts": {"1": _doc(letter_id="evaluation-request" if not damaged_ids
                                         else ident(5), values={h: h for h in HOSTILE})}}
    meeting = {"_meta": {"1": {"schema": 2, "gen": 1, "child": cid}},
               "entries": {"1": _doc(text=t(), edited=t(), mark="action")}}
    drafts = {"_meta": meta, "drafts": {"1": _doc(key=t(), text=t())}}
    if damaged_ids:
        for table in (main, child, meeting, drafts):
            for name in [n for n in table if n != "_meta"]:
                table[name] = {h: {"text": h} for h in HOSTILE[:3]} | table[name]
            table["../../../victim"] = {"1": {"x": "y"}}
    files = {data / "iepwizard.json": main, data / "children" / f"{cid}.json": child,
             data / "meetings" / f"{mid}.json": meeting, data / "drafts" / f"{cid}.json": drafts}
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        raw = json.dumps(content).encode()
        path.write_bytes(raw)
        path.with_name(path.name + ".bak").write_bytes(raw)
        log = [{"t": h, "s": {"1": {"text": h}}} for h in HOSTILE]
        log += [{"t": "entries", "s": {h: {"text": h}}} for h in HOSTILE]
        log += [{"t": "entries", "d": HOSTILE}]
        path.with_name(path.name + ".log").write_bytes(
            b"".join(json.dumps(line).encode() + b"\n" for line in log))
    return cid, mid


def _use_everything(data: Path) -> None:
    """Every reader and writer the store offers, fed the ids the data holds (and the hostile
    values themselves), then the CLI's readers."""
    with Store.open(data) as store:
        ids = {c.id for c in store.children()} | {store.settings().last_child}
        ids |= {p for c in store.children() for p in store.progress(c.id).checked}
        for cid in [*ids, *HOSTILE]:
            try:
                store.child(cid)
                meetings = store.meetings(cid)
                for meeting in meetings:
                    store.entries(meeting.id)
                    store.add_entry(meeting.id, meeting.title)
                    store.end_meeting(cid, meeting.id)
                for question in store.questions(cid):
                    store.update_question(cid, question.id, answer=question.text)
                store.journal(cid)
                contacts = store.contacts(cid)
                for contact in contacts:
                    store.letter_draft(cid, contact.letter_id)
                store.draft(cid, "journal")
                store.set_draft(cid, cid, cid)
                store.holdings(cid)
                store.update_child(cid, nickname=cid or "x")
            except ValueError:
                pass  # a hostile id is refused as a file name, never used as one
        for cid in list(ids):
            with contextlib.suppress(ValueError):
                store.delete_child(cid)
        store.save_new("exports", "../../../victim", ".md", "x").result(timeout=5)
        store.save_new("letters", "/tmp/iepwizard-victim", ".txt", "x").result(timeout=5)
    for args in (["export"], ["letter", "evaluation-request"], ["export", "--child", ".."]):
        cli("--data-dir", str(data), *args)


@pytest.mark.parametrize("damaged_ids", [False, True], ids=["hostile texts", "hostile ids"])
def test_no_value_in_any_data_file_reaches_outside_the_data_folder(tmp_path: Path,
                                                                   damaged_ids: bool) -> None:
    box = tmp_path / "box"
    data = box / "one" / "two" / "data"
    data.mkdir(parents=True)
    for victim in (box / "victim", box / "victim.json", box / "one" / "victim",
                   box / "one" / "two" / "victim.json", data.parent / "victim.json.bak"):
        victim.write_text("do not touch")
    _hostile_folder(data, damaged_ids)
    before = {k: v for k, v in snapshot(box).items() if not k.startswith("one/two/data/")}
    import iepwizard.cli.commands  # noqa: F401 - imported before watching
    import iepwizard.cli.export  # noqa: F401
    import iepwizard.cli.letters  # noqa: F401

    with _watch() as seen:
        _use_everything(data)
    outside = sorted({(e, p) for e, p in seen if not _allowed(p, data)})
    assert outside == [], outside
    assert len(seen) > 50  # the watch saw the store at work
    after = {k: v for k, v in snapshot(box).items() if not k.startswith("one/two/data/")}
    assert after == before
    assert not Path("/tmp/iepwizard-victim").exists()


# -- links ----------------------------------------------------------------------------------
@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    with Store.open(data) as store:
        child = store.add_child("Sam")
        meeting = store.add_meeting(child.id, "2026-12-01")
        store.add_entry(meeting.id, "a note")
        store.set_draft(child.id, "k", "draft")
    return data


@pytest.mark.parametrize("name", ["children", "meetings", "drafts", "letters", "exports",
                                  "documents", ".iepwizard.lock"])
def test_a_link_in_the_folder_structure_is_refused_with_a_message(tmp_path: Path, folder: Path,
                                                                  name: str) -> None:
    target = tmp_path / "elsewhere"
    real = folder / name
    if real.is_dir():
        shutil.move(real, target)
    else:
        target.mkdir()
        real.unlink(missing_ok=True)
    real.symlink_to(target)
    before = snapshot(tmp_path / "elsewhere")
    for readonly in (False, True):
        with pytest.raises(StoreError, match="is a link; iepwizard does not follow links "
                                             "inside its data folder"):
            Store.open(folder, readonly=readonly)
    for args in (["export"], ["letter", "evaluation-request", "--set", "x=y"]):
        result = cli("--data-dir", str(folder), *args)
        assert result.code == 3, result
        assert result.err.count("\n") == 1 and "is a link" in result.err
    assert snapshot(tmp_path / "elsewhere") == before


@pytest.mark.parametrize("which", ["iepwizard.json", "child", "meeting", "iepwizard.json.bak"])
def test_a_data_file_that_is_a_link_is_set_aside_not_followed(tmp_path: Path, folder: Path,
                                                              which: str) -> None:
    with Store.open(folder, readonly=True) as reader:
        child = reader.children()[0]
        meeting = reader.meetings(child.id)[0]
    path = {"child": reader.layout.child(child.id), "meeting": reader.layout.meeting(meeting.id)
            }.get(which, folder / which)
    outside = tmp_path / "outside.json"
    shutil.copy(path if which != "iepwizard.json.bak" else folder / "iepwizard.json", outside)
    outside_bytes = outside.read_bytes()
    path.unlink()
    path.symlink_to(outside)
    with Store.open(folder) as store:
        assert [c.nickname for c in store.children()] == ["Sam"]
        assert [m.id for m in store.meetings(child.id)] == [meeting.id]
        assert [e.text for e in store.entries(meeting.id)] == ["a note"]
        if which != "iepwizard.json.bak":
            notice = " ".join(store.notices)
            assert "is a link" in notice and "restored its last backup" in notice
        store.add_entry(meeting.id, "after")[1].result(timeout=5)
        assert store.flush()
    assert outside.read_bytes() == outside_bytes
    assert not path.is_symlink()
    assert list(path.parent.glob(f"{path.name}.link-*"))


def test_the_data_folder_itself_may_be_a_link(tmp_path: Path, folder: Path) -> None:
    link = tmp_path / "synced"
    link.symlink_to(folder)
    with Store.open(link) as store:
        assert not store.notices
        assert [c.nickname for c in store.children()] == ["Sam"]
        store.add_child("Alex")
    result = cli("--data-dir", str(link), "export", "--child", "Alex")
    assert result.code == 0 and "# Alex" in result.out
    assert link.is_symlink() and (folder / "iepwizard.json").is_file()


def test_a_lock_path_that_is_a_folder_is_exit_3_in_one_sentence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / ".iepwizard.lock").mkdir(parents=True)
    with pytest.raises(StoreError, match="lock file .* is a folder"):
        Store.open(data)
    result = cli("--data-dir", str(data), "letter", "evaluation-request", "--set", "a=b")
    assert result.code in {1, 2}  # a reader never takes the lock: it reports the letter's fields


# -- permissions ----------------------------------------------------------------------------
def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_loose_modes_are_tightened_and_said_once(folder: Path) -> None:
    loose = [p for p in folder.rglob("*") if not p.is_symlink()]
    for path in loose:
        os.chmod(path, 0o777 if path.is_dir() else 0o666)
    os.chmod(folder, 0o777)

    result = cli("--data-dir", str(folder), "export")  # a reader warns and changes nothing
    assert result.code == 0
    assert "can be read by others" in result.err and "open iepwizard" in result.err
    assert all(_mode(p) in {0o777, 0o666} for p in loose)

    with Store.open(folder) as store:
        [notice] = store.notices
        assert "iepwizard made them private" in notice and str(len(loose)) in notice
    assert _mode(folder) == 0o700
    for path in folder.rglob("*"):
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
    with Store.open(folder) as again:
        assert again.notices == []  # said once
    assert "read by others" not in cli("--data-dir", str(folder), "export").err


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give a file to another user")
def test_files_of_another_user_are_named_not_fought(folder: Path) -> None:
    foreign = folder / "letters"
    foreign.mkdir()
    note = foreign / "theirs.txt"
    note.write_text("x")
    os.chmod(note, 0o644)
    os.chown(note, 65534, 65534)
    with Store.open(folder) as store:
        assert any("belong to another user" in n for n in store.notices)
    assert _mode(note) == 0o644
