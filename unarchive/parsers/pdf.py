"""The PDF parser: the text layer in logical order, one line per printed line, with its page.

pypdf reads the structure (``strict=False``; its log records become E008
findings); ``pdf_glyphs`` reads each glyph with its position; ``pdf_lines`` puts
them in lines and in logical order (inverse bidi); ``pdf_furniture`` takes the
masthead, headers and footers out into metadata; ``pdf_blocks`` finds the
paragraphs. The result is one rendition ``r1`` (kind ``pdf``) whose body lines
go through the shared letter grammar. pypdf is imported only here, when a PDF
is read. Pages are read one at a time, so memory stays flat in the page count.

Status:
- [x] glyph positions, ``TJ`` offsets, ``Tc``/``Tw``/``Tz``, Form XObjects
- [x] ToUnicode (ligatures kept whole), unmapped glyph ids as U+FFFD, ``/ActualText``
- [x] inverse bidi at levels 0-2, digits and Latin inside Arabic, mirrored brackets (vote)
- [x] combining marks glued to their letter, presentation forms folded, word gaps as spaces
- [x] masthead (symbol, organ, distribution, date, original language), job number,
      barcode, running headers and footers, page numbers
- [x] paragraphs joined across page breaks
- [x] image-only pages: E006 (a wholly scanned PDF is unreadable, E006);
      an invisible OCR layer is read in its own word order
- [x] encrypted, truncated, malformed or empty files: UnreadableInput (E005); a time bound
- [ ] multi-column bodies, tables, footnotes, rotated or vertical text
- [ ] bidi nesting deeper than level 2
"""

from __future__ import annotations

import io
import logging
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from unarchive.findings import Finding, Location, UnreadableInput
from unarchive.model import (
    Letter,
    LetterBody,
    Paragraph,
    RenditionInfo,
    SourceSpan,
)
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.parsers import Options, pdf_bidi, pdf_blocks, pdf_furniture
from unarchive.parsers.pdf_lines import TextLine, build_lines
from unarchive.rules.encoding import damaged_pdf, no_text_layer
from unarchive.text.unicode import UNICODE_VERSION

RENDITION = "r1"


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


def read_document(data: bytes, options: Options) -> tuple[Document, list[str]]:
    """Every page's lines in logical order, and pypdf's log messages."""
    from unarchive.parsers.pdf_glyphs import read_page

    deadline = time.monotonic() + options.timeout
    document = Document()
    with _pypdf_log() as records:
        reader = _open(data)
        document.page_count = len(reader.pages)
        codecs: dict[Any, Any] = {}
        for number, page in enumerate(reader.pages, start=1):
            if time.monotonic() > deadline:
                raise UnreadableInput(f"reading the PDF took longer than {options.timeout:g} s")
            try:
                glyphs = read_page(page, number, deadline, codecs)
            except UnreadableInput:
                raise
            except Exception as error:  # one broken page is reported, not fatal
                records.messages.append(f"page {number} could not be read: {error}")
                continue
            document.heights[number] = glyphs.height
            lines = build_lines(glyphs)
            if not lines and glyphs.images:
                document.empty_pages.append(number)
            for line in lines:
                document.mirror_votes += pdf_bidi.mirrored_votes(line.units, line.levels)
            document.lines.extend(lines)
    return document, records.messages


def _rendition(
    document: Document, furniture: pdf_furniture.Furniture
) -> tuple[Rendition, list[list[int]]]:
    """All lines (furniture styled, a blank line between paragraphs) and the body's paragraphs."""
    mirror = document.mirror_votes > 0
    body = [i for i in range(len(document.lines)) if i not in furniture.lines]
    groups = pdf_blocks.paragraphs([document.lines[i] for i in body])
    starts = {body[group[0]] for group in groups[1:]}
    lines: list[Line] = []
    numbers: dict[int, int] = {}
    for i, source in enumerate(document.lines):
        if i in starts:
            lines.append(Line(len(lines) + 1, "", source.page))
        numbers[i] = len(lines) + 1
        lines.append(Line(len(lines) + 1, source.text(mirror), source.page, furniture.lines.get(i)))
    paragraphs = [[numbers[body[j]] for j in group] for group in groups]
    return Rendition(RENDITION, "pdf", tuple(lines)), paragraphs


