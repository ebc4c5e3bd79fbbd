"""The IEP review core is plain Python: no Textual, no Rich, and no pypdf until a PDF is read."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import iepwizard.core.iep


def test_the_iep_core_imports_no_ui_and_no_pdf_library() -> None:
    modules = [f"iepwizard.core.iep.{m.name}"
               for m in pkgutil.iter_modules(iepwizard.core.iep.__path__)]
    assert len(modules) >= 15
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
              "('textual', 'rich', 'pypdf', 'socket', 'http', 'urllib3', 'requests'))\n"
            + "print(bad)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
