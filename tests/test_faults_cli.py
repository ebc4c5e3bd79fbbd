"""Issue 18, cases 6, 7 and 8 from the command line: exit codes as documented, each with one
sentence and no traceback; `--out` only to a regular file, atomically, keeping the user's bytes;
FILE arguments bounded and only regular files."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iepwizard.core.store import Store

from .faults_support import cli, cli_process, full_disk

EVAL = "evaluation-request"


def _one_sentence(err: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("iepwizard: ") and lines[0].endswith("."), err


@pytest.fixture
def filled(content: object) -> list[str]:
    from iepwizard.core.content import Content

    assert isinstance(content, Content)
    template = content.letters[EVAL]
    return [arg for f in template.fields for arg in ("--set", f"{f.name}={f.example}")]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        child = store.add_child("Sam")
        meeting = store.add_meeting(child.id, "2026-12-01")
        store.add_entry(meeting.id, "a note")
    return folder


# -- the data folder ------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["export"], ["letter", EVAL], []])
def test_a_data_dir_that_is_a_file_is_exit_2(tmp_path: Path, command: list[str]) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    result = cli("--data-dir", str(afile), *command)
    assert result.code == 2
    _one_sentence(result.err)
    assert "is a file, not a data folder" in result.err
    assert afile.read_text() == "x"


def test_a_missing_data_dir_is_no_data_yet_for_readers(tmp_path: Path, filled: list[str]) -> None:
    missing = tmp_path / "not-yet"
    result = cli("--data-dir", str(missing), "export")
    assert result.code == 0 and "No children, meetings or notes are stored yet." in result.out
    letter = cli("--data-dir", str(missing), "letter", EVAL, *filled)
    assert letter.code == 0 and "Subject:" in letter.err
    named = cli("--data-dir", str(missing), "export", "--child", "Sam")
    assert named.code == 2 and "there is no data yet" in named.err
    assert not missing.exists()


def _unprivileged() -> tuple[str, ...]:
    """A prefix that runs a command without the power to read what its modes forbid."""
    if os.geteuid() != 0:
        return ()
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: modes cannot forbid a read")
    caps = "-dac_override,-dac_read_search"
    return ("setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}")


@pytest.mark.parametrize("what", ["folder", "main file", "meeting file"])
def test_unreadable_data_is_exit_3_in_one_sentence(data: Path, what: str) -> None:
    target = {"folder": data, "main file": data / "iepwizard.json",
              "meeting file": next((data / "meetings").glob("*.json"))}[what]
    os.chmod(target, 0)
    try:
        result = cli_process("--data-dir", str(data), "export", prefix=_unprivileged())
    finally:
        os.chmod(target, 0o700 if target.is_dir() else 0o600)
    assert result.returncode == 3, result
    _one_sentence(result.stderr)
    assert "Permission denied" in result.stderr


def test_a_lock_path_that_is_a_folder_is_exit_3(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / ".iepwizard.lock").mkdir(parents=True)
    result = cli("--data-dir", str(folder))
    assert result.code == 3
    _one_sentence(result.err)
    assert "is a folder" in result.err


@pytest.mark.parametrize("where", ["main", "meeting", "meeting log"])
@pytest.mark.parametrize("command", [["export"], ["letter", EVAL], []])
def test_a_newer_schema_is_exit_3_in_one_sentence(data: Path, where: str,
                                                  command: list[str]) -> None:
    newer = json.dumps({"_meta": {"1": {"schema": 99}}}).encode()
    meeting = next((data / "meetings").glob("*.json"))
    if where == "main":
        (data / "iepwizard.json").write_bytes(newer)
    elif where == "meeting":
        meeting.write_bytes(newer)
    else:
        meeting.with_name(meeting.name + ".log").write_bytes(
            b'{"t":"_meta","s":{"1":{"schema":99}}}\n')
    if where != "main" and command != ["export"]:
        return  # only export reads a meeting's file
    result = cli("--data-dir", str(data), *command)
    assert result.code == 3, result
    _one_sentence(result.err)
    assert "newer iepwizard" in result.err


def test_the_app_on_a_locked_folder_is_exit_3_and_writes_nothing(data: Path) -> None:
    with Store.open(data):
        before = sorted(p.name for p in data.rglob("*"))
        result = cli("--data-dir", str(data))
        assert result.code == 3 and "already open in another window" in result.err
        assert sorted(p.name for p in data.rglob("*")) == before


# -- --out ----------------------------------------------------------------------------------
def _out_targets(tmp_path: Path) -> dict[str, Path]:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.txt"
    link.symlink_to(victim)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    return {"a link": link, "a dangling link": dangling, "a device": Path("/dev/null"),
            "a named pipe": fifo, "a folder": folder, "no folder": tmp_path / "no" / "x.txt"}


@pytest.mark.parametrize("command", [["export"], ["letter", EVAL]])
def test_out_refuses_what_is_not_a_regular_file(tmp_path: Path, data: Path, filled: list[str],
                                                command: list[str]) -> None:
    targets = _out_targets(tmp_path)
    null_mode = os.stat("/dev/null").st_mode
    extra = filled if command[0] == "letter" else []
    for what, target in {**targets, "empty": Path("")}.items():
        result = cli("--data-dir", str(data), *command, *extra, "--out", str(target) if
                     what != "empty" else "")
        assert result.code == 2, (what, result)
        assert "Traceback" not in result.err
        assert result.err.strip().splitlines()[-1].startswith("iepwizard: "), what
    assert (tmp_path / "victim.txt").read_text() == "keep me"
    assert not (tmp_path / "nowhere.txt").exists()
    assert os.stat("/dev/null").st_mode == null_mode
    assert stat.S_ISFIFO(targets["a named pipe"].lstat().st_mode)
    assert [p.name for p in tmp_path.glob(".*iepwizard-tmp")] == []


@pytest.mark.parametrize("kind", ["tmpfs", "shim"])
def test_out_on_a_full_disk_leaves_the_old_file_whole(tmp_path: Path, data: Path,
                                                      kind: str) -> None:
    with full_disk(tmp_path, kind) as disk:
        out = disk.root / "export.md"
        out.write_text("the old export\n" * 10)
        disk.fill()
        result = cli("--data-dir", str(data), "export", "--out", str(out))
        assert result.code == 2 and "No space left on device" in result.err
        assert "Traceback" not in result.err
        assert out.read_text() == "the old export\n" * 10
        left = sorted(p.name for p in disk.root.iterdir())
        assert left in (["export.md", "filler"], ["export.md"])


def test_out_keeps_bytes_that_are_not_utf8(tmp_path: Path, filled: list[str]) -> None:
    """Bytes given on the command line that are not UTF-8 (Latin-1, garbage) are written to
    --out exactly, and shown on the terminal as symbols; the old file is replaced whole."""
    out = tmp_path / "letter.txt"
    out.write_text("old")
    raw = b"Caf\xe9 \xff\xfe M\xc3\xbcller"
    args = [b"recipient_name=" + raw if a.startswith("recipient_name=") else a.encode()
            for a in filled]
    done = subprocess.run([sys.executable.encode(), b"-m", b"iepwizard", b"--data-dir",
                           str(tmp_path / "none").encode(), b"letter", EVAL.encode(), *args,
                           b"--out", str(out).encode()], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert raw in out.read_bytes() and b"old" not in out.read_bytes()
    assert b"Traceback" not in done.stderr
    assert b"\xff" not in done.stderr


# -- FILE arguments ---------------------------------------------------------------------------
def test_decode_refuses_devices_and_pipes_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo), str(tmp_path)):
        result = cli("decode", source)
        assert result.code == 2, (source, result)
        _one_sentence(result.err)
        assert "not a regular file" in result.err or "is a folder" in result.err


def test_decode_reads_at_most_20_mb_and_says_so(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as out:
        out.write(b"The IEP team met. " + b"\n" * 23_000_000)  # about 23 MB
    result = cli("decode", str(big))
    assert result.code == 0
    assert "only the first 20 MB" in result.err
    assert "IEP" in result.out


def test_a_long_glossary_query_is_cut_and_not_echoed(tmp_path: Path) -> None:
    start = time.monotonic()
    result = cli("glossary", "evaluation " * 10_000)
    assert time.monotonic() - start < 5
    assert "only the first 200 characters" in result.err
    assert len(result.err) < 2_000
