"""Issue 18, cases 2 and 11: a corpus of damaged data files, each handled like a corrupt file:
kept aside, its backup restored (and the parent told), the CLI saying it read the backup; logs
with torn and damaged lines; and no usable backup at all (children found again)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from iepwizard.core.store import Store, StoreError

from .faults_support import cli

M = b'{"_meta":{"1":{"schema":2}},'
DEEP = b"[" * 100_000 + b"]" * 100_000


@dataclass(frozen=True)
class Good:
    """A clean data folder (every file compacted, with a backup) and what it holds."""

    root: Path
    child: str
    meeting: str

    def path(self, kind: str) -> Path:
        return {"main": self.root / "iepwizard.json",
                "child": self.root / "children" / f"{self.child}.json",
                "meeting": self.root / "meetings" / f"{self.meeting}.json",
                "drafts": self.root / "drafts" / f"{self.child}.json"}[kind]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Good:
    root = tmp_path_factory.mktemp("good") / "data"
    with Store.open(root) as store:
        store.update_parent(name="Ana")
        child = store.add_child("Sam", full_name="Sam Lopez")
        store.set_checked(child.id, "rti/ask", True)
        meeting = store.add_meeting(child.id, "2026-12-01", "IEP", "Annual review")
        store.add_entry(meeting.id, "we agreed on reading support", "decision")
        store.add_journal(child.id, "2026-11-20", "a long evening of homework")
        store.set_draft(child.id, "journal", "half a thought")
    with Store.open(root):
        pass  # a second clean open: every file has its backup
    return Good(root, child.id, meeting.id)


TABLE = {"main": "children", "child": "meetings", "meeting": "entries", "drafts": "drafts"}

#: Damaged contents that fit any file; `{t}` is a table the file holds.
GENERIC: dict[str, bytes] = {
    "empty": b"",
    "not json": b"\x00\xff not json",
    "bad utf-8": M + b'"x":{"1":{"a":"\xff\xfe"}}}',
    "a list": b"[1,2]",
    "null": b"null",
    "NaN": b'{"_meta":{"1":{"schema":2,"gen":NaN}}}',
    "infinity": b'{"_meta":{"1":{"schema":2,"gen":1e999}}}',
    "huge integer": b'{"_meta":{"1":{"schema":2,"gen":1' + b"0" * 5000 + b"}}}",
    "100,000 levels": DEEP,
    "900 levels in _meta": b'{"_meta":{"1":{"schema":2,"x":' + b"[" * 900 + b"]" * 900 + b"}}}",
    "900 levels in a document": M + b'"{t}":{"1":{"zz":' + b"[" * 900 + b"]" * 900 + b"}}}",
    "_meta without schema": b'{"_meta":{"1":{}}}',
    "schema as text": b'{"_meta":{"1":{"schema":"1"}}}',
    "schema true": b'{"_meta":{"1":{"schema":true}}}',
    "two _meta documents": b'{"_meta":{"1":{"schema":2},"2":{}}}',
    "table as a list": M + b'"{t}":[1,2]}',
    "document id a path": M + b'"{t}":{"../../x":{}}}',
    "document id in other digits": M + b'"{t}":{"\xd9\xa1":{}}}',
    "document id with a leading zero": M + b'"{t}":{"01":{}}}',
    "document not a table": M + b'"{t}":{"1":5}}',
    "a lone surrogate": M + b'"{t}":{"1":{"zz":"\\udcff"}}}',
}

#: Damaged contents of one kind of file: right JSON, wrong shape (the issue's examples).
SHAPES: dict[str, dict[str, bytes]] = {
    "main": {
        "child without id": b'{"_meta":{"1":{"schema":1}},"children":{"1":{"nickname":"Sam"}}}',
        "children [1,2]": M + b'"children":[1,2]}',
        "child id a path": M + b'"children":{"1":{"id":"../../../victim","nickname":"x"}}}',
        "child id absolute": M + b'"children":{"1":{"id":"/etc/victim","nickname":"x"}}}',
        "child id with NUL": M + b'"children":{"1":{"id":"a\\u0000b","nickname":"x"}}}',
        "checked 5": M + b'"progress":{"1":{"child_id":"abc","checked":5}}}',
        "list_scroll NaN": M + b'"progress":{"1":{"child_id":"abc","list_scroll":NaN}}}',
        "list_scroll -1": M + b'"progress":{"1":{"child_id":"abc","list_scroll":-1}}}',
        "step state bogus": M + b'"progress":{"1":{"child_id":"abc","steps":{"a":"maybe"}}}}',
        "parent name 5": M + b'"parent":{"1":{"name":5}}}',
    },
    "child": {
        "meeting id a path": M + b'"meetings":{"1":{"id":"../../x","date":"2026-01-01"}}}',
        "meeting date bogus": M + b'"meetings":{"1":{"id":"ab","date":"tomorrow"}}}',
        "attendees text": M + b'"meetings":{"1":{"id":"ab","attendees":"all"}}}',
        "question order text": M + b'"questions":{"1":{"id":"q1","order":"x"}}}',
        "contact direction bogus": M + b'"contacts":{"1":{"direction":"sideways"}}}',
        "letter draft values 5": M + b'"letter_drafts":{"1":{"letter_id":"x","values":5}}}',
    },
    "meeting": {
        "text 5": M + b'"entries":{"1":{"text":5}}}',
        "mark bogus": M + b'"entries":{"1":{"text":"a","mark":"shout"}}}',
        "ts bogus": M + b'"entries":{"1":{"text":"a","ts":"yesterday"}}}',
        "text a lone surrogate": M + b'"entries":{"1":{"text":"a\\ud800b"}}}',
    },
    "drafts": {
        "text 5": M + b'"drafts":{"1":{"key":"k","text":5}}}',
    },
}

CASES = [(kind, name, raw.replace(b"{t}", TABLE[kind].encode()))
         for kind in TABLE for name, raw in {**GENERIC, **SHAPES.get(kind, {})}.items()]


def _read_everything(store: Store, good: Good) -> tuple[object, ...]:
    """What a parent sees of the good folder's content."""
    child = store.child(good.child)
    return (store.parent().name, child and child.full_name, store.progress(good.child).checked,
            [m.title for m in store.meetings(good.child)],
            [e.text for e in store.entries(good.meeting)],
            [j.text for j in store.journal(good.child)], store.draft(good.child, "journal"))


