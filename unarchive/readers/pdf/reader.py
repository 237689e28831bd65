"""The PDF parser: the text layer in logical order, a line per paragraph, each with its page.

pypdf reads the structure (``strict=False``; its log records become E008
findings); ``pdf_glyphs`` reads each glyph with its position; ``pdf_lines``
puts them in lines and in logical order (inverse bidi); ``pdf_furniture`` takes
the masthead, headers and footers out into metadata; ``pdf_notes`` the
footnotes; ``pdf_blocks`` finds the paragraphs. The result is one rendition
``r1`` (kind ``pdf``) that goes through the shared letter grammar. The parser
is imported only when a PDF is read, so ``import unarchive`` does not pay for
pypdf. Pages are read one at a time.

Status:
- [x] glyph positions, ``TJ`` offsets, ``Tc``/``Tw``/``Tz``, Form XObjects
- [x] ToUnicode (ligatures kept whole), unmapped glyph codes, ``/ActualText``
- [x] inverse bidi at levels 0-2, digits and Latin inside Arabic, mirrored brackets (vote)
- [x] combining marks glued to their letter, presentation forms folded, word gaps as spaces
- [x] masthead (symbol, organ, distribution, date, original language), job number,
      barcode, running headers and footers, page numbers, the session block (organs,
      session, agenda item), typed rules and the footnotes under them
- [x] paragraphs joined across page breaks; titles wrapped at their style's own edge
- [x] image-only pages: E006 (a wholly scanned PDF is unreadable, E006);
      an invisible OCR layer is read in its own word order, and its words between
      visible OCR text
- [x] session and agenda item as metadata (``Metadata.sessions``, ``grammar/sessions.py``)
- [x] encrypted, truncated, malformed or empty files: UnreadableInput (E005); a time bound
- [x] memory flat in the page count (pages read one at a time, lines compacted)
- [x] an optional PDFium glyph reader (``UNARCHIVE_PDF_BACKEND=pdfium``; extra ``pdf``)
- [x] two-column pages read column by column (``pdf_columns``); typed footnotes
- [x] footnotes at the foot of a page (smaller size, a mark, continued over a page)
      cited by raised marks in the text (``pdf_notes``): the Letter's notes
- [ ] tables' notes (a, b), endnotes on a page of their own
- [ ] three or more columns, tables, rotated or vertical text
- [ ] bidi nesting deeper than level 2
"""

from __future__ import annotations

import io
import logging
import os
import re
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from unarchive.codes import damaged_pdf, no_text_layer
from unarchive.findings import Finding, Location, UnreadableInput
from unarchive.grammar.analysis import read_letter
from unarchive.grammar.sessions import read_sessions
from unarchive.model import (
    Letter,
)
from unarchive.options import Options
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.readers.pdf import bidi as pdf_bidi
from unarchive.readers.pdf import blocks as pdf_blocks
from unarchive.readers.pdf import furniture as pdf_furniture
from unarchive.readers.pdf import notes as pdf_notes
from unarchive.readers.pdf.glyphs import PageGlyphs
from unarchive.readers.pdf.lines import TextLine, build_lines
from unarchive.text.unicode import UNICODE_VERSION

RENDITION = "r1"
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]+")  # runs: a word is one match, not one per letter
_ASCII_LETTER = re.compile("[A-Za-z]+")
_MIRRORED = pdf_bidi.MIRROR.keys()


@dataclass
class Document:
    """What was read from the pages, before paragraphs and metadata."""

    lines: list[TextLine] = field(default_factory=list)
    heights: dict[int, float] = field(default_factory=dict)
    empty_pages: list[int] = field(default_factory=list)  # pictures and no text
    page_count: int = 0
    mirror_votes: int = 0


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _pypdf_log() -> Iterator[_Records]:
    """pypdf's warnings and log records, collected instead of printed."""
    records = _Records()
    logger = logging.getLogger("pypdf")
    logger.addHandler(records)
    propagate, logger.propagate = logger.propagate, False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield records
        records.messages.extend(str(w.message) for w in caught)
    finally:
        logger.removeHandler(records)
        logger.propagate = propagate


def _open(data: bytes) -> Any:
    if not data.strip():
        raise UnreadableInput("the file is empty")
    if b"%%EOF" not in data[-2048:]:
        raise UnreadableInput("the PDF is truncated: it does not end with %%EOF")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableInput("the PDF is encrypted and needs a password")
        _ = len(reader.pages)
    except UnreadableInput:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        raise UnreadableInput(f"not a readable PDF: {error}") from None
    except (NotImplementedError, ImportError) as error:
        raise UnreadableInput(f"the PDF cannot be opened here: {error}") from None
    return reader


