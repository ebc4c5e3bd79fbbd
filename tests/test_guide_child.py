"""A first run parses the guide in a child process while the app imports Textual
(guide_child.py): the guide handed over is the one parsed here, and a guide with a problem
is still named, file and line. Each case runs in a fresh Python, as the command line does
(forking a test runner's process, with its threads, is no test of that)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from iepwizard.core.loader import load_content
from iepwizard.core.step_text import actions_markdown

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no fork on Windows")

SCRIPT = """
import json, sys, pathlib
from iepwizard.core.content_cache import load_guide_soon
from iepwizard.core.problems import ContentError
root, cache = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
collect = load_guide_soon(root, cache)
import textual.app  # (what the app does meanwhile)
try:
    content, finish = collect()
except ContentError as exc:
    print(json.dumps({"problems": [str(p) for p in exc.problems]}))
    raise SystemExit(0)
in_parent = "iepwizard.core.loader" in sys.modules
if finish is not None:  # (a first run: the cache is written once the screen is drawn)
    finish()
print(json.dumps({"steps": [s.id for s in content.steps], "terms": sorted(content.terms),
                  "blocks": sorted(content.blocks), "parsed_here": in_parent,
                  "cached": sorted(p.name for p in cache.iterdir())}))
"""


def run(root: Path, cache: Path) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(root), str(cache)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    got: dict[str, Any] = json.loads(result.stdout)
    return got


def test_the_guide_parsed_in_the_child_is_the_guide(content_copy: Path, tmp_path: Path) -> None:
    got = run(content_copy, tmp_path / "cache")
    here = load_content(content_copy, templates=False)
    assert got["steps"] == [s.id for s in here.steps]
    assert got["terms"] == sorted(here.terms)
    # each step's text and actions arrive parsed, so the first screen needs no Markdown parser
    assert got["blocks"] == sorted({text for s in here.steps
                                    for text in (s.body, actions_markdown(s, here.footer))})
    assert got["parsed_here"] is False  # the loader was never imported in the app's process
    assert len(got["cached"]) == 1  # and the cache is written once drawn, as before
    # a second run reads the cache: no child, nothing parsed
    again = run(content_copy, tmp_path / "cache")
    assert again["parsed_here"] is False and again["steps"] == got["steps"]


def test_a_problem_in_the_guide_is_still_named(content_copy: Path, tmp_path: Path) -> None:
    glossary = content_copy / "glossary.toml"
    lines = glossary.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("definition = "))
    lines[at] = 'definition = "never closed'
    glossary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = run(content_copy, tmp_path / "cache")
    assert got["problems"][0].startswith(f"{glossary}:{at + 1}: is not valid TOML"), got
