"""House rule: core/ is plain Python, reachable without Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import iepwizard.core


def test_core_never_imports_textual() -> None:
    modules = [f"iepwizard.core.{m.name}" for m in pkgutil.iter_modules(iepwizard.core.__path__)]
    assert len(modules) >= 8
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
            + "print(bad)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