EXPECTED = ("Ana", "Sam Lopez", ("rti/ask",), ["Annual review"],
            ["we agreed on reading support"], ["a long evening of homework"], "half a thought")


def _damage(folder: Path, good: Good, kind: str, raw: bytes | Callable[[Path], None]) -> Path:
    shutil.copytree(good.root, folder, symlinks=True)
    path = Good(folder, good.child, good.meeting).path(kind)
    if callable(raw):
        raw(path)
    else:
        path.write_bytes(raw)
    return path


@pytest.mark.parametrize(("kind", "name", "raw"), CASES, ids=[f"{k}: {n}" for k, n, _ in CASES])
def test_a_damaged_file_is_kept_aside_and_its_backup_restored(tmp_path: Path, good: Good,
                                                              kind: str, name: str,
                                                              raw: bytes) -> None:
    folder = tmp_path / "data"
    path = _damage(folder, good, kind, raw)
    backup = path.with_name(path.name + ".bak")
    good_backup = backup.read_bytes()

    # A reader (the CLI) says it reads the backup, and shows the good data.
    if kind != "drafts":
        result = cli("--data-dir", str(folder), "export")
        assert result.code == 0, result.err
        assert f"{path.name} is damaged" in result.err and "read its backup" in result.err
        assert "we agreed on reading support" in result.out
        assert path.read_bytes() == raw  # a reader changes nothing

    store = Store.open(folder)
    try:
        assert _read_everything(store, Good(folder, good.child, good.meeting)) == EXPECTED
        [notice] = [n for n in store.notices if path.name in n]
        assert "could not be read" in notice and "restored its last backup" in notice
        assert store.flush()
        [aside] = list(path.parent.glob(f"{path.name}.corrupt-*"))
        assert aside.read_bytes() == raw
        assert str(aside) in notice
        assert backup.read_bytes() == good_backup
    finally:
        assert store.close()
    with Store.open(folder) as again:
        assert not again.notices, again.notices
        assert _read_everything(again, Good(folder, good.child, good.meeting)) == EXPECTED


