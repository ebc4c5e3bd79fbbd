"""The people at school a family deals with, by role: the address book's roles, and the
`to` / `cc` of a letter's front matter."""

from __future__ import annotations

import re

#: role id -> how a letter or a form names the role.
ROLES = {
    "teacher": "teacher",
    "principal": "principal",
    "sped-teacher": "special-education teacher",
    "504-coordinator": "504 coordinator",
    "sped-director": "district special-education director",
    "evaluator": "evaluator",
    "case-manager": "case manager",
    "other": "other",
}

#: Titles that plainly name a role, as written before any comma ("Principal, Lincoln
#: Elementary"); a title that says anything else names no role.
_TITLES = {
    "principal": r"(?:school |assistant |vice[- ])?principal",
    "teacher": r"(?:classroom |homeroom |general[- ]education |gen[- ]ed |kindergarten "
               r"|\d{1,2}(?:st|nd|rd|th)[- ]grade )?teacher",
    "sped-teacher": r"(?:special[- ]education|special[- ]ed|sped|resource(?: room)?) teacher",
    "504-coordinator": r"(?:section )?504 coordinator",
    "sped-director": r"(?:district )?(?:special[- ]education|sped) director"
                     r"|director of special[- ]education",
    "evaluator": r"evaluator",
    "case-manager": r"(?:iep )?case manager",
}


def role_in_title(title: str) -> str | None:
    """The role a title plainly names ("Principal, Lincoln Elementary" -> "principal"), or
    None ("Dean of students", "Ms. Carter's aide": the parent picks the role)."""
    head = " ".join(title.split(",")[0].lower().split()).removeprefix("the ")
    return next((role for role, pattern in _TITLES.items() if re.fullmatch(pattern, head)),
                None)
