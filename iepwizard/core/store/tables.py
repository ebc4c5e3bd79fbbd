"""TinyDB, kept in memory, whose changes are logged one document at a time.

TinyDB's own tables rebuild the whole table and hand the whole file to the storage on every
change, which is what made saving slow as a meeting grew. `LoggedTable` applies a change to the
documents it touches and tells the file which ones they were; the file appends just those to
its log (see `datafile`). Reads are TinyDB's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

if TYPE_CHECKING:
    from .datafile import DataFile


class IdView(MutableMapping[int, dict[str, Any]]):
    """A table's documents keyed by int id (as TinyDB's updaters expect) over the file's
    str-keyed dict, noting every id set or removed."""

    def __init__(self, raw: dict[str, dict[str, Any]]) -> None:
        self.raw = raw
        self.changed: set[int] = set()
        self.cleared = False

    def __getitem__(self, key: int) -> dict[str, Any]:
        return self.raw[str(key)]

    def __setitem__(self, key: int, value: dict[str, Any]) -> None:
        self.raw[str(key)] = value
        self.changed.add(key)

    def __delitem__(self, key: int) -> None:
        del self.raw[str(key)]
        self.changed.add(key)

    def __contains__(self, key: object) -> bool:
        return str(key) in self.raw

    def __iter__(self) -> Iterator[int]:
        return iter([int(k) for k in self.raw])

    def __len__(self) -> int:
        return len(self.raw)

    def clear(self) -> None:
        self.raw.clear()
        self.changed.clear()
        self.cleared = True


class LoggedTable(Table):
    def _update_table(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        file: DataFile = self._storage.file  # type: ignore[attr-defined]
        view = IdView(file.data.setdefault(self.name, {}))
        updater(view)  # type: ignore[arg-type]
        file.logged(self.name, view.changed, view.cleared)
        self.clear_cache()

    def update(self, fields: Any, cond: Any = None,
               doc_ids: Iterable[int] | None = None) -> list[int]:
        """TinyDB changes updated documents in place: log the ids it reports."""
        ids: list[int] = super().update(fields, cond, doc_ids)
        self._storage.file.logged(self.name, set(ids), False)  # type: ignore[attr-defined]
        return ids

    def update_multiple(self, updates: Any) -> list[int]:
        ids: list[int] = super().update_multiple(updates)
        self._storage.file.logged(self.name, set(ids), False)  # type: ignore[attr-defined]
        return ids


class FileStorage(Storage):
    """The file's data in memory; TinyDB never writes a whole file through it."""

    def __init__(self, file: DataFile) -> None:
        self.file = file

    def read(self) -> dict[str, Any]:
        return self.file.data

    def write(self, data: dict[str, Any]) -> None:
        raise AssertionError("iepwizard's tables log their changes; nothing writes whole data")


class LoggedDB(TinyDB):
    table_class = LoggedTable
