"""The people at school, per child: the address book letters are addressed from."""

from __future__ import annotations

from dataclasses import dataclass

from ..roles import ROLES
from . import base as f
from .base import Record


@dataclass(frozen=True, repr=False, eq=False)
class Person(Record):
    TABLE = "people"
    id: str = f.ident()
    role: str = f.choice(tuple(ROLES), default="other", label="Role")
    name: str = f.text("Name (e.g. Ms. Jane Carter)")
    title: str = f.text("Title (e.g. Principal, Lincoln Elementary)")
    email: str = f.text("Email")
    phone: str = f.text("Phone")

    @property
    def label(self) -> str:
        """"Ms. Jane Carter (principal)" — how lists and cc lines name someone."""
        return f"{self.name or 'someone'} ({ROLES[self.role]})"
