"""Tiny PDFs written byte by byte for the PDF font and object tests (no writer in between)."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def pdf(objects: dict[int, bytes], *, shift: dict[int, int] | None = None) -> bytes:
    """A PDF whose object ``n`` has the body ``objects[n]``, with a classic xref table.

    Object 1 should be the catalog; ``shift`` moves an object's xref offset by
    that many bytes (a damaged table).
    """
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell() + (shift or {}).get(number, 0)
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, objects[number]))
    start = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        if number in offsets:
            out.write(b"%010d 00000 n \n" % offsets[number])
        else:
            out.write(b"0000000000 00000 f \n")
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, start))
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def catalog(extra: dict[int, bytes]) -> dict[int, bytes]:
    """A one-page document around ``extra`` objects (numbered from 10)."""
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] >>",
        **extra,
    }


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data), strict=False)


def plain(value: Any) -> Any:
    """A pypdf object as nested Python values with their types, to compare two readings."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "idnum"):
        return ("ref", value.idnum, value.generation)
    return (type(value).__name__, value)
