"""A letter and the child's record: what it is filled from, and where the values typed for it
are kept. One way for the letters screen and `iepwizard letter --save`.

What the parent types about themselves, the child or the person the letter is to goes to the
profile and the address book (one source of truth: every later letter uses it); what belongs
to this letter only is kept as its draft, with who it is to and who is copied if changed, and
a shared date typed that is no date (shown in the form until the parent writes a date there).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import letter_fill as fill
from .content import LetterTemplate
from .dates import long_form
from .letters import meeting_values
from .records import Person
from .roles import role_in_title

if TYPE_CHECKING:
    from .store import Store

#: A letter's own keys, kept in its draft beside its fields: who it is to, who is copied.
_OWN = ("_to", "_cc")


def sources(store: Store, child_id: str, letter_id: str) -> fill.Sources:
    """Everything the letter is filled from. The after-the-meeting summary starts from the
    last meeting's decisions and actions until the parent has typed its decisions."""
    draft = store.letter_draft(child_id, letter_id)
    if letter_id == "meeting-summary" and "decisions" not in draft:
        meetings = store.meetings(child_id)
        if meetings:
            last = meetings[-1]
            draft = {**meeting_values(store.entries(last.id), long_form(last.date)), **draft}
    return fill.Sources(store.parent(), store.child(child_id), store.people(child_id), draft,
                        store.contacts(child_id))


def keep_typed(store: Store, child_id: str, template: LetterTemplate,
               typed: Mapping[str, str]) -> bool:
    """Each value typed for the letter, kept where it belongs (dates as ISO dates); whether
    any went to the profile, the child or the address book (shared with every letter)."""
    changes = fill.split(template, typed)
    if changes.parent:
        store.update_parent(**changes.parent)
    if changes.child:
        store.update_child(child_id, **changes.child)
    own = {key: value for key, value in typed.items() if key in _OWN}
    recipient = changes.recipient
    if recipient.get("name", None) == "":
        recipient = {k: v for k, v in recipient.items() if k != "name"}  # (a name emptied
        # to type another: the address book's entry keeps its name)
    if recipient:
        person = fill.recipient(template, sources(store, child_id, template.id))
        if person is not None and not same_person(person.name, recipient.get("name", "")):
            person = None  # another person's name: added, the one the letter was to kept
        role = _role(template, person, recipient.get("title", ""))
        kept = store.save_person(child_id, person, **recipient,
                                 **({"role": role} if role else {}))
        if role:  # still this letter's recipient, whatever the role: chosen by id
            own["_to"] = kept.id
    if changes.unread:  # (shared dates are the family's: the profile alone is read)
        now = fill.Sources(store.parent(), store.child(child_id))
        for name, value in changes.unread.items():
            own[fill.UNREAD + name] = value
            own[fill.UNREAD + name + fill.OVER] = fill.kept(now, name)
    draft = store.letter_draft(child_id, template.id)
    # a shared date typed again (a date now, or emptied): what was typed before is done with
    done = {fill.UNREAD + name + end for name in typed if name not in changes.unread
            for end in ("", fill.OVER)} & draft.keys()
    if changes.letter or own or done:
        left = {key: value for key, value in draft.items() if key not in done}
        store.set_letter_draft(child_id, template.id, {**left, **changes.letter, **own})
    return bool(changes.parent or changes.child or changes.recipient)


#: Words before a name that say nothing of who it is ("Ms. Lee" and "Dr. Lee" are one person).
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof"}


def same_person(kept: str, typed: str) -> bool:
    """Whether a name typed over the name a letter's recipient has in the address book is
    still theirs: a correction ("Ines Celik" -> "Ines Çelik", "Mr. Nowak" -> "Mr. Łukasz
    Nowak": a word of two letters or more in common), or one being typed or cut letter by
    letter (one starts the other); not another person's ("Tom Reed" over "Ms. Ines Çelik",
    which renamed her, and she was gone from the address book)."""
    old, new = kept.casefold().strip(), typed.casefold().strip()
    if not old or not new or old.startswith(new) or new.startswith(old):
        return True

    def words(name: str) -> set[str]:
        return {w for w in re.findall(r"\w+", name) if len(w) > 1} - _HONORIFICS

    return bool(words(old) & words(new))


def _role(template: LetterTemplate, person: Person | None, title: str) -> str | None:
    """The role of the person a letter is to, where the letter sets it: someone new takes the
    role their title plainly names ("Principal"), else the letter's `to` role; someone given
    their first title in a letter takes the role it plainly names. A role the parent chose
    beside a title is not changed (None: the role stays)."""
    named = role_in_title(title)
    if person is None:
        return named or template.to or "other"
    if named and named != person.role and not person.title:
        return named
    return None
