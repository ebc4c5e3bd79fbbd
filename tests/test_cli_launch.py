"""Opening the app reads its command line without argparse (cli.plain_launch); whatever it
reads, the parser reads the same, and anything else is left to the parser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from iepwizard.cli import build_parser, plain_launch

TOKENS = ["--child", "--data-dir", "--content", "--child=Zoë", "--content=", "--data-dir=/d",
          "Sam", "Zoë Ann", "decode", "glossary", "-", "--", "-x", "--ch", "--chi=Al", "--help",
          "--version", "-5", "", "--child=-b", "=", "/tmp/d e", "--CHILD"]


def _parsed(argv: list[str]) -> dict[str, object]:
    return vars(build_parser().parse_args(argv))


def test_the_usual_launches_read_as_the_parser_reads_them() -> None:
    for argv in ([], ["--child", "Sam"], ["--child=Zoë"], ["--data-dir", "/d", "--child", "S"],
                 ["--content", "c", "--content=d"], ["--child", "decode"], ["--child="]):
        fast = plain_launch(argv)
        assert fast is not None, argv
        assert vars(fast) == _parsed(argv)


@given(st.lists(st.sampled_from(TOKENS), max_size=5))
def test_a_launch_read_without_the_parser_is_read_as_the_parser_reads_it(
        argv: list[str]) -> None:
    fast = plain_launch(argv)
    if fast is not None:  # (else the parser reads it, errors and --help included)
        assert vars(fast) == _parsed(argv)


def test_commands_help_and_mistakes_are_left_to_the_parser() -> None:
    for argv in (["decode", "f.txt"], ["--help"], ["--version"], ["--chil", "Sam"],
                 ["--child"], ["--child", "-x"], ["Sam"], ["--child", "Sam", "export"]):
        assert plain_launch(argv) is None, argv


def test_opening_the_app_does_not_import_argparse(tmp_path: Path) -> None:
    """What the app's start-up imports, from the command line to the first screen's code."""
    code = ("import sys; from iepwizard.cli import plain_launch; "
            "assert plain_launch(['--child', 'Sam']) is not None; "
            "import iepwizard.cli.commands, iepwizard.app, iepwizard.screens.wizard; "
            "print(sorted(m for m in ('argparse', 'gettext') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(
                             Path(__file__).resolve().parent.parent)})
    assert out.stdout.strip() == "[]"