def _huge(path: Path) -> None:
    with open(path, "wb") as out:
        out.truncate(200 * 1024 * 1024)  # sparse: 200 MB that take no room


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "inside").write_text("x")


@pytest.mark.parametrize("kind", list(TABLE))
@pytest.mark.parametrize("make", [_huge, _folder], ids=["200 MB", "a folder in its place"])
def test_a_huge_file_or_a_folder_is_handled_as_damaged(tmp_path: Path, good: Good, kind: str,
                                                       make: Callable[[Path], None]) -> None:
    folder = tmp_path / "data"
    path = _damage(folder, good, kind, make)
    with Store.open(folder) as store:
        assert _read_everything(store, Good(folder, good.child, good.meeting)) == EXPECTED
        [notice] = [n for n in store.notices if path.name in n]
        assert "restored its last backup" in notice
        assert ("larger than 128 MB" in notice) if make is _huge else \
            ("not a regular file" in notice)


def test_a_missing_file_beside_its_backup_is_restored(tmp_path: Path, good: Good) -> None:
    folder = tmp_path / "data"
    path = _damage(folder, good, "meeting", lambda p: p.unlink())
    with Store.open(folder) as store:
        assert _read_everything(store, Good(folder, good.child, good.meeting)) == EXPECTED
        [notice] = store.notices
        assert f"{path.name} was missing" in notice and "restored its last backup" in notice


# -- logs ----------------------------------------------------------------------------------
def _with_log(tmp_path: Path, good: Good, lines: list[bytes]) -> tuple[Path, Path]:
    folder = tmp_path / "data"
    shutil.copytree(good.root, folder)
    meeting = Good(folder, good.child, good.meeting).path("meeting")
    log = meeting.with_name(meeting.name + ".log")
    log.write_bytes(b"".join(lines))
    return folder, log


def _entry(doc_id: int, text: str) -> bytes:
    return json.dumps({"t": "entries", "s": {str(doc_id): {"text": text}}}).encode() + b"\n"


def test_a_torn_last_log_line_is_ignored_quietly(tmp_path: Path, good: Good) -> None:
    folder, log = _with_log(tmp_path, good, [_entry(2, "second"), _entry(3, "third")[:-9]])
    with Store.open(folder) as store:
        assert not store.notices
        assert [e.text for e in store.entries(good.meeting)] == [
            "we agreed on reading support", "second"]
        store.add_entry(good.meeting, "fourth")[1].result(timeout=5)
    with Store.open(folder, readonly=True) as again:
        assert [e.text for e in again.entries(good.meeting)][-2:] == ["second", "fourth"]


DAMAGED_LINES = {
    "not json": b"{oops\n",
    "bad utf-8": b'{"t":"entries","s":{"2":{"text":"\xff"}}}\n',
    "NUL bytes": b"\x00" * 40 + b"\n",
    "text 5": b'{"t":"entries","s":{"2":{"text":5}}}\n',
    "id a path": b'{"t":"entries","s":{"../../x":{"text":"a"}}}\n',
    "drop a path": b'{"t":"entries","d":["../x"]}\n',
    "deep": b'{"t":"entries","s":{"2":{"text":"a","z":' + b"[" * 900 + b"]" * 900 + b"}}}\n",
    "100,000 levels": DEEP + b"\n",
    "_meta changed wrongly": b'{"t":"_meta","s":{"7":{"schema":2}}}\n',
    "no table": b'{"s":{}}\n',
}


@pytest.mark.parametrize("name", list(DAMAGED_LINES))
def test_a_damaged_log_line_is_skipped_said_and_the_log_kept(tmp_path: Path, good: Good,
                                                              name: str) -> None:
    bad = DAMAGED_LINES[name]
    folder, log = _with_log(tmp_path, good, [_entry(2, "second"), bad, _entry(3, "third")])
    result = cli("--data-dir", str(folder), "export")
    assert result.code == 0 and "1 damaged change(s)" in result.err
    with Store.open(folder) as store:
        assert [e.text for e in store.entries(good.meeting)] == [
            "we agreed on reading support", "second", "third"]
        [notice] = store.notices
        assert "1 damaged change(s)" in notice and "kept as" in notice
        assert store.flush()
        [kept] = list(log.parent.glob(f"{log.name}.corrupt-*"))
        assert bad in kept.read_bytes()
    with Store.open(folder) as again:  # compacted at once: the damage is not met again
        assert not again.notices, again.notices
        assert [e.text for e in again.entries(good.meeting)][-1] == "third"


