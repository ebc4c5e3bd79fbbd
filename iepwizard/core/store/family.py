"""The store: the only writer of the parent's data (profile, children, progress, notes)."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from tinydb import Query

from .base import MAIN_FILE, BaseStore, Doc, StoreError, StoreLocked, new_id
from .notes import NotesStore

__all__ = ["Store", "StoreError", "StoreLocked", "PARENT_FIELDS", "CHILD_FIELDS", "STEP_STATES"]

PARENT_FIELDS = ("name", "email", "phone", "address")
CHILD_FIELDS = ("nickname", "full_name", "date_of_birth", "grade", "school", "teacher",
                "principal", "sped_contact")
STEP_STATES = ("not_started", "in_progress", "done", "not_applicable")
Q = Query()


def _clean(fields: dict[str, Any], allowed: tuple[str, ...]) -> dict[str, str]:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    return {key: str(value).strip() for key, value in fields.items()}


class Store(NotesStore, BaseStore):
    """Everything the app and the command line read or write about a family."""

    @classmethod
    def open(cls, data_dir: str | Path, readonly: bool = False) -> Store:
        return cls(Path(data_dir), readonly=readonly)

    # -- settings ---------------------------------------------------------------------------
    def settings(self) -> Doc:
        rows = self._read(MAIN_FILE, "settings")
        return {k: v for k, v in rows[0].items() if k != "doc_id"} if rows else {}

    def set_setting(self, key: str, value: Any) -> Future[None]:
        def change(db: Any) -> None:
            table = db.table("settings")
            if table.get(doc_id=1) is None:
                table.insert({key: value})
            else:
                table.update({key: value}, doc_ids=[1])
        return self._write(MAIN_FILE, change)

    # -- the parent -------------------------------------------------------------------------
    def parent(self) -> dict[str, str]:
        rows = self._read(MAIN_FILE, "parent")
        found = rows[0] if rows else {}
        return {key: found.get(key, "") for key in PARENT_FIELDS}

    def update_parent(self, **fields: Any) -> Future[None]:
        values = _clean(fields, PARENT_FIELDS)

        def change(db: Any) -> None:
            table = db.table("parent")
            if table.get(doc_id=1) is None:
                table.insert(values)
            else:
                table.update(values, doc_ids=[1])
        return self._write(MAIN_FILE, change)

    # -- children ---------------------------------------------------------------------------
    def children(self) -> list[Doc]:
        return self._read(MAIN_FILE, "children")

    def child(self, child_id: str) -> Doc | None:
        return next((c for c in self.children() if c["id"] == child_id), None)

    def find_child(self, name: str) -> Doc | None:
        """A child by id, nickname or full name, ignoring case."""
        wanted = name.strip().casefold()
        for child in self.children():
            names = {child["id"], child.get("nickname", ""), child.get("full_name", "")}
            if wanted in {n.casefold() for n in names if n}:
                return child
        return None

    def add_child(self, nickname: str, **fields: Any) -> Doc:
        if not nickname.strip():
            raise ValueError("a child needs at least a nickname")
        values = _clean({"nickname": nickname, **fields}, CHILD_FIELDS)
        child = {key: values.get(key, "") for key in CHILD_FIELDS}
        child.update(id=new_id(), created=dt.datetime.now().isoformat(timespec="seconds"))
        self._write(MAIN_FILE, lambda db: db.table("children").insert(child))
        return child

    def update_child(self, child_id: str, **fields: Any) -> Future[None]:
        values = _clean(fields, CHILD_FIELDS)
        if "nickname" in values and not values["nickname"]:
            raise ValueError("a child needs at least a nickname")
        return self._write(MAIN_FILE, lambda db: db.table("children").update(
            values, Q.id == child_id))

    def delete_child(self, child_id: str) -> Future[None]:
        """Remove a child and every record kept about them: progress, meetings, notes, logs."""
        for meeting in self.meetings(child_id):
            self._delete_file(self.meeting_file(meeting["id"]))
        self._delete_file(self.child_file(child_id))

        def change(db: Any) -> None:
            db.table("children").remove(Q.id == child_id)
            db.table("progress").remove(Q.child_id == child_id)
        return self._write(MAIN_FILE, change)

    # -- wizard progress --------------------------------------------------------------------
    def progress(self, child_id: str) -> Doc:
        rows = [r for r in self._read(MAIN_FILE, "progress") if r["child_id"] == child_id]
        found = rows[0] if rows else {}
        return {
            "child_id": child_id,
            "current_step": found.get("current_step", ""),
            "steps": dict(found.get("steps", {})),
            "checked": list(found.get("checked", [])),
            "list_scroll": found.get("list_scroll", 0),
        }

    def _update_progress(self, child_id: str, edit: Any) -> Future[None]:
        def change(db: Any) -> None:
            table = db.table("progress")
            doc = table.get(Q.child_id == child_id)
            record = dict(doc) if doc else {"child_id": child_id}
            edit(record)
            table.upsert(record, Q.child_id == child_id)
        return self._write(MAIN_FILE, change)

    def set_current_step(self, child_id: str, step_id: str) -> Future[None]:
        return self._update_progress(child_id, lambda r: r.update(current_step=step_id))

    def set_step_state(self, child_id: str, step_id: str, state: str) -> Future[None]:
        if state not in STEP_STATES:
            raise ValueError(f"unknown step state {state!r}")

        def edit(record: Doc) -> None:
            record["steps"] = {**record.get("steps", {}), step_id: state}
        return self._update_progress(child_id, edit)

    def set_checked(self, child_id: str, key: str, done: bool) -> Future[None]:
        """Tick or untick a checklist item, keyed `step-id/item-id` so edits keep the tick."""
        def edit(record: Doc) -> None:
            checked = [k for k in record.get("checked", []) if k != key]
            record["checked"] = [*checked, key] if done else checked
        return self._update_progress(child_id, edit)

    def set_list_scroll(self, child_id: str, offset: int) -> Future[None]:
        return self._update_progress(child_id, lambda r: r.update(list_scroll=int(offset)))
