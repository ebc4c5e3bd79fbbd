"""`iepwizard dates`: a child's key dates and deadlines; `--set` and `--setting` record them
(taking the data folder's lock), `--ics` writes the calendar file.

Reading works beside the open app and for a new user with no data folder (the deadlines then
say what they need). Writing is all or nothing: every `--set` and `--setting` is checked before
anything is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.records import Child
from .common import (
    EXIT_CONTENT,
    EXIT_OK,
    EXIT_USAGE,
    Exit,
    FindChild,
    close_store,
    fail,
    say,
    write_out_arg,
)

if TYPE_CHECKING:
    from ..core.date_settings import Settings
    from ..core.deadline_rules import Rules
    from ..core.deadlines import Schedule
    from ..core.keydates import KeyDate
    from ..core.store import Store

NEW_CHILD = "My child"


def load_rules_or_exit(root: Path) -> Rules:
    from ..core.deadline_rules import load_rules
    from ..core.problems import ContentError

    try:
        return load_rules(root)
    except ContentError as exc:
        raise Exit(fail(EXIT_CONTENT, f"the key-date rules in {root} have problems; fix them "
                        f"and try again (iepwizard check-content lists them):",
                        [str(p) for p in exc.problems])) from exc


def dates_command(args: argparse.Namespace, root: Path,
                  open_reader: Callable[[], Store | None], open_writer: Callable[[], Store],
                  find_child: FindChild) -> int:
    from ..core.dates_report import parse_as_of

    try:
        today = parse_as_of(args.as_of) if args.as_of else dt.date.today()
    except ValueError as exc:
        return fail(EXIT_USAGE, f"{exc}.")
    rules = load_rules_or_exit(root)
    if not args.set and not args.setting:
        store = open_reader()
        child = find_child(store, args.child)
        return _show(args, _schedule(store, child, rules, today), child)
    _parse(None, None, rules, args)  # a wrong --set or --setting touches nothing
    writer = open_writer()
    try:
        child = find_child(writer, args.child) if writer.children() else None
        entries, settings = _parse(writer, child, rules, args)
        if child is None:
            child = writer.add_child(args.child or NEW_CHILD)
            say(f'iepwizard: added the child "{child.name}" to record their dates.', err=True)
        recorded = _record(writer, child, entries, settings if args.setting else None,
                           len(args.setting))
        schedule = _schedule(writer, child, rules, today)
    finally:
        code = close_store(writer)  # not written: a rescued copy is said, exit 3
    if code:
        return code
    say(recorded, err=True)
    return _show(args, schedule, child)


def _show(args: argparse.Namespace, schedule: Schedule, child: Child | None) -> int:
    if args.ics is not None:
        return _ics(args.ics, schedule, child)
    from ..core.dates_report import dates_lines

    for line in dates_lines(schedule):
        say(line)
    return EXIT_OK


def _parse(store: Store | None, child: Child | None, rules: Rules, args: argparse.Namespace
            ) -> tuple[list[KeyDate], Settings]:
    """Every --set and --setting checked before anything is written (exit 2 for a wrong one)."""
    from ..core.date_settings import SettingError, Settings, apply_settings
    from ..core.keydates import KeyDateError, parse_set

    try:
        entries = [parse_set(text) for text in args.set]
        current = store.date_settings(child.id, rules) if store and child else Settings()
        return entries, apply_settings(current, rules, args.setting)
    except (KeyDateError, SettingError) as exc:
        raise Exit(fail(EXIT_USAGE, f"{exc}; nothing was recorded.")) from exc


def _record(store: Store, child: Child, entries: list[KeyDate], settings: Settings | None,
            changed: int) -> str:
    """Record the dates and settings (written when the store closes); what to say once they
    are on disk."""
    from ..core.keydates import KeyDateError

    try:
        store.record_events(child.id, entries)
    except KeyDateError as exc:
        raise Exit(fail(EXIT_USAGE, f"{exc}.")) from exc
    if settings is not None:
        store.set_date_settings(child.id, settings)
    done = [_count(len(entries), "key date")] if entries else []
    done += [_count(changed, "setting")] if changed else []
    return f"iepwizard: recorded {' and '.join(done)} for {child.name}."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _schedule(store: Store | None, child: Child | None, rules: Rules,
              today: dt.date) -> Schedule:
    from ..core.date_settings import Settings
    from ..core.deadlines import compute
    from ..core.keydates import KeyDates
    from ..core.schoolcal import SchoolCalendar

    if store is None or child is None:
        return compute(rules, KeyDates(), Settings(), SchoolCalendar(), today)
    return store.schedule(child.id, rules, today)


def _ics(name: str, schedule: Schedule, child: Child | None) -> int:
    from ..core.ics import CLOUD_WARNING, calendar_bytes

    out = write_out_arg(name, calendar_bytes(schedule, child.id if child else "no-child"),
                        flag="--ics")
    say(f"Written to {out}: the deadlines and meetings as a calendar file.", err=True)
    say(CLOUD_WARNING, err=True)
    return EXIT_OK
