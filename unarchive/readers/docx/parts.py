"""WordprocessingML parts to paragraphs: text as Word shows it, with style, page and fields.

One ``PartReader`` streams one part (``word/document.xml``, a header, a
footer) with ``iterparse`` through a safe parser and hands back one ``Block``
per paragraph, clearing each paragraph once read. It resolves what a reader
sees rather than what is stored: field *results* (never their codes), tabs,
line breaks, non-breaking hyphens; it skips hidden text, deleted revisions,
text boxes and drawings. Footnote and endnote references are kept as
``NoteMark``s of their paragraph (where they stand), not as text.
Right-to-left paragraphs (``w:bidi``, ``w:rtl``) need nothing: Word stores
text in logical order. Pages are counted from
explicit breaks (``w:br w:type="page"``, ``w:pageBreakBefore``, section
breaks) and Word's own ``w:lastRenderedPageBreak``; breaks with no text
between them count once, so a hard break that Word also recorded as rendered
is not counted twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from lxml import etree

from unarchive.findings import UnreadableInput
from unarchive.xml import parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# Subtrees whose text a reader does not see in the flow of the paragraph.
_SKIP = frozenset(
    {w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("txbxContent"), w("drawing"), w("pict")}
    | {w("object"), w("delText"), w("delInstrText"), f"{{{MC}}}Fallback", w("commentReference")}
)
_P, _SECT, _TBL = w("p"), w("sectPr"), w("tbl")
_RPR, _VANISH, _WEB_HIDDEN = w("rPr"), w("vanish"), w("webHidden")
_FIELD_MARKS = frozenset({w("fldChar"), w("instrText")})
# Only these reach Python: lxml filters every other event in C.
_STREAMED = (_P, _SECT, _TBL)


class Stream(Protocol):
    """A part being inflated: buffered, so the prolog can be checked before parsing."""

    def peek(self, size: int = 0, /) -> bytes: ...

    def read(self, size: int | None = -1, /) -> bytes: ...


@dataclass
class Field:
    """A field as read: its instruction (``DOCVARIABLE sss1``) and the result Word displayed."""

    instruction: str
    result: str = ""
    in_result: bool = False

    @property
    def kind(self) -> str:
        words = self.instruction.split()
        return words[0].upper() if words else ""

    @property
    def argument(self) -> str:
        words = self.instruction.split()
        return words[1].strip('"') if len(words) > 1 else ""


@dataclass
class NoteMark:
    """A footnote or endnote reference: which note, and where in the paragraph it stands."""

    place: str  # "foot" or "end"
    id: str  # w:id, the key of the note in footnotes.xml / endnotes.xml
    line: int  # index of the visual line in its Block
    column: int  # code points of that line before the mark
    custom: str = ""  # the mark Word prints instead of a number (w:customMarkFollows)
    section: int = 0  # the section the mark is in (numbering may restart in each)


@dataclass
class Block:
    """One paragraph: its visual lines (split at line breaks) and the page of each."""

    lines: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    style: str | None = None
    marks: list[NoteMark] = field(default_factory=list)


@dataclass
class Section:
    """Header and footer relationship ids of one section, by type (default, first, even)."""

    headers: dict[str, str] = field(default_factory=dict)
    footers: dict[str, str] = field(default_factory=dict)
    title_page: bool = False


def _iterparse(stream: Stream, name: str) -> Iterator[tuple[str, etree._Element]]:
    """Streaming with the settings of ``unarchive.xml.safe_parser``, and no DTD at all.

    ``iterparse`` takes its settings as arguments, not as a parser object, so
    they are repeated here; a DOCTYPE is refused before lxml sees the part.
    """
    head = stream.peek(4096)[:4096]
    if _declares_dtd(head):
        raise UnreadableInput(f"{name} declares a DTD (<!DOCTYPE>); Word never does: refused")
    if STRICT.encode() in head:
        raise UnreadableInput(
            "a Strict Open XML document, which this version does not read: "
            "save it as an ordinary Word document (.docx)"
        )
    events = etree.iterparse(
        stream,
        events=("start", "end"),
        tag=_STREAMED,
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        yield from events
    except etree.XMLSyntaxError as error:
        raise UnreadableInput(f"{name} is not well-formed XML: {error}") from None


def parse_small(data: bytes, name: str) -> etree._Element:
    """A small part (relationships, settings) parsed whole by the project's safe parser."""
    if _declares_dtd(data[:4096]):
        raise UnreadableInput(f"{name} declares a DTD (<!DOCTYPE>); Word never does: refused")
    return parse_xml(data, name).getroot()


