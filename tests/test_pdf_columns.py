"""Two-column pages (meeting records: S/PV.4507, A/C.4/SR.985 on ODS), by ``pdf_columns``.

``en-fpdf2-two-columns``: a heading across the page, then two justified columns with a
4 mm gutter, a paragraph running from the foot of the first column to the head of the
second. Before: each row ran the two columns together ("donors, we were able to mobilize
$240 million to has been repeated over and over"), as the gutter is narrower than the gap
that splits a masthead's blocks.
"""

from __future__ import annotations

from pathlib import Path

import unarchive
from unarchive.readers.pdf import columns as pdf_columns
from unarchive.readers.pdf.furniture import find
from unarchive.readers.pdf.glyphs import Glyph
from unarchive.readers.pdf.lines import TextLine
from unarchive.readers.pdf.reader import body_paragraphs

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "pdf" / "en-fpdf2-two-columns.pdf"


def test_the_columns_are_read_one_after_the_other() -> None:
    typed = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert body_paragraphs(unarchive.parse(SAMPLE)) == typed


def _row(y: float, *cells: tuple[float, str]) -> list[Glyph]:
    return [
        Glyph(ch, x + 5 * i, x + 5 * i + 5, y, 10.0, 0)
        for x, text in cells
        for i, ch in enumerate(text)
        if ch != " "
    ]


def _prose(seed: int) -> str:
    """A full line of words of varied length: word gaps that do not line up from row to row."""
    return "".join("w" * ((j * 3 + seed * 5) % 7 + 2) + " " for j in range(40))[:95]


COLUMN = "x" * 47  # 235 pt of text: a column's full line


def test_a_gutter_between_two_filled_columns() -> None:
    rows = [_row(700.0 - 12 * i, (60.0, COLUMN), (312.0, COLUMN)) for i in range(12)]
    found = pdf_columns.gutter(rows, 612.0)
    assert found is not None
    assert 295.0 < found[0] < 312.0 and 10 <= found[1] <= 17


def test_no_gutter_in_a_single_column_or_a_table() -> None:
    prose = [_row(700.0 - 12 * i, (60.0, _prose(i))) for i in range(12)]
    assert pdf_columns.gutter(prose, 612.0) is None
    table = [_row(700.0 - 12 * i, (60.0, "49) 14 May:"), (190.0, COLUMN)) for i in range(12)]
    assert pdf_columns.gutter(table, 612.0) is None  # a number and a date: no column


def test_a_heading_across_the_gutter_stays_whole() -> None:
    heading = _row(760.0, (200.0, "Peacekeeping: taking"), (305.0, "stock and more"))
    rows = [heading] + [_row(700.0 - 12 * i, (60.0, COLUMN), (312.0, COLUMN)) for i in range(12)]
    found = pdf_columns.gutter(rows, 612.0)
    assert found is not None
    assert len(pdf_columns.cut(heading, found)) == 1
    assert len(pdf_columns.cut(rows[1], found)) == 2


def _line(page: int, y: float, x0: float, text: str) -> TextLine:
    line = TextLine(page=page, y=y, x0=x0, x1=x0 + 5 * len(text), size=10.0)
    line._texts = (text, text)
    return line


def test_the_cells_of_a_running_header_row_are_all_running() -> None:
    # S/PV.10011: "06/10/2025   Women and peace and security   S/PV.10011" on every page.
    lines = [
        _line(1, 700.0, 60.0, "The text of page 1."),
        _line(2, 732.5, 60.0, "06/10/2025"),
        _line(2, 732.5, 238.1, "Women and peace and security"),
        _line(2, 732.5, 507.9, "S/PV.10011"),
        _line(2, 700.0, 60.0, "Women and peace and security"),  # the text, not the header
    ]
    assert find(lines, {1: 792.0, 2: 792.0}).lines == {1: "header", 2: "header", 3: "header"}
