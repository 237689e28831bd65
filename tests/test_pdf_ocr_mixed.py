"""Pages with visible OCR text and invisible words between (Acrobat Capture, 1990s ODS PDFs).

Acrobat Capture draws the words it is sure of as text and leaves the others as
picture with their text invisible over them (A/45/189-S/21225: "Palestinian Arabs in
[Judea, Samaria] and the Gaza district"). Before, only the visible words were read and
the line had holes; a visible space after a hole, once Word's table cells were split at
a leading space, cut the line in two.
"""

from __future__ import annotations

from unarchive.parsers.pdf_glyphs import Glyph, PageGlyphs
from unarchive.parsers.pdf_lines import build_lines


def _word(text: str, x: float, invisible: bool, seq: int, y: float = 500.0) -> list[Glyph]:
    return [
        Glyph(ch, x + 6 * i, x + 6 * i + 6, y, 10.0, seq, invisible=invisible, seq=seq * 100 + i)
        for i, ch in enumerate(text)
    ]


def _page(*words: list[Glyph]) -> PageGlyphs:
    return PageGlyphs(1, 612.0, 792.0, [g for word in words for g in word])


def test_invisible_words_between_visible_ones_are_read() -> None:
    page = _page(
        _word("Arabs in ", 60.0, False, 1),
        _word("Judea, Samaria", 114.0, True, 2),
        _word(" and the Gaza", 198.0, False, 3),
    )
    [line] = build_lines(page)
    assert line.text() == "Arabs in Judea, Samaria and the Gaza"


def test_an_invisible_copy_under_visible_text_is_not_read_twice() -> None:
    page = _page(
        _word("Security Council", 60.0, False, 1), _word("Security Council", 60.0, True, 2)
    )
    [line] = build_lines(page)
    assert line.text() == "Security Council"


def test_a_page_of_visible_text_only_is_unchanged() -> None:
    page = _page(
        _word("General Assembly ", 60.0, False, 1), _word(" Security Council", 330.0, False, 2)
    )
    assert [line.text() for line in build_lines(page)] == ["General Assembly", "Security Council"]
