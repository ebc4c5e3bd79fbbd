"""Where things live on disk: every path the app uses is decided here."""

from __future__ import annotations

import os
from pathlib import Path

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
