"""Filling a letter from what the family has already typed: one source of truth.

A letter's fields are of two kinds. Shared fields (the parent, the child, the person the
letter is to) live in the profile and the address book: typed once, in any letter or the
profile, they fill every later letter, in the app and from the command line. The other fields
(concerns, reasons, …) belong to one letter and are kept as that letter's draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .content import LetterTemplate
from .dates import iso_date, long_date, long_form
from .letters import Clocks, earlier_dates
from .records import Child, Contact, Parent, Person

#: Shared fields: template field name -> (record, attribute).
#: Before a shared date's name in a letter's draft: what was typed there that is no date (the
#: record keeps dates only), shown in that letter's form until a date is written there.
UNREAD = "_unread_"
#: After it: the profile's value when that was typed (a date written since, in the profile or
#: another letter, is the one shown: what was typed here is out of date).
OVER = "_over"

SHARED = {
    "parent_name": ("parent", "name"),
    "parent_email": ("parent", "email"),
    "parent_phone": ("parent", "phone"),
    "parent_address": ("parent", "address"),
    "child_full_name": ("child", "full_name"),
    "child_date_of_birth": ("child", "date_of_birth"),
    "child_grade": ("child", "grade"),
    "child_school": ("child", "school"),
    "recipient_name": ("recipient", "name"),
    "recipient_title": ("recipient", "title"),
}


@dataclass(frozen=True)
class Sources:
    """Everything a letter is filled from."""

    parent: Parent
    child: Child | None
    people: Sequence[Person] = ()
    #: The letter's own draft: its own fields, and who it is to / copied to if changed.
    draft: Mapping[str, str] = field(default_factory=dict)
    contacts: Sequence[Contact] = ()


def recipient(template: LetterTemplate, sources: Sources) -> Person | None:
    """Who the letter goes to: the one chosen for it; until one is, the person with its `to`
    role. None where "someone else" was chosen (or the one chosen is no longer in the address
    book): the name typed then is a new person's, never a rename of the role's holder."""
    people = list(sources.people)
    if "_to" in sources.draft:
        chosen = sources.draft["_to"]
        return next((p for p in people if p.id == chosen), None) if chosen else None
    return next((p for p in people if p.role == template.to), None)


def copied(template: LetterTemplate, sources: Sources) -> list[Person]:
    """Who is copied in: the ones chosen for the letter, else the people with its `cc` roles;
    never the recipient."""
    to = recipient(template, sources)
    if "_cc" in sources.draft:
        wanted = set(filter(None, sources.draft["_cc"].split(",")))
        chosen = [p for p in sources.people if p.id in wanted]
    else:
        chosen = [p for role in template.cc for p in sources.people if p.role == role]
    return [p for p in dict.fromkeys(chosen) if to is None or p.id != to.id]


def values(template: LetterTemplate, sources: Sources) -> dict[str, str]:
    """The form's values: shared fields from the profile and address book, the rest from the
    letter's own draft."""
    records: dict[str, object] = {"parent": sources.parent, "child": sources.child,
                                  "recipient": recipient(template, sources)}
    out: dict[str, str] = {}
    for item in template.fields:
        source = SHARED.get(item.name)
        value = (str(getattr(records[source[0]], source[1], "") or "") if source
                 else sources.draft.get(item.name, ""))
        unread = sources.draft.get(UNREAD + item.name)
        if unread is not None and sources.draft.get(UNREAD + item.name + OVER, "") == value:
            value = unread  # (typed in this letter, no date, and the profile's date has not
            # changed since (in the profile, another letter): shown as typed, to fix)
        elif item.type == "date":
            value = long_form(value)  # stored ISO, shown and printed in the long form
        if value.strip():
            out[item.name] = value.strip()
    return out


@dataclass(frozen=True)
class Changes:
    """Where typed values belong: the profile, the child, the recipient, the letter; and the
    shared dates typed that are no date (not in the profile, which holds dates only: in the
    letter's draft, under `UNREAD`)."""

    parent: dict[str, str]
    child: dict[str, str]
    recipient: dict[str, str]
    letter: dict[str, str]
    unread: dict[str, str] = field(default_factory=dict)


def kept(sources: Sources, name: str) -> str:
    """A shared field's value as the profile or address book keeps it ("" if none)."""
    record, attribute = SHARED[name]
    holder = {"parent": sources.parent, "child": sources.child}.get(record)  # (no recipient)
    return str(getattr(holder, attribute, "") or "")


def split(template: LetterTemplate, typed: Mapping[str, str]) -> Changes:
    """Sort a letter form's values by where they are kept. Dates are stored as ISO dates; a
    shared date (the date of birth) that is no date is not kept but named in `unread`."""
    out = Changes({}, {}, {}, {})
    for item in template.fields:
        if item.name not in typed:
            continue
        value = typed[item.name].strip()
        source = SHARED.get(item.name)
        if item.type == "date" and (day := iso_date(value)):
            value = day
        elif item.type == "date" and value and source:
            out.unread[item.name] = value
            continue
        target = getattr(out, source[0]) if source else out.letter
        target[source[1] if source else item.name] = value
    return out


def computed(template: LetterTemplate, sources: Sources, today: dt.date | None = None,
             extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The values every template may use without declaring them."""
    return {"today": long_date(today or dt.date.today()),
            "earlier_requests": earlier_dates(template, sources.contacts),
            "cc": [p.label for p in copied(template, sources)],
            "clocks": Clocks(), **(extra or {})}
