"""The parsed scales kept in the cache folder (the command line's `decode`): used while
score-scales.toml and the code that reads it are unchanged, rebuilt after any edit or damage."""

from __future__ import annotations

import os
import pickle
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepwizard.core import scales as scales_module
from iepwizard.core.content_cache import SCALES_MAGIC, _scales_key, scales_cache_file
from iepwizard.core.scales import FILE_NAME, Scales, parsed, scales_for

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A content folder holding only a copy of the shipped scales file (each call of
    `scales_for` reads the cache anew: the in-process copy is forgotten before and after)."""
    root = tmp_path / "content"
    root.mkdir()
    shutil.copy(REPO / "content" / FILE_NAME, root / FILE_NAME)
    scales_module._cached.cache_clear()
    yield root
    scales_module._cached.cache_clear()


def fresh(root: Path, cache: Path) -> Scales:
    """`scales_for` in a new run (the in-process copy forgotten)."""
    scales_module._cached.cache_clear()
    return scales_for(root, cache)


def same(one: Scales, other: Scales) -> bool:
    return all(getattr(one, name) == getattr(other, name) for name in Scales.PARSED)


def test_the_cache_is_written_private_and_equals_the_parsed_file(folder: Path,
                                                                 tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = fresh(folder, cache)
    path = scales_cache_file(folder / FILE_NAME, cache)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    again = fresh(folder, cache)
    assert again is not first and same(again, parsed(folder / FILE_NAME))
    assert "wisc-v" in again.tests and again.test_of("WISC-V") == "wisc-v"


def test_the_cache_is_read_not_the_file(folder: Path, tmp_path: Path) -> None:
    """A cache holding other scales, under the key of the file as it is, is what is read."""
    cache = tmp_path / "cache"
    fresh(folder, cache)
    marked = Scales()
    marked.tests["marked"] = scales_module.TestInfo("marked", "Marked", ("Marked",))
    path = scales_cache_file(folder / FILE_NAME, cache)
    path.write_bytes(SCALES_MAGIC + pickle.dumps((_scales_key(folder / FILE_NAME), marked)))
    assert list(fresh(folder, cache).tests) == ["marked"]


def test_an_edit_of_the_scales_file_is_read(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    file = folder / FILE_NAME
    before = os.stat(file)
    assert fresh(folder, cache).test_of("WISC-V") == "wisc-v"
    text = file.read_text(encoding="utf-8")
    assert '"WISC-V"' in text
    file.write_text(text.replace('"WISC-V"', '"WISC-Five"'), encoding="utf-8")
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))  # same time: the size differs
    edited = fresh(folder, cache)
    assert edited.test_of("WISC-Five") == "wisc-v"
    file.write_text(text.replace('"WISC-V"', '"WISC-Q"'), encoding="utf-8")
    os.utime(file, ns=(1, 1))  # the same size: an old time is another time
    again = fresh(folder, cache)
    assert again.test_of("WISC-Q") == "wisc-v" and again.test_of("WISC-Five") is None


@pytest.mark.parametrize("damage", [b"", b"not a pickle", SCALES_MAGIC + b"\x80\x05cut",
                                    SCALES_MAGIC + pickle.dumps(("an old key", Scales()))])
def test_a_damaged_or_stale_cache_is_rebuilt_silently(folder: Path, tmp_path: Path,
                                                      damage: bytes) -> None:
    cache = tmp_path / "cache"
    fresh(folder, cache)
    path = scales_cache_file(folder / FILE_NAME, cache)
    path.write_bytes(damage)
    rebuilt = fresh(folder, cache)
    assert same(rebuilt, parsed(folder / FILE_NAME))
    assert path.read_bytes().startswith(SCALES_MAGIC) and len(path.read_bytes()) > 1000


def test_a_cache_folder_that_cannot_be_written_only_costs_time(folder: Path,
                                                               tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    assert same(fresh(folder, blocked / "cache"), parsed(folder / FILE_NAME))


def test_the_worked_out_patterns_are_not_cached(folder: Path, tmp_path: Path) -> None:
    """What is worked out from the file (compiled patterns) is made anew in each run."""
    cache = tmp_path / "cache"
    first = fresh(folder, cache)
    assert first.test_mentions("the WISC-V and the KTEA-3")
    assert first.test_pattern is not None
    pickle.dumps(first)  # (a Scales in use pickles as a new one)
    again = fresh(folder, cache)
    assert again._halves is None and again._pattern is None and not again._written


def test_decode_on_the_command_line_uses_the_cache(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Reading Composite SS = 84 (14th percentile).\n", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "IEPWIZARD_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO)}
    runs = [subprocess.run([sys.executable, "-m", "iepwizard", "decode", str(report)],
                           capture_output=True, text=True, env=env, timeout=60)
            for _ in range(2)]
    assert all(r.returncode == 0 for r in runs) and runs[0].stdout == runs[1].stdout
    assert "Reading Composite, standard score 84" in runs[0].stdout
    assert len(list((tmp_path / "cache").rglob("scales-*.pickle"))) == 1
