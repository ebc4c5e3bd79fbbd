"""Letters as plain functions and on the command line, against a real store."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core import letter_fill as fill
from iepwizard.core.clipboard import copy_chain, reset_pyperclip
from iepwizard.core.content import Content, LetterTemplate
from iepwizard.core.letters import LetterError, follow_up_due, meeting_values, render
from iepwizard.core.records import Entry, Parent
from iepwizard.core.store import Store

has_clipboard = pytest.mark.skipif(
    shutil.which("xclip") is None or not os.environ.get("DISPLAY"),
    reason="needs xclip and an X display (Xvfb): apt-get install xvfb xclip")


def examples(template: LetterTemplate) -> dict[str, str]:
    return {f.name: f.example for f in template.fields}


def test_every_letter_renders_with_its_examples(content: Content) -> None:
    assert len(content.letters) == 16
    for template in content.letters.values():
        letter = render(template, examples(template),
                        fill.computed(template, fill.Sources(Parent(), None)))
        text = letter.subject + "\n" + letter.body
        assert "{{" not in text and "{%" not in text and "}}" not in text, template.id
        for field in template.fields:
            assert field.example.split("\\n")[0][:20] in text, (template.id, field.name)
        assert "\n\n\n" not in letter.body
        assert letter.body.startswith(f"{dt.date.today():%B}")
        assert "Sincerely," in letter.body


def test_missing_and_wrong_fields_are_named(content: Content) -> None:
    template = content.letters["evaluation-request"]
    values = examples(template)
    del values["concerns"]
    values["reply_by"] = "next Tuesday-ish"
    with pytest.raises(LetterError) as caught:
        render(template, values, fill.computed(template, fill.Sources(Parent(), None)))
    lines = caught.value.lines()
    assert lines[0].startswith("concerns: What worries you")
    assert "reply_by: The date you would like an answer by (e.g. December 12, 2026): " \
           "'next Tuesday-ish' is not a date" in lines[1]
    with pytest.raises(LetterError, match="has no field called 'colour'"):
        render(template, {**examples(template), "colour": "red"}, {})


def test_optional_fields_may_stay_empty(content: Content) -> None:
    template = content.letters["meeting-summary"]
    values = {**examples(template), "refused": "", "parent_phone": ""}
    body = render(template, values, fill.computed(template, fill.Sources(Parent(), None))).body
    assert "Asked for but not agreed" not in body
    assert "555-0134" not in body


def test_second_request_cites_dates_and_copies_staff(store: Store, content: Content) -> None:
    child = store.add_child("Sam", full_name="Sam Lopez", date_of_birth="2019-05-12",
                            grade="2")
    store.save_person(child.id, role="principal", name="Dr. Ann Lee", title="Principal")
    store.save_person(child.id, role="sped-director", name="Mr. Bo Diaz")
    store.save_person(child.id, role="teacher", name="Ms. Carter")
    store.update_parent(name="Maria Lopez", email="maria@example.com")
    store.add_contact(child.id, "2026-10-02", "Ms. Carter", "email", "Evaluation request",
                      letter_id="evaluation-request", direction="to school")
    store.add_contact(child.id, "2026-10-23", "Ms. Carter", "email", "Second request",
                      letter_id="follow-up-request", direction="to school")
    assert follow_up_due(store.contacts(child.id)) == "2026-10-23"
    template = content.letters["follow-up-request"]
    sources = fill.Sources(store.parent(), child, store.people(child.id), {},
                           store.contacts(child.id))
    values = {**examples(template), **fill.values(template, sources)}
    assert values["child_full_name"] == "Sam Lopez"
    assert values["recipient_name"] == "Dr. Ann Lee"
    body = render(template, values, fill.computed(template, sources)).body
    assert "I first asked in writing on October 2, 2026, and again on October 23, 2026." in body
    assert "date of birth May 12, 2019" in body and "2nd grade" in body
    # the follow-up goes to the principal, so the principal is not copied as well
    assert "cc: Mr. Bo Diaz (district special-education director); Ms. Carter (teacher)" \
        in body
    assert "(principal)" not in body.split("cc:")[1]
    store.add_contact(child.id, "2026-10-30", "Ms. Carter", "phone", "School answered",
                      direction="from school")
    assert follow_up_due(store.contacts(child.id)) is None


def test_date_fields_are_stored_iso_and_printed_in_the_long_form(store: Store,
                                                                 content: Content) -> None:
    """Every form a parent types a date in, and the ISO date the profile keeps, prints as
    "March 14, 2017" in the letter and in the form; the draft keeps it as ISO."""
    template = content.letters["evaluation-request"]
    assert {f.type for f in template.fields if f.name in {"child_date_of_birth",
                                                          "reply_by"}} == {"date"}
    child = store.add_child("Sam", full_name="Sam Lopez", date_of_birth="2017-03-14")
    for typed in ("2027-01-08", "1/8/2027", "January 8 2027", "8 Jan. 2027"):
        sources = fill.Sources(store.parent(), child, draft={"reply_by": typed})
        values = fill.values(template, sources)
        assert (values["child_date_of_birth"], values["reply_by"]) == (
            "March 14, 2017", "January 8, 2027")
        body = render(template, {**examples(template), **values},
                      fill.computed(template, sources, dt.date(2026, 12, 1))).body
        assert "March 14, 2017" in body and "January 8, 2027" in body
        assert "2017-03-14" not in body and typed not in body
        assert fill.split(template, {"reply_by": typed}).letter == {"reply_by": "2027-01-08"}
    # Text that is not a date stays as typed in the form (check() then says it is no date).
    odd = fill.values(template, fill.Sources(store.parent(), child, draft={"reply_by": "soon"}))
    assert odd["reply_by"] == "soon"


def test_meeting_notes_fill_the_summary() -> None:
    values = meeting_values([Entry(text="Reading 30 min daily", mark="decision"),
                             Entry(text="chit-chat", mark=""),
                             Entry(text="Ms. C sends IEP by Dec 19", mark="action")],
                            "December 15, 2026")
    assert values == {"meeting_date": "December 15, 2026",
                      "decisions": "- [still considering] Reading 30 min daily",
                      "open_actions": "- Ms. C sends IEP by Dec 19"}


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ})


def sets(template: LetterTemplate) -> list[str]:
    return [arg for f in template.fields for arg in ("--set", f"{f.name}={f.example}")]


def test_after_a_meeting_its_summary_letter_leads(store: Store, content: Content) -> None:
    """Ended, a meeting's summary leads the letters (the app says "press l" for it) until it
    is marked as sent on or after the meeting's day."""
    from iepwizard.core.letter_order import order_letters

    child = store.add_child("Sam").id
    step = content.steps[0].id
    meeting = store.add_meeting(child, "2026-11-20", "IEP")

    def first() -> tuple[str, str]:
        ordering = order_letters(content, step, store.contacts(child), store.meetings(child))
        return ordering.letter_ids[0], ordering.reason

    assert first()[0] != "meeting-summary"  # still open
    store.end_meeting(child, meeting.id).result()
    assert first() == ("meeting-summary", "Your meeting of November 20, 2026 has ended: its "
                       "summary letter comes first; then this step's letters.")
    store.add_contact(child, "2026-11-21", "Ms. Carter", "email", "Summary",
                      letter_id="meeting-summary").result()
    assert first()[0] != "meeting-summary"


