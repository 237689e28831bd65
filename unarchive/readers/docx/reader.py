"""Word files (``.docx``): the body as one rendition of lines, the masthead as metadata.

The body (``word/document.xml``) is streamed paragraph by paragraph into one
rendition ``r1`` of kind ``docx``: one ``Line`` per visual line (a paragraph,
split at its line breaks), blank paragraphs left out, each with its page and
its paragraph style id. The lines go through the shared letter grammar
exactly as a text rendition does. Headers and footers never enter the body:
they, the fields and the document variables give the masthead
(``docx_meta``), whose fields win over the grammar's. Footnotes and endnotes
stay out of the body too (the grammar reads every line of a rendition as the
letter's): they become the Letter's notes, cited where their marks stand
(``docx_notes``). Unreadable files (not a ZIP, no body, a zip
bomb, a DTD, Strict Open XML, an encrypted or old binary Word file) raise
``UnreadableInput``.

Status:
    [X] paragraphs, styles, right-to-left paragraphs, tabs, line breaks, tables
    [X] fields: results of ``w:fldSimple`` and complex ``w:fldChar`` fields (nested too)
    [X] masthead: symbol (``sss1``), job number (``FooterJN``), organ, distribution,
        issue date, original language, from first-page header/footer, fields, ``settings.xml``
    [X] joint symbols (``A/47/60-S/23329``, or stacked) as symbol + additional symbols
    [X] tracked changes: deleted text skipped, inserted text kept
    [-] pages: best effort, from explicit and rendered page breaks and section breaks
    [X] footnotes and endnotes: text, mark (numbered or custom), the paragraph and offset citing
    [ ] comments, text boxes, drawings, symbols (``w:sym``)
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from unarchive.findings import UnreadableInput
from unarchive.grammar.analysis import read_letter
from unarchive.model import Letter, Metadata
from unarchive.options import Options
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.readers.docx.archive import DocxArchive
from unarchive.readers.docx.masthead import Masthead, read_masthead
from unarchive.readers.docx.notes import Placed, attach, numbering, read_notes
from unarchive.readers.docx.parts import Block, Field, PartReader, parse_small, w

RENDITION_ID = "r1"
SETTINGS_PART = "word/settings.xml"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass
class _Body:
    lines: list[Line]
    reader: PartReader
    marks: list[Placed]


@dataclass
class _Furniture:
    """Header and footer lines, and every field seen, for the masthead."""

    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)


def parse(data: bytes, source: str, options: Options) -> Parsed:
    """Read a ``.docx``; raises ``UnreadableInput`` when it cannot be read at all."""
    deadline = time.monotonic() + options.timeout
    archive = DocxArchive(data, options.max_inflated_bytes)
    try:
        body = _read_body(archive, deadline)
        masthead = _read_masthead(archive, body.reader)
        notes = read_notes(archive) if body.marks else {}
        formats = numbering(_settings(archive)) if notes else {}
    finally:
        archive.close()
    rendition = Rendition(RENDITION_ID, "docx", tuple(body.lines))
    renditions = (rendition,)  # one tuple: the grammar caches its reading on it for the rules
    letter, findings = read_letter(renditions, options)
    letter = _with_masthead(letter, masthead, rendition)
    if notes:
        letter = attach(letter, rendition, body.marks, notes, formats)
    return Parsed(letter, renditions, findings, rendition.text())


def _read_body(archive: DocxArchive, deadline: float) -> _Body:
    reader = PartReader()
    blocks: list[Block] = []
    with archive.open_part(archive.document) as stream:
        for block in reader.read(stream, archive.document):
            if time.monotonic() > deadline:
                raise UnreadableInput("reading the .docx took longer than the time limit")
            blocks.append(block)
    lines, marks = _lines(blocks)
    return _Body(lines, reader, marks)


def _lines(blocks: Sequence[Block]) -> tuple[list[Line], list[Placed]]:
    """Number the visual lines 1, 2, … as they will read in ``Parsed.text``; place note marks."""
    lines: list[Line] = []
    marks: list[Placed] = []
    for block in blocks:
        for index, (text, page) in enumerate(zip(block.lines, block.pages, strict=True)):
            if text.strip():
                line = Line(len(lines) + 1, text, page, block.style)
                lines.append(line)
                marks.extend(Placed(line, m) for m in block.marks if m.line == index)
    return lines, marks


def _read_masthead(archive: DocxArchive, reader: PartReader) -> Masthead:
    furniture = _Furniture(fields=list(reader.fields))
    headers, footers = _furniture_parts(archive, reader)
    for names, sink in ((headers, furniture.headers), (footers, furniture.footers)):
        for name in names:
            part = PartReader()
            with archive.open_part(name) as stream:
                sink.extend(
                    t for block in part.read(stream, name) for t in block.lines if t.strip()
                )
            furniture.fields.extend(part.fields)
    return read_masthead(
        furniture.headers, furniture.footers, furniture.fields, _variables(archive)
    )


def _furniture_parts(archive: DocxArchive, reader: PartReader) -> tuple[list[str], list[str]]:
    """Header and footer parts, the first page's first (it carries the masthead and job number)."""
    targets = _relationships(archive, archive.rels_of(archive.document))
    first: list[str] = []
    if reader.sections:
        section = reader.sections[0]
        kind = "first" if section.title_page else "default"
        first = [
            targets.get(section.headers.get(kind, ""), ""),
            targets.get(section.footers.get(kind, ""), ""),
        ]
    present = [name for name in archive.names() if name.startswith("word/")]
    ordered = [name for name in first if name in present]
    ordered += sorted(n for n in present if _is_furniture(n) and n not in ordered)
    headers = [n for n in ordered if n.startswith("word/header")]
    footers = [n for n in ordered if n.startswith("word/footer")]
    return headers, footers


