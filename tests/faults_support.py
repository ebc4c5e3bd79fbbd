"""Shared by the fault-injection tier (tests/test_faults_*.py): a disk that fills up (a real
tiny tmpfs where it can be mounted, else the failing-write hook in store/files.py), the command
line run in this process (many payloads per process, so the tier stays fast), and folder
snapshots."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from iepwizard.core.store import files

#: Raw control characters that must never reach a terminal from people's or files' text
#: (newline and tab are allowed: they are the outputs' own structure), the bidirectional
#: controls (which reorder what a terminal shows) among them.
BIDI = {chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F,
                         0x061C]}
RAW_CONTROL = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]
               } | BIDI


def raw_controls(text: str) -> set[str]:
    """The raw control characters (and lone surrogates, which a terminal cannot be sent) in
    text."""
    return {c for c in text if c in RAW_CONTROL or 0xD800 <= ord(c) <= 0xDFFF}


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder (links not followed) and its bytes."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(folder))] = path.read_bytes()
    return out


@dataclass
class Result:
    code: int
    out: str
    err: str


def cli(*args: str, stdin: str = "") -> Result:
    """`iepwizard ARGS` in this process: its exit code, stdout and stderr."""
    from iepwizard.cli import main

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    return Result(code, out.getvalue(), err.getvalue())


def cli_process(*args: str, env: dict[str, str] | None = None,
                prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """`iepwizard ARGS` as a separate process (for what needs one: exit codes of a real
    process, dropped privileges)."""
    return subprocess.run([*prefix, sys.executable, "-m", "iepwizard", *args],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})


def wait_for(check: Callable[[], bool], timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.01)
    return check()


class Disk:
    """A folder whose disk can be filled and freed again.

    "tmpfs": a real 256 KB tmpfs, filled by a filler file until the kernel says ENOSPC (so
    writes fail and appends tear exactly as on a full disk). "shim": every write under the
    folder fails with ENOSPC through `files.FAULT` (where mounting is not allowed).
    """

    def __init__(self, root: Path, kind: str) -> None:
        self.root, self.kind = root, kind
        self.filler = root / "filler"

    def fill(self) -> None:
        if self.kind == "shim":
            root = str(self.root)

            def full(operation: str, path: Path) -> None:
                if str(path).startswith(root) and operation in {"write", "append"}:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            files.FAULT = full
            return
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
        finally:
            os.close(fd)
        # Page-sized leftovers in files already there may still take a small append (as on a
        # real disk); what matters is that a whole new block cannot be had.

    def free(self) -> None:
        files.FAULT = None
        self.filler.unlink(missing_ok=True)


def _mount_tmpfs(where: Path) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs",
                           str(where)], capture_output=True)
    return done.returncode == 0


@contextlib.contextmanager
def full_disk(tmp_path: Path, kind: str) -> Iterator[Disk]:
    where = tmp_path / "disk"
    if kind == "tmpfs":
        if not _mount_tmpfs(where):
            pytest.skip("a tmpfs cannot be mounted here (needs root on Linux); the 'shim' "
                        "variant of this test covers the same path")
    else:
        where.mkdir(parents=True)
    disk = Disk(where, kind)
    try:
        yield disk
    finally:
        disk.free()
        if kind == "tmpfs":
            subprocess.run(["umount", "-l", str(where)], capture_output=True)
