"""What the TEI writer and reader must agree on: names, escapes and the small label grammars.

Three encodings make the round trip exact without bending TEI:

* characters XML cannot carry (C0 controls, U+FFFE/U+FFFF) and bidi controls,
  which must not appear in the XML, are written as ``<g ref="#U200F"/>``
  declared in ``encodingDesc/charDecl``;
* a rendition id becomes the witness id ``wit-<id>``, with every character
  outside ``[A-Za-z0-9-]`` written as ``_<hex>_`` so that any id is an NCName;
* a source span is the paragraph's ``@n`` label ``LINE:COL-LINE:COL`` with an
  optional `` p.PAGE``, next to ``@source`` pointing at the witness.

Text is written as is; where XML whitespace in it would be normalised by a
reader (leading, trailing or repeated spaces, tabs, newlines) the element
carries ``xml:space="preserve"``. The reader collapses whitespace everywhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from unarchive.text.arabic import BIDI_CONTROLS

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_SPACE = f"{{{XML_NS}}}space"
XML_LANG = f"{{{XML_NS}}}lang"
XML_ID = f"{{{XML_NS}}}id"

APPLICATION = "unarchive-document"
"""``appInfo/application/@ident`` that marks a TEI file written by unarchive."""

UNTITLED = "Untitled UN letter"

# Bidi controls (ALM, LRM, RLM, LRE…RLO, LRI…PDI) never appear in the XML (TEI WD
# "Writing Modes"); with them every character XML 1.0 cannot carry.
_AS_GLYPH = re.compile(f"[{BIDI_CONTROLS}\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_SPACE_RUN = re.compile("[ \t\n\r]+")
_GLYPH_REF = re.compile(r"#U([0-9A-F]{4,6})")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9-]")
_ID_ESCAPE = re.compile(r"_([0-9a-f]{1,6})_")
_ESCAPED_ID = re.compile(r"(?:[A-Za-z0-9-]|_[0-9a-f]{1,6}_)*")
_SPAN = re.compile(r"(\d+):(\d+)-(\d+):(\d+)(?: p\.(\d+))?")
_POSITION = re.compile(r"(\d*):(\d*)")
LANGUAGE_TAG = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")


def tei(tag: str) -> str:
    """Clark notation of a TEI element name."""
    return f"{{{TEI_NS}}}{tag}"


def runs(text: str) -> list[str]:
    """``text`` cut into plain runs and single characters to be written as ``<g>``."""
    pieces: list[str] = []
    last = 0
    for match in _AS_GLYPH.finditer(text):
        pieces.extend(p for p in (text[last : match.start()], match.group()) if p)
        last = match.end()
    if last < len(text):
        pieces.append(text[last:])
    return pieces


def as_glyph(piece: str) -> bool:
    return len(piece) == 1 and _AS_GLYPH.match(piece) is not None


def glyph_id(char: str) -> str:
    return f"U{ord(char):04X}"


def glyph_char(ref: str | None) -> str | None:
    """The character a ``g/@ref`` stands for, or None when it is not one of ours."""
    match = _GLYPH_REF.fullmatch(ref or "")
    if not match:
        return None
    code = int(match.group(1), 16)
    return chr(code) if code <= 0x10FFFF else None


def collapse(text: str) -> str:
    """XML whitespace normalisation, as a reader applies it without xml:space="preserve"."""
    return _XML_SPACE_RUN.sub(" ", text).strip(" ")


def needs_preserve(text: str) -> bool:
    return collapse(text) != text


def witness_id(rendition: str) -> str:
    return "wit-" + _ID_UNSAFE.sub(lambda m: f"_{ord(m.group()):x}_", rendition)


def note_id(note: str) -> str:
    """The ``xml:id`` of a note: ``note-`` and its id escaped as witness ids are."""
    return "note-" + _ID_UNSAFE.sub(lambda m: f"_{ord(m.group()):x}_", note)


def note_of(value: str | None) -> str | None:
    """The note id an ``xml:id`` written by ``note_id`` holds, or None."""
    if not value or not value.startswith("note-"):
        return None
    return _unescape(value[len("note-") :])


def _unescape(escaped: str) -> str | None:
    if not _ESCAPED_ID.fullmatch(escaped):
        return None
    try:
        return _ID_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), escaped)
    except (ValueError, OverflowError):
        return None


def rendition_of(pointer: str | None) -> str | None:
    """The rendition id a ``#wit-…`` pointer names, or None for any other pointer."""
    if not pointer or not pointer.startswith("#wit-"):
        return None
    return _unescape(pointer[len("#wit-") :])


@dataclass(frozen=True)
class SpanLabel:
    start_line: int
    start_column: int
    end_line: int
    end_column: int
    page: int | None


def span_label(span: SpanLabel) -> str:
    where = f"{span.start_line}:{span.start_column}-{span.end_line}:{span.end_column}"
    return where if span.page is None else f"{where} p.{span.page}"


def parse_span(label: str | None) -> SpanLabel | None:
    match = _SPAN.fullmatch(label or "")
    if not match:
        return None
    numbers = [int(g) if g else None for g in match.groups()]
    first, second, third, fourth, page = numbers
    assert first is not None and second is not None and third is not None and fourth is not None
    return SpanLabel(first, second, third, fourth, page)


def position_label(line: int | None, column: int | None) -> str | None:
    if line is None and column is None:
        return None
    return f"{'' if line is None else line}:{'' if column is None else column}"


def parse_position(label: str | None) -> tuple[int | None, int | None] | None:
    match = _POSITION.fullmatch(label or "")
    if not match:
        return None
    line, column = match.groups()
    return (int(line) if line else None, int(column) if column else None)


def indent(element: etree._Element, level: int = 0) -> None:
    """Indent element-only content; never touch an element that holds text."""
    if not _element_only(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        indent(child, level + 1)
    element[-1].tail = "\n" + "  " * level


def _element_only(element: etree._Element) -> bool:
    if not len(element) or element.get(XML_SPACE) == "preserve":
        return False
    if element.text is not None and element.text.strip(" \n"):
        return False
    return all(
        child.tag != tei("g") and (child.tail is None or not child.tail.strip(" \n"))
        for child in element
    )
