"""Issue 18, cases 4 and 5 on the command line (the screens are the lead's, see the report):
Rich markup and terminal escape sequences as names, titles, notes, contacts, questions and
letter --set values, fed by hypothesis into every CLI output (letter, export, glossary,
decode). No raw control character reaches stdout or stderr (newline and tab only as structure),
markup is shown literally, and --out files keep the bytes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from iepwizard.core.content import Content
from iepwizard.core.md_text import md_escape
from iepwizard.core.safe_text import printable
from iepwizard.core.store import Store

from .faults_support import cli, raw_controls

PAYLOADS = ["[/]", "[link=https://evil.example/x]click[/link]", "[red]", "[bold red]x[/]",
            "[/red]", "\x1b]0;pwned\x07", "\x1b[2J", "\x1b[H", "\x1b]52;c;cGF5bG9hZA==\x07",
            "\x9b2J", "\x1bP+q\x1b\\", "\r", "\x08", "\x00", "\x7f", "\u2028", "\x85", "\t",
            "\n", "\\[b]", "[b]", "{{ x }}", "{% raw %}", "%s", "\u202e", "Sam", "SS 78",
            # bytes given on a command line that are not UTF-8, as Python hands them over
            "\udcff", "Caf\udce9"]
TEXT = st.lists(st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=8)),
                min_size=1, max_size=6).map("".join)
#: Text a one-line field keeps exactly as given in a letter (no surrounding or line-breaking
#: white space, which the letter's layout may fold).
LINE = TEXT.filter(lambda v: v == v.strip() and v.strip() and
                   not set(v) & set("\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"))
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
EVAL = "evaluation-request"


def _clean(*outputs: str) -> None:
    for text in outputs:
        assert not raw_controls(text), sorted(raw_controls(text))


def _sets(content: Content, value: str) -> list[str]:
    template = content.letters[EVAL]
    return [arg for f in template.fields for arg in
            ("--set", f"{f.name}={f.example if f.type == 'date' else value}")]


@FAST
@given(value=LINE)
def test_letter_set_values_never_reach_the_terminal_raw(content: Content, value: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        result = cli("--data-dir", str(Path(tmp) / "none"), "letter", EVAL,
                     *_sets(content, value))
        assert result.code == 0, result.err
        _clean(result.out, result.err)
        assert result.err.startswith("Subject: ")
        if not raw_controls(value):
            assert value in result.out  # markup shown as typed, never interpreted
        out = Path(tmp) / "letter.txt"
        written = cli("--data-dir", str(Path(tmp) / "none"), "letter", EVAL,
                      *_sets(content, value), "--out", str(out))
        assert written.code == 0, written.err
        _clean(written.out, written.err)
        assert value.encode("utf-8", "surrogateescape") in out.read_bytes()


def _hostile_store(folder: Path, text: str) -> None:
    with Store.open(folder) as store:
        store.update_parent(name=text, email=text, phone=text, address=text)
        child = store.add_child(f"Kid{text}", full_name=text, grade=text, school=text,
                                teacher=text, principal=text, sped_contact=text)
        meeting = store.add_meeting(child.id, "2026-12-01", text, text, [text, text])
        for mark in ("", "decision", "action", "question", "concern", "repeat"):
            store.add_entry(meeting.id, f"{text}: {text} by {text}" if mark == "action"
                            else text, mark)
        question = store.add_question(child.id, text)
        store.update_question(child.id, question.id, asked=True, answer=text)
        store.add_journal(child.id, "2026-11-02", text)
        store.add_contact(child.id, "2026-11-03", text, text, text, subject=text,
                          letter_id=text)


@FAST
@given(text=TEXT)
def test_export_and_letter_from_hostile_records(content: Content, text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        _hostile_store(data, text)
        export = cli("--data-dir", str(data), "export")
        assert export.code == 0, export.err
        _clean(export.out, export.err)
        letter = cli("--data-dir", str(data), "letter", EVAL, "--set", "concerns=x",
                     "--set", "tried_so_far=y", "--set", "recipient_name=r",
                     "--set", "recipient_title=t", "--set", "reply_by=2026-12-20",
                     "--set", "child_date_of_birth=2017-03-14")
        assert letter.code in {0, 2}, letter.err  # 2: a profile field is not a date
        _clean(letter.out, letter.err)
        if printable(text) == text and "\n" not in text and text.strip():
            # (the export is a document for people: it shows control characters as symbols,
            # and writes the parent's words as literal Markdown, which reads back as typed)
            out = Path(tmp) / "export.md"
            assert cli("--data-dir", str(data), "export", "--out", str(out)).code == 0
            assert md_escape(text.strip()) in out.read_text(encoding="utf-8")


@FAST
@given(query=TEXT)
@example(query="-\x1f")  # an unknown option: argparse's own message quotes it
def test_glossary_queries_never_reach_the_terminal_raw(query: str) -> None:
    result = cli("glossary", query)
    assert result.code in {0, 2}
    _clean(result.out, result.err)


@FAST
@given(text=TEXT)
def test_decode_of_a_hostile_file_never_reaches_the_terminal_raw(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.txt"
        # (the known words on a line of their own: an 8-bit OSC in `text` before them and an
        # ST after them, "\x9d The IEP team \x9c", rightly blanks what stands between)
        report.write_text(f"{text} {text}\nThe IEP team found SS 78 on the WIAT-4.\n{text}",
                          encoding="utf-8", errors="surrogatepass")
        result = cli("decode", str(report))
        assert result.code == 0, result.err
        _clean(result.out, result.err)
        assert "IEP" in result.out


def test_an_osc_52_sequence_is_not_a_test_score() -> None:
    """Case 12: the "52" of an OSC 52 clipboard sequence is not read as a score."""
    result = cli("decode", "-", stdin="\x1b]52;c;aGVsbG8=\x07 The IEP team met.\n")
    assert result.code == 0
    _clean(result.out, result.err)
    assert "Scores found" not in result.out, result.out
