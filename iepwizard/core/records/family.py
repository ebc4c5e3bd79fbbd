"""The family's own records: the parent, each child, their progress through the guide."""

from __future__ import annotations

from dataclasses import dataclass

from . import base as f
from .base import Record

STEP_STATES = ("not_started", "in_progress", "done", "not_applicable")
TRACKS = ("unknown", "iep", "504")


@dataclass(frozen=True, repr=False, eq=False)
class Parent(Record):
    TABLE = "parent"
    name: str = f.text("Your name")
    email: str = f.text("Your email")
    phone: str = f.text("Your phone")
    address: str = f.text("Your postal address")


@dataclass(frozen=True, repr=False, eq=False)
class Child(Record):
    TABLE = "children"
    id: str = f.ident()
    nickname: str = f.text("Nickname")
    full_name: str = f.text("Full name")
    date_of_birth: str = f.text("Date of birth (e.g. March 14, 2017)")
    grade: str = f.text("Grade (e.g. 2, K)")
    school: str = f.text("School")
    teacher: str = f.text("Teacher's name (and title)")
    principal: str = f.text("Principal's name")
    sped_contact: str = f.text("Special-education contact (name and title)")
    created: str = f.stamp()

    @property
    def name(self) -> str:
        """The name to show: the nickname, else the full name."""
        return self.nickname or self.full_name or "your child"


@dataclass(frozen=True, repr=False, eq=False)
class Progress(Record):
    TABLE = "progress"
    child_id: str = f.ident()
    current_step: str = f.text()
    steps: dict[str, str] = f.text_map(STEP_STATES)
    checked: tuple[str, ...] = f.texts()
    list_scroll: int = f.number(0, 10**6)

    def state(self, step_id: str) -> str:
        return self.steps.get(step_id, "not_started")


@dataclass(frozen=True, repr=False, eq=False)
class Settings(Record):
    TABLE = "settings"
    theme: str = f.text()
    last_child: str = f.text()
    #: The parent has been told, once, that letter fields fill the profile.
    told_fill_once: bool = f.flag()
