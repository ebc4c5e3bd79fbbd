"""Typed records: what the store returns, and where data read from disk is validated.

Each record is a frozen dataclass whose fields say what they hold (`text`, `ident`, `date`, …)
and, for fields a person fills in, the label a form shows. `Record.from_doc` checks a stored
document against that table (types, safe ids, bounds, finite numbers) and raises
`InvalidRecord` when it does not fit, so a file that fails is handled like a damaged one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import field
from typing import Any, ClassVar, NamedTuple, Self

from .. import lazy_re

#: Ids become file names: lower-case letters, digits and dashes only, never a path.
SAFE_ID = lazy_re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
#: The longest text kept in one field (a huge paste is kept whole up to this).
MAX_TEXT = 20_000_000
MAX_ITEMS = 100_000
#: How deep a value this version does not know (a field a later version added) may nest.
MAX_DEPTH = 8


class InvalidRecord(ValueError):
    """A stored document does not fit its record; the message names the field."""


def storable(text: str) -> str:
    """Text exactly as typed or pasted, less what UTF-8 cannot hold (lone surrogates)."""
    return text.encode("utf-8", "replace").decode("utf-8")


def clean(value: Any) -> Any:
    """A value given by a person (or a command line), its texts made `storable` (in lists and
    tables too); anything else as it is, for the checks to judge."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, list | tuple):
        return type(value)(clean(v) for v in value)
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    return value


def is_safe_id(value: object) -> bool:
    return isinstance(value, str) and SAFE_ID.fullmatch(value) is not None


class Spec(NamedTuple):
    """How one field is checked, and how a form names it."""

    kind: str
    label: str = ""
    choices: tuple[str, ...] = ()
    low: float = 0
    high: float = 10**12


def _spec(kind: str, default: Any, label: str = "", **extra: Any) -> Any:
    spec = Spec(kind, label, **extra)
    if callable(default):
        return field(default_factory=default, metadata={"spec": spec})
    return field(default=default, metadata={"spec": spec})


def text(label: str = "", default: str = "") -> Any:
    return _spec("text", default, label)


def ident(label: str = "") -> Any:
    return _spec("id", "", label)


def date(label: str = "") -> Any:
    """An ISO date (2026-09-03), or empty."""
    return _spec("date", "", label)


def stamp() -> Any:
    """An ISO date and time (2026-09-03T10:15:00), or empty."""
    return _spec("stamp", "")


def number(low: int = 0, high: int = 10**12, default: int = 0, label: str = "") -> Any:
    return _spec("int", default, label, low=low, high=high)


def real(low: float, high: float, default: float = 0.0, label: str = "") -> Any:
    """A finite number between `low` and `high` (a test score such as 82 or 3.2)."""
    return _spec("float", default, label, low=low, high=high)


def flag(default: bool = False, label: str = "") -> Any:
    return _spec("bool", default, label)


def choice(choices: tuple[str, ...], default: str = "", label: str = "") -> Any:
    return _spec("choice", default, label, choices=choices)


def texts(label: str = "") -> Any:
    return _spec("texts", tuple, label)


def text_map(choices: tuple[str, ...] = ()) -> Any:
    """A mapping of safe ids to texts (e.g. step id -> state)."""
    return _spec("map", dict, choices=choices)


_LONE_SURROGATE = lazy_re.compile("[\ud800-\udfff]")


def _check_text(name: str, value: Any) -> str:
    """Text within MAX_TEXT, and valid Unicode (a file's "\\udcff" escape gives Python a lone
    surrogate, which no terminal or UTF-8 file can hold: such a file is damaged)."""
    if not isinstance(value, str):
        raise InvalidRecord(f"{name} must be text")
    if len(value) > MAX_TEXT:
        raise InvalidRecord(f"{name} is longer than {MAX_TEXT:,} characters")
    if not value.isascii() and _LONE_SURROGATE.search(value):
        raise InvalidRecord(f"{name} holds text that is not valid Unicode")
    return value


def _check_date(name: str, value: Any, parse: Callable[[str], object]) -> str:
    text_value = _check_text(name, value)
    if text_value:
        try:
            parse(text_value)
        except ValueError as exc:
            raise InvalidRecord(f"{name} is not a date: {text_value[:40]!r}") from exc
    return text_value


