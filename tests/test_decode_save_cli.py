"""`iepwizard decode FILE --save NAME --date DATE`: a writer (the lock, exit 3 while the app
is open), dates as people type them, one-sentence errors, nothing saved when nothing is found."""

from __future__ import annotations

from pathlib import Path

from iepwizard.core.store import Store

from .test_cli import run

CORPUS = Path(__file__).resolve().parent / "corpus" / "reports"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()
            and not p.name.startswith(".iepwizard.lock")}


def make_family(data_dir: Path, *names: str) -> None:
    with Store.open(data_dir) as store:
        for name in names:
            store.add_child(name)


def test_save_keeps_the_scores(data_dir: Path) -> None:
    make_family(data_dir, "Sam")
    report = CORPUS / "02-wiat-4-prose.txt"
    result = run("--data-dir", str(data_dir), "decode", str(report), "--save",
                 "Initial evaluation", "--date", "February 10, 2024")
    assert result.returncode == 0, result.stderr
    assert "Reading (WIAT-4), standard score 78" in " ".join(result.stdout.split())
    assert result.stderr.strip() == ("Saved 13 scores for Sam as \"Initial evaluation\" "
                                     "(February 10, 2024).")
    wj = CORPUS / "04-wj-iv-clusters.txt"
    result = run("--data-dir", str(data_dir), "decode", str(wj), "--child", "sam", "--save",
                 "Triennial", "--date", "3/2/2026", "--keep-text")
    assert result.returncode == 0, result.stderr
    assert result.stderr.rstrip().endswith("(March 2, 2026), with the report's text.")
    with Store.open(data_dir, readonly=True) as store:
        [child] = store.children()
        first, second = store.evaluations(child.id)
        assert (first.name, first.date, first.report) == ("Initial evaluation", "2024-02-10",
                                                          False)
        assert (second.name, second.date, second.report) == ("Triennial", "2026-03-02", True)
        reading = [s for s in store.saved_scores(child.id, first.id) if s.label == "Reading"]
        assert [(s.test, s.kind, s.value, s.percentile) for s in reading] == [
            ("WIAT-4", "standard", 78.0, 7)]
        assert store.evaluation_report(child.id, second.id) == wj.read_text(encoding="utf-8")
    export = run("--data-dir", str(data_dir), "export")
    assert "# Test scores" in export.stdout and "## Triennial, March 2, 2026" in export.stdout


def test_a_writer_waits_for_the_app(data_dir: Path) -> None:
    make_family(data_dir, "Sam")
    report = str(CORPUS / "02-wiat-4-prose.txt")
    before = snapshot(data_dir)
    with Store.open(data_dir):  # the app is open: it holds the lock
        locked = run("--data-dir", str(data_dir), "decode", report, "--save", "Initial",
                     "--date", "2024-02-10")
        reader = run("--data-dir", str(data_dir), "decode", report)
    assert locked.returncode == 3
    assert locked.stderr.count("\n") == 1 and "already open in another window" in locked.stderr
    assert locked.stdout == ""
    assert reader.returncode == 0 and "Reading" in reader.stdout  # decode alone is a reader
    assert snapshot(data_dir) == before


def test_one_sentence_errors(data_dir: Path, tmp_path: Path) -> None:
    make_family(data_dir, "Sam", "Alex")
    report = str(CORPUS / "02-wiat-4-prose.txt")
    base = ("--data-dir", str(data_dir), "decode")
    cases = [
        ((report, "--save", "Initial"), 2, "--save needs the evaluation's date too"),
        ((report, "--date", "2024-02-10"), 2, "--date, --keep-text and --by-school go with --save"),
        ((report, "--save", "  ", "--date", "2024-02-10"), 2, "--save needs the evaluation's "
                                                              "name"),
        ((report, "--save", "X", "--date", "45/45/2024"), 2, "'45/45/2024' is not a date"),
        ((report, "--save", "X", "--date", "2999-01-01"), 2, "January 1, 2999 has not come yet"),
        ((report, "--save", "X", "--date", "2024-02-10"), 2, "there are several children"),
        ((report, "--save", "X", "--date", "2024-02-10", "--child", "Nobody"), 2,
         "there is no child called 'Nobody'"),
        ((str(tmp_path / "nope.txt"), "--save", "X", "--date", "2024-02-10", "--child", "Sam"),
         2, "there is no such file"),
        (("/dev/zero", "--save", "X", "--date", "2024-02-10", "--child", "Sam"), 2,
         "give a text file"),
    ]
    for args, code, said in cases:
        result = run(*base, *args)
        assert result.returncode == code, (args, result.stderr)
        assert result.stderr.startswith("iepwizard: ") and said in result.stderr, args
        assert "Traceback" not in result.stderr
    plain = tmp_path / "plain.txt"
    plain.write_text("The team met on Tuesday and talked about reading.", encoding="utf-8")
    nothing = run(*base, str(plain), "--save", "X", "--date", "2024-02-10", "--child", "Sam")
    assert nothing.returncode == 1
    assert nothing.stderr.strip() == (f"iepwizard: no test scores were found in {plain}, so "
                                      f"nothing was saved.")
    with Store.open(data_dir, readonly=True) as store:
        assert [store.evaluations(c.id) for c in store.children()] == [[], []]


def test_a_child_named_on_a_record_with_no_child_yet_is_added(tmp_path: Path) -> None:
    """`--child NAME` is "created if new" (the help): a writer on a fresh data folder adds the
    child, as the app does; a reader says there is no child yet (not an empty list); with
    children, a name not found is refused (more likely mistyped than new)."""
    data = tmp_path / "fresh"
    report = str(CORPUS / "02-wiat-4-prose.txt")
    (data).mkdir(mode=0o700)
    with Store.open(data):
        pass  # a record with no child yet
    reader = run("--data-dir", str(data), "guide", "--child", "Zoë")
    assert reader.returncode == 2
    assert reader.stderr.strip() == ("iepwizard: there is no child called 'Zoë': no child has "
                                     "been added yet.")
    saved = run("--data-dir", str(data), "--child", "Zoë", "decode", report, "--save",
                "Initial", "--date", "2024-02-10")
    assert saved.returncode == 0, saved.stderr
    assert saved.stderr.startswith("iepwizard: added the child 'Zoë'.\nSaved 13 scores for Zoë")
    typo = run("--data-dir", str(data), "--child", "Zoe", "decode", report, "--save", "Again",
               "--date", "2024-02-10")
    assert typo.returncode == 2 and "there is no child called 'Zoe'" in typo.stderr
    with Store.open(data, readonly=True) as store:
        assert [c.nickname for c in store.children()] == ["Zoë"]