def test_a_log_that_is_a_link_is_not_followed(tmp_path: Path, good: Good) -> None:
    outside = tmp_path / "outside.log"
    outside.write_bytes(_entry(2, "from outside"))
    folder, log = _with_log(tmp_path, good, [])
    log.unlink()
    log.symlink_to(outside)
    with Store.open(folder) as store:
        assert [e.text for e in store.entries(good.meeting)] == ["we agreed on reading support"]
        assert any("is a link" in n for n in store.notices)
        store.add_entry(good.meeting, "new")[1].result(timeout=5)
    assert outside.read_bytes() == _entry(2, "from outside")


def test_a_newer_schema_in_a_log_line_is_refused(tmp_path: Path, good: Good) -> None:
    folder, _ = _with_log(tmp_path, good, [b'{"t":"_meta","s":{"1":{"schema":99}}}\n'])
    with Store.open(folder) as store, pytest.raises(StoreError, match="newer iepwizard"):
        store.entries(good.meeting)


# -- nothing usable: rebuilt from the other files ---------------------------------------------
@pytest.mark.parametrize("backup", ["damaged", "missing"])
def test_no_usable_backup_finds_the_children_again(tmp_path: Path, good: Good,
                                                   backup: str) -> None:
    folder = tmp_path / "data"
    main = _damage(folder, good, "main", b"{broken")
    bak = main.with_name(main.name + ".bak")
    if backup == "damaged":
        bak.write_bytes(b"also broken")
    else:
        bak.unlink()
    result = cli("--data-dir", str(folder), "export")  # a reader rebuilds in memory only
    assert result.code == 0, result.err
    assert "we agreed on reading support" in result.out
    assert "found these children again" in result.err
    with Store.open(folder) as store:
        notices = " ".join(store.notices)
        if backup == "damaged":
            assert "its backup could not be used either" in notices
            assert "The backup was kept as" in notices
        else:
            assert "there was no backup" in notices
        assert "found these children again from their own files" in notices and "Sam" in notices
        [child] = store.children()
        assert child.id == good.child and child.full_name == "Sam Lopez"
        assert [e.text for e in store.entries(store.meetings(child.id)[0].id)] == [
            "we agreed on reading support"]
        assert store.flush()
    if backup == "damaged":
        [kept] = list(folder.glob("iepwizard.json.bak.corrupt-*"))
        assert kept.read_bytes() == b"also broken"
    with Store.open(folder) as again:
        assert not again.notices and [c.id for c in again.children()] == [good.child]
    assert os.path.exists(main)


@pytest.mark.parametrize("backup", ["damaged", "missing"])
def test_a_lost_child_file_finds_its_meetings_again(tmp_path: Path, good: Good,
                                                    backup: str) -> None:
    folder = tmp_path / "data"
    path = _damage(folder, good, "child", b"{broken")
    bak = path.with_name(path.name + ".bak")
    if backup == "damaged":
        bak.write_bytes(b"also broken")
    else:
        bak.unlink()
    result = cli("--data-dir", str(folder), "export")
    assert result.code == 0, result.err
    assert "we agreed on reading support" in result.out and "1 meeting(s) of Sam" in result.err
    with Store.open(folder) as store:
        [meeting] = store.meetings(good.child)
        assert meeting.id == good.meeting and meeting.title == "Annual review"
        assert [e.text for e in store.entries(meeting.id)] == ["we agreed on reading support"]
        assert any("found 1 meeting(s) of Sam again" in n for n in store.notices)
        assert store.journal(good.child) == []  # what only that file held is gone, and said so
        assert any("started it afresh" in n for n in store.notices)
    with Store.open(folder) as again:
        assert not again.notices
        assert [m.id for m in again.meetings(good.child)] == [good.meeting]
