"""Glyphs with their positions from PDFium (pypdfium2): the fast backend, an optional extra.

``pip install unarchive[pdf]`` brings pypdfium2 (PDFium, BSD-3/Apache-2.0, a
binary wheel). PDFium interprets the content streams in C and gives each
character its box, origin, font size and text object, having applied
``/ActualText`` and the ToUnicode maps; this module turns that into the same
``PageGlyphs`` as ``pdf_glyphs`` (the pure-pypdf reader), so line building and
inverse bidi are shared. PDFium orders characters in its own way (it reverses
right-to-left runs), so its order is not used: a ligature's characters, which
share one box, are put back in their ToUnicode order, and combining marks are
placed by their ink box, not by their neighbours in the content stream.
"""

from __future__ import annotations

import ctypes
import time
from collections.abc import Iterator
from typing import Any

from unarchive.findings import UnreadableInput
from unarchive.readers.pdf.bidi import unit_type
from unarchive.readers.pdf.fonts import as_text
from unarchive.readers.pdf.glyphs import Glyph, PageGlyphs

_SAME_BOX = 0.01  # points: characters of one glyph share its box


def available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def read_pages(data: bytes, deadline: float) -> Iterator[PageGlyphs]:
    """The glyphs of each page, one page at a time."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise UnreadableInput(f"not a readable PDF: {error}") from None
    try:
        for index in range(len(document)):
            if time.monotonic() > deadline:
                raise UnreadableInput("reading the PDF took longer than the time limit")
            page = document[index]
            try:
                yield _page(page, index + 1)
            finally:
                page.close()
    finally:
        document.close()


def _page(page: Any, number: int) -> PageGlyphs:
    import pypdfium2.raw as raw

    width, height = page.get_size()
    glyphs = PageGlyphs(number, float(width), float(height), content_order=False, mirrored=True)
    textpage = page.get_textpage()
    try:
        glyphs.glyphs = _merge_ligatures(list(_chars(raw, textpage.raw)))
    finally:
        textpage.close()
    if not glyphs.glyphs:  # only a page without text needs its pictures counted
        glyphs.images = sum(
            1 for obj in page.get_objects(max_depth=2) if obj.type == raw.FPDF_PAGEOBJ_IMAGE
        )
    return glyphs


def _chars(raw: Any, textpage: Any) -> Iterator[Glyph]:
    loose, tight = raw.FS_RECTF(), [ctypes.c_double() for _ in range(4)]
    ox, oy = ctypes.c_double(), ctypes.c_double()
    modes: dict[int, bool] = {}
    for i in range(raw.FPDFText_CountChars(textpage)):
        if raw.FPDFText_IsGenerated(textpage, i):
            continue  # PDFium's own spaces and line breaks: gaps decide here
        text = as_text(chr(raw.FPDFText_GetUnicode(textpage, i)))
        if text in ("\r", "\n"):
            continue
        if raw.FPDFText_HasUnicodeMapError(textpage, i) == 1:
            text = ""  # no ToUnicode entry: a piece of a cluster, not a character
        raw.FPDFText_GetLooseCharBox(textpage, i, loose)
        raw.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        obj = raw.FPDFText_GetTextObject(textpage, i)
        op = ctypes.cast(obj, ctypes.c_void_p).value or 0
        if not op:
            continue  # a character PDFium made up (a space between words)
        if op not in modes:
            modes[op] = raw.FPDFTextObj_GetTextRenderMode(obj) in (3, 7)
        x0, x1 = loose.left, loose.right
        if x1 - x0 < 0.05:  # a mark: its ink shows which letter it sits on
            raw.FPDFText_GetCharBox(textpage, i, *tight)
            x0 = x1 = (tight[0].value + tight[1].value) / 2
        size = raw.FPDFText_GetFontSize(textpage, i) or abs(loose.top - loose.bottom)
        yield Glyph(text, x0, x1, oy.value, size, op, -1, modes[op], i)


def _merge_ligatures(chars: list[Glyph]) -> list[Glyph]:
    """Characters drawn by one glyph (a lam-alef) become one glyph again, in logical order."""
    out: list[Glyph] = []
    for char in chars:
        last = out[-1] if out else None
        if (
            last is not None
            and last.op == char.op
            and char.x1 - char.x0 > 0.05
            and abs(last.x0 - char.x0) < _SAME_BOX
            and abs(last.x1 - char.x1) < _SAME_BOX
        ):
            # PDFium reverses a right-to-left run, the glyph's characters with it.
            rtl = unit_type(last.text + char.text) == "R"
            last.text = char.text + last.text if rtl else last.text + char.text
            continue
        out.append(char)
    return out
