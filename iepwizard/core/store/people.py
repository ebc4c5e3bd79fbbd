"""The address book: the people at school, per child, by role."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from tinydb import Query

from .. import records
from ..records import Child
from ..records.base import check_fields
from ..roles import ROLES
from .base import done, new_id
from .family import FamilyStore

Q = Query()
#: The child's profile fields that named people before the address book existed.
LEGACY_ROLES = {"teacher": "teacher", "principal": "principal", "sped_contact": "sped-teacher"}


class PeopleStore(FamilyStore):
    def people(self, child_id: str) -> list[records.Person]:
        rows = self._child_rows(child_id, records.Person)
        order = list(ROLES)
        return sorted(rows, key=lambda p: (order.index(p.role), p.name.casefold()))

    def person(self, child_id: str, person_id: str) -> records.Person | None:
        return next((p for p in self.people(child_id) if p.id == person_id), None)

    def person_with_role(self, child_id: str, role: str) -> records.Person | None:
        return next((p for p in self.people(child_id) if p.role == role), None)

    def save_person(self, child_id: str, person: records.Person | None = None,
                    **fields: Any) -> records.Person:
        """Add a person (no `person`) or change one; returns the record as stored."""
        values = {k: v.strip() if isinstance(v, str) else v
                  for k, v in check_fields(records.Person, fields).items()}
        if person is None:
            person = records.Person.from_doc({"id": new_id(), **values})
            doc = person.to_doc()
            self._child_change(child_id, lambda db: db.table(records.Person.TABLE).insert(doc))
            return person
        changed = person.but(**values)
        if changed != person:
            self._child_change(child_id, lambda db: db.table(
                records.Person.TABLE).update(values, Q.id == person.id))
        return changed

    def delete_person(self, child_id: str, person_id: str) -> Future[None]:
        return self._child_change(child_id, lambda db: db.table(
            records.Person.TABLE).remove(Q.id == person_id))

    def restore_person(self, child_id: str, person: records.Person) -> Future[None]:
        doc = person.to_doc()
        return self._child_change(child_id, lambda db: db.table(records.Person.TABLE).insert(doc))

    def adopt_legacy_people(self, child: Child) -> Future[None]:
        """Once: the names the profile kept before the address book become people in it,
        and leave the profile (so a person the parent then deletes does not come back)."""
        have = {p.role for p in self.people(child.id)}
        adopted = {field: getattr(child, field) for field in LEGACY_ROLES
                   if getattr(child, field)}
        for field, name in adopted.items():
            if LEGACY_ROLES[field] not in have:
                self.save_person(child.id, role=LEGACY_ROLES[field], name=name)
        if not adopted:
            return done()
        return self.update_child(child.id, **dict.fromkeys(adopted, ""))

    def _holdings(self, child_id: str) -> list[tuple[int, str, str]]:
        return [(len(self.people(child_id)), "person in the address book",
                 "people in the address book"), *super()._holdings(child_id)]
