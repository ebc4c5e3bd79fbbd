"""`iepwizard dates` as a parent runs it: real processes, real files, real exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from icalendar import Calendar

from iepwizard.core.events import EVENTS
from iepwizard.core.store import Store

CONSENT_LINE = (
    "2026-11-02\toverdue\tevaluation finished (60 days from 2026-09-03)\tThe initial evaluation "
    "must be finished within 60 days of the school receiving your written consent, or within "
    "your state's own timeline. 34 CFR 300.301(c)(1); federal default; your state may set its "
    "own")


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "IEPWIZARD_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=60, env=env)


def no_control(text: str) -> bool:
    return not any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in text)


def test_done_means_consent_on_september_3_is_overdue_on_november_28(data_dir: Path) -> None:
    written = run(data_dir, "dates", "--child", "Sam", "--set", "consent-received=2026-09-03",
                  "--setting", "track=iep", "--as-of", "2026-10-01")
    assert written.returncode == 0, written.stderr
    assert "recorded 1 key date and 1 setting for Sam" in written.stderr
    assert "2026-11-02\tdue\tevaluation finished" in written.stdout
    late = run(data_dir, "dates", "--as-of", "November 28, 2026")
    assert late.returncode == 0, late.stderr
    lines = late.stdout.splitlines()
    assert lines[0] == "2026-09-03\tdone\tconsent to evaluate received by the school\tkey date"
    assert lines[1] == CONSENT_LINE
    assert all(len(line.split("\t")) == 4 for line in lines)
    # a deadline that still needs its start date is listed last, with `needs`
    needs = [line for line in lines if line.split("\t")[1] == "needs"]
    assert needs and lines[-len(needs):] == needs
    assert "\tneeds\tfirst IEP meeting: needs the date eligibility was decided\t" in late.stdout


def test_the_follow_up_letter_cites_the_running_clock(data_dir: Path) -> None:
    assert run(data_dir, "dates", "--child", "Sam", "--set", "consent-received=2020-01-06",
               "--set", "request-sent=2019-12-02").returncode == 0
    sets = ["--set", "parent_name=Maria Lopez", "--set", "parent_email=m@example.com",
            "--set", "recipient_name=Dr. Lee", "--set", "recipient_title=Principal",
            "--set", "child_full_name=Sam Lopez", "--set", "child_date_of_birth=2017-03-14",
            "--set", "child_grade=3", "--set", "child_school=Lincoln",
            "--set", "concerns=Reading.", "--set", "reply_by=2020-03-20"]
    letter = run(data_dir, "letter", "follow-up-request", *sets)
    assert letter.returncode == 0, letter.stderr
    assert ("For the record: the school received my consent on January 6, 2020; the 60-day "
            "evaluation period ended on March 6, 2020 (34 CFR 300.301(c)(1)") in letter.stdout
    assert "consent form" not in letter.stdout
    assert run(data_dir, "dates", "--set", "evaluation-finished=2020-02-28").returncode == 0
    done = run(data_dir, "letter", "follow-up-request", *sets)
    assert "For the record" not in done.stdout and "the consent form" in done.stdout


def test_settings_change_the_deadlines_and_default_restores(data_dir: Path) -> None:
    base = ["dates", "--child", "Sam", "--as-of", "2026-10-01"]
    run(data_dir, *base, "--set", "consent-received=2026-09-03", "--setting", "track=iep")
    changed = run(data_dir, *base, "--setting", "evaluation-days=45 school days")
    assert changed.returncode == 0, changed.stderr
    assert ("2026-11-05\tdue\tevaluation finished (45 school days from 2026-09-03)\tThe "
            "initial evaluation must be finished within 60 days") in changed.stdout
    assert "within 45 school days" not in changed.stdout  # the setting is not the law's
    assert ("300.301(c)(1). Your own setting for this child: 45 school days (your state's "
            "or school's timeline") in changed.stdout
    back = run(data_dir, *base, "--setting", "evaluation-days=default")
    assert "2026-11-02\tdue\tevaluation finished (60 days" in back.stdout
    as_504 = run(data_dir, *base, "--setting", "track=504")
    assert "evaluation finished" not in as_504.stdout  # Section 504 sets no 60-day clock
    unknown = run(data_dir, *base, "--setting", "track=unknown")
    assert "evaluation finished (if the IEP track applies)" in unknown.stdout


def test_exit_codes_and_one_sentence(data_dir: Path, tmp_path: Path) -> None:
    bad = run(data_dir, "dates", "--set", "consent-recieved=2026-09-03")
    assert bad.returncode == 2 and "'consent-recieved' is not a key date" in bad.stderr
    assert "nothing was recorded" in bad.stderr and not data_dir.exists()
    assert run(data_dir, "dates", "--set", "request-sent=Septembre").returncode == 2
    assert run(data_dir, "dates", "--setting", "evaluation-days=soon").returncode == 2
    assert run(data_dir, "dates", "--setting", "speed=3").returncode == 2
    as_of = run(data_dir, "dates", "--as-of", "2026-13-01")
    assert as_of.returncode == 2 and "--as-of takes a date" in as_of.stderr
    assert not data_dir.exists()
    run(data_dir, "dates", "--child", "Sam", "--set", "request-sent=2026-08-20")
    assert run(data_dir, "dates", "--child", "Alex").returncode == 2
    for result in (bad, as_of):
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_writing_is_refused_while_the_app_is_open_reading_is_not(data_dir: Path) -> None:
    run(data_dir, "dates", "--child", "Sam", "--set", "request-sent=2026-08-20")
    with Store.open(data_dir):  # the app holds the lock
        refused = run(data_dir, "dates", "--set", "consent-received=2026-09-03")
        assert refused.returncode == 3, refused.stderr
        assert "already open" in refused.stderr
        assert run(data_dir, "dates", "--setting", "track=504").returncode == 3
        read = run(data_dir, "dates", "--as-of", "2026-09-01")
        assert read.returncode == 0 and "request-sent" not in read.stdout
        assert "2026-08-20\tdone\tevaluation request sent\tkey date" in read.stdout
    with Store.open(data_dir, readonly=True) as store:
        child = store.find_child("Sam")
        assert child is not None
        assert [e.event for e in store.key_dates(child.id).entries] == ["request-sent"]


def test_a_new_user_with_no_data_folder_can_read(data_dir: Path) -> None:
    result = run(data_dir, "dates", "--as-of", "2026-11-28")
    assert result.returncode == 0, result.stderr
    assert not data_dir.exists()
    statuses = {line.split("\t")[1] for line in result.stdout.splitlines()}
    assert statuses == {"needs"}


def test_ics_from_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    run(data_dir, "dates", "--child", "Sam", "--set", "consent-received=2026-09-03",
        "--set", "records-requested=2026-11-01", "--setting", "track=iep")
    first, second = tmp_path / "one.ics", tmp_path / "two.ics"
    result = run(data_dir, "dates", "--as-of", "2026-11-28", "--ics", str(first))
    assert result.returncode == 0, result.stderr
    assert "takes these dates off this computer" in result.stderr and result.stdout == ""
    assert oct(first.stat().st_mode & 0o777) == "0o600"
    run(data_dir, "dates", "--as-of", "2026-12-20", "--ics", str(second))
    one, two = (Calendar.from_ical(p.read_bytes()) for p in (first, second))
    events = {str(e["SUMMARY"]): e for e in one.walk("VEVENT")}
    assert set(events) == {"OVERDUE: evaluation finished", "Due: records to inspect"}
    evaluation = events["OVERDUE: evaluation finished"]
    assert evaluation.decoded("DTSTART").isoformat() == "2026-11-02"
    assert "VALUE=DATE" in evaluation.to_ical().decode()
    assert "DTSTAMP" in evaluation and "300.301(c)(1)" in str(evaluation["DESCRIPTION"])
    [alarm] = evaluation.walk("VALARM")
    assert alarm.to_ical().decode().count("TRIGGER:-P7D") == 1
    assert {str(e["UID"]) for e in one.walk("VEVENT")} == \
        {str(e["UID"]) for e in two.walk("VEVENT")}  # a re-import updates, never duplicates
    assert "Sam" not in first.read_text()


def test_ics_follows_the_out_rules(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.ics"
    target.write_text("keep")
    link = tmp_path / "link.ics"
    link.symlink_to(target)
    refused = run(data_dir, "dates", "--ics", str(link))
    assert refused.returncode == 2 and "is a link" in refused.stderr
    assert "choose another --ics path" in refused.stderr
    assert target.read_text() == "keep"
    assert run(data_dir, "dates", "--ics", str(tmp_path)).returncode == 2
    assert run(data_dir, "dates", "--ics", "/dev/null").returncode == 2


def test_help_lists_the_events() -> None:
    result = subprocess.run([sys.executable, "-m", "iepwizard", "dates", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for name in [*EVENTS, "consent-signed", "--set EVENT=DATE", "--setting NAME=VALUE",
                 "--ics FILE", "--as-of DATE", "track=iep|504|unknown"]:
        assert name in result.stdout, name


def test_no_raw_control_character_reaches_the_terminal(data_dir: Path) -> None:
    name = "Sam\x1b]0;owned\x07\x1b[2J"
    result = run(data_dir, "dates", "--child", name, "--set", "removal-day=2026-10-05",
                 "--set", "consent-signed=2026-09-03", "--as-of", "2026-11-28")
    assert result.returncode == 0, result.stderr
    assert no_control(result.stdout) and no_control(result.stderr)
    assert "␛]0;owned" in result.stderr
    assert "1 of 10 school days of removal" in result.stdout and "2026-27" in result.stdout
    assert "consent to evaluate signed (not yet confirmed as received by the school)" in \
        result.stdout
