"""TEI P5 writer: one Letter in, one TEI document out, lossless for everything the Letter holds.

The header carries the metadata (``titleStmt``, ``publicationStmt/idno``,
``profileDesc/langUsage`` and ``correspDesc``), the provenance (``sourceDesc``:
the source file, one ``witness`` per rendition, which rendition each field
came from) and the repairs (``encodingDesc/editorialDecl/normalization``).
The body is ``div type="letter"`` (head, opener/dateline, p, closer/signed);
annexes are ``div type="annex"`` in ``back``. Footnotes and endnotes are
``note place="foot|end"`` where they are cited; notes nothing cites go in
``back/div type="notes"``. The mapping, field by field, is
in ``docs/formats.md``; ``schemas/unarchive-tei.rng`` describes exactly this
output.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from lxml import etree

from unarchive.model import (
    SCHEMA_VERSION,
    Annex,
    Change,
    Letter,
    Note,
    Paragraph,
    Provenance,
    RenditionInfo,
    Session,
)
from unarchive.tei_conventions import (
    APPLICATION,
    LANGUAGE_TAG,
    TEI_NS,
    UNTITLED,
    XML_ID,
    XML_LANG,
    XML_SPACE,
    SpanLabel,
    as_glyph,
    glyph_id,
    indent,
    needs_preserve,
    note_id,
    position_label,
    runs,
    span_label,
    tei,
    witness_id,
)
from unarchive.text.unicode import char_name

# lxml-stubs types nsmap keys as str; the default namespace is the key None.
_NSMAP: Any = {None: TEI_NS}


def el(tag: str, *children: etree._Element | str, **attrs: str) -> etree._Element:
    """A TEI element with ``children`` (elements, or a string for its text) and attributes."""
    element = etree.Element(tei(tag), attrs, nsmap=_NSMAP)
    for child in children:
        if isinstance(child, str):
            element.text = child
        else:
            element.append(child)
    return element


_LANGUAGE_NAMES = {
    "ar": "Arabic",
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "zh": "Chinese",
}


class _Writer:
    """Builds the tree; remembers which characters went out as ``<g>`` for the charDecl."""

    def __init__(self, letter: Letter) -> None:
        self.letter = letter
        self.glyphs: set[str] = set()
        self.cited: dict[str, list[Note]] = {}
        for note in letter.notes:
            if note.anchor is not None:
                self.cited.setdefault(note.anchor.part, []).append(note)
        language = letter.metadata.language
        self.lang = language if language and LANGUAGE_TAG.fullmatch(language) else None

    def text(self, tag: str, value: str, **attrs: str) -> etree._Element:
        """``<tag>`` holding ``value`` exactly: glyph escapes, xml:space where needed."""
        element = el(tag, **attrs)
        self.append_text(element, value)
        if needs_preserve(value):
            element.set(XML_SPACE, "preserve")
        return element

    def append_text(self, element: etree._Element, value: str) -> None:
        """``value`` after what ``element`` holds already; what XML must not carry as ``<g>``."""
        last: etree._Element | None = element[-1] if len(element) else None
        for piece in runs(value):
            if as_glyph(piece):
                self.glyphs.add(piece)
                last = etree.SubElement(element, tei("g"), ref="#" + glyph_id(piece))
            elif last is None:
                element.text = (element.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece

    def doc_text(self, tag: str, value: str, **attrs: str) -> etree._Element:
        """Text of the document (not of the header's own prose): tagged with its language."""
        element = self.text(tag, value, **attrs)
        if self.lang:
            element.set(XML_LANG, self.lang)
        return element

    def para(
        self, tag: str, paragraph: Paragraph, part: str | None = None, **attrs: str
    ) -> etree._Element:
        """A paragraph with its source span; the notes it cites where their marks stand."""
        notes = self.cited.get(part, []) if part else []
        element = el(tag, **attrs)
        start = 0
        for note in notes:
            assert note.anchor is not None
            self.append_text(element, paragraph.text[start : note.anchor.offset])
            element.append(self.note(note))
            start = note.anchor.offset
        self.append_text(element, paragraph.text[start:])
        if needs_preserve(paragraph.text):
            element.set(XML_SPACE, "preserve")
        span = paragraph.source
        if span is not None:
            element.set("source", "#" + witness_id(span.rendition))
            label = SpanLabel(
                span.start_line, span.start_column, span.end_line, span.end_column, span.page
            )
            element.set("n", span_label(label))
        return element

    def note(self, note: Note) -> etree._Element:
        """``<note place="foot" n="1">`` holding the note's text as one ``<p>`` with its span."""
        element = el("note", self.para("p", Paragraph(text=note.text, source=note.source)))
        element.set(XML_ID, note_id(note.id))
        element.set("place", note.place)
        if note.n is not None:
            element.set("n", note.n)
        return element

    def build(self) -> etree._Element:
        body = self.body()
        header = self.header()
        root = el("TEI", header, body)
        indent(root)
        return root

    # -- header -------------------------------------------------------------------------

    def header(self) -> etree._Element:
        header = el(
            "teiHeader",
            el("fileDesc", self.title_stmt(), self.publication_stmt(), self.source_desc()),
            self.encoding_desc(),
        )
        header.set(XML_LANG, "en")
        profile = self.profile_desc()
        if len(profile):
            header.append(profile)
        return header

    def title_stmt(self) -> etree._Element:
        title = self.letter.metadata.title
        if title is None:
            return el("titleStmt", el("title", UNTITLED, type="desc"))
        return el("titleStmt", self.doc_text("title", title, type="main"))

    def publication_stmt(self) -> etree._Element:
        meta = self.letter.metadata
        stmt = el("publicationStmt", el("publisher", "unarchive"))
        if meta.symbol is not None:
            stmt.append(self.text("idno", meta.symbol, type="symbol"))
        for symbol in meta.additional_symbols:
            stmt.append(self.text("idno", symbol, type="symbol", subtype="additional"))
        if meta.job_number is not None:
            stmt.append(self.text("idno", meta.job_number, type="jobNumber"))
        return stmt

    def source_desc(self) -> etree._Element:
        meta, prov = self.letter.metadata, self.letter.provenance
        document = el("bibl", type="document")
        if meta.organ is not None:
            document.append(self.text("orgName", meta.organ, type="organ"))
        if meta.issue_date is not None:
            document.append(el("date", type="issue", when=meta.issue_date.isoformat()))
        if meta.distribution is not None:
            document.append(self.text("note", meta.distribution, type="distribution"))
        if meta.original_language is not None:
            document.append(self.text("note", meta.original_language, type="originalLanguage"))
        for session in meta.sessions:
            document.append(el("relatedItem", self.session(session), type="session"))
        desc = el("sourceDesc", document)
        source_file = self.source_file(prov)
        if len(source_file):
            desc.append(source_file)
        if prov.renditions:
            desc.append(el("listWit", *(self.witness(r) for r in prov.renditions)))
        if prov.fields:
            desc.append(
                el("list", *(self.field(k, v) for k, v in prov.fields.items()), type="fields")
            )
        return desc

    def session(self, session: Session) -> etree._Element:
        """One organ's sessional line: organ, session and year numbers, agenda items and title."""
        bibl = el("bibl", type="session")
        if session.organ is not None:
            bibl.append(self.text("orgName", session.organ, type="organ"))
        for kind, number in (("session", session.session), ("year", session.year)):
            if number is not None:
                bibl.append(el("idno", str(number), type=kind))
        for item in session.agenda_items:
            bibl.append(self.text("idno", item, type="agendaItem"))
        if session.agenda_title is not None:
            bibl.append(self.text("title", session.agenda_title, type="agendaItem"))
        return bibl

    def source_file(self, prov: Provenance) -> etree._Element:
        bibl = el("bibl", type="file")
        if prov.source is not None:
            bibl.append(self.text("name", prov.source, type="file"))
        for kind, value in (("sha256", prov.sha256), ("format", prov.format)):
            if value is not None:
                bibl.append(self.text("idno", value, type=kind))
        if prov.encoding is not None:
            bibl.append(self.text("note", prov.encoding, type="encoding"))
        return bibl

    def witness(self, rendition: RenditionInfo) -> etree._Element:
        witness = el("witness", self.text("label", rendition.kind, type="kind"))
        witness.set(XML_ID, witness_id(rendition.id))
        witness.set("n", f"{rendition.start_line}-{rendition.end_line}")
        if rendition.label is not None:
            witness.append(self.text("label", rendition.label, type="name"))
        return witness

    def field(self, name: str, rendition: str) -> etree._Element:
        return self.text("item", name, source="#" + witness_id(rendition))

    def encoding_desc(self) -> etree._Element:
        application = el(
            "application",
            el("label", "unarchive document model"),
            ident=APPLICATION,
            version=SCHEMA_VERSION,
        )
        unicode_version = self.letter.provenance.unicode_version
        if unicode_version is not None:
            application.append(self.text("label", unicode_version, type="unicodeVersion"))
        return el(
            "encodingDesc",
            el("appInfo", application),
            el("editorialDecl", self.normalization(self.letter.provenance.changes)),
        )

    def normalization(self, changes: tuple[Change, ...]) -> etree._Element:
        if not changes:
            return el("normalization", el("p", "The text is as read from the source: no repairs."))
        counts = Counter(change.code for change in changes)
        summary = ", ".join(f"{code} ×{n}" for code, n in counts.items())
        entries = el("list", *(self.change(c) for c in changes), type="changes")
        return el(
            "normalization",
            self.text("p", f"Repairs applied by unarchive, by rule: {summary}."),
            el("p", entries),
        )

    def change(self, change: Change) -> etree._Element:
        item = el(
            "item",
            self.text("label", change.code),
            el("choice", self.text("orig", change.before), self.text("reg", change.after)),
        )
        if change.rendition is not None:
            item.set("source", "#" + witness_id(change.rendition))
        where = position_label(change.line, change.column)
        if where is not None:
            item.set("n", where)
        return item

    def profile_desc(self) -> etree._Element:
        profile = el(
            "profileDesc",
        )
        language = self.letter.metadata.language
        if language is not None:
            profile.append(el("langUsage", self.language(language)))
        corresp = self.corresp_desc()
        if len(corresp):
            profile.append(corresp)
        return profile

    def language(self, language: str) -> etree._Element:
        if self.lang is None:  # not a BCP 47 tag: kept verbatim under "undetermined"
            return el("language", self.text("term", language), ident="und")
        return el(
            "language", _LANGUAGE_NAMES.get(self.lang.split("-")[0].lower(), ""), ident=language
        )

    def corresp_desc(self) -> etree._Element:
        meta = self.letter.metadata
        sent = el("correspAction", type="sent")
        if meta.sender is not None:
            sent.append(self.doc_text("name", meta.sender, type="sender"))
        if meta.signatory.name is not None:
            sent.append(self.doc_text("persName", meta.signatory.name, type="signatory"))
        if meta.signatory.title is not None:
            sent.append(self.doc_text("roleName", meta.signatory.title, type="signatory"))
        if meta.date is not None:
            sent.append(el("date", when=meta.date.isoformat()))
        corresp = el(
            "correspDesc",
        )
        if len(sent):
            corresp.append(sent)
        if meta.addressee is not None:
            received = el("correspAction", type="received")
            received.append(self.doc_text("name", meta.addressee, type="addressee"))
            corresp.append(received)
        return corresp

    # -- text ---------------------------------------------------------------------------

    def body(self) -> etree._Element:
        text = el("text", el("body", self.letter_div()))
        back = [self.annex(number, a) for number, a in enumerate(self.letter.annexes)]
        uncited = [self.note(note) for note in self.letter.notes if note.anchor is None]
        if uncited:
            back.append(el("div", *uncited, type="notes"))
        if back:
            text.append(el("back", *back))
        if self.lang:
            text.set(XML_LANG, self.lang)
        return text

    def letter_div(self) -> etree._Element:
        meta, body = self.letter.metadata, self.letter.letter
        div = el("div", type="letter")
        if meta.title is not None:
            div.append(self.text("head", meta.title, type="title"))
        if meta.date is not None:
            div.append(el("opener", el("dateline", el("date", when=meta.date.isoformat()))))
        div.extend(
            self.para("p", p, f"letter.paragraphs.{i}") for i, p in enumerate(body.paragraphs)
        )
        if body.signed is not None and not body.paragraphs:
            div.append(el("p"))  # TEI wants some text before a closer; read back as nothing
        if body.signed is not None:
            div.append(el("closer", self.para("signed", body.signed, "letter.signed")))
        return div

    def annex(self, number: int, annex: Annex) -> etree._Element:
        div = el("div", type="annex")
        at = f"annexes.{number}"
        if annex.heading is not None:
            div.append(self.para("head", annex.heading, f"{at}.heading", type="annex"))
        if annex.title is not None:
            div.append(self.text("head", annex.title, type="title"))
        div.extend(
            self.para("head", h, f"{at}.headings.{i}", type="sub")
            for i, h in enumerate(annex.headings)
        )
        div.extend(
            self.para("p", p, f"{at}.paragraphs.{i}") for i, p in enumerate(annex.paragraphs)
        )
        return div

    def char_decl(self) -> etree._Element:
        chars = []
        for glyph in sorted(self.glyphs):
            char = el("char", el("desc", char_name(glyph)))
            char.set(XML_ID, glyph_id(glyph))
            chars.append(char)
        return el("charDecl", *chars)


def dumps(letter: Letter) -> bytes:
    """The Letter as a TEI P5 document (UTF-8, indented, no bidi controls)."""
    writer = _Writer(letter)
    root = writer.build()
    if writer.glyphs:
        encoding = root.find(f"{tei('teiHeader')}/{tei('encodingDesc')}")
        assert encoding is not None
        encoding.append(writer.char_decl())
        indent(encoding, level=2)
    data: bytes = etree.tostring(root, encoding="UTF-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + data + b"\n"
