"""A mapping whose values stay packed until first read: the guide's cache keeps each step's
parsed blocks, its terms' positions, each glossary term and each letter this way, so a start-up
that shows one step unpickles (and holds in memory) that step's parts only, not the whole
guide's.

A value is packed in one of two ways:
- `bytes`: its pickle, in memory (a `Packed` pickled and unpickled whole);
- `Stored`: where its pickle stands in the cache file (`content_cache`), read from the file
  when first wanted, through a `Source` that keeps the file open. A stored value that cannot
  be read back as it was written (its checksum differs: the file was changed in place) is
  taken from the guide parsed again instead, so a damaged cache costs time, never content.

Values are never `bytes` or `Stored` themselves. Order is kept, as in a dict; reading a value
unpacks it once, and it stays unpacked.

A mapping keyed by long texts (a step's Markdown, a paragraph) may keep a digest of each key
instead of the text (`digested`): it is looked up by the text as before, and lists the
digests. The cache uses this only where no two keys share a digest (checked as it is written).
"""

from __future__ import annotations

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
    UTF-8, 64 bits; Python's own `hash` of a string changes from run to run)."""
    data = key.encode()
    return zlib.crc32(data) << 32 | zlib.adler32(data)


class Stored(NamedTuple):
    """Where a value's pickle stands in a cache file (after its header), and its checksum."""
    offset: int
    length: int
    crc: int


class Source:
    """A cache file held open for the values stored in it: replacing the file (a newer cache
    written by another run) leaves this descriptor reading the one the guide came from.
    `fallback(field)` gives a field's values parsed afresh, for a value that cannot be read."""

    def __init__(self, fd: int, base: int, fallback: Callable[[str], Mapping[str, Any]]) -> None:
        self.fd, self.base, self.fallback = fd, base, fallback
        self._lock = threading.Lock()  # (where there is no pread: seek and read together)
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

    def _read_at(self, offset: int, length: int) -> bytes:
        if hasattr(os, "pread"):
            return os.pread(self.fd, length, offset)
        with self._lock:  # pragma: no cover (Windows)
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
        keys' digests if `digested`."""
        packed: Packed[Any] = cls()
        packed._items = dict(items)
        packed._digested = digested
        return packed

    def _key(self, key: object) -> object:
        return digest(key) if self._digested and isinstance(key, str) else key

    def attach(self, source: Source, field: str) -> None:
        """The file this mapping's stored values are read from, and which field of the guide
        they are (for the fallback)."""
        self._source, self._field = source, field

    def __getitem__(self, key: str) -> V:
        key = self._key(key)  # type: ignore[assignment]
        value = self._items[key]
        kind = value.__class__
        if kind is bytes:
            value = self._items[key] = pickle.loads(value)  # type: ignore[arg-type]
        elif kind is Stored:
            value = self._items[key] = self._read(key, value)  # type: ignore[arg-type]
        return value  # type: ignore[return-value]

    def _read(self, key: object, stored: Stored) -> object:
        source = self._source
        if source is None:
            raise LookupError(f"{key!r} is stored in a cache file this mapping was not given")
        data = source.read(stored)
        if data is not None:
            try:
                return pickle.loads(data)
            except Exception:  # noqa: BLE001 (a damaged pickle: parsed afresh below)
                pass
        parsed = source.fallback(self._field)
        fresh: Mapping[object, object] = (
            {digest(text): value for text, value in parsed.items()} if self._digested
            else cast("Mapping[object, object]", parsed))
        for other, value in self._items.items():  # every value not read yet, from the parse
            if value.__class__ is Stored and other in fresh:
                self._items[other] = fresh[other]
        return fresh[key]

    def __setitem__(self, key: str, value: V) -> None:
        if value.__class__ in (bytes, Stored):
            raise TypeError("a packed mapping's values are never bytes or Stored")
        self._items[self._key(key)] = value

    def __delitem__(self, key: str) -> None:
        del self._items[self._key(key)]

    def __contains__(self, key: object) -> bool:  # without unpacking the value
        return self._key(key) in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)  # type: ignore[arg-type]  # (digests, if digested)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Packed({len(self._items)} values, {self.unpacked} unpacked)"

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled with every value packed (stored ones stay where they are: the cache's
        header is a pickle of the guide with its values stored after it)."""
        return _unpack, ({key: value if value.__class__ in (bytes, Stored)
                          else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
                          for key, value in self._items.items()}, self._digested)

    @property
    def unpacked(self) -> int:
        """How many values have been read (for the tests)."""
        return sum(1 for v in self._items.values() if v.__class__ not in (bytes, Stored))


def _unpack(items: dict[object, object], digested: bool = False) -> Packed[object]:
    packed: Packed[object] = Packed()
    packed._items = dict(items)
    packed._digested = digested
    return packed
