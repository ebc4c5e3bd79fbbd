"""A mapping whose values stay packed until first read: the guide's cache keeps each step's
parsed blocks, its terms' positions, each glossary term and each letter this way, so a start-up
that shows one step unpickles (and holds in memory) that step's parts only, not the whole
guide's.

A value is packed in one of two ways:
- `bytes`: its pickle, in memory (a `Packed` pickled and unpickled whole);
- `Stored`: where its pickle stands in the cache file (`content_cache`), read from the file
  when first wanted, through a `Source` that keeps the file open. A stored value that cannot
  be read back as it was written (its checksum differs: the file was changed in place) is
  taken from the guide parsed again instead, and the damaged file is removed so the next run
  writes it anew: a damaged cache costs time, never content.

Values are never `bytes`, `Stored` or `Keyed` themselves. Order is kept, as in a dict; reading
a value unpacks it once, and it stays unpacked.

A mapping keyed by long texts (a step's Markdown, a paragraph) may keep a digest of each key
in memory instead of the text (`digested`); each value is stored with its whole key, which is
compared on every look-up, so a text that merely shares a digest is not found. It is looked
up and listed by its texts as any mapping (listing reads every value).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import threading
import weakref
import zlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any, NamedTuple, TypeVar, cast

V = TypeVar("V")


def digest(key: str) -> int:
    """A digest of a text key that is the same in every run (CRC-32 and Adler-32 of its
    UTF-8, 64 bits; Python's own `hash` of a string changes from run to run). Only a hint:
    the key itself is compared when its value is read."""
    data = key.encode()
    return zlib.crc32(data) << 32 | zlib.adler32(data)


class Stored(NamedTuple):
    """Where a value's pickle stands in a cache file (after its header), and its checksum."""
    offset: int
    length: int
    crc: int


class Keyed(NamedTuple):
    """A value of a digested mapping, with its whole key."""
    text: str
    value: Any


class Source:
    """A cache file held open for the values stored in it. On POSIX systems, replacing the
    file (a newer cache written by another run) leaves this descriptor reading the one the
    guide came from; on Windows the open file keeps others from replacing it meanwhile (their
    cache is written on a later run). `reparse()` gives the stored mappings parsed afresh
    (once), for a value that cannot be read; `damaged()` is told the file is damaged."""

    def __init__(self, fd: int, base: int,
                 reparse: Callable[[], Mapping[str, Mapping[str, Any]]],
                 damaged: Callable[[int], None]) -> None:
        self.fd, self.base = fd, base
        self._reparse, self._damaged = reparse, damaged
        self._parsed: Mapping[str, Mapping[str, Any]] | None = None
        self._lock = threading.Lock()
        weakref.finalize(self, os.close, fd)

    def read(self, stored: Stored) -> bytes | None:
        """The pickle stored there; None if it is not what was written."""
        try:
            data = self._read_at(self.base + stored.offset, stored.length)
        except OSError:
            return None
        if len(data) != stored.length or zlib.crc32(data) != stored.crc:
            return None
        return data

    def fresh(self, field: str) -> Mapping[str, Any]:
        """A stored mapping from the guide parsed again (parsed once, whichever asks first)."""
        with self._lock:
            if self._parsed is None:
                self._damaged(self.fd)
                self._parsed = self._reparse()
            return self._parsed[field]

    def _read_at(self, offset: int, length: int) -> bytes:
        if hasattr(os, "pread"):
            return os.pread(self.fd, length, offset)
        with self._lock:  # pragma: no cover (Windows: seek and read together)
            os.lseek(self.fd, offset, os.SEEK_SET)
            return os.read(self.fd, length)


class Packed(MutableMapping[str, V]):
    __slots__ = ("_items", "_source", "_field", "_digested")

    def __init__(self, values: Mapping[str, V] | None = None) -> None:
        self._items: dict[object, object] = {}
        if values:
            self._items.update(values)
        self._source: Source | None = None
        self._field = ""
        self._digested = False

    @classmethod
    def stored(cls, items: Mapping[Any, Stored], digested: bool = False) -> Packed[Any]:
        """A mapping of values stored in a cache file (`attach` says which), keyed by their
        keys' digests if `digested` (the values stored are then `Keyed`)."""
        packed: Packed[Any] = cls()
        packed._items = dict(items)
        packed._digested = digested
        return packed

    def attach(self, source: Source, field: str) -> None:
        """The file this mapping's stored values are read from, and which field of the guide
        they are (for the fallback)."""
        self._source, self._field = source, field

    def _slot(self, key: object) -> object:
        return digest(key) if self._digested and isinstance(key, str) else key

    def _unpacked(self, slot: object) -> object:
        """The value in `slot` (a `Keyed` one in a digested mapping), unpacked."""
        value = self._items[slot]
        kind = value.__class__
        if kind is bytes:
            value = self._items[slot] = pickle.loads(cast(bytes, value))
        elif kind is Stored:
            value = self._items[slot] = self._read(slot, cast(Stored, value))
        return value

    def __getitem__(self, key: str) -> V:
        value = self._unpacked(self._slot(key))
        if self._digested:
            keyed = cast(Keyed, value)
            if keyed.text != key:  # another text with the same digest
                raise KeyError(key)
            return cast(V, keyed.value)
        return cast(V, value)

    def _read(self, slot: object, stored: Stored) -> object:
        source = self._source
        if source is None:
            raise LookupError("a value stored in a cache file this mapping was not given")
        data = source.read(stored)
        if data is not None:
            try:
                return pickle.loads(data)
            except Exception:  # noqa: BLE001 (a damaged pickle: parsed afresh below)
                pass
        parsed = source.fresh(self._field)
        fresh: dict[object, object] = {}
        for text, value in parsed.items():
            fresh[digest(text) if self._digested else text] = (
                Keyed(text, value) if self._digested else value)
        for other, value in list(self._items.items()):  # every value not read yet
            if value.__class__ is Stored:
                if other in fresh:
                    self._items[other] = fresh[other]
                elif other != slot:
                    del self._items[other]  # (gone from the guide since it was cached)
        if slot not in fresh:
            del self._items[slot]
            raise KeyError(slot)
        return fresh[slot]

    def __setitem__(self, key: str, value: V) -> None:
        if value.__class__ in (bytes, Stored, Keyed):
            raise TypeError("a packed mapping's values are never bytes, Stored or Keyed")
        self._items[self._slot(key)] = Keyed(key, value) if self._digested else value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        del self._items[self._slot(key)]

    def __contains__(self, key: object) -> bool:
        if not self._digested:
            return key in self._items  # without unpacking the value
        try:
            self[cast(str, key)]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        if not self._digested:
            return iter(cast("dict[str, object]", self._items))
        return (cast(Keyed, self._unpacked(slot)).text for slot in list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Packed({len(self._items)} values, {self.unpacked} unpacked)"

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled with every value packed. Values stored in a file stay where they are only
        while no file is attached (the cache's header is a pickle of the guide with its values
        stored after it); a copy of a mapping read from a file carries its values."""
        items: dict[object, object] = {}
        for slot, value in list(self._items.items()):
            if value.__class__ is bytes or (value.__class__ is Stored and self._source is None):
                items[slot] = value
            elif slot in self._items:  # (a stored value gone from the guide is left out)
                with contextlib.suppress(KeyError):
                    items[slot] = pickle.dumps(self._unpacked(slot), pickle.HIGHEST_PROTOCOL)
        return _unpack, (items, self._digested)

    @property
    def unpacked(self) -> int:
        """How many values have been read (for the tests)."""
        return sum(1 for v in self._items.values() if v.__class__ not in (bytes, Stored))


def _unpack(items: dict[object, object], digested: bool = False) -> Packed[object]:
    packed: Packed[object] = Packed()
    packed._items = dict(items)
    packed._digested = digested
    return packed
