"""Footnotes and endnotes: read from Word, kept in the Letter, carried by TEI and JSON."""

from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from pydantic import ValidationError

import unarchive
from samples.docx.wordml import Doc, Para, build, zip_parts
from tests.strategies import letters
from unarchive.model import Letter, LetterBody, Note, NoteAnchor, Paragraph, cited_parts
from unarchive.readers import json as json_reader
from unarchive.readers import tei as tei_reader
from unarchive.writers import json as json_writer
from unarchive.writers import tei as tei_writer
from unarchive.xml import SCHEMAS, relaxng

DOCX = Path(__file__).resolve().parent.parent / "samples" / "docx"

TITLE = "Letter dated 5 August 2011 from X addressed to the Secretary-General^*9"
FIRST = "I have the honour to refer to resolution 1701 (2006)^1 and to the report^2 of May."
SECOND = "The mission notes the figures^e1 given\nin the second table^3 of the report."


def cited(letter: Letter, note: Note) -> tuple[str, str]:
    """The paragraph text on either side of the note's mark."""
    assert note.anchor is not None
    text = dict(cited_parts(letter))[note.anchor.part].text
    return text[: note.anchor.offset], text[note.anchor.offset :]


def word_letter() -> Letter:
    doc = Doc(
        body=[
            Para("S/2011/496"),
            Para(TITLE),
            Para(FIRST),
            Para(SECOND),
            Para("(Signed) A. B. Name"),
        ],
        footnotes={
            "9": [Para("* Reissued for technical reasons.")],
            "1": [Para("Adopted on 11 August 2006.")],
            "2": [Para("S/2011/50."), Para("Second paragraph of the note.")],
            "3": [Para("Table 2.")],
        },
        endnotes={"1": [Para("Figures of the Secretariat.")]},
    )
    return unarchive.parse(build(doc)).letter


def test_marks_become_notes_cited_where_they_stand() -> None:
    letter = word_letter()
    marks = [(n.id, n.n, n.place) for n in letter.notes]
    assert marks == [
        ("fn1", "1", "foot"),
        ("fn2", "2", "foot"),
        ("en1", "i", "end"),
        ("fn3", "3", "foot"),
        ("fn9", "*", "foot"),
    ]
    first, second, endnote, third, title = letter.notes
    assert cited(letter, first)[0].endswith("resolution 1701 (2006)")
    assert cited(letter, second) == (FIRST[: FIRST.index("^1")] + " and to the report", " of May.")
    assert cited(letter, endnote)[0].endswith("the figures")
    before, after = cited(letter, third)  # on the second line of a two-line paragraph
    assert before.endswith("in the second table") and after == " of the report."
    assert second.text == "S/2011/50.\nSecond paragraph of the note."
    assert endnote.text == "Figures of the Secretariat."
    # The title is metadata, not a paragraph: its note has no anchor; its mark is not text.
    assert title.anchor is None and title.text == "Reissued for technical reasons."
    assert letter.metadata.title is not None and "*" not in letter.metadata.title


def test_note_text_never_enters_the_body() -> None:
    parsed = unarchive.parse(DOCX / "en-india-2011.docx")
    assert "Article 1 of the Charter" not in parsed.text
    (note,) = parsed.letter.notes
    assert (note.n, note.text) == ("1", "See Article 1 of the Charter.")
    assert cited(parsed.letter, note)[0].endswith("a central activity of the Organization.")


def test_word_notes_survive_tei_and_json_exactly() -> None:
    letter = word_letter()
    assert tei_reader.loads(tei_writer.dumps(letter), "x.xml").letter == letter
    assert json_reader.loads(json_writer.dumps(letter), "x.json").letter == letter


def test_tei_puts_each_note_at_its_mark_and_is_valid() -> None:
    letter = word_letter()
    tree = etree.ElementTree(etree.fromstring(tei_writer.dumps(letter)))
    for schema in ("unarchive-tei.rng", "tei_all-4.12.0-pruned.rng"):
        validator = relaxng(SCHEMAS / schema)
        assert validator.validate(tree), validator.error_log
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    first = tree.find(".//t:body//t:p/t:note", ns)
    assert first is not None and (first.get("place"), first.get("n")) == ("foot", "1")
    assert (first.getprevious() is None) and first.getparent().text.endswith("1701 (2006)")
    uncited = tree.findall(".//t:back/t:div[@type='notes']/t:note", ns)
    assert [n.get("n") for n in uncited] == ["*"]


@pytest.mark.slow
def test_tei_notes_validate_against_full_tei_all(tei_all: etree.RelaxNG) -> None:
    tree = etree.ElementTree(etree.fromstring(tei_writer.dumps(word_letter())))
    assert tei_all.validate(tree), tei_all.error_log


