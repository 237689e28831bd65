"""Glyphs with their positions, read from a PDF page's content stream through pypdf.

pypdf's own ``extract_text`` reports text per run, not per glyph, and orders
right-to-left runs by content-stream order; reading order needs each glyph's
box. This module interprets the text operators itself (text matrix, font size,
spacing, ``TJ`` offsets, ``/ActualText`` spans, render mode, Form XObjects) and
decodes glyph codes through ``pdf_fonts`` (ToUnicode, encodings, widths: our own
reader, pypdf's ``Font`` where that is unsure).
The operations come from ``pdf_content`` (pypdf's parser where that is unsure).
It produces glyphs only; ``pdf_lines`` puts them in reading order.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, NameObject, NumberObject

from unarchive.findings import UnreadableInput
from unarchive.readers.pdf.content import operations
from unarchive.readers.pdf.fonts import FontCodec

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_FORM_DEPTH = 8
_DEADLINE_EVERY = 256  # operations between two looks at the clock


@dataclass(slots=True)
class Glyph:
    """One drawn glyph: its text (several characters for a ligature) and device-space box.

    ``op`` numbers the text-showing operation that drew it (an OCR layer keeps a
    word per operation); ``span`` is the ``/ActualText`` span it belongs to, or -1.
    """

    text: str
    x0: float
    x1: float
    y: float
    size: float
    op: int
    span: int = -1
    invisible: bool = False
    seq: int = 0  # position in content-stream order

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class PageGlyphs:
    """Everything read from one page."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    actual_text: dict[int, str] = field(default_factory=dict)
    images: int = 0
    content_order: bool = True  # glyphs are in content-stream order (not PDFium's)
    mirrored: bool = False  # the reader already mirrored right-to-left characters (PDFium)