def _is_furniture(name: str) -> bool:
    return name.endswith(".xml") and name.startswith(("word/header", "word/footer"))


def _relationships(archive: DocxArchive, rels: str) -> dict[str, str]:
    """Relationship id -> part name (``rId8`` -> ``word/header3.xml``), internal targets only."""
    if not archive.has(rels):
        return {}
    root = parse_small(archive.read_part(rels), rels)
    targets: dict[str, str] = {}
    for rel in root.iter(f"{{{_REL}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        folder = rels.split("_rels/")[0]  # targets are relative to the part's folder
        targets[rel.get("Id", "")] = (
            target.lstrip("/") if target.startswith("/") else f"{folder}{target}"
        )
    return targets


def _settings(archive: DocxArchive) -> etree._Element | None:
    if not archive.has(SETTINGS_PART):
        return None
    return parse_small(archive.read_part(SETTINGS_PART), SETTINGS_PART)


def _variables(archive: DocxArchive) -> dict[str, str]:
    """Document variables (``w:docVar``) from the settings part: what DOCVARIABLE shows."""
    root = _settings(archive)
    if root is None:
        return {}
    return {
        var.get(w("name"), ""): var.get(w("val"), "")
        for var in root.iter(w("docVar"))
        if var.get(w("name")) and var.get(w("val"))
    }


def _with_masthead(letter: Letter, masthead: Masthead, rendition: Rendition) -> Letter:
    """The masthead's fields win: the header is where the template prints them.

    A symbol the grammar took from ``--symbol`` gives way to a printed one, as
    everywhere: the option is for documents that do not print their symbol.
    """
    found = masthead.as_metadata()
    provenance = letter.provenance
    fields = {**provenance.fields, **dict.fromkeys(found, rendition.id)}
    return letter.model_copy(
        update={
            # Validated, not copied: header text must meet the same rules as body text.
            "metadata": Metadata.model_validate({**letter.metadata.model_dump(), **found}),
            "provenance": provenance.model_copy(update={"encoding": "utf-8", "fields": fields}),
        }
    )
