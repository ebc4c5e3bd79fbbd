"""What every command shares: exit codes, the one-sentence failure, and finding the data."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.safe_text import printable

if TYPE_CHECKING:
    import argparse

    from ..core.records import Child
    from ..core.store import Store

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
#: How a command finds the child `--child NAME` names (or the only child): `commands._child`,
#: handed to each command that needs it.
FindChild = Callable[["Store | None", "str | None"], "Child | None"]


class Exit(Exception):
    """Raised anywhere in a command to end it with this code (after saying why)."""

    def __init__(self, code: int) -> None:
        self.code = code


def fail(code: int, sentence: str, items: Sequence[str] = ()) -> int:
    print(printable(f"iepwizard: {sentence}"), file=sys.stderr)
    for item in items:
        print(printable(item), file=sys.stderr)
    return code


Command = Callable[["argparse.Namespace"], int]


def guard(command: Command) -> Command:
    """Turn an `Exit` raised anywhere in a command into its exit code; a data file found
    unreadable midway (a meeting's file written by a newer iepwizard, a folder that cannot be
    read) is exit 3, a letter template that fails as it is filled exit 1, each in one
    sentence."""
    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except Exit as done:
            return done.code
        except Exception as exc:
            # (a command that never imported the store or Jinja cannot have raised their
            # errors: neither is imported here just to check, so `decode` stays quick)
            store_errors = sys.modules.get("iepwizard.core.store.errors")
            if store_errors is not None and isinstance(exc, store_errors.StoreError):
                return fail(EXIT_LOCKED, str(exc))
            jinja = sys.modules.get("jinja2")
            if jinja is None or not isinstance(exc, jinja.TemplateError):
                raise
            return fail(EXIT_CONTENT, f"a letter template failed as it was filled ({exc}); "
                                      f"run 'iepwizard check-content' to find it.")
    return run


def terminal_width(most: int, least: int) -> int | None:
    """The width to wrap printed text at: the terminal's, from `least` to `most` columns;
    None where the output goes to a pipe or a file."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return max(least, min(most, shutil.get_terminal_size().columns))


def say(text: str, err: bool = False) -> None:
    """Print text from people or files: control characters shown as symbols."""
    print(printable(text), file=sys.stderr if err else sys.stdout)


def write_out_arg(name: str, data: bytes | Iterable[bytes], flag: str = "--out") -> Path:
    """`--out FILE` (or `--ics FILE`): a regular file only, atomic, never through a link
    (exit 2 otherwise). `data` may come a piece at a time (an export)."""
    from ..core.store.files import Refused, write_out

    out = Path(name).expanduser() if name else Path("")
    try:
        write_out(out, data)
    except Refused as exc:
        raise Exit(fail(EXIT_USAGE, f"{exc}; choose another {flag} path.")) from exc
    except OSError as exc:
        raise Exit(fail(EXIT_USAGE, f"cannot write {out} ({exc.strerror or exc}); choose "
                                    f"another {flag} path.")) from exc
    return out


def _notice(notice: str) -> None:
    say(f"iepwizard: {notice}", err=True)


def open_reader(folder: Path) -> Store | None:
    """The data folder read-only (beside the open app), or None when there is no data yet
    (the commands say so where it matters: "no child called…", an empty export). Says on
    stderr when a damaged file's backup is read instead, whenever that file is first read."""
    from ..core.store import Store, StoreError

    if not folder.exists() and not folder.is_symlink():
        return None
    if not folder.is_dir():
        what = "a link to nothing" if folder.is_symlink() and not folder.exists() else "a file"
        raise Exit(fail(EXIT_USAGE, f"{folder} is {what}, not a data folder; choose one with "
                                    f"--data-dir."))
    try:
        store = Store.open(folder, readonly=True)
    except StoreError as exc:
        raise Exit(fail(EXIT_LOCKED, str(exc))) from exc
    except OSError as exc:
        raise Exit(fail(EXIT_LOCKED, f"cannot read the data folder {folder} "
                                     f"({exc.strerror or exc}).")) from exc
    for notice in store.notices:
        _notice(notice)
    store.on_notice = _notice
    return store


def open_writer(folder: Path) -> Store:
    """The data folder for writing: takes its lock (exit 3 while the app is open)."""
    from ..core.store import Store, StoreError

    if folder.exists() and not folder.is_dir():
        raise Exit(fail(EXIT_USAGE, f"{folder} is a file, not a data folder; choose one with "
                                    f"--data-dir."))
    try:
        store = Store.open(folder)
    except StoreError as exc:
        raise Exit(fail(EXIT_LOCKED, str(exc))) from exc
    for notice in store.notices:
        _notice(notice)
    store.on_notice = _notice
    return store


def close_store(store: Store, timeout: float = 10.0) -> int:
    """Close a store that was written to. If some changes could not be written (a full disk),
    save a complete copy of the data in a new folder (beside the data folder, else in the
    temporary folder) and say where, in one sentence: exit 3. Otherwise exit 0."""
    import tempfile
    import time

    if store.close(timeout):
        return EXIT_OK
    unsaved, trouble = store.unsaved, store.trouble or "the disk failed"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    places = [store.data_dir.parent / f"{store.data_dir.name}-rescued-{stamp}",
              Path(tempfile.gettempdir()) / f"iepwizard-rescued-{stamp}"]
    for place in places:
        try:
            store.rescue(place)
        except OSError:
            continue
        return fail(EXIT_LOCKED, f"{unsaved} change(s) could not be written to "
                                 f"{store.data_dir} ({trouble}); everything was saved in "
                                 f"{place} instead: open it with --data-dir {place}.")
    return fail(EXIT_LOCKED, f"{unsaved} change(s) could not be written to {store.data_dir} "
                             f"({trouble}), nor saved anywhere else; free some disk space.")
