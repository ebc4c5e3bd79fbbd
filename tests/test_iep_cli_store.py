"""`iepwizard review --child/--save` and `iepwizard services` as a user runs them: real
processes on a real data folder; exit codes, one-sentence errors, plain text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from iepwizard.core.store import Store

from .iep_scoring import CORPUS
from .ledger_fixture import SESSIONS, SPEECH, save_two_finals
from .pdfwriter import make_pdf


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120)


def one_sentence(stderr: str) -> bool:
    lines = stderr.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("iepwizard: ") and "Traceback" not in stderr


def with_child(data: Path, name: str = "Alex") -> str:
    store = Store.open(data)
    child = store.add_child(name)
    store.close()
    return child.id


def test_save_keeps_it_and_the_next_review_compares_with_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cid = with_child(data)
    first = run(data, "review", str(CORPUS / "alex-2025.txt"), "--child", "Alex", "--save",
                "--status", "final")
    assert first.returncode == 0, first.stderr
    assert "Saved in Alex's record as the final IEP dated September 16, 2025." in first.stderr
    assert ("Key dates filled: IEP meeting held September 16, 2025; IEP services start "
            "September 17, 2025.") in first.stderr
    second = run(data, "review", str(CORPUS / "alex-2026.txt"), "--child", "alex", "--save",
                 "--date", "September 15, 2026")
    assert second.returncode == 0, second.stderr
    assert "Changes since the IEP saved in Alex's record (the IEP dated September 16, 2025)" \
        in second.stdout
    assert "Specialized Reading Instruction: 150 -> 90 minutes a week (down 60)" in second.stdout
    assert "as the draft IEP dated September 15, 2026" in second.stderr  # the text says DRAFT
    store = Store.open(data, readonly=True)
    assert [(i.status, i.iep_date) for i in store.ieps(cid)] == [
        ("final", "2025-09-16"), ("draft", "2026-09-15")]
    path = store.iep_path(cid, store.ieps(cid)[1].id)
    assert path.read_text() == (CORPUS / "alex-2026.txt").read_text()
    assert path.stat().st_mode & 0o777 == 0o600


def test_save_is_refused_while_the_app_is_open_and_a_reader_works_beside_it(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    with_child(data)
    app = Store.open(data)  # the app holds the lock
    try:
        app.flush()
        before = {p: p.stat().st_mtime_ns for p in data.rglob("*")}
        locked = run(data, "review", str(CORPUS / "alex-2026.txt"), "--child", "Alex", "--save")
        assert locked.returncode == 3 and one_sentence(locked.stderr), locked.stderr
        assert "already open" in locked.stderr
        reader = run(data, "review", str(CORPUS / "alex-2026.txt"), "--child", "Alex")
        assert reader.returncode == 0, reader.stderr
        assert "No final IEP" not in reader.stdout and "Goal 2" in reader.stdout
        beside = run(data, "services", "--child", "Alex")
        assert beside.returncode == 2 and "no saved final IEP yet" in beside.stderr
        assert {p: p.stat().st_mtime_ns for p in data.rglob("*")} == before
    finally:
        app.close()


def test_usage_errors_are_one_sentence_and_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    iep = str(CORPUS / "alex-2026.txt")
    nothing = run(data, "review", iep, "--child", "Alex", "--save")
    assert nothing.returncode == 2 and one_sentence(nothing.stderr)
    assert not data.exists()  # no folder made for a child that is not there
    with_child(data)
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(make_pdf(None, 2))
    for args, words in [
        ((iep, "--date", "2026-09-15"), "go with --save"),
        ((iep, "--child", "Alex", "--save", "--date", "2026-02-30"), "is not a date"),
        ((iep, "--child", "Nobody", "--save"), "no child called 'Nobody'"),
        ((str(scanned), "--child", "Alex", "--save"), "scanned PDF"),
        ((iep, "--child", "Alex", "--save", "--status", "signed"), "invalid choice"),
    ]:
        done = run(data, "review", *args)
        assert done.returncode == 2, (args, done.stderr)
        assert words in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    store = Store.open(data, readonly=True)
    assert store.ieps(store.children()[0].id) == []


def test_services_adds_up_weeks_misses_and_a_mid_year_change(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Store.open(data)
    cid = store.add_child("Riley").id
    save_two_finals(store, cid)
    for day, minutes, status, note in SESSIONS:
        store.add_session(cid, day, SPEECH, minutes, status, note)
    store.add_session(cid, "2026-09-09", "Swimming \x1b[2J", 30)
    store.close()
    done = run(data, "services", "--as-of", "October 16, 2026", "--by", "week")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Services ledger for Riley, as of 2026-10-16."
    assert "the IEP dated August 31, 2026 and the IEP dated September 28, 2026" in lines[1]
    assert "service\trequired\tdelivered\tnot provided\tchild absent\tshort" in lines
    assert f"{SPEECH}\t300\t240\t30\t30\t30" in lines
    assert f"Not provided on: {SPEECH}: September 24, 2026." in lines
    assert "1 session names a service not in the IEP, not counted: Swimming ␛[2J." in lines
    weeks = [line.split("\t") for line in lines if line.startswith("2026-")]
    assert [w[0] for w in weeks] == ["2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28",
                                     "2026-10-05", "2026-10-12"]
    assert [w[3] for w in weeks] == ["60", "60", "60", "60", "30", "30"]  # the cut
    assert [w[-1] for w in weeks] == ["0", "0", "30", "30", "30", "30"]  # running shortfall
    assert "\x1b" not in done.stdout
    counted = run(data, "services", "--as-of", "2026-10-16", "--count-absences")
    assert f"{SPEECH}\t300\t240\t30\t30\t60" in counted.stdout.splitlines()
    early = run(data, "services", "--as-of", "2026-09-01")
    assert early.returncode == 0 and "start on September 7, 2026" in early.stdout
    bad = run(data, "services", "--as-of", "someday")
    assert bad.returncode == 2 and one_sentence(bad.stderr) and "not a date" in bad.stderr
    assert run(tmp_path / "none", "services").returncode == 2
