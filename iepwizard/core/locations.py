"""Where things live on disk: every path the app uses is decided here."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

DATA_DIR_ENV = "IEPWIZARD_DATA_DIR"
APP_NAME = "iepwizard"


def content_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the guide: `--content`, the copy inside the wheel, or the repo's."""
    if override is not None:
        return Path(override).expanduser()
    package = Path(__file__).resolve().parent.parent
    bundled = package / "_content"
    if bundled.is_dir():
        return bundled
    return package.parent / "content"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The parent's data folder: `--data-dir`, then $IEPWIZARD_DATA_DIR, then the platform's."""
    if override is not None:
        return Path(override).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """Where derived, rebuildable files go (the parsed guide); never the family's data."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


class DataLayout(NamedTuple):
    """Every file in the data folder, by what it holds. File names come from validated ids
    only, so no value in a data file can point a read or a write outside the folder."""

    root: Path

    @property
    def main(self) -> Path:
        """The profile, the children, their progress and settings."""
        return self.root / "iepwizard.json"

    @property
    def lock(self) -> Path:
        return self.root / ".iepwizard.lock"

    @property
    def children(self) -> Path:
        return self.root / "children"

    def child(self, child_id: str) -> Path:
        """One child's records: meetings, questions, journal, contacts, address book, …"""
        return self.children / f"{_safe(child_id)}.json"

    def meeting(self, meeting_id: str) -> Path:
        """One meeting's notes."""
        return self.meetings / f"{_safe(meeting_id)}.json"

    def drafts(self, child_id: str) -> Path:
        """Text typed and not yet saved as what it is for, apart from the records."""
        return self.drafts_folder / f"{_safe(child_id)}.json"

    def documents(self, child_id: str) -> Path:
        """Large documents of one child (IEP texts, saved reports), one file each."""
        return self.root / "documents" / _safe(child_id)

    @property
    def meetings(self) -> Path:
        return self.root / "meetings"

    @property
    def drafts_folder(self) -> Path:
        return self.root / "drafts"

    @property
    def letters(self) -> Path:
        return self.root / "letters"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    def folders(self) -> list[Path]:
        """The folders iepwizard keeps inside the data folder (none of them may be a link)."""
        return [self.children, self.meetings, self.drafts_folder, self.root / "documents",
                self.letters, self.exports]

    def data_files(self) -> list[Path]:
        """Every data file there is now, as a snapshot, its change log or both: the main file,
        then each child's, meeting's and drafts' file whose name is a safe id (anything else in
        those folders is not ours)."""
        found = [self.main]
        for folder in (self.children, self.meetings, self.drafts_folder):
            try:
                names = sorted(p.name for p in folder.iterdir())
            except OSError:
                continue
            # (a file not yet compacted, after a crash, is only its change log: X.json.log)
            stems = dict.fromkeys(name.removesuffix(".log") for name in names)
            found += [folder / name for name in stems
                      if name.endswith(".json") and _is_safe(name[:-5])]
        return found


def _is_safe(record_id: object) -> bool:
    from .records.base import is_safe_id

    return is_safe_id(record_id)


def _safe(record_id: str) -> str:
    """The id itself, if it is safe as a file name (lower-case letters, digits, dashes; never
    a path, a dot, a NUL); ValueError otherwise."""
    if not _is_safe(record_id):
        raise ValueError(f"not a safe id: {str(record_id)[:40]!r}")
    return record_id
