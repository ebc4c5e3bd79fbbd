"""What every command shares: exit codes, the one-sentence failure, and finding the data."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Sequence

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


class Exit(Exception):
    """Raised anywhere in a command to end it with this code (after saying why)."""

    def __init__(self, code: int) -> None:
        self.code = code


def fail(code: int, sentence: str, items: Sequence[str] = ()) -> int:
    print(f"iepwizard: {sentence}", file=sys.stderr)
    for item in items:
        print(item, file=sys.stderr)
    return code


Command = Callable[[argparse.Namespace], int]


def guard(command: Command) -> Command:
    """Turn an `Exit` raised anywhere in a command into its exit code."""
    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except Exit as done:
            return done.code
    return run
