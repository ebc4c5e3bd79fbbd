"""The command line: the parser (`parser.py`), and the command each subcommand runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from .common import EXIT_OK

if TYPE_CHECKING:
    import argparse

#: The options that open the app (no command), each with one value.
LAUNCH_OPTIONS = {"--child": "child", "--data-dir": "data_dir", "--content": "content"}


def plain_launch(argv: Sequence[str]) -> argparse.Namespace | None:
    """What the parser would make of a command line that only opens the app (`--child NAME`,
    `--data-dir DIR`, `--content DIR`, written in full, as `--child NAME` or `--child=NAME`),
    read without importing argparse or building the parser (a quarter of the command line's
    start-up); None for anything else (a command, `--help`, a short or mistyped option, a
    value starting with "-"), which the parser reads. tests/test_cli_launch.py checks that
    both agree."""
    values: dict[str, str | None] = dict.fromkeys(LAUNCH_OPTIONS.values())
    index = 0
    while index < len(argv):
        option, equals, value = argv[index].partition("=")
        if option not in LAUNCH_OPTIONS:
            return None
        if not equals:
            index += 1
            if index == len(argv) or argv[index].startswith("-"):
                return None
            value = argv[index]
        values[LAUNCH_OPTIONS[option]] = value
        index += 1
    return SimpleNamespace(command=None, **values)  # type: ignore[return-value]


def build_parser() -> argparse.ArgumentParser:
    from .parser import build_parser as build

    return build()


#: Commands short enough to run without the cyclic garbage collector (their imports make many
#: objects and no garbage worth a pass: about 8% of `decode`'s time). The app collects again
#: once its first screen is drawn; the other commands (exports of years of notes) collect.
NO_COLLECTION = {None, "decode", "glossary", "letter"}


def main(argv: Sequence[str] | None = None) -> int:
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None, collecting: bool) -> int:
    os.umask(0o077)
    given = sys.argv[1:] if argv is None else argv
    args = plain_launch(given) or build_parser().parse_args(given)
    if getattr(args, "sub_child", None):
        args.child = args.sub_child
    if args.command not in NO_COLLECTION and collecting:
        import gc

        gc.enable()
    from . import commands as cli

    handler = {
        None: cli.run_app,
        "check-content": cli.check_content,
        "letter": cli.letter,
        "glossary": cli.glossary,
        "decode": cli.decode,
        "export": cli.export,
        "review": cli.review,
        "services": cli.services,
        "dates": cli.dates,
        "guide": cli.guide,
    }[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
