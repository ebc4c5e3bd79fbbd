"""The text of a PDF, taken by pypdf in a child process with a time and a memory bound.

pypdf is imported only in `extract`, which runs in the child (`python -m
iepwizard.core.iep.pdf`): a hostile or huge PDF can then be stopped without stopping the app.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from typing import Any

from .source import ASK_FOR_TEXT, MAX_BYTES, UnreadableIep

TIME_LIMIT = 30  # seconds
MEMORY_LIMIT = 1536 * 1024 * 1024  # bytes of address space for the child
#: Fewer letters than this per page on average: the PDF is pictures of pages (scanned).
MIN_LETTERS_PER_PAGE = 20


def extract(data: bytes) -> dict[str, Any]:
    """What the child process prints: {"status": "ok", "text", "pages"} or another status."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return {"status": "encrypted"}
            except (NotImplementedError, DependencyError):
                return {"status": "encrypted"}
        parts: list[str] = []
        size = 0
        pages = 0
        for page in reader.pages:
            pages += 1
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size > MAX_BYTES:
                break
        return {"status": "ok", "text": "\n".join(parts)[:MAX_BYTES], "pages": pages}
    except FileNotDecryptedError:
        return {"status": "encrypted"}
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError,
            RecursionError, AssertionError, OSError) as exc:
        return {"status": "broken", "reason": type(exc).__name__}


def _limit_child() -> None:
    try:
        import resource
    except ImportError:  # not on Windows
        return
    for limit, value in ((resource.RLIMIT_AS, MEMORY_LIMIT),
                         (resource.RLIMIT_CPU, TIME_LIMIT + 5)):
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(limit, (value, value))


def pdf_text(data: bytes, source: str) -> tuple[str, int]:
    """(text, pages) of a PDF, or UnreadableIep saying why not in one sentence."""
    try:
        done = subprocess.run([sys.executable, "-m", "iepwizard.core.iep.pdf"], input=data,
                              capture_output=True, timeout=TIME_LIMIT, check=False,
                              env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    except subprocess.TimeoutExpired as exc:
        raise UnreadableIep(f"reading {source} took longer than {TIME_LIMIT} seconds and was "
                            f"stopped; {ASK_FOR_TEXT}.") from exc
    try:
        result: dict[str, Any] = json.loads(done.stdout.decode("utf-8"))
    except ValueError as exc:
        if b"No module named 'pypdf'" in done.stderr:
            raise UnreadableIep("reading a PDF needs the pypdf package (reinstall iepwizard); "
                                "or save the IEP as a text file.") from exc
        raise UnreadableIep(f"{source} could not be read as a PDF (it is damaged or too "
                            f"complex); {ASK_FOR_TEXT}.") from exc
    status = result.get("status")
    if status == "encrypted":
        raise UnreadableIep(f"{source} is a password-protected (encrypted) PDF; save a copy "
                            f"without the password, or {ASK_FOR_TEXT}.")
    if status != "ok":
        raise UnreadableIep(f"{source} could not be read as a PDF ({result.get('reason')}); "
                            f"{ASK_FOR_TEXT}.")
    text, pages = str(result.get("text", "")), int(result.get("pages", 0))
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS_PER_PAGE * max(1, pages):
        raise UnreadableIep(f"{source} has no text in it (it looks like a scanned PDF); "
                            f"{ASK_FOR_TEXT}, or a PDF saved from one.")
    return text, pages


def main() -> None:
    _limit_child()
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        result = extract(data)
    except MemoryError:
        result = {"status": "broken", "reason": "too large to read"}
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    main()
