"""The family's records in the main file: the parent, the children, progress and settings."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future
from typing import Any

from tinydb import Query

from ..records import STEP_STATES, Child, Parent, Progress, Settings
from ..records.base import check_fields, storable
from . import schemas
from .base import BaseStore, new_id, read_whole

Q = Query()


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class FamilyStore(BaseStore):
    def _main(self, change: Any) -> Future[None]:
        return self._change(self.layout.main, schemas.MAIN, change)

    def _open_main(self) -> None:
        """Read the main file; if it was lost, find the children again from their files."""
        file = self._file(self.layout.main, schemas.MAIN)
        if file.restarted:
            found = self._find_children()
            if found and self._writer is None:  # a reader: in memory only
                with self._lock:
                    file.data[Child.TABLE] = {str(n): c.to_doc() for n, c in enumerate(found, 1)}
                    file.version += 1
            elif found:
                self._main(lambda db: db.table(Child.TABLE).insert_multiple(
                    [c.to_doc() for c in found]))
            if found:
                self._note("iepwizard found these children again from their own files, with "
                           "their meetings, notes, journal and contact log (their ticks in the "
                           "guide and your profile could not be recovered): "
                           + ", ".join(c.name for c in found) + ".")

    def _find_children(self) -> list[Child]:
        """The children whose own files are in `children/` (each keeps a copy of its child
        record; a file that cannot be read still gives a child, named from its id)."""
        found = []
        for path in self.layout.data_files():
            if path.parent != self.layout.children:
                continue
            data = read_whole(path, schemas.CHILD)
            mirror = list(data.get(Child.TABLE, {}).values())
            child = (Child.from_valid(mirror[0]) if mirror else
                     Child(id=path.stem, nickname=f"Child {path.stem[:4]}"))
            found.append(child.but(id=path.stem))
        return found

    # -- settings ---------------------------------------------------------------------------
    def settings(self) -> Settings:
        rows = self._rows(self.layout.main, schemas.MAIN, Settings)
        return rows[0] if rows else Settings()

    def set_setting(self, key: str, value: str | bool) -> Future[None]:
        values = check_fields(Settings, {key: value})
        return self._main(lambda db: db.table(Settings.TABLE).upsert(
            {**self.settings().to_doc(), **values}, Q.noop()))

    # -- the parent ---------------------------------------------------------------------------
    def parent(self) -> Parent:
        rows = self._rows(self.layout.main, schemas.MAIN, Parent)
        return rows[0] if rows else Parent()

    def update_parent(self, **fields: str) -> Future[None]:
        values = {k: v.strip() for k, v in check_fields(Parent, fields).items()}
        return self._main(lambda db: db.table(Parent.TABLE).upsert(
            {**self.parent().to_doc(), **values}, Q.noop()))

    # -- children -----------------------------------------------------------------------------
    def children(self) -> list[Child]:
        return self._rows(self.layout.main, schemas.MAIN, Child)

    def child(self, child_id: str) -> Child | None:
        return next((c for c in self.children() if c.id == child_id), None)

    def find_child(self, name: str) -> Child | None:
        """A child by id, nickname or full name, ignoring case."""
        wanted = name.strip().casefold()
        for child in self.children():
            names = {child.id, child.nickname, child.full_name}
            if wanted in {n.casefold() for n in names if n}:
                return child
        return None

    def add_child(self, nickname: str, **fields: str) -> Child:
        if not nickname.strip():
            raise ValueError("a child needs at least a nickname")
        values = check_fields(Child, {"nickname": nickname, **fields})
        child = Child.from_doc({**{k: v.strip() for k, v in values.items()},
                                "id": new_id(), "created": now()})
        self._main(lambda db: db.table(Child.TABLE).insert(child.to_doc()))
        self._mirror(child)
        return child

    def update_child(self, child_id: str, **fields: str) -> Future[None]:
        values = {k: v.strip() for k, v in check_fields(Child, fields).items()}
        if "nickname" in values and not values["nickname"]:
            raise ValueError("a child needs at least a nickname")
        future = self._main(lambda db: db.table(Child.TABLE).update(values, Q.id == child_id))
        child = self.child(child_id)
        if child is not None:
            self._mirror(child)
        return future

    def _mirror(self, child: Child) -> None:
        self._child_change(child.id, lambda db: db.table(
            Child.TABLE).upsert(child.to_doc(), Q.id == child.id))

    def delete_child(self, child_id: str) -> Future[None]:
        """Remove a child and every record kept about them (see `holdings`)."""
        self._delete_child_files(child_id)

        def change(db: Any) -> None:
            db.table(Child.TABLE).remove(Q.id == child_id)
            db.table(Progress.TABLE).remove(Q.child_id == child_id)
        return self._main(change)

    def _delete_child_files(self, child_id: str) -> None:
        super()._delete_child_files(child_id)
        self._drop_file(self.layout.child(child_id))
        self._drop_file(self.layout.drafts(child_id))

    def holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        """What "delete this child" removes, counted: (count, one, many) per kind."""
        return self._holdings(child_id)

    # -- wizard progress ----------------------------------------------------------------------
    def progress(self, child_id: str) -> Progress:
        rows = [r for r in self._rows(self.layout.main, schemas.MAIN, Progress)
                if r.child_id == child_id]
        return rows[0] if rows else Progress(child_id=child_id)

    def _update_progress(self, child_id: str, **changes: Any) -> Future[None]:
        record = self.progress(child_id).but(**changes)
        doc = Progress.from_doc(record.to_doc()).to_doc()
        return self._main(lambda db: db.table(Progress.TABLE).upsert(
            doc, Q.child_id == child_id))

    def set_current_step(self, child_id: str, step_id: str) -> Future[None]:
        return self._update_progress(child_id, current_step=storable(step_id))

    def set_step_state(self, child_id: str, step_id: str, state: str) -> Future[None]:
        if state not in STEP_STATES:
            raise ValueError(f"unknown step state {state!r}")
        steps = {**self.progress(child_id).steps, storable(step_id): state}
        return self._update_progress(child_id, steps=steps)

    def set_checked(self, child_id: str, key: str, ticked: bool) -> Future[None]:
        """Tick or untick a checklist item, keyed `step-id/item-id` so edits keep the tick."""
        key = storable(key)
        checked = [k for k in self.progress(child_id).checked if k != key]
        return self._update_progress(child_id,
                                     checked=tuple([*checked, key] if ticked else checked))

    def set_list_scroll(self, child_id: str, offset: int) -> Future[None]:
        return self._update_progress(child_id, list_scroll=max(0, int(offset)))
