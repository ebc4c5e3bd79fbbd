"""House rules the build checks: the import-linter contracts in pyproject.toml hold, and they
do fail on a deliberately broken copy (a function-level Textual import in core/, a widget
that writes to the store)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "lint-imports"
    if not script.exists():
        pytest.skip("import-linter is not installed (it comes with the [test] extra)")
    return subprocess.run([str(script), "--config", str(root / "pyproject.toml")], cwd=root,
                          capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_the_contracts_hold() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(("file", "line", "contract"), [
    ("iepwizard/core/progress.py",
     "\n\ndef _hidden() -> None:\n    from textual.widgets import Static  # noqa\n",
     "core/ is plain Python"),
    ("iepwizard/widgets/checklist.py",
     "\n\ndef _writes(store: object) -> None:\n    from ..core.store import Store  # noqa\n",
     "widgets never touch the store"),
])
def test_a_broken_copy_is_caught(tmp_path: Path, file: str, line: str, contract: str) -> None:
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copytree(REPO / "iepwizard", copy / "iepwizard",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    with (copy / file).open("a", encoding="utf-8") as handle:
        handle.write(line)
    result = lint_imports(copy)
    assert result.returncode != 0
    assert "1 broken" in result.stdout and contract in result.stdout
