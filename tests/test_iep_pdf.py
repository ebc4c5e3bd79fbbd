"""A text PDF and its .txt give the same findings; PDFs that cannot be read say why."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.iep import pdf
from iepwizard.core.iep.compare import compare
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.review import review_text
from iepwizard.core.iep.source import MAX_BYTES, UnreadableIep, read_iep

from .iep_scoring import CORPUS, expected
from .pdfwriter import encrypt, make_pdf

FILES = sorted(str(p.relative_to(CORPUS).with_suffix("")) for p in CORPUS.rglob("*.txt"))


def as_pdf(tmp_path: Path, name: str) -> Path:
    target = tmp_path / f"{Path(name).name}.pdf"
    target.write_bytes(make_pdf((CORPUS / f"{name}.txt").read_text()))
    return target


def findings(text: str) -> set[tuple[str, str]]:
    return {(f.key, f.code) for f in review_text(text).findings}


@pytest.mark.parametrize("name", FILES)
def test_a_text_pdf_and_its_txt_give_the_same_findings(tmp_path: Path, name: str) -> None:
    text = read_iep(str(CORPUS / f"{name}.txt"))
    from_pdf = read_iep(str(as_pdf(tmp_path, name)))
    assert from_pdf.kind == "pdf" and from_pdf.pages >= 1
    assert findings(from_pdf.text) == findings(text.text)
    # And the same goals and services, with the same amounts, were found in both.
    doc_txt, doc_pdf = find_parts(text.text), find_parts(from_pdf.text)
    assert [g.name for g in doc_pdf.goals] == [g.name for g in doc_txt.goals]
    assert [(s.name, s.amount) for s in doc_pdf.services] == [
        (s.name, s.amount) for s in doc_txt.services]
    assert doc_txt.services
    folder = (CORPUS / name).parent
    data = expected(Path(name).name, folder)
    if "against" in data:
        old = str((folder / data["against"]).relative_to(CORPUS).with_suffix(""))
        changes_txt = compare(find_parts((CORPUS / f"{old}.txt").read_text()),
                              find_parts(text.text))
        changes_pdf = compare(find_parts(read_iep(str(as_pdf(tmp_path, old))).text),
                              find_parts(from_pdf.text))
        assert [c.line() for c in changes_pdf] == [c.line() for c in changes_txt]


def test_a_scanned_pdf_is_named_as_such(tmp_path: Path) -> None:
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(make_pdf(None, pages_of_pictures=3))
    with pytest.raises(UnreadableIep, match=r"has no text in it \(it looks like a scanned PDF\); "
                                            r"ask the school for a text copy"):
        read_iep(str(scanned))


def test_an_encrypted_pdf_is_named_as_such(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypt(make_pdf((CORPUS / "sam-2026.txt").read_text())))
    with pytest.raises(UnreadableIep, match="password-protected"):
        read_iep(str(locked))


def test_a_damaged_pdf_and_a_false_pdf(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(make_pdf((CORPUS / "sam-2026.txt").read_text())[:400])
    with pytest.raises(UnreadableIep, match="could not be read as a PDF"):
        read_iep(str(damaged))
    false = tmp_path / "false.pdf"
    false.write_text("Goal 1")
    with pytest.raises(UnreadableIep, match="is named .pdf but is not a PDF"):
        read_iep(str(false))


def test_a_pdf_over_the_size_bound_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        out.truncate(MAX_BYTES + 10)
    with pytest.raises(UnreadableIep, match="larger than 20 MB, the limit for a PDF"):
        read_iep(str(big))


def test_reading_a_pdf_is_stopped_after_its_time_bound(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "TIME_LIMIT", 0.001)
    with pytest.raises(UnreadableIep, match=r"took longer than 0.001 seconds and was stopped"):
        read_iep(str(as_pdf(tmp_path, "sam-2026")))


def test_pypdf_is_imported_only_by_the_process_that_opens_a_pdf(tmp_path: Path) -> None:
    target = as_pdf(tmp_path, "sam-2026")
    code = ("import sys\nfrom iepwizard.core.iep.source import read_iep\n"
            "import iepwizard.cli.review\n"
            f"read_iep({str(CORPUS / 'sam-2026.txt')!r})\n"
            "assert 'pypdf' not in sys.modules, 'text'\n"
            f"assert read_iep({str(target)!r}).kind == 'pdf'\n"
            "assert 'pypdf' not in sys.modules, 'pdf read in a child'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
