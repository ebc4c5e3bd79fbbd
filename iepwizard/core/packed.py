"""A mapping whose values stay pickled until first read: the guide's cache keeps each step's
parsed blocks, its terms' positions and each letter this way, so a start-up that shows one step
unpickles (and holds in memory) that step's parts only, not the whole guide's.

Values are never `bytes` themselves (a bytes value is how a packed one is told apart). Order is
kept, as in a dict; reading a value unpacks it once, and it stays unpacked.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping, MutableMapping
from typing import TypeVar

V = TypeVar("V")


class Packed(MutableMapping[str, V]):
    __slots__ = ("_items",)

    def __init__(self, values: Mapping[str, V] | None = None) -> None:
        self._items: dict[str, object] = dict(values) if values else {}

    def __getitem__(self, key: str) -> V:
        value = self._items[key]
        if value.__class__ is bytes:
            value = self._items[key] = pickle.loads(value)
        return value  # type: ignore[return-value]

    def __setitem__(self, key: str, value: V) -> None:
        if value.__class__ is bytes:
            raise TypeError("a packed mapping's values are never bytes")
        self._items[key] = value

    def __delitem__(self, key: str) -> None:
        del self._items[key]

    def __contains__(self, key: object) -> bool:  # without unpacking the value
        return key in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Packed({len(self._items)} values, {self.unpacked} unpacked)"

    def __reduce__(self) -> tuple[object, ...]:
        return _unpack, ({key: value if value.__class__ is bytes
                          else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
                          for key, value in self._items.items()},)

    @property
    def unpacked(self) -> int:
        """How many values have been read (for the tests)."""
        return sum(1 for v in self._items.values() if v.__class__ is not bytes)


def _unpack(items: dict[str, bytes]) -> Packed[object]:
    packed: Packed[object] = Packed()
    packed._items = dict(items)
    return packed
