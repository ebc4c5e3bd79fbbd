"""The command line as a user runs it: real processes, real exit codes, plain messages."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from iepwizard import __version__
from iepwizard.core.locations import DATA_DIR_ENV, content_dir, data_dir

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "iepwizard", *args], capture_output=True,
                          text=True, env=full_env, input=stdin, timeout=60, cwd=cwd)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"iepwizard {__version__}"


def test_check_content_on_the_shipped_guide() -> None:
    result = run("check-content")
    assert result.returncode == 0, result.stderr
    assert "12 steps" in result.stdout and "all valid" in result.stdout


def test_check_content_on_a_broken_folder(content_copy: Path) -> None:
    step = content_copy / "steps" / "03-rti.md"
    step.write_text(step.read_text().replace('order = 3', 'order = '))
    (content_copy / "letters" / "iee-request.md").write_text("")
    result = run("check-content", str(content_copy))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("iepwizard: the guide in")
    assert f"{step}:5: front matter is not valid TOML: Invalid value" in lines
    assert f"{content_copy / 'letters' / 'iee-request.md'}:1: is empty" in lines
    assert "Traceback" not in result.stderr


def test_the_app_refuses_broken_content(content_copy: Path, tmp_path: Path) -> None:
    (content_copy / "glossary.toml").write_text("[[term]]\nid = 'x'\n")
    result = run("--content", str(content_copy), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert "glossary.toml:1: term x: missing 'term'" in result.stderr


def test_usage_error_is_one_sentence() -> None:
    result = run("no-such-command")
    assert result.returncode == 2
    assert result.stderr.startswith("iepwizard: argument COMMAND: invalid choice")
    assert "iepwizard --help" in result.stderr


def test_data_dir_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    default = data_dir()
    assert default.name == "iepwizard"
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"


def test_content_dir_override_and_default(tmp_path: Path) -> None:
    assert content_dir(tmp_path) == tmp_path
    assert (content_dir() / "glossary.toml").exists()


def test_wheel_ships_the_content_and_finds_it(tmp_path: Path) -> None:
    """Build the wheel, unpack it, and load the guide from it with the repo out of sight."""
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "--no-build-isolation", "-w", str(tmp_path / "dist"), str(REPO)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = list((tmp_path / "dist").glob("iepwizard-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "site")
    assert "iepwizard/_content/glossary.toml" in names
    assert "iepwizard/_content/steps/01-iep-or-504.md" in names
    assert "iepwizard/app.tcss" in names
    probe = subprocess.run(
        [sys.executable, "-c", "from iepwizard.core.locations import content_dir;"
         "from iepwizard.core.loader import load_content; c = content_dir();"
         "print(c); print(len(load_content(c).steps))"],
        capture_output=True, text=True, cwd="/", timeout=60,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")})
    assert probe.returncode == 0, probe.stderr
    where, steps = probe.stdout.split()
    assert where == str(tmp_path / "site" / "iepwizard" / "_content")
    assert steps == "12"


def test_glossary_lists_every_term_id_first() -> None:
    result = run("glossary")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) >= 60
    assert all("\t" in line for line in lines)
    assert "iee\tIEE\t" in result.stdout


def test_glossary_term_and_close_matches() -> None:
    result = run("glossary", "PWN")
    assert result.returncode == 0
    assert result.stdout.startswith("Prior Written Notice\n")
    assert "34 CFR 300.503" in result.stdout
    close = run("glossary", "evalu")
    assert close.returncode == 2
    assert "did you mean one of these?" in close.stderr
    assert "evaluation\tevaluation" in close.stderr
    nothing = run("glossary", "qqqq")
    assert nothing.returncode == 2
    assert "run 'iepwizard glossary'" in nothing.stderr


def test_decode_from_stdin_and_file(tmp_path: Path) -> None:
    text = "Her SS 78 (7th percentile) on the WIAT-4; the IEP team suggests OT."
    result = run("decode", "-", stdin=text)
    assert result.returncode == 0
    assert "WIAT-4" in result.stdout and "occupational therapy" in result.stdout
    assert "standard score 78: about the 7th percentile" in result.stdout
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    assert run("decode", str(report)).stdout == result.stdout
    missing = run("decode", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert missing.stderr.startswith("iepwizard: cannot read")
