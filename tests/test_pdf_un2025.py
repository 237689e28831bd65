"""2025 UN letters set by the Word template (ODS, Word for Microsoft 365), by their fixture.

``en-fpdf2-un-2025`` (``samples/pdf/make_fixtures.py``) has the shape measured on
A/80/434-S/2025/632 and A/80/500-S/2025/656: a two-column session block under the
masthead (organs, session and year, agenda item and its title; Word draws a space at
the edge of each table cell), and 12 pt bold titles whose style wraps well short of
the text block's closing edge. Before: the session block came out one line per row
mixing both columns ("General Assembly Security Council") and stood in the letter;
the annex title was cut after its first line, and the title the JSON gave began
mid-sentence.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import unarchive
from unarchive.readers.pdf.blocks import paragraphs
from unarchive.readers.pdf.furniture import find
from unarchive.readers.pdf.glyphs import Glyph
from unarchive.readers.pdf.lines import TextLine, _split_blocks
from unarchive.readers.pdf.reader import body_paragraphs

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "pdf" / "en-fpdf2-un-2025.pdf"


@pytest.fixture(scope="module")
def parsed() -> unarchive.Parsed:
    return unarchive.parse(SAMPLE)


def test_the_paragraphs_are_those_typed(parsed: unarchive.Parsed) -> None:
    typed = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert body_paragraphs(parsed) == typed


def test_a_long_annex_title_is_whole(parsed: unarchive.Parsed) -> None:
    [annex] = parsed.letter.annexes
    typed = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert annex.heading is not None
    assert annex.heading.text == typed[-10]
    assert annex.title == typed[-9]
    assert annex.title.startswith("Summary of the open debate")
    assert annex.title.endswith("(26 August 2011)")
    assert [h.text for h in annex.headings] == ["30 August 2011"]
    assert len(annex.paragraphs) == 7


def test_the_session_block_is_masthead_column_by_column(parsed: unarchive.Parsed) -> None:
    lines = parsed.text.splitlines()
    start = lines.index("Sixty-fifth session") - 1
    assert lines[start : start + 6] == [
        "General Assembly",
        "Sixty-fifth session",
        "Agenda item 33",
        "Prevention of armed conflict",
        "Security Council",
        "Sixty-sixth year",
    ]
    body = body_paragraphs(parsed)
    assert body[0].startswith("Letter dated 5 August 2011")
    for furniture in ("Sixty-fifth session", "Sixty-sixth year", "Prevention of armed conflict"):
        assert not any(furniture in paragraph for paragraph in body)


def test_the_letter_parts_are_read(parsed: unarchive.Parsed) -> None:
    metadata = parsed.letter.metadata
    known = json.loads(SAMPLE.with_suffix(".json").read_text(encoding="utf-8"))
    assert metadata.symbol == known["symbol"]
    assert metadata.additional_symbols == (known["additional_symbols"],)
    assert metadata.organ == known["organ"]
    assert metadata.title is not None and metadata.title.startswith("Letter dated 5 August 2011")
    assert metadata.signatory.name == "H. S. Puri"
    assert len(parsed.letter.letter.paragraphs) == 2


def test_the_cli_json_has_the_whole_annex_title(tmp_path: Path) -> None:
    from unarchive.cli import main

    out = tmp_path / "letter.json"
    assert main(["convert", str(SAMPLE), "--to", "json", "-o", str(out), "--no-progress"]) in (0, 1)
    annex = json.loads(out.read_text(encoding="utf-8"))["annexes"][0]
    assert annex["title"].startswith("Summary of the open debate of the Security Council on United")


# The pieces, one shape at a time ---------------------------------------------------------


def _line(y: float, x0: float, x1: float, text: str, size: float = 10.0) -> TextLine:
    line = TextLine(page=1, y=y, x0=x0, x1=x1, size=size)
    line._texts = (text, text)
    return line


def _glyphs(text: str, x: float, y: float = 500.0, size: float = 10.0) -> list[Glyph]:
    return [Glyph(ch, x + 5 * i, x + 5 * i + 5, y, size, 0, seq=i) for i, ch in enumerate(text)]


def test_a_table_cell_that_starts_with_a_space_is_a_block_of_its_own() -> None:
    # Word writes "General Assembly " in one cell and " Security Council" in the next.
    units = _glyphs("General Assembly ", 60.0) + _glyphs(" Security Council", 333.6)
    blocks = _split_blocks(units)
    assert ["".join(u.text for u in block) for block in blocks] == [
        "General Assembly",
        "Security Council",
    ]
    assert blocks[1][0].x0 == pytest.approx(338.6)  # the space does not widen the cell


def test_a_gap_between_words_is_no_block() -> None:
    units = _glyphs("word word", 60.0)
    assert len(_split_blocks(units)) == 1


def test_a_typewriter_session_block_with_wrapped_agenda_titles() -> None:
    # A/53/568-S/1998/1025's shape: columns already apart, item titles in capitals.
    lines = [
        _line(700.0, 436.8, 544.8, "ORIGINAL: ENGLISH"),
        _line(650.0, 64.8, 160.8, "GENERAL ASSEMBLY"),
        _line(650.0, 436.8, 532.8, "SECURITY COUNCIL"),
        _line(638.3, 64.8, 178.8, "Fifty-third session"),
        _line(638.3, 436.8, 532.8, "Fifty-third year"),
        _line(626.6, 64.8, 220.8, "Agenda items 39, 40 and 84"),
        _line(614.9, 64.8, 268.8, "REPORT OF THE SPECIAL COMMITTEE TO"),
        _line(603.2, 76.8, 250.8, "INVESTIGATE PRACTICES"),
        _line(568.1, 99.0, 513.0, "Letter dated 2 November 1998 from the Permanent Observer"),
    ]
    found = find(lines, {1: 792.0})
    assert sorted(found.lines) == list(range(8))
    assert found.session == [1, 3, 5, 6, 7, 2, 4]


def test_no_session_block_without_a_session_or_agenda_line() -> None:
    lines = [
        _line(700.0, 397.0, 474.2, "Original: English"),
        _line(600.0, 60.0, 200.0, "Security Council"),
        _line(570.0, 60.0, 478.0, "Letter dated 3 October 2025 from the Permanent", 12.0),
    ]
    found = find(lines, {1: 792.0})
    assert 1 not in found.lines and 2 not in found.lines
    assert found.session == []


def test_an_arabic_session_block() -> None:
    lines = [
        _line(700.0, 100.0, 200.0, "الأصل: بالإنكليزية"),
        _line(600.0, 400.0, 550.0, "الجمعية العامة"),
        _line(600.0, 100.0, 200.0, "مجلس الأمن"),
        _line(588.0, 400.0, 550.0, "الدورة الثمانون"),
        _line(588.0, 100.0, 200.0, "السنة الثمانون"),
        _line(576.0, 400.0, 550.0, "البند 26 من جدول الأعمال"),
        _line(540.0, 100.0, 550.0, "رسالة مؤرخة 3 تشرين الأول/أكتوبر 2025", 12.0),
    ]
    found = find(lines, {1: 792.0})
    assert sorted(found.lines) == [0, 1, 2, 3, 4, 5]


def test_a_heading_style_wraps_short_of_the_text_block() -> None:
    # A/80/434-S/2025/632, page 2: the annex title's first line ends a sixth of the width
    # short of the block (490.5 pt), the heading style's own edge being near 475 pt.
    lines = [
        _line(707.6, 123.4, 461.4, "Annex to the letter dated 3 October 2025 from the", 12.0),
        _line(694.1, 123.4, 467.5, "Representative of Spain to the United Nations to the", 12.0),
        _line(680.6, 123.4, 227.0, "Secretary-General", 12.0),
        _line(655.1, 123.4, 429.1, "Chair’s summary of the annual retreat on international", 12.0),
        _line(641.6, 123.4, 475.7, "humanitarian law, on the women and peace and security", 12.0),
        _line(628.1, 123.4, 235.5, "(1 and 2 April 2025)", 12.0),
    ]
    lines += [_line(603.8 - 12 * i, 123.4, 490.5, "word " * 12) for i in range(8)]
    lines += [_line(603.8 - 12 * 8, 123.4, 300.0, "the end.")]
    assert paragraphs(lines) == [[0, 1, 2], [3, 4, 5], list(range(6, 15))]


def test_a_short_body_line_before_a_long_word_still_ends_its_paragraph() -> None:
    # The wider wrap is a heading style's only: body lines keep theirs.
    rows = [_line(600.0 - 12 * i, 123.4, 490.5, "word " * 12) for i in range(3)]
    rows.append(_line(564.0, 123.4, 420.0, "the end of a paragraph."))
    rows.append(_line(552.0, 123.4, 490.5, "Notwithstanding " + "word " * 11))
    rows.append(_line(540.0, 123.4, 300.0, "the end."))
    assert paragraphs(rows) == [[0, 1, 2, 3], [4, 5]]


LONG_TITLE = """\
Letter dated 2 March 2009 from the Permanent Representative of Ruritania to the United Nations \
addressed to the Secretary-General

I have the honour to transmit the Chair's summary of the retreat (see annex).

(Signed) Rudolf Rassendyll
Permanent Representative

Annex to the letter dated 2 March 2009 from the Permanent Representative of Ruritania to the \
United Nations addressed to the Secretary-General

Chair's summary of the annual retreat on international humanitarian law, on the protection of \
civilians in armed conflict (1 and 2 April 2009)

The retreat was held in good order.
"""


def test_a_long_annex_title_set_as_one_paragraph_is_the_title() -> None:
    # Text and Word renditions give the title as one paragraph too: 130 characters.
    [annex] = unarchive.parse(LONG_TITLE.encode("utf-8")).letter.annexes
    assert annex.title is not None and annex.title.startswith("Chair's summary")
    assert annex.title.endswith("(1 and 2 April 2009)")
    assert [p.text for p in annex.paragraphs] == ["The retreat was held in good order."]
