"""What a data file may hold: strict JSON, tables of documents, each document fitting its
typed record, and a `_meta` table naming the schema. Anything else is `Damaged` (the file is
then handled as a corrupt one), or `TooNew` when a newer iepwizard wrote it.

Bounds: no NaN or infinity, no integer of more than 4,300 digits, nesting beyond what Python's
parser allows is caught, document ids are plain decimal numbers, values this version does not
know are bounded (see `records.base.check_plain`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from .. import lazy_re
from ..records.base import InvalidRecord, Record, check_doc, check_plain, is_safe_id

SCHEMA_VERSION = 2
Schema = Mapping[str, type[Record]]
Tables = dict[str, dict[str, dict[str, Any]]]
#: TinyDB document ids: 1, 2, … (no sign, no leading zero, no other digits than 0-9).
DOC_ID = lazy_re.compile(r"[1-9][0-9]{0,11}")
META = "_meta"


class Damaged(ValueError):
    """The file's content cannot be used; the message says why."""


class TooNew(Exception):
    """The file was written by a newer iepwizard."""


def encode(data: Any) -> bytes:
    """Compact UTF-8 JSON. Text that UTF-8 cannot hold (a lone surrogate, which the store's
    inputs never let in) is written as JSON escapes rather than failing the write."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, separators=(",", ":"),
                          allow_nan=False).encode("ascii")


def _reject_constant(name: str) -> None:
    raise Damaged(f"holds {name}, which is not a number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Damaged(f"holds {text[:20]}, which is too large a number")
    return value


def parse(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant,
                          parse_float=_finite)
    except RecursionError as exc:
        raise Damaged("is nested too deeply") from exc
    except UnicodeDecodeError as exc:
        raise Damaged(f"is not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise Damaged(f"is not readable JSON ({exc.msg}, line {exc.lineno})") from exc
    except Damaged:
        raise
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise Damaged("holds a number too large to read") from exc


def validate_doc(schema: Schema, table: str, key: Any, doc: Any) -> None:
    if not isinstance(key, str) or not DOC_ID.fullmatch(key):
        raise Damaged(f"table {table[:40]!r} has a bad document id {str(key)[:20]!r}")
    if not isinstance(doc, dict):
        raise Damaged(f"table {table[:40]!r} holds something that is not a document")
    try:
        if table == META:
            check_meta(doc)
            return
        record = schema.get(table)
        if record is not None:
            check_doc(record, doc)
        else:  # a table this version does not know: kept, if plain and bounded
            check_plain(f"table {table[:40]!r}", doc)
    except InvalidRecord as exc:
        raise Damaged(str(exc)) from exc


def check_meta(doc: dict[str, Any]) -> None:
    """`schema` (1 and up; TooNew past this version), `gen` (compactions), `child` (the child
    a meeting's file belongs to); anything else plain."""
    version = doc.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Damaged("has no schema version")
    gen = doc.get("gen", 0)
    if not isinstance(gen, int) or isinstance(gen, bool) or not 0 <= gen < 10**15:
        raise Damaged("has a bad generation number")
    if "child" in doc and not is_safe_id(doc["child"]):
        raise Damaged("names its child with a bad id")
    check_plain("_meta", doc)
    if version > SCHEMA_VERSION:
        raise TooNew


def validate(data: Any, schema: Schema) -> Tables:
    """The file's tables, checked; Damaged if anything does not fit, TooNew for a newer one."""
    if not isinstance(data, dict):
        raise Damaged("is not a table of tables")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise Damaged(f"table {name[:40]!r} is not a table")
        for key, doc in table.items():
            validate_doc(schema, name, key, doc)
    meta = data.get(META)
    if meta is not None and set(meta) != {"1"}:
        raise Damaged("has no schema version")
    return data


def generation(data: Tables) -> int:
    gen = data.get(META, {}).get("1", {}).get("gen", 0)
    return gen if isinstance(gen, int) else 0


def apply_line(data: Tables, line: Any, schema: Schema) -> None:
    """Replay one logged change (validated first): {"t": table, "c": cleared,
    "s": {id: document}, "d": [ids]}."""
    if not isinstance(line, dict) or not isinstance(line.get("t"), str):
        raise Damaged("log line without a table")
    sets, drops = line.get("s", {}), line.get("d", [])
    if not isinstance(sets, dict) or not isinstance(drops, list):
        raise Damaged("log line of the wrong shape")
    for key, doc in sets.items():
        validate_doc(schema, line["t"], key, doc)
    if not all(isinstance(k, str) and DOC_ID.fullmatch(k) for k in drops):
        raise Damaged("log line with a bad document id")
    if line["t"] == META and (set(sets) - {"1"} or drops or "c" in line):
        raise Damaged("log line changing the file's _meta table wrongly")
    table = data.setdefault(line["t"], {})
    if line.get("c") is True:
        table.clear()
    for key in drops:
        table.pop(key, None)
    table.update(sets)
