"""Pages with visible OCR text and invisible words between (Acrobat Capture, 1990s ODS PDFs).

Acrobat Capture draws the words it is sure of as text and leaves the others as
picture with their text invisible over them (A/45/189-S/21225: "Palestinian Arabs in
[Judea, Samaria] and the Gaza district"). Before, only the visible words were read and
the line had holes; a visible space after a hole, once Word's table cells were split at
a leading space, cut the line in two. The OCR's masthead is read through its usual
misreadings ("ORIGINAL8", a symbol spaced out letter by letter).
"""

from __future__ import annotations

from unarchive.readers.pdf.furniture import find
from unarchive.readers.pdf.glyphs import Glyph, PageGlyphs
from unarchive.readers.pdf.lines import TextLine, build_lines


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


def _line(y: float, x0: float, text: str) -> TextLine:
    line = TextLine(page=1, y=y, x0=x0, x1=x0 + 6 * len(text), size=11.8)
    line._texts = (text, text)
    return line


def test_an_ocr_masthead_with_its_misreadings_is_read() -> None:
    # A/45/311-S/21356: the OCR spaced the symbol out and read "ORIGINAL:" as "ORIGINAL8".
    lines = [
        _line(706.6, 78.0, "General Assembly Security Council"),
        _line(703.0, 430.1, "Distr."),
        _line(690.5, 430.1, "GENERAL"),
        _line(665.8, 430.1, "A / 4 5 / 3 1 1"),
        _line(653.0, 430.3, "S/21356"),
        _line(640.6, 430.8, "13 June 1990"),
        _line(616.3, 429.8, "ORIGINAL8 ENGLISH"),
        _line(393.1, 73.4, "Letter dated 12 June 1990 from the Permanent Observer of Palestine"),
    ]
    found = find(lines, {1: 792.0})
    assert sorted(found.lines) == list(range(7))
    assert found.symbols == ["A/45/311", "S/21356"]
    assert found.original_language == "en"
    assert found.distribution == "General"


def test_words_spaced_out_that_make_no_symbol_stay_as_they_are() -> None:
    lines = [_line(700.0, 60.0, "Original: English"), _line(600.0, 60.0, "a b c d e f")]
    assert 1 not in find(lines, {1: 792.0}).lines


def _at(page: int, y: float, text: str) -> TextLine:
    line = TextLine(page=page, y=y, x0=41.0, x1=41.0 + 5 * len(text), size=9.8)
    line._texts = (text, text)
    return line


def test_running_lines_of_a_scaled_scan_stack_below_the_header_band() -> None:
    # A/40/281-S/17146 (Acrobat Capture): a 622 pt page whose running lines start at 553 pt.
    lines = [
        _at(1, 300.0, "In conclusion, I wish to request that this letter be circulated."),
        _at(1, 110.0, "85-12781 0356b (E)"),
        _at(1, 26.2, "/ . . ."),
        _at(2, 553.5, "A/40/281"),
        _at(2, 543.8, "S/17146"),
        _at(2, 534.0, "English"),
        _at(2, 524.2, "Page 2"),
        _at(2, 495.8, "According to the weekly Al-Fajr of 5 April, a Nablus youth"),
        _at(2, 300.0, "2"),
    ]
    found = find(lines, {1: 628.0, 2: 622.0})
    assert found.lines == {
        1: "footer",
        2: "footer",
        3: "header",
        4: "header",
        5: "header",
        6: "header",
    }
    assert found.job_number == "85-12781 (E)"


def test_ocr_words_written_with_their_space_get_one_space() -> None:
    # A/40/281-S/17146: the invisible layer writes "In ", "my ", "capacity " one per operation.
    glyphs: list[Glyph] = []
    for seq, (word, x) in enumerate((("In ", 47.2), ("my ", 60.7), ("capacity", 75.7))):
        glyphs += [
            Glyph(ch, x + 4 * i, x + 4 * i + 4, 500.0, 9.0, seq, invisible=True, seq=seq * 10 + i)
            for i, ch in enumerate(word)
        ]
    [line] = build_lines(PageGlyphs(1, 464.0, 628.0, glyphs))
    assert line.text() == "In my capacity"


def test_a_starred_footnote_under_its_mark_is_furniture() -> None:
    # The rule over the footnotes was drawn, not typed: the mark ("list*") tells.
    lines = [
        _at(1, 560.0, "Item 12 of the preliminary list*"),
        _at(1, 400.0, "* The text of a paragraph that starts with a star."),
        _at(1, 120.0, "* A/40/50/Rev.1."),
        _at(1, 110.0, "** Second reissue for technical reasons."),
    ]
    found = find(lines, {1: 628.0})
    # The agenda item is the session block; high on the page, or no "**" mark above: text.
    assert found.lines == {0: "masthead", 2: "footnote"}


def test_an_ocr_layer_of_justified_typewriting_keeps_its_lines_whole() -> None:
    # S/14938: "Secretary-General    dated 17 March 1982 (A/37/118-S/14910),    I wish to draw
    # your": gaps of 3-4 ems between the words of one line, which are no columns.
    glyphs: list[Glyph] = []
    words = (("Secretary-General", 36.0), ("dated", 157.0), ("your", 220.0))
    for seq, (word, x) in enumerate(words):
        glyphs += [
            Glyph(ch, x + 5 * i, x + 5 * i + 5, 533.2, 10.5, seq, invisible=True, seq=seq * 50 + i)
            for i, ch in enumerate(word)
        ]
    [line] = build_lines(PageGlyphs(1, 612.0, 857.0, glyphs))
    assert line.text() == "Secretary-General dated your"