BACKENDS = ("pypdf", "pdfium")


def backend_for(name: str | None = None) -> str:
    """The glyph reader: pypdf, unless PDFium is asked for (``UNARCHIVE_PDF_BACKEND=pdfium``).

    PDFium (the ``pdf`` extra) is several times faster but reorders and
    mirrors right-to-left text on its own, which costs accuracy; see docs/pdf.md.
    """
    name = name or os.environ.get("UNARCHIVE_PDF_BACKEND") or "pypdf"
    if name not in BACKENDS:
        raise ValueError(f"unknown PDF backend {name!r}; known: {', '.join(BACKENDS)}")
    if name == "pdfium":
        from unarchive.readers.pdf import pdfium as pdf_pdfium

        if not pdf_pdfium.available():
            raise ValueError("the pdfium backend needs the pdf extra: pip install unarchive[pdf]")
    return name


def read_document(
    data: bytes, options: Options, backend: str | None = None
) -> tuple[Document, list[str]]:
    """Every page's lines in logical order, and pypdf's log messages.

    pypdf always opens the file (structure, encryption, damage reports); the
    glyphs come from ``backend`` (see ``backend_for``).
    """
    deadline = time.monotonic() + options.timeout
    document = Document()
    with _pypdf_log() as records:
        reader = _open(data)
        document.page_count = len(reader.pages)
        for glyphs in _pages(reader, data, backend_for(backend), deadline, records.messages):
            document.heights[glyphs.number] = glyphs.height
            lines = build_lines(glyphs)
            if not lines and glyphs.images:
                document.empty_pages.append(glyphs.number)
            for line in lines:
                # Only a line with a bracket or guillemet can vote (a set test, in C).
                if not _MIRRORED.isdisjoint(line.units):
                    document.mirror_votes += pdf_bidi.mirrored_votes(line.units, line.levels)
                line.compact()
            document.lines.extend(lines)
    return document, records.messages


def _pages(
    reader: Any, data: bytes, backend: str, deadline: float, messages: list[str]
) -> Iterator[PageGlyphs]:
    if backend == "pdfium":
        from unarchive.readers.pdf.pdfium import read_pages

        yield from read_pages(data, deadline)
        return
    from unarchive.readers.pdf.glyphs import read_page

    codecs: dict[Any, Any] = {}
    for number, page in enumerate(reader.pages, start=1):
        if time.monotonic() > deadline:
            raise UnreadableInput("reading the PDF took longer than the time limit")
        try:
            yield read_page(page, number, deadline, codecs)
        except UnreadableInput:
            raise
        except Exception as error:  # one broken page is reported, not fatal
            messages.append(f"page {number} could not be read: {error}")
        _forget_contents(reader, page)


def _forget_contents(reader: Any, page: Any) -> None:
    """Drop a read page's content streams from pypdf's object cache: memory stays flat."""
    contents = page.get("/Contents")
    references = contents if isinstance(contents, list) else [contents]
    cache = getattr(reader, "resolved_objects", None)
    if not isinstance(cache, dict):
        return
    for reference in references:
        idnum = getattr(reference, "idnum", None)
        if idnum is not None:
            cache.pop((getattr(reference, "generation", 0), idnum), None)


def _lines(
    document: Document, furniture: pdf_furniture.Furniture, printed: frozenset[str] = frozenset()
) -> tuple[list[Line], Rendition, dict[int, list[tuple[int, str]]]]:
    """The extracted text, one line per paragraph, and the rendition of the letter's body.

    A paragraph is one line, as in a Word text: the letter grammar then reads
    the paragraphs found here from the page geometry, and the two halves of a
    paragraph cut by a page break are one line. The line's page is the page
    it starts on. The masthead, running headers and footers are lines of the
    extracted text (``Parsed.text``) but not of the rendition: they are
    metadata, not letter, so neither the grammar nor the rules read them.
    The session block's two columns are given one after the other. The
    raised note marks of each paragraph come third, by line number; only the
    marks of ``printed`` notes are taken out of the text.
    """
    mirror = document.mirror_votes > 0
    texts = [line.text(mirror) for line in document.lines]
    body = [i for i in range(len(document.lines)) if i not in furniture.lines]
    groups = pdf_blocks.paragraphs([document.lines[i] for i in body])
    first = {body[group[0]]: [body[j] for j in group] for group in groups}
    lines: list[Line] = []
    kept: list[Line] = []
    marks: dict[int, list[tuple[int, str]]] = {}
    order = list(range(len(document.lines)))
    for at, i in zip(sorted(furniture.session), furniture.session, strict=True):
        order[at] = i
    for i in order:
        source = document.lines[i]
        if i in furniture.lines:
            lines.append(Line(len(lines) + 1, texts[i], source.page, furniture.lines[i]))
        elif i in first:
            group = first[i]
            pieces = [pdf_notes.take_out(texts[j], document.lines[j].marks, printed) for j in group]
            parts = [text for text, _cited in pieces]
            lines.append(Line(len(lines) + 1, pdf_blocks.join(parts), source.page))
            kept.append(lines[-1])
            if any(cited for _text, cited in pieces):
                marks[len(lines)] = pdf_notes.line_marks(parts, [c for _t, c in pieces])
    return lines, Rendition(RENDITION, "pdf", tuple(kept)), marks


