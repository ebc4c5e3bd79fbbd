"""The people at school a family deals with, by role: the address book's roles, and the
`to` / `cc` of a letter's front matter."""

from __future__ import annotations

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
