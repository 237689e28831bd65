"""Typewriter-era UN PDFs (ODS, 1980s and 1990s), by the fixture that has their shape.

``en-fpdf2-typewriter`` (``samples/pdf/make_fixtures.py``): monospace, ragged right,
blank lines between paragraphs, "Distr." and "GENERAL" on two lines, the masthead's
two symbols on lines of their own, "English" and "Page 2" under the symbol on later
pages, "/..." at the foot of a page that goes on. Measured on A/53/568-S/1998/1025
and A/49/230-S/1994/822 (Acrobat Distiller 2.1 and 3.0), see docs/pdf.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import unarchive
from unarchive.readers.pdf.reader import body_paragraphs

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "pdf" / "en-fpdf2-typewriter.pdf"


@pytest.fixture(scope="module")
def parsed() -> unarchive.Parsed:
    return unarchive.parse(SAMPLE)


def test_the_running_lines_of_later_pages_are_furniture(parsed: unarchive.Parsed) -> None:
    body = body_paragraphs(parsed)
    for running in ("English", "Page 2", "Page 3", "/...", "A/65/980"):
        assert running not in body
        assert running in parsed.text.splitlines()


def test_both_symbols_and_the_two_line_distribution_are_read(parsed: unarchive.Parsed) -> None:
    metadata = parsed.letter.metadata
    assert metadata.symbol == "S/2011/496"
    assert metadata.additional_symbols == ("A/65/980",)
    assert metadata.distribution == "General"
    assert metadata.original_language == "en"


def test_ragged_paragraphs_are_whole(parsed: unarchive.Parsed) -> None:
    typed = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert body_paragraphs(parsed) == typed


def test_a_masthead_bold_by_overstriking_reads_once(parsed: unarchive.Parsed) -> None:
    lines = parsed.text.splitlines()
    assert lines[:2] == ["UNITED", "NATIONS"]  # drawn twice, half a point apart