def _declares_dtd(head: bytes) -> bool:
    # Only the prolog can hold a DOCTYPE; scan it past the declaration, PIs and comments.
    text = head.lstrip(b"\xef\xbb\xbf")
    while True:
        text = text.lstrip()
        if text.startswith(b"<?"):
            close = b"?>"
        elif text.startswith(b"<!--"):
            close = b"-->"
        else:
            return text[:9].upper() == b"<!DOCTYPE"
        end = text.find(close)
        if end < 0:
            return b"<!DOCTYPE" in text.upper()
        text = text[end + len(close) :]


class PartReader:
    """Reads WordprocessingML parts into ``Block``s; pages and fields carry across paragraphs."""

    def __init__(self) -> None:
        self.page = 1
        self.fields: list[Field] = []
        self.sections: list[Section] = []
        self._stack: list[Field] = []
        self._pending_break = False
        self._seen_text = False
        self._block = Block()
        self._custom: NoteMark | None = None  # a custom mark's text is the mark, not the line's
        self._section = 0

    def read(self, stream: Stream, name: str) -> Iterator[Block]:
        depth = 0  # paragraphs nested in paragraphs (text boxes) are not read on their own
        for event, elem in _iterparse(stream, name):
            tag = elem.tag
            if event == "start":
                if tag == _P:
                    depth += 1
                continue
            if tag == _P:
                depth -= 1
                if depth == 0:
                    yield self._paragraph(elem)
                    _release(elem)
            elif tag == _SECT and depth == 0:
                self.sections.append(_section(elem))
            elif tag == _TBL and depth == 0:
                _release(elem)

    def paragraph(self, elem: etree._Element) -> Block:
        """One ``w:p`` read whole (a note's paragraph: notes parts are read as trees)."""
        return self._paragraph(elem)

    def _paragraph(self, elem: etree._Element) -> Block:
        self._block = Block()
        self._section = len(self.sections)  # a sectPr in this paragraph ends this section
        props = elem.find(w("pPr"))
        section_break = False
        if props is not None:
            style = props.find(w("pStyle"))
            self._block.style = style.get(w("val")) if style is not None else None
            if _on(props.find(w("pageBreakBefore"))):
                self._page_break()
            sect = props.find(w("sectPr"))
            if sect is not None:
                self.sections.append(_section(sect))
                section_break = _starts_new_page(sect)
        self._new_line()
        self._walk(elem)
        if section_break:
            self._page_break()
        return self._block

    def _walk(self, elem: etree._Element) -> None:
        for child in elem:
            tag = child.tag
            if tag in _SKIP:
                continue
            handler = _HANDLERS.get(tag)
            if handler is None:
                self._walk(child)  # runs, hyperlinks, insertions, content controls, …
            else:
                handler(self, child)

    def _run(self, elem: etree._Element) -> None:
        props = elem[0] if len(elem) else None  # the schema puts w:rPr first
        if props is not None and props.tag == _RPR and _hidden(props):
            # Hidden text is not shown, but a field may still open or close in it.
            for child in elem:
                if child.tag in _FIELD_MARKS:
                    _HANDLERS[child.tag](self, child)
            return
        self._walk(elem)
        self._custom = None

    def _note_mark(self, elem: etree._Element) -> None:
        place = "foot" if elem.tag == w("footnoteReference") else "end"
        line = len(self._block.lines) - 1
        column = len(self._block.lines[line])
        mark = NoteMark(place, elem.get(w("id"), ""), line, column, section=self._section)
        self._block.marks.append(mark)
        if elem.get(w("customMarkFollows")) in {"1", "true", "on"}:
            self._custom = mark

    def _simple_field(self, elem: etree._Element) -> None:
        frame = Field(elem.get(w("instr"), "").strip(), in_result=True)
        self._stack.append(frame)
        self._walk(elem)
        self._stack.pop()
        self.fields.append(frame)

    def _fld_char(self, elem: etree._Element) -> None:
        kind = elem.get(w("fldCharType"))
        if kind == "begin":
            self._stack.append(Field(""))
        elif kind == "separate" and self._stack:
            self._stack[-1].in_result = True
        elif kind == "end" and self._stack:
            frame = self._stack.pop()
            frame.instruction = frame.instruction.strip()
            self.fields.append(frame)

    def _instr(self, elem: etree._Element) -> None:
        if self._stack and not self._stack[-1].in_result:
            self._stack[-1].instruction += elem.text or ""

    def _text(self, text: str) -> None:
        if not text or any(not frame.in_result for frame in self._stack):
            return  # a field's code, or text nested inside a code: not shown
        if self._custom is not None:
            self._custom.custom += text
            return
        if self._pending_break:
            self.page += 1
            self._pending_break = False
            if not self._block.lines[-1]:
                self._block.pages[-1] = self.page  # a line is on the page where it starts
        self._seen_text = True
        for frame in self._stack:
            frame.result += text
        self._block.lines[-1] += text

    def _new_line(self) -> None:
        self._block.lines.append("")
        self._block.pages.append(self.page)

    def _break(self, elem: etree._Element) -> None:
        if elem.get(w("type")) == "page":
            self._page_break()
        self._new_line()

    def _page_break(self) -> None:
        if self._seen_text:
            self._pending_break = True