def body_paragraphs(parsed: Parsed) -> list[str]:
    """The body's paragraphs as the PDF prints them (for comparison with a typed text)."""
    out: list[str] = []
    current: list[str] = []
    for line in _body(parsed.renditions[0]).lines if parsed.renditions else ():
        if line.text:
            current.append(line.text)
        elif current:
            out.append(pdf_blocks.join(current))
            current = []
    if current:
        out.append(pdf_blocks.join(current))
    return out


def _body(rendition: Rendition) -> Rendition:
    """The rendition the letter grammar reads: furniture out, line numbers kept."""
    kept = tuple(line for line in rendition.lines if line.style is None)
    return Rendition(rendition.id, rendition.kind, kept)


def _plain_letter(rendition: Rendition, paragraphs: list[list[int]]) -> Letter:
    """Until the letter grammar is merged: every body paragraph is a letter paragraph."""
    by_number = {line.number: line for line in rendition.lines}
    out = []
    for group in paragraphs:
        first, last = by_number[group[0]], by_number[group[-1]]
        text = pdf_blocks.join([by_number[n].text for n in group])
        if text.strip():
            span = SourceSpan(
                rendition=rendition.id,
                start_line=first.number,
                start_column=1,
                end_line=last.number,
                end_column=len(last.text) + 1,
                page=first.page,
            )
            out.append(Paragraph(text=text, source=span))
    return Letter(letter=LetterBody(paragraphs=tuple(out)))


def _read_letter(
    rendition: Rendition, paragraphs: list[list[int]], options: Options
) -> tuple[Letter, list[Finding]]:
    try:
        grammar = import_module("unarchive.parsers.grammar")
    except ImportError:  # the shared grammar is not merged yet
        return _plain_letter(rendition, paragraphs), []
    letter, findings = grammar.read_letter([_body(rendition)], options)
    return letter, list(findings)


def _metadata(letter: Letter, furniture: pdf_furniture.Furniture, options: Options) -> Letter:
    """The furniture's metadata, where the letter itself did not say it."""
    found: dict[str, object] = {
        "symbol": options.symbol or furniture.symbol,
        "job_number": furniture.job_number,
        "organ": furniture.organ,
        "distribution": furniture.distribution,
        "issue_date": furniture.issue_date,
        "original_language": furniture.original_language,
    }
    current = letter.metadata
    update = {k: v for k, v in found.items() if v is not None and getattr(current, k) is None}
    fields = dict(letter.provenance.fields)
    fields.update({k: RENDITION for k in update if k != "symbol" or not options.symbol})
    if current.language is None:
        update["language"] = _language(letter)
    metadata = current.model_copy(update={k: v for k, v in update.items() if v is not None})
    return letter.model_copy(
        update={
            "metadata": metadata,
            "provenance": letter.provenance.model_copy(update={"fields": fields}),
        }
    )


def _language(letter: Letter) -> str | None:
    text = " ".join(p.text for p in letter.letter.paragraphs)
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
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


def parse(data: bytes, source: str, options: Options) -> Parsed:
    """Read a PDF into one rendition of lines with pages, and the letter they make."""
    document, messages = read_document(data, options)
    if not any(line.text().strip() for line in document.lines):
        raise UnreadableInput(
            f"none of the {document.page_count} pages has a text layer (a scanned PDF?)",
            code="E006",
        )
    furniture = pdf_furniture.find(document.lines, document.heights)
    rendition, paragraphs = _rendition(document, furniture)
    letter, findings = _read_letter(rendition, paragraphs, options)
    letter = _metadata(letter, furniture, options)
    info = RenditionInfo(
        id=RENDITION, kind="pdf", start_line=rendition.start_line, end_line=rendition.end_line
    )
    provenance = letter.provenance.model_copy(
        update={"renditions": (info,), "unicode_version": UNICODE_VERSION}
    )
    letter = letter.model_copy(update={"provenance": provenance})
    return Parsed(
        letter=letter,
        renditions=(rendition,),
        findings=_findings(document, messages, source) + findings,
        text=rendition.text(),
    )
