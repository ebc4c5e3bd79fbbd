"""The address book in the store: the names the profile kept before it become people once."""

from __future__ import annotations

from iepwizard.core.store import Store


def test_legacy_names_are_adopted_once_and_a_deleted_person_stays_deleted(store: Store) -> None:
    child = store.add_child("Sam", teacher="Ms. Carter", principal="Dr. Shah")
    store.adopt_legacy_people(child).result(timeout=10)
    people = store.people(child.id)
    assert sorted((p.role, p.name) for p in people) == [("principal", "Dr. Shah"),
                                                        ("teacher", "Ms. Carter")]
    again = store.child(child.id)
    assert again is not None and (again.teacher, again.principal) == ("", "")
    teacher = next(p for p in people if p.role == "teacher")
    store.delete_person(child.id, teacher.id).result(timeout=10)
    store.adopt_legacy_people(again).result(timeout=10)  # the profile opened again
    assert [p.name for p in store.people(child.id)] == ["Dr. Shah"]