def _hidden(props: etree._Element) -> bool:
    return _on(props.find(_VANISH)) or _on(props.find(_WEB_HIDDEN))


def _on(elem: etree._Element | None) -> bool:
    """A WordprocessingML on/off property: present, unless its value says off."""
    return elem is not None and elem.get(w("val"), "true") not in {"0", "false", "off"}


def _starts_new_page(sect: etree._Element) -> bool:
    kind = sect.find(w("type"))
    value = kind.get(w("val")) if kind is not None else "nextPage"
    return value in {"nextPage", "oddPage", "evenPage"}


def _section(sect: etree._Element) -> Section:
    section = Section(title_page=_on(sect.find(w("titlePg"))))
    for ref in sect.iter(w("headerReference"), w("footerReference")):
        target = section.headers if ref.tag == w("headerReference") else section.footers
        target[ref.get(w("type"), "default")] = ref.get(f"{{{R}}}id", "")
    return section


def _release(elem: etree._Element) -> None:
    """Free a read element and the siblings before it, so memory stays flat on long documents."""
    elem.clear(keep_tail=True)  # type: ignore[call-arg]  # lxml-stubs lag lxml
    parent = elem.getparent()
    if parent is None:
        return
    while elem.getprevious() is not None:
        del parent[0]


Handler = Callable[[PartReader, etree._Element], None]

_HANDLERS: dict[str, Handler] = {
    w("t"): lambda self, e: self._text(e.text or ""),
    w("tab"): lambda self, e: self._text("\t"),
    w("ptab"): lambda self, e: self._text("\t"),
    w("noBreakHyphen"): lambda self, e: self._text("\u2011"),
    w("br"): PartReader._break,
    w("cr"): lambda self, e: self._new_line(),
    w("lastRenderedPageBreak"): lambda self, e: self._page_break(),
    w("fldChar"): PartReader._fld_char,
    w("instrText"): PartReader._instr,
    w("fldSimple"): PartReader._simple_field,
    w("r"): PartReader._run,
    w("footnoteReference"): PartReader._note_mark,
    w("endnoteReference"): PartReader._note_mark,
}