def check_plain(name: str, value: Any, depth: int = MAX_DEPTH) -> None:
    """A value whose meaning this version does not know, kept as it is only if it is plain,
    bounded JSON: texts within MAX_TEXT, finite numbers, lists and tables of at most
    MAX_ITEMS, nested at most `depth` deep (no stack is used to check it)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, str):
            _check_text(name, item)
        elif isinstance(item, bool | int) or item is None:
            continue
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise InvalidRecord(f"{name} holds a number that is not finite")
        elif isinstance(item, list | dict):
            if level >= depth:
                raise InvalidRecord(f"{name} is nested more than {depth} deep")
            if len(item) > MAX_ITEMS:
                raise InvalidRecord(f"{name} holds more than {MAX_ITEMS:,} items")
            values = item.values() if isinstance(item, dict) else item
            stack.extend((v, level + 1) for v in values)
        else:
            raise InvalidRecord(f"{name} holds a {type(item).__name__}")


def _check(name: str, spec: Spec, value: Any) -> Any:
    kind = spec.kind
    if kind == "text":
        return _check_text(name, value)
    if kind == "id":
        if not is_safe_id(value):
            raise InvalidRecord(f"{name} is not a safe id: {str(value)[:40]!r}")
        return value
    if kind == "date":
        return _check_date(name, value, dt.date.fromisoformat)
    if kind == "stamp":
        return _check_date(name, value, dt.datetime.fromisoformat)
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            if isinstance(value, float) and math.isfinite(value) and value.is_integer():
                value = int(value)
            else:
                raise InvalidRecord(f"{name} must be a whole number")
        if not spec.low <= value <= spec.high:
            raise InvalidRecord(f"{name} = {value} is out of bounds")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
                value):
            raise InvalidRecord(f"{name} must be a number")
        if not spec.low <= value <= spec.high:
            raise InvalidRecord(f"{name} = {value} is out of bounds")
        return float(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise InvalidRecord(f"{name} must be true or false")
        return value
    if kind == "choice":
        if value not in spec.choices:
            raise InvalidRecord(f"{name} = {str(value)[:40]!r} is not one of {spec.choices}")
        return value
    if kind == "texts":
        if not isinstance(value, list | tuple) or len(value) > MAX_ITEMS:
            raise InvalidRecord(f"{name} must be a list of texts")
        return tuple(_check_text(name, item) for item in value)
    if kind == "map":
        if not isinstance(value, dict) or len(value) > MAX_ITEMS:
            raise InvalidRecord(f"{name} must be a table")
        for key, item in value.items():
            _check_text(name, key)
            _check_text(name, item)
            if spec.choices and item not in spec.choices:
                raise InvalidRecord(f"{name}[{key[:40]!r}] is not one of {spec.choices}")
        return dict(value)
    raise AssertionError(kind)


class Record:
    """Base of every stored record: built from a stored document, turned back into one.

    Each record is `@dataclass(frozen=True, repr=False, eq=False)`: its equality, hash and
    repr are the ones below, the same as a dataclass would make, written once rather than
    made for each class (that took about half a millisecond a class at start-up, issue 16).
    """

    #: The record's TinyDB document id, where it has one (not stored inside the document).
    doc_id: int
    TABLE: ClassVar[str] = ""

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _field_names(type(self)))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}"
                           for name in _field_names(type(self)))
        return f"{type(self).__qualname__}({values})"

    @classmethod
    def specs(cls) -> Iterator[tuple[str, Spec]]:
        for item in dataclasses.fields(cls):  # type: ignore[arg-type]
            spec = item.metadata.get("spec")
            if spec is not None:
                yield item.name, spec

    @classmethod
    def labels(cls) -> dict[str, str]:
        """The fields a person fills in, with the label a form shows (the one field table)."""
        return {name: spec.label for name, spec in cls.specs() if spec.label}

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], doc_id: int = 0) -> Self:
        """The record a stored document holds; InvalidRecord if it does not fit."""
        if not isinstance(doc, Mapping):
            raise InvalidRecord(f"a {cls.__name__} must be a table")
        names = _shape(cls)[0]
        for key in doc.keys() - names:
            check_plain(f"{cls.__name__}.{str(key)[:40]}", doc[key])
        values: dict[str, Any] = {}
        for item in dataclasses.fields(cls):  # type: ignore[arg-type]
            spec = item.metadata.get("spec")
            if spec is None:
                continue
            if item.name in doc:
                values[item.name] = _check(f"{cls.__name__}.{item.name}", spec, doc[item.name])
            elif spec.kind == "id":
                raise InvalidRecord(f"{cls.__name__} has no {item.name}")
        if "doc_id" in {f.name for f in dataclasses.fields(cls)}:  # type: ignore[arg-type]
            values["doc_id"] = doc_id
        return cls(**values)

    @classmethod
    def from_valid(cls, doc: Mapping[str, Any], doc_id: int = 0) -> Self:
        """A record from a document already validated (when its file was read): no checks."""
        names, lists, has_id = _shape(cls)
        values = {k: doc[k] for k in names if k in doc}
        for name in lists:
            if name in values:
                values[name] = tuple(values[name])
        if has_id:
            values["doc_id"] = doc_id
        return cls(**values)

    def to_doc(self) -> dict[str, Any]:
        """The document stored for this record (lists for tuples, no doc id)."""
        doc: dict[str, Any] = {}
        for name, _ in self.specs():
            value = getattr(self, name)
            doc[name] = list(value) if isinstance(value, tuple) else value
        return doc

    def but(self, **changes: Any) -> Self:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


_SHAPES: dict[type[Record], tuple[tuple[str, ...], tuple[str, ...], bool]] = {}
_NAMES: dict[type[Record], tuple[str, ...]] = {}


def _field_names(cls: type[Record]) -> tuple[str, ...]:
    """The names of a record's fields, in order (what its equality, hash and repr read)."""
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(
            f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    return names


def _shape(cls: type[Record]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    found = _SHAPES.get(cls)
    if found is not None:
        return found
    specs = list(cls.specs())
    names = tuple(name for name, _ in specs)
    lists = tuple(name for name, spec in specs if spec.kind == "texts")
    has_id = "doc_id" in {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    _SHAPES[cls] = (names, lists, has_id)
    return _SHAPES[cls]


def check_fields(cls: type[Record], values: Mapping[str, Any]) -> dict[str, Any]:
    """Values for some of a record's fields, checked as `from_doc` would (for updates)."""
    specs = dict(cls.specs())
    unknown = sorted(set(values) - set(specs))
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(unknown)}")
    out: dict[str, Any] = {}
    for name, value in values.items():
        spec = specs[name]
        value = clean(value)
        checked = _check(f"{cls.__name__}.{name}", spec, value)
        out[name] = list(checked) if isinstance(checked, tuple) else checked
    return out


_MISSING = object()
_CHECKERS: dict[type[Record], list[tuple[str, Callable[[Any], object], bool]]] = {}


def _checker(name: str, spec: Spec) -> Callable[[Any], object]:
    """One field's check, specialised once per record class (files hold thousands of
    documents: reading a year of notes must not wait on generic checks)."""
    if spec.kind == "text":
        def text_check(value: Any) -> object:
            if type(value) is not str or len(value) > MAX_TEXT or not value.isascii():
                return _check_text(name, value)
            return value
        return text_check
    if spec.kind == "choice":
        allowed = frozenset(spec.choices)

        def choice_check(value: Any) -> object:
            if type(value) is not str or value not in allowed:
                return _check(name, spec, value)
            return value
        return choice_check
    if spec.kind in {"stamp", "date"}:
        parse = dt.datetime.fromisoformat if spec.kind == "stamp" else dt.date.fromisoformat

        def when_check(value: Any) -> object:
            if type(value) is not str:
                return _check(name, spec, value)
            if value:
                try:
                    parse(value)
                except ValueError:
                    return _check(name, spec, value)
            return value
        return when_check
    return lambda value: _check(name, spec, value)


def check_doc(cls: type[Record], doc: Any) -> None:
    """Validate a stored document as `from_doc` would, without building the record."""
    checkers = _CHECKERS.get(cls)
    if checkers is None:
        checkers = _CHECKERS[cls] = [(name, _checker(f"{cls.__name__}.{name}", spec),
                                      spec.kind == "id") for name, spec in cls.specs()]
    if not isinstance(doc, Mapping):
        raise InvalidRecord(f"a {cls.__name__} must be a table")
    for key in doc.keys() - _shape(cls)[0]:  # keys this version does not know: kept if plain
        check_plain(f"{cls.__name__}.{str(key)[:40]}", doc[key])
    for name, check, required in checkers:
        value = doc.get(name, _MISSING)
        if value is _MISSING:
            if required:
                raise InvalidRecord(f"{cls.__name__} has no {name}")
            continue
        check(value)
    if cls.from_doc.__func__ is not Record.from_doc.__func__:  # type: ignore[attr-defined]
        cls.from_doc(doc)  # a record with checks of its own (a hash, an amount) runs them
