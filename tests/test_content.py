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
    assert [s.order for s in content.steps] == list(range(1, 13))
    assert len(content.terms) >= 150
    assert len(content.letters) == 16
    assert content.footer
    assert content.renamed == {}


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
    assert any(f"{path}:7: unknown key 'start_herr'" in p for p in found), found
    assert all(str(path) in p for p in found), found  # no echo in the letters naming the step
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


def test_unknown_term_and_step(content_copy: Path) -> None:
    path = content_copy / "steps" / "01-iep-or-504.md"
    edit(path, '"fape",', '"fapee",')
    letter = content_copy / "letters" / "records-request.md"
    edit(letter, 'step = ["evaluation", "before-the-meeting"]',
         'step = ["evaluation",\n  "no-such-step"]')
    found = problems_of(content_copy)
    assert f"{path}:6: names the glossary term 'fapee', which is not in glossary.toml" in found
    line = line_with(letter, '"no-such-step"')
    assert f"{letter}:{line}: step = \"no-such-step\" names no step in steps/" in found


def test_a_step_no_longer_lists_its_letters(content_copy: Path) -> None:
    path = content_copy / "steps" / "03-rti.md"
    edit(path, 'start_here =', 'letters = ["evaluation-request"]\nstart_here =')
    found = problems_of(content_copy)
    assert any(p.startswith(f"{path}:{line_with(path, 'letters = ')}: a step does not list "
                            f"its letters") for p in found), found


def test_step_letters_come_from_the_letters_step(content: Content, content_copy: Path) -> None:
    step = content.step("put-it-in-writing")
    assert step is not None
    assert step.letters == ("evaluation-request", "follow-up-request", "pwn-request")
    assert content.letters["pwn-request"].step == "put-it-in-writing"
    assert "when-you-disagree" in content.letters["pwn-request"].steps
    assert content.step("discipline").letters == ("discipline-meeting-request",)  # type: ignore[union-attr]
    # one wiring: moving a letter to another step moves it on both sides
    edit(content_copy / "letters" / "observation-request.md", 'step = "after-the-meeting"',
         'step = "rti"')
    moved = load_content(content_copy)
    assert "observation-request" in moved.step("rti").letters  # type: ignore[union-attr]
    assert "observation-request" not in moved.step("after-the-meeting").letters  # type: ignore[union-attr]


def test_letter_wiring_is_checked(content_copy: Path) -> None:
    path = content_copy / "letters" / "follow-up-request.md"
    edit(path, 'fills = "request-sent"', 'fills = "request-mailed"')
    edit(path, 'order = 2', 'order = "second"')
    other = content_copy / "letters" / "reconvene-request.md"
    edit(other, 'track = "iep"', 'track = "iep"\nfollows = ["meeting-summary", "no-such-letter"]')
    found = problems_of(content_copy)
    assert any(p.startswith(f"{path}:{line_with(path, 'fills =')}: fills = \"request-mailed\" "
                            f"is not a key date") for p in found), found
    assert (f"{other}:{line_with(other, 'follows =')}: follows = names the letter "
            f"'no-such-letter', which is not in letters/") in found
    assert not any("'follow-up-request', which is not in letters" in p for p in found), found
    assert f"{path}:{line_with(path, 'order =')}: 'order' must be a whole number" in found


def test_every_letter_is_wired(content: Content) -> None:
    for letter in content.letters.values():
        assert letter.to and letter.to not in letter.cc, letter.id
        assert letter.steps and letter.track in {"iep", "504", "both"}, letter.id
    fills = {lid: content.letters[lid].fills for lid in
             ("evaluation-request", "follow-up-request", "records-request")}
    assert fills == {"evaluation-request": "request-sent", "follow-up-request": "request-sent",
                     "records-request": "records-requested"}
    assert content.letters["iee-request"].to == "sped-director"


def test_citation_markers_resolve_both_ways(content_copy: Path) -> None:
    path = content_copy / "steps" / "03-rti.md"
    edit(path, "You can ask for an\nevaluation at any time.[^2]", "You can ask for an\n"
         "evaluation at any time.[^7]")
    found = problems_of(content_copy)
    assert (f"{path}:{line_with(path, '[^7]')}: the citation [^7] names no source line (this "
            f"step has 2)") in found
    source = line_with(path, "A parent may ask for an initial evaluation at any time")
    assert any(p.startswith(f"{path}:{source}: source line 2 (") and "is not cited" in p
               for p in found), found


def test_renamed_ids_keep_saved_ticks(content_copy: Path) -> None:
    (content_copy / "renamed.toml").write_text(
        '# old = new\n"rti-phase" = "rti"\n"rti/ask-help" = "rti/ask-plan"\n', encoding="utf-8")
    content = load_content(content_copy)
    assert content.renamed == {"rti-phase": "rti", "rti/ask-help": "rti/ask-plan"}
    assert content.current_key("rti-phase") == "rti"
    assert content.current_key("rti-phase/ask-data") == "rti/ask-data"
    assert content.current_key("rti/ask-help") == "rti/ask-plan"
    assert content.current_key("evaluation/deadline") == "evaluation/deadline"
    assert content.find_step("rti-phase") is content.step("rti")
    assert content.find_step("3") is content.step("rti")
    assert content.find_step("03") is content.step("rti")
    assert content.find_step("rti") is content.step("rti")
    assert content.find_step("99") is None and content.find_step("nope") is None


