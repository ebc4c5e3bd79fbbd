"""`iepwizard review` as a user runs it: real processes, real files, exit codes, plain text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iepwizard.cli.review import review_files, safe
from iepwizard.core.iep import source
from iepwizard.core.iep.compare import compare
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.report import report_lines
from iepwizard.core.iep.review import review_doc

from .iep_scoring import CORPUS
from .pdfwriter import encrypt, make_pdf

CONTROL = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0),
                            *range(0x202A, 0x202F), *range(0x2066, 0x206A))]


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "iepwizard", "review", *args],
                          capture_output=True, input=stdin, timeout=timeout,
                          env={**os.environ, **(env or {})})
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def test_review_names_each_goal_and_service_then_the_changes() -> None:
    done = run(str(CORPUS / "alex-2026.txt"), "--against", str(CORPUS / "alex-2025.txt"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Review of {CORPUS / 'alex-2026.txt'}: an IEP (draft), meeting date " \
                       "September 14, 2026."
    assert ("Goal 2 (Reading Comprehension): no measurable criterion; no date by when; measured "
            "only by observation; a vague verb \"will improve\". Has: baseline (in the present "
            "levels), how measured (Teacher observation), how often (quarterly).") in lines
    assert "Service: Written Expression Support: no start date. Has: 60 minutes a week, " \
           "provider Special education teacher, location General education classroom." in lines
    assert "Specialized Reading Instruction: 150 -> 90 minutes a week (down 60)" in lines
    assert "Time with children without disabilities: 70% -> 80% of the day." in lines
    changes = lines.index(f"Changes since {CORPUS / 'alex-2025.txt'} (the IEP dated "
                          "September 16, 2025):")
    findings = next(i for i, line in enumerate(lines) if line.startswith("Findings ("))
    assert findings < changes
    assert lines[-1].startswith("General information, not legal advice")
    assert done.stderr == ""


def test_a_504_plan_is_reviewed_as_one() -> None:
    done = run(str(CORPUS / "jordan-504-2026.txt"))
    assert done.returncode == 0
    assert "a Section 504 plan" in done.stdout.splitlines()[0]
    assert "Not in this plan (a 504 plan has none): annual goals; placement; when progress " \
           "is reported." in done.stdout
    assert "required by" not in done.stdout


def test_standard_input_and_a_pdf(tmp_path: Path) -> None:
    done = run("-", stdin=(CORPUS / "riley-2026.txt").read_bytes())
    assert done.returncode == 0 and done.stdout.startswith("Review of standard input: an IEP")
    pdf = tmp_path / "riley.pdf"
    pdf.write_bytes(make_pdf((CORPUS / "riley-2026.txt").read_text()))
    from_pdf = run(str(pdf))
    assert from_pdf.returncode == 0
    assert from_pdf.stdout.splitlines()[1:] == done.stdout.splitlines()[1:]


def test_unreadable_inputs_exit_2_with_one_sentence(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(make_pdf(None, 2))
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypt(make_pdf((CORPUS / "sam-2026.txt").read_text())))
    cases = {str(tmp_path / "missing.txt"): "there is no such file",
             str(tmp_path): "is a folder", str(fifo): "not a regular file (a device or a pipe)",
             "/dev/zero": "not a regular file", str(scanned): "looks like a scanned PDF",
             str(locked): "password-protected"}
    for path, words in cases.items():
        done = run(path, timeout=30)
        assert done.returncode == 2, (path, done.stderr)
        assert done.stdout == ""
        assert done.stderr.startswith("iepwizard: ") and words in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    against = run(str(CORPUS / "sam-2026.txt"), "--against", str(fifo), timeout=30)
    assert against.returncode == 2 and "not a regular file" in against.stderr
    assert run("-", "--against", "-").returncode == 2


def test_no_control_character_from_the_file_or_its_name_reaches_the_terminal(
        tmp_path: Path) -> None:
    payload = "\x1b]0;owned\x07\x1b[2J\x9b31m\x00\x08\x7f"
    text = (CORPUS / "alex-2026.txt").read_text()
    text = text.replace("Reading Comprehension", f"Reading {payload}Comprehension")
    text = text.replace("Behavior Support Check-in", f"Behavior{payload} Check-in")
    text = text.replace("Movement breaks", f"Movement {payload}breaks")
    hostile = tmp_path / f"iep{payload.replace(chr(0), '')}.txt"
    hostile.write_text(text)
    old = tmp_path / "old.txt"
    old.write_text((CORPUS / "alex-2025.txt").read_text().replace("Test items", f"Test{payload}"))
    done = run(str(hostile), "--against", str(old))
    assert done.returncode == 0, done.stderr
    for char in CONTROL:
        assert char not in done.stdout.replace("\n", ""), repr(char)
    missing = run(str(tmp_path / f"no{payload.replace(chr(0), '')}.txt"))
    assert missing.returncode == 2
    assert not any(char in missing.stderr.replace("\n", "") for char in CONTROL)
    assert "␛" in missing.stderr


PIECES = [*CONTROL, "a", " ", "\n", "[", "/", "]", "[/]", "Goal 1 ", "Service: ", "Frequency: ",
          "5x weekly", "\u202e", "\x1b]52;c;", "|"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_any_text_gives_lines_without_control_characters(noise: str) -> None:
    base = (CORPUS / "sam-2026.txt").read_text()
    text = base.replace("Resource English", noise or "x").replace("Transition", noise)
    new = find_parts(text)
    lines = report_lines(review_doc(new), noise, compare(find_parts(base), new),
                         find_parts(base), noise)
    for line in lines:
        shown = safe(line)
        assert not any(char in shown for char in CONTROL), repr(shown)


def test_long_text_is_cut_at_the_bound_and_says_so(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "MAX_BYTES", 2000)
    big = tmp_path / "big.txt"
    big.write_text((CORPUS / "alex-2026.txt").read_text())
    done = review_files(str(big))
    assert done.source.cut and len(done.source.text) <= 2000
    assert done.lines[1] == f"Only the first 20 MB of {big} were read; the rest was cut."


def test_review_is_a_reader_it_never_touches_the_data_folder(tmp_path: Path) -> None:
    fresh = tmp_path / "never-made"
    done = run(str(CORPUS / "maya-2026.txt"), env={"IEPWIZARD_DATA_DIR": str(fresh)})
    assert done.returncode == 0 and not fresh.exists()
    from iepwizard.core.store import Store

    data = tmp_path / "data"
    store = Store.open(data)  # the app holds the lock
    try:
        store.flush()
        before = {p: p.stat().st_mtime_ns for p in data.rglob("*")}
        beside = subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data),
                                 "review", str(CORPUS / "maya-2026.txt")], capture_output=True,
                                text=True, timeout=60)
        assert beside.returncode == 0, beside.stderr
        assert {p: p.stat().st_mtime_ns for p in data.rglob("*")} == before
    finally:
        store.close()


def test_help_states_the_bound() -> None:
    done = subprocess.run([sys.executable, "-m", "iepwizard", "review", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "20 MB" in done.stdout and "--against" in done.stdout
