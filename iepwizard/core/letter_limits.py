"""How much a letter's field takes as typed or pasted, and what the parent is told when a
paste is longer than the room left (a 59 KB paste went whole into "Which plan", unseen).

One line holds a name, a title, an email address, a date or a short phrase ("the reading
fluency goal and the written expression goal"): 200 characters is three times the longest
example and any real name. A multi-line field holds a few paragraphs or a list (concerns,
reasons, the services missed): 10,000 characters is about three printed pages, more than a
letter to a school should carry. A value longer than its limit that is already saved (or is
filled in from the ledger or the meeting notes) is shown whole; only additions are refused.
"""

from __future__ import annotations

from .content import LetterField

ONE_LINE_LIMIT = 200
PARAGRAPHS_LIMIT = 10_000


def limit(field: LetterField) -> int:
    """The most characters `field` takes."""
    return PARAGRAPHS_LIMIT if field.type == "multiline" else ONE_LINE_LIMIT


def cut_notice(prompt: str, most: int, pasted: int, kept: int) -> tuple[str, str]:
    """(title, message) telling the parent what of a paste of `pasted` characters went into
    the field `prompt`, which takes `most`: its first `kept` characters."""
    if kept <= 0:
        return ("Nothing of the paste was added",
                f"{prompt}: this field takes at most {most:,} characters and is full, so "
                f"nothing of the {pasted:,} characters pasted was added. What was in the "
                f"field is unchanged.")
    return ("Only the start of the paste was kept",
            f"{prompt}: this field takes at most {most:,} characters. The first {kept:,} of "
            f"the {pasted:,} characters pasted were added at the cursor; the rest was left "
            f"out. What was already in the field is unchanged.")