def mult(m: Matrix, n: Matrix) -> Matrix:
    """The product m × n of two PDF matrices."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _advance(m: Matrix, tx: float) -> Matrix:
    """``[1 0 0 1 tx 0] × m``: the text matrix after moving ``tx`` along the baseline."""
    return (m[0], m[1], m[2], m[3], m[4] + tx * m[0], m[5] + tx * m[1])


def _numbers(operands: Sequence[Any], count: int) -> list[float] | None:
    if len(operands) < count:
        return None
    try:
        return [float(value) for value in operands[:count]]
    except (TypeError, ValueError):
        return None


def _raw_bytes(operand: Any) -> bytes | None:
    if isinstance(operand, NameObject):
        return None
    if isinstance(operand, bytes):
        return operand
    if isinstance(operand, str):
        original = getattr(operand, "original_bytes", None)
        if isinstance(original, bytes):
            return original
        return operand.encode("latin-1", "replace")
    return None


@dataclass
class _TextState:
    ctm: Matrix = IDENTITY
    font: FontCodec | None = None
    size: float = 12.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    render: int = 0

    def copy(self) -> _TextState:
        return _TextState(**self.__dict__)


class GlyphReader:
    """Interprets one page's content stream (and its forms) into ``PageGlyphs``."""

    def __init__(
        self, page: PageGlyphs, deadline: float, codecs: dict[Any, FontCodec | None]
    ) -> None:
        self.page = page
        self.deadline = deadline
        self.state = _TextState()
        self.stack: list[_TextState] = []
        self.tm: Matrix = IDENTITY
        self.tlm: Matrix = IDENTITY
        self.ops = 0
        self.page_op = 0
        self.spans: list[int] = []  # open marked-content: span id or -1
        self.codecs = codecs  # shared by the pages of a document: fonts are parsed once
        self.handlers: dict[bytes, Callable[[list[Any]], None]] = {
            b"q": self._save,
            b"Q": self._restore,
            b"cm": self._cm,
            b"BT": self._bt,
            b"Tf": self._tf,
            b"Tc": self._tc,
            b"Tw": self._tw,
            b"Tz": self._tz,
            b"TL": self._tl,
            b"Ts": self._ts,
            b"Tr": self._tr,
            b"Td": self._td,
            b"TD": self._td_leading,
            b"Tm": self._tm,
            b"T*": self._t_star,
            b"Tj": self._tj,
            b"TJ": self._tj_array,
            b"'": self._quote,
            b'"': self._double_quote,
            b"EMC": self._emc,
        }

    def run(self, content: ContentStream, resources: DictionaryObject, depth: int = 0) -> None:
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        self.fonts: DictionaryObject = (
            fonts if isinstance(fonts, DictionaryObject) else DictionaryObject()
        )
        self.resources = resources
        for operands, operator in operations(content):
            self.ops += 1
            if self.ops % _DEADLINE_EVERY == 0 and time.monotonic() > self.deadline:
                raise UnreadableInput("reading the PDF took longer than the time limit")
            handler = self.handlers.get(operator)
            if handler is not None:
                handler(operands)
            elif operator in (b"BDC", b"BMC"):
                self._begin_marked(operands)
            elif operator == b"Do":
                self._do(operands, depth)
            elif operator == b"INLINE IMAGE":
                self.page.images += 1

    # graphics state
    def _save(self, _: list[Any]) -> None:
        self.stack.append(self.state.copy())

    def _restore(self, _: list[Any]) -> None:
        if self.stack:
            self.state = self.stack.pop()

    def _cm(self, operands: list[Any]) -> None:
        values = _numbers(operands, 6)
        if values:
            self.state.ctm = mult(tuple(values), self.state.ctm)  # type: ignore[arg-type]

    # text state
    def _bt(self, _: list[Any]) -> None:
        self.tm = self.tlm = IDENTITY

    def _tf(self, operands: list[Any]) -> None:
        if len(operands) >= 2:
            self.state.font = self._codec(operands[0])
            size = _numbers(operands[1:], 1)
            self.state.size = size[0] if size else self.state.size

    def _codec(self, name: Any) -> FontCodec | None:
        reference = self.fonts.get(name)
        resource = reference.get_object() if reference is not None else None
        if not isinstance(resource, DictionaryObject):
            return None
        indirect = getattr(reference, "idnum", None)
        generation = getattr(reference, "generation", 0)
        key: Any = ("ref", indirect, generation) if indirect is not None else id(resource)
        if key not in self.codecs:
            try:
                self.codecs[key] = FontCodec.of(resource)
            except Exception:  # a broken font costs its glyphs, not the document
                self.codecs[key] = None
        return self.codecs[key]

    def _tc(self, operands: list[Any]) -> None:
        self.state.char_spacing = (_numbers(operands, 1) or [0.0])[0]

    def _tw(self, operands: list[Any]) -> None:
        self.state.word_spacing = (_numbers(operands, 1) or [0.0])[0]

    def _tz(self, operands: list[Any]) -> None:
        self.state.scale = (_numbers(operands, 1) or [100.0])[0] / 100.0

    def _tl(self, operands: list[Any]) -> None:
        self.state.leading = (_numbers(operands, 1) or [0.0])[0]

    def _ts(self, operands: list[Any]) -> None:
        self.state.rise = (_numbers(operands, 1) or [0.0])[0]

    def _tr(self, operands: list[Any]) -> None:
        self.state.render = int((_numbers(operands, 1) or [0.0])[0])

    # text position
    def _td(self, operands: list[Any]) -> None:
        values = _numbers(operands, 2)
        if values:
            self.tlm = self.tm = mult((1.0, 0.0, 0.0, 1.0, values[0], values[1]), self.tlm)

    def _td_leading(self, operands: list[Any]) -> None:
        values = _numbers(operands, 2)
        if values:
            self.state.leading = -values[1]
            self._td(operands)

    def _tm(self, operands: list[Any]) -> None:
        values = _numbers(operands, 6)
        if values:
            self.tlm = self.tm = tuple(values)  # type: ignore[assignment]

    def _t_star(self, _: list[Any]) -> None:
        self._td([0.0, -self.state.leading])

    # text showing
    def _tj(self, operands: list[Any]) -> None:
        if operands:
            self.page_op = self.ops
            self._show(operands[0])

    def _quote(self, operands: list[Any]) -> None:
        self._t_star([])
        self._tj(operands)

    def _double_quote(self, operands: list[Any]) -> None:
        if len(operands) >= 3:
            self._tw(operands[:1])
            self._tc(operands[1:2])
            self._quote(operands[2:])

    def _tj_array(self, operands: list[Any]) -> None:
        if not operands or not isinstance(operands[0], ArrayObject):
            return
        self.page_op = self.ops
        for item in operands[0]:
            if isinstance(item, (int, float, NumberObject)) and not isinstance(item, bool):
                shift = -float(item) / 1000.0 * self.state.size * self.state.scale
                self.tm = _advance(self.tm, shift)
            else:
                self._show(item)

    def _show(self, operand: Any) -> None:
        raw = _raw_bytes(operand)
        state = self.state
        if raw is None or state.font is None:
            return
        span = next((s for s in reversed(self.spans) if s >= 0), -1) if self.spans else -1
        invisible = state.render in (3, 7)
        size, scale, rise = state.size, state.scale, state.rise
        # Text space -> device space once per string; glyphs only move along x.
        a, b, c, d, e, f = mult(self.tm, state.ctm)
        glyph_size = size * (abs(d) or abs(b) or 1.0)
        unit = size * scale / 1000.0
        x = 0.0  # advance along the baseline, in text space
        glyphs = self.page.glyphs
        append = glyphs.append
        op, seq = self.page_op, len(glyphs)
        spacing, word_spacing, em = state.char_spacing, state.word_spacing, size / 1000.0
        base_x, base_y = rise * c + e, rise * d + f
        for text, width, is_space in state.font.codes(raw):
            left = x * a + base_x
            right = left + width * unit * a
            if right < left:
                left, right = right, left
            append(Glyph(text, left, right, x * b + base_y, glyph_size, op, span, invisible, seq))
            seq += 1
            advance = width * em + spacing
            if is_space:
                advance += word_spacing
            x += advance * scale
        self.tm = _advance(self.tm, x)

    # marked content: /ActualText replaces the glyphs it spans
    def _begin_marked(self, operands: list[Any]) -> None:
        span = -1
        if len(operands) >= 2:
            props = operands[1]
            if isinstance(props, NameObject):
                named = self.resources.get("/Properties")
                named = named.get_object() if named is not None else None
                props = named.get(props) if isinstance(named, DictionaryObject) else None
            props = props.get_object() if props is not None else None
            if isinstance(props, DictionaryObject) and "/ActualText" in props:
                actual = props["/ActualText"]
                span = len(self.page.actual_text)
                self.page.actual_text[span] = str(actual)
        self.spans.append(span)

    def _emc(self, _: list[Any]) -> None:
        if self.spans:
            self.spans.pop()

    # forms and images
    def _do(self, operands: list[Any], depth: int) -> None:
        xobjects = self.resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not operands or not isinstance(xobjects, DictionaryObject):
            return
        xobject = xobjects.get(operands[0])
        xobject = xobject.get_object() if xobject is not None else None
        if xobject is None:
            return
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self.page.images += 1
        elif subtype == "/Form" and depth < _MAX_FORM_DEPTH:
            self._form(xobject, depth)

    def _form(self, xobject: Any, depth: int) -> None:
        matrix = _numbers(xobject.get("/Matrix", ArrayObject()), 6) or list(IDENTITY)
        resources = xobject.get("/Resources")
        resources = resources.get_object() if resources is not None else self.resources
        saved = (self.state.copy(), self.stack, self.fonts, self.resources, self.tm, self.tlm)
        self.stack = []
        self.state.ctm = mult(tuple(matrix), self.state.ctm)  # type: ignore[arg-type]
        content = ContentStream(
            xobject, xobject.indirect_reference.pdf if xobject.indirect_reference else None, "bytes"
        )
        self.run(
            content,
            resources if isinstance(resources, DictionaryObject) else self.resources,
            depth + 1,
        )
        self.state, self.stack, self.fonts, self.resources, self.tm, self.tlm = saved


def read_page(
    page: Any, number: int, deadline: float, codecs: dict[Any, FontCodec | None] | None = None
) -> PageGlyphs:
    """The glyphs of one pypdf page, in content-stream order."""
    box = page.mediabox
    glyphs = PageGlyphs(number, float(box.width), float(box.height))
    content = page.get_contents()
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    if content is None or not isinstance(resources, DictionaryObject):
        return glyphs
    reader = GlyphReader(glyphs, deadline, {} if codecs is None else codecs)
    left, bottom = float(box.left), float(box.bottom)
    if left or bottom:
        reader.state.ctm = (1.0, 0.0, 0.0, 1.0, -left, -bottom)
    reader.run(content, resources)
    return glyphs
