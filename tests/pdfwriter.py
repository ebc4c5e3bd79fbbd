"""A test-only PDF writer: text lines on pages in Helvetica, as raw PDF syntax (no library).

Each line of the text becomes one line on the page; long lines are not wrapped (the corpus
keeps its lines short), and every page gets a "Page N of M" footer, as school forms do.
"""

from __future__ import annotations

LINES_PER_PAGE = 60


def _escape(line: str) -> bytes:
    data = line.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[str], number: int, total: int) -> bytes:
    ops = [b"BT", b"/F1 8 Tf", b"10 TL", b"36 770 Td"]
    for line in lines:
        ops.append(b"(" + _escape(line) + b") Tj T*")
    ops += [b"ET", b"BT /F1 8 Tf 280 20 Td (" + _escape(f"Page {number} of {total}") + b") Tj ET"]
    return b"\n".join(ops)


def make_pdf(text: str | None, pages_of_pictures: int = 0) -> bytes:
    """A PDF of `text`; with text None, `pages_of_pictures` pages that hold only a drawn box
    (what a scanned IEP looks like to a text extractor)."""
    if text is None:
        streams = [b"0.5 g 36 36 540 720 re f" for _ in range(max(1, pages_of_pictures))]
    else:
        lines = text.split("\n")
        chunks = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
        streams = [_content(chunk, n, len(chunks)) for n, chunk in enumerate(chunks, start=1)]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for stream in streams:
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       b"<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id)
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def encrypt(pdf: bytes, password: str = "secret") -> bytes:
    """The same PDF locked with a user password (pypdf's RC4, which needs no crypto library)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        writer.add_page(page)
    writer.encrypt(password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
