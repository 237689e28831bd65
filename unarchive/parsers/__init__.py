"""Parsers: bytes in, ``Parsed`` out. The table of formats and the sniffing that picks one.

To add a format: write ``parsers/<fmt>.py`` with ``parse(data, source, options)``,
add one line to ``PARSERS`` and one to ``SUFFIXES``, and a sample under
``samples/``. A format is chosen by its content first (magic bytes), then by
the file's suffix, so a PDF renamed ``.txt`` is read as what it is.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from unarchive.findings import UnknownFormat, UnreadableInput
from unarchive.parsed import Parsed
from unarchive.parsers.docx_zip import OLE2_MAGIC, is_docx


@dataclass(frozen=True)
class Options:
    """What a caller may tell a parser that the document does not say, and its limits.

    ``symbol`` is the document symbol when the document does not carry one.
    ``max_bytes`` bounds the file as read from disk. ``max_inflated_bytes`` bounds
    what a compressed container (``.docx``) may inflate to, all parts together: a
    separate budget, because a legitimate 5 MB Word file can hold far more XML
    than its own size. ``timeout`` bounds, in seconds, the parsers whose work
    depends on the file's structure rather than its size (PDF pages, DOCX parts);
    the text parser is linear in its input, which ``max_bytes`` already bounds.
    A batch (``unarchive validate``) also bounds each whole document by its own
    time limit.
    """

    symbol: str | None = None
    max_bytes: int = 64 * 1024 * 1024
    max_inflated_bytes: int = 256 * 1024 * 1024
    timeout: float = 60.0


Parser = Callable[[bytes, str, Options], Parsed]

# name -> "module:function"; imported lazily so that `unarchive validate x.txt`
# does not pay for pypdf.
PARSERS: dict[str, str] = {
    "text": "unarchive.parsers.text:parse",
    "pdf": "unarchive.parsers.pdf:parse",
    "tei": "unarchive.exporters.tei:loads",
    "docx": "unarchive.parsers.docx:parse",
    "json": "unarchive.exporters.json:loads",
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


def load_parser(name: str) -> Parser:
    try:
        module, function = PARSERS[name].split(":")
    except KeyError:
        known = ", ".join(sorted(PARSERS))
        raise UnknownFormat(f"no parser for format {name!r}; known formats: {known}") from None
    parser: Parser = getattr(import_module(module), function)
    return parser


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


def parse(
    source: str | os.PathLike[str] | bytes,
    *,
    format: str | None = None,
    options: Options | None = None,
    name: str | None = None,
) -> Parsed:
    """Read a document from a path or from bytes.

    Raises ``UnreadableInput`` when nothing can be read, ``UnknownFormat`` for an
    unknown format name. Content problems are findings in ``Parsed.findings``.
    """
    options = options or Options()
    if isinstance(source, bytes):
        data, label, suffix = source, name or "<bytes>", ""
    else:
        path = Path(source)
        data, label, suffix = _read(path, options), name or text_name(source), path.suffix
    chosen = format or sniff(data, suffix)
    if chosen not in PARSERS:
        raise UnreadableInput(f"{chosen} input is not supported by this version of unarchive")
    parsed = load_parser(chosen)(data, label, options)
    if chosen in SELF_DESCRIBING:
        return parsed
    provenance = parsed.letter.provenance.model_copy(
        update={"sha256": hashlib.sha256(data).hexdigest(), "format": chosen, "source": label}
    )
    parsed.letter = parsed.letter.model_copy(update={"provenance": provenance})
    return parsed


def text_name(path: str | os.PathLike[str]) -> str:
    """The name a Letter records as its source: file-name bytes that are not UTF-8 as ``\\xNN``.

    A UTF-8 name (Arabic included) comes back unchanged. Reports keep the exact
    bytes of every name; the Letter is exported as UTF-8 JSON and XML, which
    cannot carry undecodable bytes raw.
    """
    decoded = os.fsdecode(path)
    return decoded.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _read(path: Path, options: Options) -> bytes:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise UnreadableInput(
                f"file is {size:,} bytes, over the limit of {options.max_bytes:,} bytes"
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise UnreadableInput("is a directory, not a document") from None
    except FileNotFoundError:
        raise UnreadableInput("no such file") from None
    except PermissionError:
        raise UnreadableInput("permission denied") from None
    except OSError as error:
        raise UnreadableInput(f"cannot be read: {error.strerror or error}") from None