def test_cli_letter_list(tmp_path: Path) -> None:
    result = run("letter", "list", data_dir=tmp_path / "d")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 16
    assert any(line.startswith("evaluation-request\tRequest for an initial evaluation\t")
               for line in lines)
    assert not (tmp_path / "d").exists()  # read-only: nothing created


def test_cli_letter_prints_body_and_subject(content: Content, tmp_path: Path) -> None:
    template = content.letters["evaluation-request"]
    result = run("letter", "evaluation-request", *sets(template), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("Subject: Request for a full evaluation: Sam Lopez")
    assert "full and individual evaluation of my child, Sam Lopez, in all areas of suspected" in \
        result.stdout


def test_cli_letter_uses_the_profile(content: Content, data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.update_parent(name="María Núñez", email="maria@example.com")
        store.add_child("Sam", full_name="Samuel Núñez", date_of_birth="March 1, 2017",
                        grade="2nd grade", school="Lincoln")
    template = content.letters["evaluation-request"]
    others = [a for f in template.fields if not f.name.startswith(("parent", "child"))
              for a in ("--set", f"{f.name}={f.example}")]
    result = run("letter", "evaluation-request", *others, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "From: María Núñez, maria@example.com" in result.stdout
    assert "Re: Samuel Núñez, date of birth March 1, 2017, 2nd grade, Lincoln" in result.stdout


def test_cli_letter_missing_fields_and_unknown_id(tmp_path: Path) -> None:
    result = run("letter", "pwn-request", "--set", "request_made=an evaluation",
                 data_dir=tmp_path / "d")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("iepwizard: some fields of this letter are still empty")
    assert "request_date: When you asked (e.g. October 2, 2026)" in lines
    assert not any(line.startswith("request_made") for line in lines)
    unknown = run("letter", "nope", data_dir=tmp_path / "d")
    assert unknown.returncode == 2
    assert "evaluation-request" in unknown.stderr.splitlines()


def test_cli_letter_out_file_is_private(content: Content, tmp_path: Path) -> None:
    template = content.letters["iee-request"]
    out = tmp_path / "letter.txt"
    result = run("letter", "iee-request", *sets(template), "--out", str(out),
                 data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "34 CFR 300.502" in out.read_text()


@has_clipboard
def test_cli_copy_puts_exactly_stdout_on_the_clipboard(content: Content,
                                                       tmp_path: Path) -> None:
    template = content.letters["records-request"]
    printed = run("letter", "records-request", *sets(template), data_dir=tmp_path / "d")
    copied = run("letter", "records-request", *sets(template), "--copy",
                 data_dir=tmp_path / "d")
    assert copied.returncode == 0
    assert "Copied to the clipboard." in copied.stderr
    clip = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True,
                          text=True, timeout=10).stdout
    assert clip == printed.stdout


@has_clipboard
def test_real_clipboard_round_trip(tmp_path: Path) -> None:
    reset_pyperclip()
    text = "Dear Ms. Carter,\n\nLine two — with “quotes” and María.\n"
    saved: list[str] = []
    result = copy_chain(text, lambda t: saved.append(t) or tmp_path)  # type: ignore[func-returns-value]
    assert result.method == "clipboard"
    clip = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True,
                          text=True, timeout=10).stdout
    assert clip == text
    assert saved == []


def test_fallbacks_without_a_display(monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    reset_pyperclip()

    def save(text: str) -> Path:
        return store.save_new("letters", "x", ".txt", text).result(timeout=10)
    try:
        sent: list[str] = []
        result = copy_chain("hello", save, terminal_copy=sent.append)
        assert result.method == "terminal"
        assert sent == ["hello"]
        assert result.path is not None and result.path.read_text() == "hello"
        assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.layout.letters.stat().st_mode) == 0o700
        alone = copy_chain("hello", save)
        assert alone.method == "file"
        assert alone.path != result.path
        assert str(alone.path) in alone.message
    finally:
        monkeypatch.undo()
        reset_pyperclip()


def test_after_the_step_s_letters_the_others_come_in_the_guide_s_order(
        content: Content) -> None:
    """At the first step, "Request for missed services to be made up" came right after the
    evaluation request, by its file name; the others now follow the guide's path."""
    from iepwizard.core.letter_order import order_letters

    first = content.steps[0]
    ordering = order_letters(content, first.id, [])
    on_path = [i for s in content.steps for i in s.letters]
    assert ordering.letter_ids[:len(first.letters)] == first.letters
    assert list(ordering.letter_ids) == list(dict.fromkeys(
        [*first.letters, *on_path, *sorted(content.letters)]))
    assert ordering.letter_ids.index("compensatory-services-request") > \
        ordering.letter_ids.index("records-request")
