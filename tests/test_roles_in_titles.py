"""The role a title plainly names (core.roles): what a person typed into a letter is kept as
when the letter's own `to` role says otherwise."""

from __future__ import annotations

import pytest

from iepwizard.core.roles import role_in_title


@pytest.mark.parametrize(("title", "role"), [
    ("Principal", "principal"), ("Principal, Lincoln Elementary", "principal"),
    ("Assistant principal", "principal"), ("3rd grade teacher", "teacher"),
    ("Special-education teacher", "sped-teacher"), ("Case Manager", "case-manager"),
    ("Director of Special Education", "sped-director"), ("504 coordinator", "504-coordinator"),
    ("Dean of students", None), ("Principal investigator", None), ("teacher's aide", None),
    ("", None)])
def test_a_title_names_a_role_only_plainly(title: str, role: str | None) -> None:
    assert role_in_title(title) == role