def test_settings_choose_the_number_format() -> None:
    doc = Doc(body=[Para("Some text^1 here^2.")], footnotes={"1": [Para("a")], "2": [Para("b")]})
    roman = '<w:footnotePr><w:numFmt w:val="upperRoman"/></w:footnotePr>'
    letter = unarchive.parse(_with_settings(doc, roman)).letter
    assert [n.n for n in letter.notes] == ["I", "II"]


def test_a_mark_without_its_note_and_a_note_without_a_mark_are_left_out() -> None:
    doc = Doc(body=[Para("Text^4 here.")], footnotes={"5": [Para("never cited")]})
    assert unarchive.parse(build(doc)).letter.notes == ()


def _letter(*notes: Note) -> Letter:
    body = LetterBody(paragraphs=(Paragraph(text="abc"), Paragraph(text="de")))
    return Letter(letter=body, notes=notes)


def _note(note_id: str, part: str | None, offset: int = 0) -> Note:
    anchor = NoteAnchor(part=part, offset=offset) if part else None
    return Note(id=note_id, text="x", anchor=anchor)


def test_the_model_takes_notes_in_citing_order() -> None:
    letter = _letter(
        _note("a", "letter.paragraphs.0", 3),
        _note("b", "letter.paragraphs.1", 0),
        _note("c", None),
    )
    assert [n.id for n in letter.notes] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("notes", "reason"),
    [
        ((_note("a", "letter.paragraphs.5"),), "no such paragraph"),
        ((_note("a", "letter.paragraphs.1", 3),), "past the end"),
        ((_note("a", "letter.paragraphs.1"), _note("b", "letter.paragraphs.0")), "order"),
        ((_note("a", None), _note("b", "letter.paragraphs.0")), "order"),
        ((_note("a", None), _note("a", None)), "same id"),
    ],
)
def test_the_model_refuses_notes_that_do_not_fit(notes: tuple[Note, ...], reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        _letter(*notes)


@pytest.mark.parametrize("mark", ["1 2", "\u200f1", "", "a\tb"])
def test_a_mark_is_an_attribute_value_tei_keeps(mark: str) -> None:
    with pytest.raises(ValidationError):
        Note(id="a", n=mark, text="x")


def test_safe_repairs_move_a_mark_with_its_text() -> None:
    body = LetterBody(paragraphs=(Paragraph(text="مجلس\u200f الأمن\u200f الدولي"),))
    notes = (
        _anchored("a", "letter.paragraphs.0", len("مجلس\u200f الأمن\u200f")),
        _anchored("b", "letter.paragraphs.0", len("مجلس\u200f الأمن\u200f الدولي")),
    )
    letter = Letter(letter=body, notes=notes)
    repaired = unarchive.safe_repair_letter(letter)
    assert repaired.letter.paragraphs[0].text == "مجلس الأمن الدولي"
    first, second = repaired.notes
    assert cited(repaired, first) == ("مجلس الأمن", " الدولي")
    assert cited(repaired, second) == ("مجلس الأمن الدولي", "")
    assert first.text == "ملاحظة"
    assert Letter.model_validate(dict(repaired)) == repaired  # still a valid Letter


@settings(max_examples=30)
@given(letters())
def test_any_repaired_letter_keeps_its_notes_valid(letter: Letter) -> None:
    repaired = unarchive.safe_repair_letter(letter)
    assert Letter.model_validate(dict(repaired)) == repaired
    assert [n.id for n in repaired.notes] == [n.id for n in letter.notes]


def _anchored(note_id: str, part: str, offset: int) -> Note:
    return Note(id=note_id, text="ملاحظة\u200f", anchor=NoteAnchor(part=part, offset=offset))


def test_inspect_and_convert_show_the_notes() -> None:
    path = str(DOCX / "en-india-2011.docx")
    env = {"PYTHONPATH": str(DOCX.parent.parent), "PATH": "/usr/bin:/bin"}
    shown = subprocess.run(
        [sys.executable, "-m", "unarchive", "inspect", path],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    ).stdout
    assert "footnote 1 [annexes.0.paragraphs.0] See Article 1 of the Charter." in shown
    converted = subprocess.run(
        [sys.executable, "-m", "unarchive", "convert", path, "--to", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    ).stdout
    (note,) = json.loads(converted)["notes"]
    assert note["anchor"] == {"part": "annexes.0.paragraphs.0", "offset": 119}


_WORDS = st.sampled_from(["alpha", "beta", "gamma", "delta", "mission", "report", "the", "of"])


@st.composite
def _marked_paragraphs(draw: st.DrawFn) -> list[list[str]]:
    """Paragraphs as pieces of text; a mark stands between each two pieces."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(_WORDS, min_size=2, max_size=10))
        text = " ".join(words).capitalize() + "."
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3)))
        bounds = [0, *cuts, len(text)]
        paragraphs.append([text[a:b] for a, b in itertools.pairwise(bounds)])
    return paragraphs


@settings(max_examples=25, deadline=None)
@given(_marked_paragraphs())
def test_every_word_mark_becomes_a_note_exactly_where_it_stood(
    paragraphs: list[list[str]],
) -> None:
    body, notes, expected = [], {}, []
    for pieces in paragraphs:
        marked, plain = pieces[0], pieces[0]
        for piece in pieces[1:]:
            number = str(len(notes) + 1)
            notes[number] = [Para(f"Note {number}.")]
            expected.append(("".join(pieces), len(plain)))
            marked, plain = marked + f"^{number}" + piece, plain + piece
        body.append(Para(marked))
    letter = unarchive.parse(build(Doc(body=body, footnotes=notes))).letter
    assert [n.text for n in letter.notes] == [f"Note {k}." for k in notes]
    assert [n.n for n in letter.notes] == list(notes)
    found = [
        (dict(cited_parts(letter))[n.anchor.part].text, n.anchor.offset)
        for n in letter.notes
        if n.anchor
    ]
    assert found == expected


def _with_settings(doc: Doc, settings: str, body: str | None = None) -> bytes:
    """``doc`` built, then its settings (and, if given, its body XML) replaced."""
    with zipfile.ZipFile(io.BytesIO(build(doc))) as archive:
        parts: dict[str, str | bytes] = {n: archive.read(n) for n in archive.namelist()}
    w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts["word/settings.xml"] = f'<w:settings xmlns:w="{w_ns}">{settings}</w:settings>'
    if body is not None:
        parts["word/document.xml"] = (
            f'<w:document xmlns:w="{w_ns}"><w:body>{body}</w:body></w:document>'
        )
    return zip_parts(parts)


def test_numbering_restarts_in_each_section_when_the_settings_say_so() -> None:
    def p(note: str, section_end: bool = False) -> str:
        props = "<w:pPr><w:sectPr/></w:pPr>" if section_end else ""
        return (
            f"<w:p>{props}<w:r><w:t>Text {note}</w:t></w:r>"
            f'<w:r><w:footnoteReference w:id="{note}"/></w:r><w:r><w:t> more.</w:t></w:r></w:p>'
        )

    body = p("2") + p("3", section_end=True) + p("4") + p("5")
    doc = Doc(body=[Para("x")], footnotes={k: [Para(f"note {k}")] for k in "2345"})
    restart = '<w:footnotePr><w:numRestart w:val="eachSect"/><w:numStart w:val="1"/></w:footnotePr>'
    letter = unarchive.parse(_with_settings(doc, restart, body)).letter
    assert [n.n for n in letter.notes] == ["1", "2", "1", "2"]
    continuous = unarchive.parse(_with_settings(doc, "", body)).letter
    assert [n.n for n in continuous.notes] == ["1", "2", "3", "4"]
    started = '<w:footnotePr><w:numStart w:val="5"/></w:footnotePr>'
    assert [n.n for n in unarchive.parse(_with_settings(doc, started, body)).letter.notes] == [
        "5",
        "6",
        "7",
        "8",
    ]


def test_json_written_before_notes_existed_still_reads() -> None:
    data = json.loads(json_writer.dumps(word_letter()))
    del data["notes"]
    parsed = json_reader.loads(json.dumps(data).encode(), "old.json")
    assert parsed.findings == [] and parsed.letter.notes == ()


def test_json_with_a_note_cited_nowhere_real_is_a_j001_finding() -> None:
    data = json.loads(json_writer.dumps(word_letter()))
    data["notes"][0]["anchor"]["part"] = "letter.paragraphs.99"
    parsed = json_reader.loads(json.dumps(data).encode(), "bad.json")
    assert [f.code for f in parsed.findings] == ["J001"]
    assert "no such paragraph" in parsed.findings[0].message


def test_a_libreoffice_written_file_gives_the_same_note() -> None:
    """LibreOffice renumbers the notes' w:id; the mark, text and place stay."""
    ours = unarchive.parse(DOCX / "en-india-2011.docx").letter.notes
    theirs = unarchive.parse(DOCX / "lo-en-india-2011.docx").letter.notes
    assert [(n.n, n.text, n.anchor) for n in theirs] == [(n.n, n.text, n.anchor) for n in ours]
