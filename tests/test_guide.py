"""`iepwizard guide [STEP]`: the guide as plain text, run as a user runs it (a new user with no
data folder, one child, several children), and the text it is built from."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.content import Content
from iepwizard.core.guide_text import guide_text, markdown_lines, step_lines
from iepwizard.core.step_blocks import parse_blocks
from iepwizard.core.store import Store

BOXES = re.compile(r"[\u2500-\u259f]")
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IEPWIZARD_DATA_DIR": str(data)}
    env.pop("COLUMNS", None)
    return subprocess.run([sys.executable, "-m", "iepwizard", "guide", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_a_new_user_reads_a_step_and_no_data_folder_is_made(tmp_path: Path,
                                                            content: Content) -> None:
    data = tmp_path / "data"
    done = run(data, "2", "--width", "80")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    step = content.steps[1]
    assert out.startswith(f"Step 2 of {len(content.steps)}. {step.title}\n")
    for item in step.checklist:
        assert f"[ ] {item.text.split()[0]} {item.text.split()[1]}" in out
    assert "[x]" not in out
    assert f"Start here: {step.start_here.split()[0]}" in out
    assert f"Challenge yourself: {step.challenge.split()[0]}" in out
    assert "\nSources\n[1] " in out and f"[{len(step.sources)}] " in out
    assert "\nTerms in this step\n" in out
    for term_id in step.terms:
        term = content.terms[term_id]
        assert f"- {term.term}" in out
        assert " ".join(term.definition.split()[:4]) in " ".join(out.split())
    assert "[1]" in out.split("Checklist")[0] and "[^" not in out  # citations as [N]
    assert not BOXES.search(out) and not CONTROL.search(out)
    assert max(len(line) for line in out.splitlines()) <= 80
    assert not data.exists()


def test_a_step_by_number_or_id_and_the_whole_guide(tmp_path: Path, content: Content) -> None:
    by_number = run(tmp_path / "d", "3", "--width", "0").stdout
    assert by_number == run(tmp_path / "d", content.steps[2].id, "--width", "0").stdout
    assert by_number.startswith("Step 3 of ")
    assert any(len(line) > 120 for line in by_number.splitlines())  # one line a paragraph
    whole = run(tmp_path / "d").stdout  # into a pipe: no wrapping
    for number, step in enumerate(content.steps, 1):
        assert f"Step {number} of {len(content.steps)}. {step.title}" in whole
    assert whole.count("This is general information, not legal advice") == 1
    wrong = run(tmp_path / "d", "99")
    assert wrong.returncode == 2 and wrong.stdout == ""
    assert "there is no step '99'" in wrong.stderr and content.steps[0].id in wrong.stderr
    assert run(tmp_path / "d", "1", "--width", "-3").returncode == 2


def test_the_childs_ticks_and_states(tmp_path: Path, content: Content) -> None:
    data = tmp_path / "data"
    store = Store.open(data)
    sam = store.add_child("Sam")
    store.set_checked(sam.id, "put-it-in-writing/keep-copy", True)
    store.set_step_state(sam.id, "rti", "not_applicable")
    store.close()
    one = run(data, "2").stdout
    assert "[x] Keep a copy of the dated request" in one
    assert "[ ] Send a dated, written request" in one
    assert one.startswith("Step 2 of 12. Put your request in writing (in progress)")
    assert run(data, "rti").stdout.startswith("Step 3 of 12. ")
    assert "(not for us)" in run(data, "rti").stdout.splitlines()[0]

    store = Store.open(data)
    maya = store.add_child("Maya")
    store.set_checked(maya.id, "put-it-in-writing/send-request", True)
    store.close()
    several = run(data, "2")
    assert several.returncode == 0 and "[x]" not in several.stdout
    assert "several children" in several.stderr and "--child" in several.stderr
    assert "[x] Send a dated, written request" in run(data, "2", "--child", "Maya").stdout
    assert "[x] Keep a copy" in run(data, "--child", "Sam", "2").stdout
    nobody = run(data, "2", "--child", "Zoe")
    assert nobody.returncode == 2 and "no child called 'Zoe'" in nobody.stderr


def test_lists_keep_their_numbers_and_hang(content: Content) -> None:
    text = markdown_lines("Intro [^2] text.\n\n1. one\n2. two words that wrap here\n   - inner"
                          "\n\n- last\n", width=16)
    assert text == ["Intro [2] text.", "", "1. one", "2. two words", "   that wrap", "   here",
                    "  - inner", "", "- last"]
    lines = step_lines(content.steps[0], content, ticked=None, width=None)
    assert lines[0].startswith("Step 1 of ")
    assert all("\n" not in line for line in lines)


#: A numbered list whose first item has a second paragraph, and whose second item goes on
#: after a nested list: each item is numbered once, in both the viewer's blocks and the text.
TWO_PARAGRAPHS = ("1. Ask in writing.\n\n   Keep a copy of the letter.\n2. Wait for the reply.\n"
                  "   - a week\n\n   Then call.\n3. Meet.\n")


def test_an_item_with_two_paragraphs_is_numbered_once() -> None:
    assert [(b.marker, b.depth, b.text) for b in parse_blocks(TWO_PARAGRAPHS)] == [
        ("1.", 1, "Ask in writing."), ("  ", 1, "Keep a copy of the letter."),
        ("2.", 1, "Wait for the reply."), ("•", 2, "a week"), ("  ", 1, "Then call."),
        ("3.", 1, "Meet.")]
    assert markdown_lines(TWO_PARAGRAPHS, width=None) == [
        "1. Ask in writing.", "   Keep a copy of the letter.", "2. Wait for the reply.",
        "  - a week", "   Then call.", "3. Meet."]
    assert markdown_lines(TWO_PARAGRAPHS, width=16)[:3] == [
        "1. Ask in", "   writing.", "   Keep a copy"]


@pytest.mark.parametrize("width", [None, 40, 80])
def test_every_line_fits_its_width(width: int | None, content: Content) -> None:
    text = guide_text(content, content.steps, None, None, width)
    if width:
        long = [line for line in text.splitlines() if len(line) > width]
        # only a word longer than the width (a citation's section) may stand alone
        assert all(" " not in line.strip() for line in long), long
    assert not BOXES.search(text) and not CONTROL.search(text)


def test_guide_and_export_find_the_child_the_same_way(tmp_path: Path) -> None:
    """`guide` finds the child through the one finder every command uses: the same sentence
    for a name that is no child's, the name cut at 60 characters in every command."""
    from .faults_support import cli

    data = tmp_path / "data"
    with Store.open(data) as store:
        store.add_child("Sam")
    long_name = "Zoe" + "e" * 200
    for command in ("guide", "export"):
        result = cli("--data-dir", str(data), command, "--child", long_name)
        assert result.code == 2
        assert "there is no child called 'Zoee" in result.err and long_name not in result.err
        assert "the children are:\nSam\n" in result.err
    empty = tmp_path / "none"
    for command in ("guide", "export"):
        result = cli("--data-dir", str(empty), command, "--child", "Zoe")
        assert (result.code, result.err) == (
            2, "iepwizard: there is no data yet, so no child called 'Zoe'.\n")
