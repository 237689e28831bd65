"""Readers: bytes in, ``Parsed`` out. The table of formats and the sniffing that picks one.

To add a format: write ``readers/<fmt>.py`` with ``parse(data, source, options)``,
add one line to ``READERS`` and one to ``SUFFIXES``, and a sample under
``samples/``. A format is chosen by its content first (magic bytes), then by
the file's suffix, so a PDF renamed ``.txt`` is read as what it is.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from unarchive.findings import UnknownFormat
from unarchive.options import Options
from unarchive.parsed import Parsed
from unarchive.readers.docx.archive import OLE2_MAGIC, is_docx

Reader = Callable[[bytes, str, Options], Parsed]

# name -> "module:function"; imported lazily so that `unarchive validate x.txt`
# does not pay for pypdf.
READERS: dict[str, str] = {
    "text": "unarchive.readers.text:parse",
    "pdf": "unarchive.readers.pdf.reader:parse",
    "tei": "unarchive.readers.tei:loads",
    "docx": "unarchive.readers.docx.reader:parse",
    "json": "unarchive.readers.json:loads",
}
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".pdf": "pdf",
    ".xml": "tei",
    ".tei": "tei",
    ".docx": "docx",
    ".json": "json",
}
# Formats that carry their own provenance (unarchive's TEI and JSON): reading
# them back must not replace where the Letter originally came from.
SELF_DESCRIBING = frozenset({"tei", "json"})


def load_reader(name: str) -> Reader:
    try:
        module, function = READERS[name].split(":")
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise UnknownFormat(f"no parser for format {name!r}; known formats: {known}") from None
    reader: Reader = getattr(import_module(module), function)
    return reader


def sniff(data: bytes, suffix: str = "") -> str:
    """The format of ``data``: magic bytes first, then the file suffix, then text."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if data.startswith(b"%PDF-") or head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        # Only a ZIP holding a Word body is docx (or one named .docx: its parser says why not).
        return "docx" if is_docx(data) or suffix.lower() == ".docx" else "zip"
    if data.startswith(OLE2_MAGIC):
        return "docx"  # an old .doc or an encrypted .docx: the docx parser says which
    if head.startswith(b"<") and b"http://www.tei-c.org/ns/1.0" in data[:4096]:
        return "tei"
    if head.startswith(b"{") and b'"schema_version"' in data[:4096]:
        return "json"
    return SUFFIXES.get(suffix.lower(), "text")
