"""The data folder as a whole: what opening it checks (links, modes, stale temporary files),
and `rescue`, a complete copy written elsewhere when the folder itself cannot be written."""

from __future__ import annotations

from pathlib import Path

from ..locations import DataLayout
from . import files
from .datafile import MAX_BYTES
from .errors import StoreError


def inspect(data_dir: Path, layout: DataLayout, readonly: bool) -> list[str]:
    """What to tell the parent about the folder; StoreError if a link stands in its
    structure. A writer makes loose modes private and removes stale temporary files; a
    reader changes nothing."""
    try:
        found = files.survey(data_dir)
    except OSError as exc:
        raise StoreError(f"iepwizard cannot read the data folder {data_dir} "
                         f"({exc.strerror or exc}).") from exc
    structure = {layout.lock, *layout.folders()}
    linked = sorted(p for p in found.links if p in structure)
    if linked:
        raise StoreError(f"{linked[0]} is a link; iepwizard does not follow links inside its "
                         f"data folder (the data folder itself may be one): put the real "
                         f"folder there.")
    notes = []
    if found.loose and readonly:
        notes.append(f"{len(found.loose)} file(s) or folder(s) in {data_dir} can be read by "
                     f"others; open iepwizard (not a read-only command) to make them private.")
    elif found.loose:
        tightened = files.tighten(found.loose)
        notes.append(f"{tightened} file(s) or folder(s) in {data_dir} could be read by others; "
                     f"iepwizard made them private (0700 folders, 0600 files).")
    if found.foreign:
        notes.append(f"{len(found.foreign)} file(s) in {data_dir} belong to another user and "
                     f"can be read by others, e.g. {found.foreign[0]}; iepwizard cannot change "
                     f"them.")
    if not readonly:
        for pattern in (".*.tmp", "*/.*.tmp"):
            for stale in data_dir.glob(pattern):
                if stale.is_file() and not stale.is_symlink():
                    files.remove(stale)
    return notes


def rescue(layout: DataLayout, snapshots: dict[Path, bytes], target: Path) -> list[Path]:
    """See `BaseStore.rescue`: `snapshots` are the open files, whole, from memory."""
    root = layout.root.resolve()
    where = target.resolve()
    if where == root or root in where.parents:
        raise files.Refused(f"{target} is inside the data folder; choose another folder")
    if target.exists() and any(target.iterdir()):
        raise files.Refused(f"{target} is not empty; choose a new or empty folder")
    written = []
    for path in [*layout.data_files(), *snapshots]:
        out = target / path.relative_to(layout.root)
        if out in written:
            continue
        raw: bytes | None = snapshots.get(path)
        if raw is None:
            raw = _read(path)
            log = path.with_name(path.name + ".log")
            tail = _read(log)
            if tail:
                files.atomic_write(target / log.relative_to(layout.root), tail)
                written.append(target / log.relative_to(layout.root))
            if raw is None:  # only its change log (not yet compacted after a crash)
                continue
        files.atomic_write(out, raw)
        written.append(out)
    return written


def _read(path: Path) -> bytes | None:
    try:
        return files.read_data(path, MAX_BYTES)
    except OSError:
        return None
