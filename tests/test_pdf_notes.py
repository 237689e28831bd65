"""PDF footnotes: the notes at the foot of a page, the raised marks citing them, TEI round trip."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unarchive.model import Letter, Note, cited_parts
from unarchive.options import Options
from unarchive.readers import tei as tei_reader
from unarchive.readers.pdf import blocks as pdf_blocks
from unarchive.readers.pdf.furniture import Furniture
from unarchive.readers.pdf.glyphs import Glyph
from unarchive.readers.pdf.lines import TextLine, _mark_offsets, raised_marks
from unarchive.readers.pdf.notes import find, line_marks, take_out
from unarchive.readers.pdf.reader import body_paragraphs, parse
from unarchive.writers import tei as tei_writer
from unarchive.xml import SCHEMAS, relaxng

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "pdf"
sys.path.insert(0, str(SAMPLES))

from letters import AR_NOTED, EN_NOTED, NotedLetter  # noqa: E402
from scoring import cer  # noqa: E402

CASES = {"en-fpdf2-notes": EN_NOTED, "ar-fpdf2-notes": AR_NOTED}


def _letter(name: str) -> Letter:
    return parse((SAMPLES / f"{name}.pdf").read_bytes(), f"{name}.pdf", Options()).letter


def _words_before(letter: Letter, note: Note) -> str:
    assert note.anchor is not None
    text = dict(cited_parts(letter))[note.anchor.part].text
    return text[: note.anchor.offset]


@pytest.mark.parametrize("name", CASES)
def test_every_note_is_read_with_its_mark_and_whole_text(name: str) -> None:
    noted = CASES[name]
    letter = _letter(name)
    got = {note.n: note.text for note in letter.notes}
    assert got == dict(noted.notes)  # note 2 goes on at the next page's foot: one note
    assert all(note.place == "foot" for note in letter.notes)
    assert len({note.id for note in letter.notes}) == len(letter.notes)


@pytest.mark.parametrize("name", CASES)
def test_each_numbered_note_is_cited_right_after_its_word(name: str) -> None:
    noted = CASES[name]
    letter = _letter(name)
    marked = "\n".join(noted.known.paragraphs())
    for note in letter.notes:
        if note.n == "*":
            continue
        before = _words_before(letter, note)
        # The typed text has "word{n}": the paragraph text before the anchor ends with that word.
        word = marked.split("{" + str(note.n) + "}")[0].split()[-1]
        assert before.endswith(word), (note.n, before[-40:], word)


@pytest.mark.parametrize("name", CASES)
def test_the_title_star_note_is_uncited_and_last(name: str) -> None:
    letter = _letter(name)
    assert letter.notes[-1].n == "*" and letter.notes[-1].anchor is None
    assert [n.n for n in letter.notes if n.anchor is None] == ["*"]


@pytest.mark.parametrize("name", CASES)
def test_no_mark_and_no_note_text_is_left_in_the_body(name: str) -> None:
    noted = CASES[name]
    parsed = parse((SAMPLES / f"{name}.pdf").read_bytes(), f"{name}.pdf", Options())
    body = "\n".join(body_paragraphs(parsed))
    typed = "\n".join(noted.unmarked().paragraphs())
    assert cer(typed, body) <= 0.005
    for _mark, text in noted.notes:
        assert text[:30] not in body
    assert "debate1" not in body and "مفتوحة١" not in body


@pytest.mark.parametrize("name", CASES)
def test_notes_survive_tei_exactly_and_the_tei_is_valid(name: str) -> None:
    letter = _letter(name)
    data = tei_writer.dumps(letter)
    tree = etree.ElementTree(etree.fromstring(data))
    for schema in ("unarchive-tei.rng", "tei_all-4.12.0-pruned.rng"):
        validator = relaxng(SCHEMAS / schema)
        assert validator.validate(tree), validator.error_log
    assert tei_reader.loads(data, "x.xml").letter.notes == letter.notes


def test_pdfs_without_raised_marks_have_no_notes_but_typed_footnotes_stay() -> None:
    for name in ("en-fpdf2", "ar-fpdf2-justified", "en-libreoffice", "en-fpdf2-un-2025"):
        assert _letter(name).notes == ()
    # The typewriter's footnote under a row of underscores: an uncited "*" note.
    typed = _letter("en-fpdf2-typewriter-session").notes
    assert [(n.n, n.text, n.anchor) for n in typed] == [("*", "A/65/50.", None)]


# Units: raised marks -------------------------------------------------------


def _glyph(text: str, x0: float, y: float, size: float = 11.0) -> Glyph:
    return Glyph(text=text, x0=x0, x1=x0 + 0.5 * size, y=y, size=size, op=0)


def test_a_small_raised_digit_after_a_word_is_a_mark() -> None:
    word = [_glyph(ch, 10 + 6 * i, 700) for i, ch in enumerate("debate")]
    mark = _glyph("1", 46, 704.4, 7.7)
    assert raised_marks([*word, mark]) == frozenset({id(mark)})


@pytest.mark.parametrize(
    ("text", "y", "size"),
    [
        ("1", 700.0, 7.7),  # small but on the baseline (a subscript-free small number)
        ("1", 704.4, 11.0),  # raised but full size
        ("a", 704.4, 7.7),  # raised and small, but a letter
    ],
)
def test_what_is_not_a_mark(text: str, y: float, size: float) -> None:
    word = [_glyph(ch, 10 + 6 * i, 700) for i, ch in enumerate("debate")]
    other = _glyph(text, 46, y, size)
    assert raised_marks([*word, other]) == frozenset()


def test_mark_offsets_tell_where_each_mark_stands() -> None:
    units = [" ", "the", " ", "debate", "1", "2", " ", "on"]
    flags = [False, False, False, False, True, True, False, False]
    assert _mark_offsets(units, flags, range(8)) == ((10, "12"),)  # in text(), stripped
    # Right to left: the units come in logical order, the flags in visual order.
    assert _mark_offsets(["ب", "1"], [True, False], [1, 0]) == ((1, "1"),)


@pytest.mark.parametrize(
    ("text", "marks", "out", "kept"),
    [
        ("the debate12 on", ((10, "12"),), "the debate on", ((10, "12"),)),
        ("a * b", ((2, "*"),), "a b", ((1, "*"),)),  # between two spaces: one is left
        ("2025. 1", ((6, "1"),), "2025.", ((5, "1"),)),  # apart at the end: no space left
        ("* Reissued.", ((0, "*"),), "Reissued.", ((0, "*"),)),
        ("266,000 km2 of land", ((10, "2"),), "266,000 km2 of land", ()),  # a power
        ("the west7 of", ((8, "7"),), "the west7 of", ()),  # no note 7 printed
        ("one1 two2.", ((3, "1"), (8, "2")), "one two.", ((3, "1"), (7, "2"))),
    ],
)
def test_only_marks_of_printed_notes_are_taken_out(
    text: str, marks: tuple, out: str, kept: tuple
) -> None:
    assert take_out(text, marks, frozenset({"1", "2", "12", "*"})) == (out, kept)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text("ab -\u00ad", min_size=1, max_size=8), min_size=1, max_size=5), st.data())
def test_marks_keep_their_place_when_lines_are_joined(
    texts: list[str], data: st.DataObject
) -> None:
    marks = [((at, "1"),) if (at := data.draw(st.integers(-1, len(t)))) >= 0 else () for t in texts]
    joined = pdf_blocks.join(texts)
    found = line_marks(texts, marks)
    assert len(found) == sum(map(len, marks))
    starts = [len(pdf_blocks.join(texts[: k + 1])) - len(text) for k, text in enumerate(texts)]
    for k, text in enumerate(texts):
        # The line stands in the paragraph at its start (less the soft hyphen the next line ate).
        kept = text[:-1] if text.endswith("\u00ad") and k + 1 < len(texts) else text
        assert joined[starts[k] : starts[k] + len(kept)] == kept
    lined = [(starts[k] + at, mark) for k, line in enumerate(marks) for at, mark in line]
    assert found == lined and all(0 <= at <= len(joined) + 1 for at, _ in found)


# Note areas -----------------------------------------------------------------


def _line(page: int, y: float, text: str, size: float = 11.0, marks: tuple = ()) -> TextLine:
    line = TextLine(page=page, y=y, x0=70, x1=500, size=size, units=[text], levels=[0] * 1)
    line.marks = marks
    return line


def _body(page: int) -> list[TextLine]:
    return [_line(page, 700 - 15 * i, f"Body text line {i} of page {page}.") for i in range(12)]


def test_a_note_goes_on_at_the_foot_of_the_next_page() -> None:
    lines = [
        *_body(1),
        _line(1, 150, "1 First note begins here", 9, ((0, "1"),)),
        _line(1, 139, "and wraps once.", 9),
        _line(1, 128, "2Second note, cut by the page", 9, ((0, "2"),)),
        _line(1, 40, "11-44795"),
        *_body(2),
        _line(2, 150, "and ends on page two.", 9),
        _line(2, 139, "12 A typed mark, not raised.", 9),
    ]
    furniture = Furniture(lines={len(_body(1)) + 3: "footer"})
    notes = find(lines, {1: 842.0, 2: 842.0}, furniture)
    assert [(n.mark, n.text, n.page) for n in notes] == [
        ("1", "First note begins here and wraps once.", 1),
        ("2", "Second note, cut by the page and ends on page two.", 1),
        ("12", "A typed mark, not raised.", 2),
    ]
    assert sorted(i for i, s in furniture.lines.items() if s == "footnote") == [12, 13, 14, 28, 29]


def test_small_lines_without_a_mark_are_no_notes() -> None:
    lines = [*_body(1), _line(1, 150, "A small caption under a table.", 9)]
    furniture = Furniture()
    assert find(lines, {1: 842.0}, furniture) == [] and furniture.lines == {}


def test_a_marked_small_line_high_on_the_page_is_no_note() -> None:
    lines = [_line(1, 780, "1 A raised small line at the top.", 9), *_body(1)]
    assert find(lines, {1: 842.0}, Furniture()) == []


def test_arabic_indic_and_starred_typed_marks() -> None:
    lines = [*_body(1), _line(1, 150, "٣ أرقام الإدارة.", 9), _line(1, 139, "** Second star.", 9)]
    notes = find(lines, {1: 842.0}, Furniture())
    assert [(n.mark, n.text) for n in notes] == [("٣", "أرقام الإدارة."), ("**", "Second star.")]


def test_the_fixture_letters_are_what_the_known_text_says() -> None:
    for noted in CASES.values():
        assert isinstance(noted, NotedLetter)
        assert (SAMPLES / "en-fpdf2-notes.txt").exists()
        typed = (SAMPLES / f"{next(k for k, v in CASES.items() if v is noted)}.txt").read_text(
            encoding="utf-8"
        )
        assert typed.splitlines() == list(noted.unmarked().paragraphs())
        assert "{" not in typed


# A PDF no fixture writer made: text rise (Ts) raises the marks, a standard font -----------

RAW_PAGE = b"""BT /F1 12 Tf 72 720 Td
(Letter dated 5 August 2011 addressed to the Secretary-General) Tj ET
BT /F1 11 Tf 72 680 Td (I have the honour to refer to the resolution) Tj /F1 7 Tf 4 Ts (3) Tj
0 Ts /F1 11 Tf ( of the Council and to the report of the) Tj ET
BT /F1 11 Tf 72 666 Td (Secretary-General on the situation.) Tj ET
BT /F1 11 Tf 72 640 Td (I should be grateful if the present letter could be circulated.) Tj ET
BT /F1 11 Tf 400 600 Td (\\(Signed\\) A. B. Name) Tj ET
BT /F1 6 Tf 72 120 Td 3 Ts (3) Tj 0 Ts /F1 9 Tf ( Resolution 1701 \\(2006\\), adopted on 11) Tj ET
BT /F1 9 Tf 72 110 Td (August 2006.) Tj ET
"""


def test_a_hand_written_pdf_with_text_rise_gives_its_note() -> None:
    from tests.pdf_builder import catalog, pdf, stream

    objects = catalog(
        {10: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", 11: stream(RAW_PAGE)}
    )
    objects[3] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800]"
        b" /Resources << /Font << /F1 10 0 R >> >> /Contents 11 0 R >>"
    )
    letter = parse(pdf(objects), "raw.pdf", Options()).letter
    (note,) = letter.notes
    assert (note.n, note.text) == ("3", "Resolution 1701 (2006), adopted on 11 August 2006.")
    assert _words_before(letter, note).endswith("refer to the resolution")
    first = letter.letter.paragraphs[0].text
    assert first.startswith("I have the honour") and "resolution of the Council" in first


@pytest.mark.parametrize("name", CASES)
def test_the_pdfium_reader_gives_the_same_notes(name: str) -> None:
    data = (SAMPLES / f"{name}.pdf").read_bytes()
    pdfium = parse(data, f"{name}.pdf", Options(), backend="pdfium").letter.notes
    assert [(n.n, n.text, n.anchor) for n in pdfium] == [
        (n.n, n.text, n.anchor) for n in _letter(name).notes
    ]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["word", " ", "1", "*", "km", "2"]), max_size=12))
def test_taking_marks_out_only_removes_them_and_spaces(pieces: list[str]) -> None:
    text = "".join(pieces)
    marks = tuple(
        (len("".join(pieces[:k])), piece) for k, piece in enumerate(pieces) if piece in "1*2"
    )
    out, kept = take_out(text, marks, frozenset({"1", "*", "2"}))
    # What is left is the text less some marks and spaces, in order; each kept mark's offset
    # is inside the text and they come in order.
    rest = iter(text)
    assert all(ch in rest for ch in out)
    assert len(out) + sum(len(m) for _at, m in kept) <= len(text)
    assert [at for at, _m in kept] == sorted(at for at, _m in kept)
    assert all(0 <= at <= len(out) for at, _m in kept)
    # Nothing but marks and spaces goes.
    assert out.replace(" ", "").replace("1", "").replace("*", "").replace("2", "") == text.replace(
        " ", ""
    ).replace("1", "").replace("*", "").replace("2", "")