def body_paragraphs(parsed: Parsed) -> list[str]:
    """The body's paragraphs as the PDF prints them (for comparison with a typed text)."""
    return [line.text for line in parsed.renditions[0].lines] if parsed.renditions else []


def _metadata(letter: Letter, furniture: pdf_furniture.Furniture, rendition: Rendition) -> Letter:
    """The furniture's metadata: the masthead's symbol always, the rest where the letter is silent.

    The masthead is where a UN document prints its symbol; a symbol-like line
    the grammar met in the body (or ``--symbol``) gives way to it.
    """
    found: dict[str, object] = {
        "job_number": furniture.job_number,
        "organ": furniture.organ,
        "distribution": furniture.distribution,
        "issue_date": furniture.issue_date,
        "original_language": furniture.original_language,
        "sessions": read_sessions(furniture.session_columns) or None,
    }
    current = letter.metadata
    update = {k: v for k, v in found.items() if v is not None and getattr(current, k) in (None, ())}
    if furniture.symbol:
        update["symbol"] = furniture.symbol
    if len(furniture.symbols) > 1 and not current.additional_symbols:
        update["additional_symbols"] = tuple(furniture.symbols[1:])
    fields = dict(letter.provenance.fields)
    fields.update(dict.fromkeys(update, RENDITION))
    # The script of the text decides when the grammar's guess disagrees with it
    # (an English letter read with the only table there is, Arabic's).
    language = _language(rendition) or current.language
    if language and language != current.language:
        update["language"] = language
        fields["language"] = RENDITION
    metadata = current.model_copy(update=update)
    provenance = letter.provenance.model_copy(
        update={"fields": fields, "unicode_version": UNICODE_VERSION}
    )
    return letter.model_copy(update={"metadata": metadata, "provenance": provenance})


def _language(rendition: Rendition) -> str | None:
    """'ar' or 'en' by the script most of the body's letters are in."""
    text = rendition.text()
    arabic = sum(map(len, _ARABIC_BLOCK.findall(text)))  # the body is thousands of characters
    latin = sum(map(len, _ASCII_LETTER.findall(text)))
    if not arabic and not latin:
        return None
    return "ar" if arabic > latin else "en"


def _findings(document: Document, messages: list[str], source: str) -> list[Finding]:
    found = [
        no_text_layer.finding(
            f"page {page} of {document.page_count} has no text layer (a scanned image?)",
            Location(path=source, rendition=RENDITION, page=page),
        )
        for page in document.empty_pages
    ]
    for message in dict.fromkeys(messages):  # once each, in order
        found.append(
            damaged_pdf.finding(f"pypdf: {message}", Location(path=source, rendition=RENDITION))
        )
    return found


def parse(data: bytes, source: str, options: Options, *, backend: str | None = None) -> Parsed:
    """Read a PDF into one rendition of lines with pages, and the letter they make."""
    document, messages = read_document(data, options, backend)
    if not any(line.text().strip() for line in document.lines):
        raise UnreadableInput(
            f"none of the {document.page_count} pages has a text layer (a scanned PDF?)",
            code="E006",
        )
    furniture = pdf_furniture.find(document.lines, document.heights)
    notes = pdf_notes.find(document.lines, document.heights, furniture)
    lines, rendition, marks = _lines(document, furniture, frozenset(n.mark for n in notes))
    renditions = (rendition,)  # the same tuple for the grammar and the rules: read once
    letter, findings = read_letter(renditions, options)
    letter = pdf_notes.attach_notes(letter, rendition, marks, notes)
    letter = _metadata(letter, furniture, rendition)
    return Parsed(
        letter=letter,
        renditions=renditions,
        findings=_findings(document, messages, source) + findings,
        text="\n".join(line.text for line in lines),
    )
