"""What the first frame imports: the modules the app, its command line, the store and the
wizard screen need, and none of the heavy ones the parent meets later (issue 16: each costs
start-up time before the first readable screen). A fresh Python, as the command line is."""

from __future__ import annotations

import json
import subprocess
import sys

#: Loaded when first used, never before the first frame: the guide's loader and its Markdown
#: and TOML parsers (the guide comes from its cache), the letter templates' engine, Textual's
#: multi-line box and Markdown widget (the decoder, the journal, the help).
LATER = ("iepwizard.core.loader", "markdown_it", "tomllib", "jinja2",
         "textual.widgets._text_area", "textual.widgets._markdown", "iepwizard.core.decode")

SCRIPT = """
import json, sys
import iepwizard.cli.commands, iepwizard.core.store, iepwizard.app, iepwizard.screens.wizard
print(json.dumps(sorted(m for m in sys.argv[1:] if m in sys.modules)))
"""


def test_the_first_frame_imports_nothing_the_parent_meets_later() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT, *LATER], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
