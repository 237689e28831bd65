"""Paragraphs from line geometry (parsers/pdf_blocks.py), in the shapes real UN PDFs have.

The geometry is the one measured on Word PDFs from ODS (S/2025/378, A/80/488-S/2025/655):
a 612 pt page with its margin at 60 pt, the body in a text block from 123.4 pt to 490.5 pt,
the title's first line and the session lines hanging out to 60 pt, a quotation whose lines
after the first are indented to 147.2 pt, the signature flush with the block's closing edge.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unarchive.readers.pdf.blocks import paragraphs
from unarchive.readers.pdf.lines import TextLine

PAGE = 612.0
BLOCK = (123.4, 490.5)


@dataclass(frozen=True)
class Row:
    """A line: where it starts and ends in a left-to-right text, and its text."""

    x0: float
    x1: float
    text: str
    gap: float = 12.0  # the step down from the line before


def lines(rows: list[Row], rtl: bool = False, size: float = 10.0) -> list[TextLine]:
    out: list[TextLine] = []
    y = 700.0
    for row in rows:
        y -= row.gap
        x0, x1 = (PAGE - row.x1, PAGE - row.x0) if rtl else (row.x0, row.x1)
        line = TextLine(page=1, y=y, x0=x0, x1=x1, size=size, rtl=rtl)
        line._texts = (row.text, row.text)
        out.append(line)
    return out


def full(text: str = "word " * 12, x0: float = BLOCK[0], gap: float = 12.0) -> Row:
    return Row(x0, BLOCK[1] + 0.3, text.strip(), gap)


def last(text: str = "the end.", x1: float = 300.0, x0: float = BLOCK[0], gap: float = 12.0) -> Row:
    return Row(x0, x1, text, gap)


UN_LETTER = [
    Row(60.0, 425.8, "General Assembly Security Council"),
    Row(60.0, 414.7, "Eightieth session Eightieth year"),
    Row(60.0, 350.6, "Agenda item 53"),
    Row(60.0, 350.6, "Questions relating to information"),
    Row(60.0, 484.6, "Letter dated 17 October 2025 from the Permanent Representative", 31.2),
    Row(123.4, 486.4, "of the Republic of Moldova to the United Nations addressed to the", 13.4),
    Row(123.4, 307.2, "President of the Security Council", 13.4),
    Row(*BLOCK, "I have the honour to refer to the letter dated 6 October 2025 from", 24.4),
    full(),
    last(x1=451.5),
    Row(123.4, 373.2, "Article 14 of the Statute of the Court provides that:", 18.0),
    full("Vacancies shall be filled by the same method as that laid down for the first", gap=18.0),
    full(x0=147.2),
    full(x0=147.2),
    last("Security Council.", x0=147.2, x1=225.1),
    Row(*BLOCK, "I would be grateful if the present letter could be issued as a", 18.0),
    last("General Assembly, under agenda item 53.", x1=432.4),
    Row(376.8, 491.2, "(Signed) Gheorghe Leucă", 30.0),
    Row(435.3, 491.2, "Ambassador"),
]
UN_PARAGRAPHS = [[0], [1], [2], [3], [4, 5, 6], [7, 8, 9], [10], [11, 12, 13, 14], [15, 16]]
UN_PARAGRAPHS += [[17], [18]]


@pytest.mark.parametrize("rtl", [False, True])
def test_the_un_template_text_block_is_the_margin(rtl: bool) -> None:
    # Before: the margin was the outermost ink (60 pt), every body line seemed indented and
    # stood alone as a paragraph of its own.
    assert paragraphs(lines(UN_LETTER, rtl)) == UN_PARAGRAPHS


@pytest.mark.parametrize("rtl", [False, True])
def test_a_quotation_with_a_hanging_indent_is_one_paragraph(rtl: bool) -> None:
    rows = [full(), last(), full(), full(x0=147.2), full(x0=147.2), last(x0=147.2), full(), last()]
    assert paragraphs(lines(rows, rtl)) == [[0, 1], [2, 3, 4, 5], [6, 7]]


def test_a_ragged_title_wraps_where_the_next_word_did_not_fit() -> None:
    rows = [
        Row(60.0, 459.7, "Letter dated 5 August 2011 from the Permanent Representative of"),
        Row(123.4, 470.1, "India to the United Nations addressed to the Secretary-"),
        Row(123.4, 168.1, "General"),
        full(gap=24.0),
        full(),
        last(),
    ]
    assert paragraphs(lines(rows)) == [[0, 1, 2], [3, 4, 5]]


def test_short_lines_whose_next_word_would_have_fitted_stand_alone() -> None:
    rows = [last("Agenda item 53", x1=200.0), last("Questions", x1=180.0), full(), last()]
    assert paragraphs(lines(rows)) == [[0], [1], [2, 3]]


def test_a_signature_flush_with_the_closing_edge_stands_alone() -> None:
    rows = [full(), last(), Row(376.8, 491.2, "(Signed) A. B.", 30.0), Row(435.3, 491.2, "X")]
    assert paragraphs(lines(rows)) == [[0, 1], [2], [3]]


@given(
    st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=12),
    st.booleans(),
    st.sampled_from([0.0, -63.4]),
)
def test_justified_paragraphs_are_found_whatever_hangs_out(
    lengths: list[int], rtl: bool, hang: float
) -> None:
    """Paragraphs of full lines and a short last line, under a title that may hang out."""
    rows = [Row(BLOCK[0] + hang, 300.0, "A title")]
    expected = [[0]]
    for n in lengths:
        start = len(rows)
        rows += [full(gap=18.0 if i == 0 else 12.0) for i in range(n)]
        rows.append(last(x1=150.0 + 13.7 * len(expected)))  # last lines end anywhere
        expected.append(list(range(start, len(rows))))
    assert paragraphs(lines(rows, rtl)) == expected
