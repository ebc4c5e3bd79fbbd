"""The decoder's report and the `decode` and `glossary` commands."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iepwizard.cli.glossary import read_input
from iepwizard.core.content import Content, Term
from iepwizard.core.decode import decode
from iepwizard.core.decode_report import forms_seen

REPORT = ("On the WISC-V, her Working Memory\nIndex was 82 (90% CI: 76-91). The IEP\nteam met. "
          "BASC-3 Externalizing Problems composite: T = 70. Reading GE 3.2 and SS = 84.")


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iepwizard", *args], capture_output=True,
                          text=True, input=stdin, timeout=timeout,
                          env={**os.environ, **(env or {})})


def test_report_explains_scores_and_terms(content: Content) -> None:
    text = decode(REPORT, content).report()
    flat = " ".join(text.split())
    assert "IEP team [in the text as: IEP team]" not in text  # the form is the term's name
    assert "- IEP team\n" in text
    assert "Working Memory Index (WISC-V), standard score 82: about the 12th percentile" in flat
    assert "higher means more concern" in flat and "standard score 70" not in flat
    assert "Problem scales (higher = more concern):" in text
    assert "Not drawn:" in text and "grade equivalent" in text
    assert "Area not named, standard score 84" in flat


def test_report_lines_wrap_with_indented_continuations(content: Content) -> None:
    lines = decode(REPORT, content).report(width=60).splitlines()
    assert max(len(line) for line in lines) <= 60
    items = [i for i, line in enumerate(lines) if line.startswith("- ")]
    assert items
    for index in items:
        follow = lines[index + 1] if index + 1 < len(lines) else ""
        assert follow == "" or follow.startswith("  ") or follow.startswith("- ") or (
            not follow.startswith(" ") and follow.endswith(":"))


def test_a_term_across_a_line_break_is_shown_with_a_space(content: Content) -> None:
    result = decode("We met the IEP\nteam and the occupational\ntherapist.", content)
    forms = forms_seen(result)
    assert all("\n" not in form for found in forms.values() for form in found)
    assert "occupational therapist" in forms["ot"]


def test_report_is_linear_in_matches() -> None:
    terms = {f"t{i}": Term(f"t{i}", f"Word{i}x", "A definition.") for i in range(300)}
    content = Content(Path("."), (), terms, {}, "", {}, {}, {})

    def seconds(n: int) -> float:
        text = " ".join(f"Word{i % 300}x" for i in range(n))
        result = decode(text, content)
        start = time.process_time()
        result.report()
        return time.process_time() - start

    small, large = min(seconds(3000) for _ in range(3)), min(seconds(30000) for _ in range(3))
    assert large / max(small, 1e-4) < 40  # terms x matches would be ~100x


def test_escape_sequences_never_reach_the_report(content: Content) -> None:
    text = "SS \x1b]52;c;SGVsbG8=\x07 IEP \x1b]0;title\x07 \x1b[2J team \x9b31m"
    result = decode(text, content)
    assert result.scores == ()
    report = result.report()
    assert not any(ord(c) < 32 and c not in "\n" or 0x7f <= ord(c) < 0xa0 for c in report)
    assert len(result.text) == len(text) and "\x1b" not in result.text


def test_decode_reads_files_stdin_and_refuses_devices(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    from_file = run("decode", str(report), env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert from_file.returncode == 0 and "Working Memory Index" in from_file.stdout
    assert list((tmp_path / "cache").rglob("content-*.pickle"))  # the guide cache is used
    assert run("decode", "-", stdin=REPORT).stdout == from_file.stdout
    for bad, says in (("/dev/zero", "is not a regular file"), (str(tmp_path), "is a folder"),
                      (str(tmp_path / "none.txt"), "cannot read")):
        result = run("decode", bad, timeout=20)
        assert result.returncode == 2 and says in result.stderr and "Traceback" not in (
            result.stderr)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("decode", str(fifo), timeout=20)
    assert result.returncode == 2 and "is not a regular file" in result.stderr


def test_input_is_read_up_to_its_bound(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"IEP " * 1000)
    assert read_input(str(path), limit=100) == ("IEP " * 25, True)
    assert read_input(str(path), limit=4000) == ("IEP " * 1000, False)


def test_no_escape_reaches_the_terminal_from_decode(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("IEP \x1b]52;c;SGVsbG8=\x07 \x1b]0;x\x07 SS 85", encoding="utf-8")
    result = run("decode", str(report))
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "standard score 85" in result.stdout and "52" not in result.stdout


def test_glossary_cuts_a_long_query() -> None:
    start = time.monotonic()
    result = run("glossary", "x" * 100_000 + "\x1b[2J")
    assert time.monotonic() - start < 20
    assert result.returncode == 2 and len(result.stderr) < 400 and "\x1b" not in result.stderr


@pytest.mark.parametrize("query", ["SS", "standard score"])
def test_glossary_finds_a_context_acronym(query: str) -> None:
    result = run("glossary", query)
    assert result.returncode == 0 and result.stdout.startswith("standard score")


def test_a_lowercase_ss_names_the_kind_its_area_has(content: Content) -> None:
    # "ss" is written for scaled and standard scores alike: it was explained as "standard
    # score" beside a subtest's scaled score
    found = decode("On the WISC-V, Matrix Reasoning ss 3.", content)
    assert [(s.label, s.kind, s.value) for s in found.scores] == [
        ("Matrix Reasoning", "scaled", 3)]
    assert "scaled score" in [t.term for t in found.terms]
    assert "standard score" not in [t.term for t in found.terms]


def test_scs_written_for_scaled_score_is_read(content: Content) -> None:
    found = decode("CTOPP-2\nElision ScS = 5; Blending Words ScS = 7", content)
    assert [(s.label, s.kind, s.value) for s in found.scores] == [
        ("Elision", "scaled", 5), ("Blending Words", "scaled", 7)]
    assert "scaled score" in [t.term for t in found.terms]


def test_a_test_s_name_without_its_edition_is_the_test(content: Content) -> None:
    # "Assessment" in the BASC-3's name was explained as "evaluation"
    found = decode("Behavior Assessment System for Children, Third Edition (BASC-3)", content)
    assert [t.id for t in found.terms] == ["basc-3"]


def test_the_dyslexia_index_is_a_score_not_the_diagnosis(content: Content) -> None:
    found = decode("WIAT-4: Dyslexia Index 77", content)
    assert "dyslexia" not in [t.id for t in found.terms]
    assert "dyslexia-index" in [t.id for t in found.terms]


def test_subtest_scores_are_not_always_scaled_scores(content: Content) -> None:
    # "Subtest scores are T-scores" was explained as "scaled score ... 10 is average"
    found = decode("Subtest scores are T-scores (mean 50, SD 10).", content)
    assert "scaled-score" not in [t.id for t in found.terms]


def test_eligibility_under_dd_is_developmental_delay(content: Content) -> None:
    found = decode("The team discussed eligibility under DD for her younger brother.", content)
    assert "developmental-delay" in [t.id for t in found.terms]