def test_renamed_map_is_checked(content_copy: Path) -> None:
    path = content_copy / "renamed.toml"
    path.write_text('"rti" = "evaluation"\n"old-step" = "gone-step"\n'
                    '"old-step/x" = "rti"\n"Bad Id" = "rti"\n', encoding="utf-8")
    found = problems_of(content_copy)
    assert f"{path}:1: 'rti' is still in use, so it cannot have been renamed" in found
    assert f"{path}:2: 'gone-step' is not a step or checklist item in steps/" in found
    assert any(p.startswith(f"{path}:3: 'old-step/x' and 'rti' must both be") for p in found)
    assert any(p.startswith(f"{path}:4: 'Bad Id' must map an old id") for p in found)


def test_context_acronyms_are_checked(content_copy: Path) -> None:
    path = content_copy / "glossary.toml"
    edit(path, 'context_acronyms = ["SD"]', 'context_acronyms = ["SD", "ID", "sd"]')
    found = problems_of(content_copy)
    assert any("'ID' already names term 'intellectual-disability'" in p for p in found), found
    assert any("'sd' in 'context_acronyms' is not an acronym" in p for p in found), found


def test_not_in_phrases_are_checked_with_file_and_line(content_copy: Path) -> None:
    path = content_copy / "glossary.toml"
    edit(path, 'not_in = ["student ID", ',
         'not_in = [\n  "student ID",\n  "student number",\n  "ID",\n  "ID {num}",\n  ')
    edit(path, 'definition = "A trained assistant',
         'not_in = ["para pro"]\ndefinition = "A trained assistant')
    found = problems_of(content_copy)
    term = "term intellectual-disability: "
    number, alone, blank = (line_with(path, needle) for needle in (
        '"student number"', '  "ID",', '"ID {num}"'))
    assert (f"{path}:{number}: {term}'student number' in 'not_in' does not hold one of this "
            f"term's context acronyms (ID) as a whole word") in found, found
    assert (f"{path}:{alone}: {term}'ID' in 'not_in' is only the acronym: it would never "
            f"count (take it out of 'context_acronyms' instead)") in found, found
    assert (f"{path}:{blank}: {term}'ID {{num}}' in 'not_in': {{num}} is not a blank a "
            f"phrase can use (only {{number}}, any number)") in found, found
    para = line_with(path, 'id = "paraprofessional"') - 1
    assert (f"{path}:{para}: term paraprofessional: 'not_in' is only used with "
            f"'context_acronyms': its phrases hold one of them") in found, found
    assert len(found) == 4, found


def test_shipped_not_in_phrases_each_name_an_acronym(content: Content) -> None:
    from iepwizard.core.not_in import acronym_of

    with_phrases = [t for t in content.terms.values() if t.not_in]
    assert {"intellectual-disability", "emotional-disturbance", "assistive-technology"} <= {
        t.id for t in with_phrases}
    for term in with_phrases:
        assert all(acronym_of(p, term.context_acronyms) for p in term.not_in), term.id


def line_with(path: Path, needle: str) -> int:
    return next(n for n, text in enumerate(path.read_text().splitlines(), 1) if needle in text)


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


def test_control_characters_are_refused_with_file_and_line(content_copy: Path) -> None:
    """An escape sequence in content would be written raw to the parent's terminal (the
    glossary panel, a step's text): each kind of place names its file and line."""
    glossary = content_copy / "glossary.toml"
    edit(glossary, 'id = "fape"', 'id = "fape"\nsynonyms = ["free \\u001b[2J education"]')
    step = content_copy / "steps" / "03-rti.md"
    lines = step.read_text(encoding="utf-8").splitlines()
    body_line = len(lines)  # the step's last line is in its Markdown body
    lines[-1] += " \x1b]0;title\x07"
    step.write_text("\n".join(lines) + "\n", encoding="utf-8")
    letter = content_copy / "letters" / "iee-request.md"
    edit(letter, 'title = "', 'title = "\\u009b')
    found = problems_of(content_copy)
    text = glossary.read_text().splitlines()
    fape = next(n for n, t in enumerate(text, 1) if t == 'id = "fape"') - 1  # its [[term]]
    assert (f"{glossary}:{fape}: term fape: 'synonyms' holds a control character (U+001B), "
            "written as an escape in quotes: delete it (a terminal would read it as a "
            "command)") in found, found
    assert any(p.startswith(f"{step}:{body_line}: holds a control character (U+001B) at column ")
               for p in found), found
    assert any(p.startswith(f"{letter}:") and "'title' holds a control character (U+009B)" in p
               for p in found), found


def test_tabs_and_windows_line_ends_are_text(content_copy: Path) -> None:
    step = content_copy / "steps" / "03-rti.md"
    step.write_bytes(step.read_bytes().replace(b"\n", b"\r\n").replace(b"Ask", b"\tAsk", 1))
    assert load_content(content_copy).step("rti") is not None
