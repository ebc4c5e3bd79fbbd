"""Messages that cross screens; the App handles them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class WelcomeDone(Message):
    """The first-run form was filled in or skipped."""

    parent_name: str
    child_nickname: str


@dataclass
class ChildChosen(Message):
    """Open the wizard for this child."""

    child_id: str
