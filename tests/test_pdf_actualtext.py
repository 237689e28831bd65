"""/ActualText spans that say nothing: InDesign's U+FFFD over the kashidas that justify Arabic.

The glyphs map to U+0640 through the font's ToUnicode; the span over them says
U+FFFD. The glyphs' own text stands, so nothing is reported lost (E004) and the
tatweels are reported as such (AR002). Fixture: ``ar-fpdf2-kashida-actualtext``
(``samples/pdf/make_fixtures.py``), the shape of the Egyptian official gazette
(Adobe InDesign CS4) measured in docs/pdf.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import unarchive
from unarchive.readers.pdf.glyphs import Glyph
from unarchive.readers.pdf.units import _glyph_units

SAMPLE = (
    Path(__file__).resolve().parent.parent / "samples" / "pdf" / "ar-fpdf2-kashida-actualtext.pdf"
)


@pytest.fixture(scope="module")
def parsed() -> unarchive.Parsed:
    return unarchive.parse(SAMPLE)


def test_the_kashidas_are_tatweels_not_lost_characters(parsed: unarchive.Parsed) -> None:
    text = "\n".join(line.text for line in parsed.renditions[0].lines)
    assert "\ufffd" not in text
    assert "\u0640" in text
    codes = {finding.code for finding in unarchive.validate(parsed)}
    assert "E004" not in codes
    assert "AR002" in codes


def glyph(text: str, x0: float, span: int) -> Glyph:
    return Glyph(text, x0, x0 + 2.0, 700.0, 11.0, 1, span, False, int(x0))


def test_a_span_of_replacement_characters_keeps_the_glyphs_text() -> None:
    glyphs = [glyph("س", 10, -1), glyph("\u0640", 8, 0), glyph("\u0640", 6, 0), glyph("ت", 4, -1)]
    units = _glyph_units(glyphs, {0: "\ufffd\ufffd"})
    assert [u.text for u in units] == ["س", "\u0640", "\u0640", "ت"]


def test_a_span_with_real_text_still_replaces_its_glyphs() -> None:
    glyphs = [glyph("ﻻ", 10, 0), glyph("x", 8, -1)]
    assert [u.text for u in _glyph_units(glyphs, {0: "لا"})] == ["لا", "x"]
    assert [u.text for u in _glyph_units(glyphs, {0: ""})] == ["x"]  # empty: nothing drawn


def test_a_jumble_of_letters_and_replacement_characters_gives_way_to_the_glyphs() -> None:
    # InDesign over a lam-alef and its kashidas: "ا\ufffdل\ufffd" for [لا, ـ, ـ].
    glyphs = [glyph("لا", 10, 0), glyph("\u0640", 8, 0), glyph("\u0640", 6, 0)]
    units = _glyph_units(glyphs, {0: "ا\ufffdل\ufffd"})
    assert [u.text for u in units] == ["لا", "\u0640", "\u0640"]


def test_replacement_characters_over_glyphs_without_text_stay_lost() -> None:
    glyphs = [glyph("", 10, 0), glyph("س", 8, -1)]
    assert [u.text for u in _glyph_units(glyphs, {0: "\ufffd"})] == ["\ufffd", "س"]
