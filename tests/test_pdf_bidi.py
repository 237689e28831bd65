"""Inverse bidi, line building and page furniture of the PDF parser, without PDFs."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from unarchive.readers.pdf import bidi as pdf_bidi
from unarchive.readers.pdf.furniture import JOB, JOB_LANGUAGE, SYMBOL, parse_date
from unarchive.readers.pdf.glyphs import Glyph, PageGlyphs
from unarchive.readers.pdf.lines import build_lines, fold_presentation_forms


def logical(visual: list[str]) -> str:
    order, _, _ = pdf_bidi.to_logical(visual)
    return "".join(visual[i] for i in order)


def visual_units(text: str) -> list[str]:
    """A logical Arabic line as a right-to-left writer draws it, left to right."""
    return list(text[::-1])


@given(st.lists(st.integers(0, 2), min_size=0, max_size=30))
def test_reorder_is_its_own_inverse(levels: list[int]) -> None:
    items = list(range(len(levels)))
    visual = pdf_bidi.reorder(items, levels)
    back_levels = [levels[i] for i in visual]
    assert pdf_bidi.reorder(visual, back_levels) == items


ARABIC_WORDS = st.sampled_from(["الأمم", "المتحدة", "مجلس", "الأمن", "حفظ", "السلام", "في", "من"])


@settings(max_examples=60)
@given(st.lists(ARABIC_WORDS, min_size=1, max_size=8))
def test_plain_arabic_comes_back_in_logical_order(words: list[str]) -> None:
    text = " ".join(words)
    assert logical(visual_units(text)) == text


def test_digits_and_latin_inside_arabic_keep_their_left_to_right_order() -> None:
    # "عام 1961 في" drawn right to left: the digits stay left to right.
    visual = [*"يف ", *"1961", *" ماع"]
    assert logical(visual) == "عام 1961 في"
    visual = [*"(", *"S/2011/496", *" ةقيثولا رظنا", *")"]
    assert logical(visual) == ")انظر الوثيقة S/2011/496("  # mirrored later, by vote


def test_space_separated_digit_groups_come_back_as_stored() -> None:
    # Word stores "000 20" so that it displays as "20 000" in a right-to-left line.
    visual = [*"درف ", *"20 000", *" نم"]
    assert logical(visual) == "من 000 20 فرد"


def test_a_no_break_space_joins_a_number() -> None:
    visual = [*"درف ", "2", "0", "\u00a0", "0", "0", "0", *" ةبارق"]
    assert logical(visual) == "قرابة 20\u00a0000 فرد"


def test_a_year_with_its_full_stop_alone_on_a_line_follows_the_page() -> None:
    assert logical([".", *"2013"]) == ".2013"
    order, _, rtl = pdf_bidi.to_logical([".", *"2013"], default_rtl=True)
    assert rtl
    assert "".join([".", *"2013"][i] for i in order) == "2013."


def test_a_job_number_in_a_right_to_left_footer_stays_whole() -> None:
    order, _, _ = pdf_bidi.to_logical(list("13-44512"), default_rtl=True)
    assert [list("13-44512")[i] for i in order] == list("13-44512")


def test_an_english_line_is_left_as_it_is() -> None:
    text = "Letter dated 5 August 2011 (see annex)."
    assert logical(list(text)) == text


def test_arabic_inside_an_english_line_is_reversed() -> None:
    visual = [*"the word ", *"مالسلا", *" means peace"]
    assert logical(visual) == "the word السلام means peace"


def test_bracket_votes() -> None:
    assert pdf_bidi.mirrored_votes([")", "أ", "("], [1, 1, 1]) == 1
    assert pdf_bidi.mirrored_votes(["(", "أ", ")"], [1, 1, 1]) == -1
    assert pdf_bidi.mirrored_votes(["(", "a", ")"], [0, 0, 0]) == 0
    assert pdf_bidi.mirror("(") == ")"
    assert pdf_bidi.mirror("«") == "»"


def test_presentation_forms_are_folded_one_by_one() -> None:
    assert fold_presentation_forms("\ufefb\ufe8e") == "لاا"
    assert fold_presentation_forms("\ufef7") == "لأ"
    assert fold_presentation_forms("a\u00a0b") == "a\u00a0b"  # not NFKC on everything
    assert fold_presentation_forms("\ufe7c") == "\u0651"  # shadda, not space + shadda


def _page(glyphs: list[Glyph]) -> PageGlyphs:
    page = PageGlyphs(1, 595.0, 842.0)
    for seq, glyph in enumerate(glyphs):
        glyph.seq = seq
    page.glyphs = glyphs
    return page


def _word(text: str, right: float, y: float = 700.0, width: float = 6.0) -> list[Glyph]:
    """An Arabic word drawn right to left: glyphs in visual order, left to right."""
    glyphs = []
    x = right - width * len(text)
    for ch in reversed(text):
        glyphs.append(Glyph(ch, x, x + width, y, 12.0, 1))
        x += width
    return glyphs


def test_lines_from_glyphs_with_a_gap_for_a_space_and_a_lam_alef_kept_whole() -> None:
    glyphs = [*_word("قليلا", 358.0), *_word("السلام", 400.0)]
    glyphs[0] = Glyph("لا", glyphs[0].x0, glyphs[1].x1, 700.0, 12.0, 1)  # one glyph, two letters
    del glyphs[1]
    (line,) = build_lines(_page(glyphs))
    assert line.text() == "السلام قليلا"
    assert line.rtl


def test_a_mark_joins_the_letter_that_follows_it_in_the_content_stream() -> None:
    word = _word("ثرت", 200.0)  # ت ر ث from left to right
    shadda = Glyph("\u0651", word[1].x1 - 1.0, word[1].x1 - 1.0, 702.0, 12.0, 1)
    glyphs = [word[0], word[1], shadda, word[2]]
    (line,) = build_lines(_page(glyphs))
    assert line.text() == "ثّرت"


def test_lines_are_split_by_baseline_and_by_wide_gaps() -> None:
    glyphs = [
        *_word("الأمم", 500.0, y=800.0),
        Glyph("S", 80.0, 88.0, 800.0, 12.0, 2),
        Glyph("/", 88.0, 92.0, 800.0, 12.0, 2),
        Glyph("1", 92.0, 98.0, 800.0, 12.0, 2),
        *_word("مجلس", 500.0, y=780.0),
    ]
    lines = build_lines(_page(glyphs))
    assert [line.text() for line in lines] == ["S/1", "الأمم", "مجلس"]


def test_an_actual_text_span_replaces_its_glyphs() -> None:
    glyphs = [
        Glyph("X", 100.0, 106.0, 700.0, 12.0, 1, span=0),
        Glyph("Y", 106.0, 110.0, 700.0, 12.0, 1, span=0),
    ]
    page = _page([*_word("من", 99.0), *glyphs])
    page.actual_text = {0: "ل"}
    (line,) = build_lines(page)
    assert "X" not in line.text() and "ل" in line.text()


def test_an_invisible_layer_is_read_one_word_per_operation() -> None:
    words = []
    for op, (word, right) in enumerate((("السلام", 300.0), ("حفظ", 258.0)), start=1):
        x = right - 6.0 * len(word)
        for ch in word:  # logical order, advancing left to right, as OCR writes it
            words.append(Glyph(ch, x, x + 6.0, 700.0, 12.0, op, invisible=True))
            x += 6.0
    (line,) = build_lines(_page(words))
    assert line.text() == "السلام حفظ"


def test_masthead_dates_in_english_and_arabic() -> None:
    assert parse_date("8 August 2011") == dt.date(2011, 8, 8)
    assert parse_date("8 آب/أغسطس 2011") == dt.date(2011, 8, 8)
    assert parse_date("٨ آب/أغسطس ٢٠١١") == dt.date(2011, 8, 8)
    assert parse_date("4 أيلــول/سبتمبر 2013") == dt.date(2013, 9, 4)
    assert parse_date("31 February 2011") is None
    assert parse_date("Distr.: General") is None


def test_symbols_and_job_numbers() -> None:
    assert SYMBOL.match("S/2011/496")
    assert SYMBOL.match("E/ESCWA/2017/EC.4/4")
    assert SYMBOL.match("A/67/982")
    assert not SYMBOL.match("Distr.: General")
    assert not SYMBOL.match("2011/496")
    job = JOB.search("11-44795 (A)    090811    090811")
    assert job is not None and (job[1], job[2]) == ("11-44795", "A")
    assert JOB_LANGUAGE.findall("090811 090811 )A( 11-44795") == ["A"]
    assert JOB.search("GE.19-13879 (R) 210819")[1] == "GE.19-13879"  # type: ignore[index]


def test_a_joint_symbol_in_the_masthead_gives_both_symbols() -> None:
    from unarchive.readers.pdf.furniture import Furniture, _read

    found = Furniture()
    _read("A/80/434-S/2025/632", "masthead", found)
    assert (found.symbol, found.symbols) == ("A/80/434", ["A/80/434", "S/2025/632"])
    _read("S/2025/632", "header", found)  # a running header repeats one of them
    assert found.symbols == ["A/80/434", "S/2025/632"]
    for printed in (
        "A/67/824\u2013S/2013/211",
        "A/67/824 \u2014 S/2013/211",
        "A/67/824 S/2013/211",
    ):
        found = Furniture()
        _read(printed, "masthead", found)
        assert found.symbols == ["A/67/824", "S/2013/211"], printed
