"""The content pipeline: the shipped guide loads, and each kind of mistake is named by file:line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iepwizard.core.content import Content
from iepwizard.core.loader import load_content
from iepwizard.core.problems import ContentError


def problems_of(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return [str(p) for p in caught.value.problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_content_loads(content: Content) -> None:
    assert [s.order for s in content.steps] == list(range(1, 10))
    assert len(content.terms) >= 60
    assert len(content.letters) == 10
    assert content.footer


def test_steps_keep_stable_ids(content: Content) -> None:
    step = content.step("put-it-in-writing")
    assert step is not None
    assert "keep-copy" in [i.id for i in step.checklist]


def test_bad_toml_names_file_and_line(content_copy: Path) -> None:
    path = content_copy / "steps" / "02-put-it-in-writing.md"
    edit(path, 'order = 2', 'order = ')
    found = problems_of(content_copy)
    assert any(p.startswith(f"{path}:5: front matter is not valid TOML") for p in found), found


def test_missing_key_is_named(content_copy: Path) -> None:
    path = content_copy / "steps" / "03-rti.md"
    edit(path, 'start_here = "Ask the teacher', 'start_herr = "Ask the teacher')
    found = problems_of(content_copy)
    assert any(f"{path}:8: unknown key 'start_herr'" in p for p in found), found
    assert any(f"{path}:1: missing 'start_here'" in p for p in found), found


def test_duplicate_step_id(content_copy: Path) -> None:
    path = content_copy / "steps" / "03-rti.md"
    edit(path, 'id = "rti"', 'id = "put-it-in-writing"')
    found = problems_of(content_copy)
    assert any(p.startswith(f"{path}:2: step id 'put-it-in-writing' is also used by")
               for p in found), found


def test_duplicate_checklist_id(content_copy: Path) -> None:
    path = content_copy / "steps" / "03-rti.md"
    edit(path, 'id = "ask-data"', 'id = "ask-plan"')
    found = problems_of(content_copy)
    assert any("checklist id 'ask-plan' is used twice" in p and p.startswith(str(path))
               for p in found), found


def test_unknown_term_and_letter(content_copy: Path) -> None:
    path = content_copy / "steps" / "01-iep-or-504.md"
    edit(path, '"fape",', '"fapee",')
    edit(path, 'letters = ["evaluation-request"]', 'letters = ["no-such-letter"]')
    found = problems_of(content_copy)
    assert f"{path}:6: names the glossary term 'fapee', which is not in glossary.toml" in found
    assert f"{path}:7: names the letter 'no-such-letter', which is not in letters/" in found


def test_letter_with_undeclared_field(content_copy: Path) -> None:
    path = content_copy / "letters" / "iee-request.md"
    edit(path, "I disagree with", "{{ child_nickname }} I disagree with")
    found = problems_of(content_copy)
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1)
                if "child_nickname" in text)
    assert (f"{path}:{line}: uses the field 'child_nickname', which is not declared in "
            f"[[fields]]") in found


def test_letter_template_syntax_error(content_copy: Path) -> None:
    path = content_copy / "letters" / "pwn-request.md"
    edit(path, "Please send it by {{ reply_by }}.", "Please send it by {{ reply_by }.")
    found = problems_of(content_copy)
    assert any(p.startswith(str(path)) and "template error" in p for p in found), found


def test_empty_file_and_missing_front_matter(content_copy: Path) -> None:
    (content_copy / "steps" / "03-rti.md").write_text("")
    (content_copy / "letters" / "iee-request.md").write_text("Dear school,\n")
    found = problems_of(content_copy)
    assert f"{content_copy / 'steps' / '03-rti.md'}:1: is empty" in found
    assert (f"{content_copy / 'letters' / 'iee-request.md'}:1: must start with front matter "
            f"between two '---' lines") in found


def test_glossary_problems_have_lines(content_copy: Path) -> None:
    path = content_copy / "glossary.toml"
    edit(path, 'related = ["idea", "iep-team", "measurable-annual-goal"]',
         'related = ["idea", "nope"]')
    edit(path, 'id = "fape"', 'id = "iep"')
    found = problems_of(content_copy)
    text = path.read_text().splitlines()
    first = next(n for n, t in enumerate(text, 1) if t.startswith("[[term]]"))
    assert f"{path}:{first}: term iep: related term 'nope' is not in the glossary" in found
    assert any(re.match(rf"{re.escape(str(path))}:\d+: term id 'iep' is used twice", p)
               for p in found), found


def test_every_problem_is_reported_at_once(content_copy: Path) -> None:
    edit(content_copy / "steps" / "03-rti.md", 'order = 3', 'order = "three"')
    edit(content_copy / "steps" / "04-evaluation.md", 'title = "', 'titel = "')
    assert len(problems_of(content_copy)) >= 3
