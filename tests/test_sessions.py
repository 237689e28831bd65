"""Sessions and agenda items: the sessional block under a masthead, read into Metadata.sessions.

Letters written here for the purpose (English 2013 two columns, Arabic, 1990s
capitals with several items), the PDF fixtures with a session block and those
without one, and the JSON and TEI round trips of what is read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samples.docx.wordml import Doc, Para, build
from tests.strategies import sessions
from unarchive.cli import main
from unarchive.grammar.sessions import agenda_items, is_session_line, ordinal, read_sessions
from unarchive.model import Letter, Metadata, Session
from unarchive.pipeline import parse
from unarchive.readers import json as json_reader
from unarchive.readers import tei as tei_reader
from unarchive.writers import json as json_writer
from unarchive.writers import tei as tei_writer

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "samples" / "pdf"

MODERN = """\
United Nations                                                A/67/775-S/2013/143
General Assembly                                              Distr.: General
Security Council                                              8 March 2013
                                                              Original: English

General Assembly                       Security Council
Sixty-seventh session                  Sixty-eighth year
Agenda item 22 (b)
Groups of countries in special situations: follow-up to the Fourth United Nations \
Conference on the Least Developed Countries

Letter dated 6 March 2013 from the Permanent Representative of Nepal to the United Nations \
addressed to the Secretary-General

I have the honour to transmit herewith the declaration adopted at the ministerial meeting.

I should be grateful if you would have the present letter circulated as a document of the \
General Assembly, under agenda item 22 (b), and of the Security Council.

(Signed) Gyan Chandra Acharya
Ambassador and Permanent Representative
"""

NINETIES = """\
UNITED NATIONS
A/52/345
GENERAL ASSEMBLY
Distr. GENERAL
12 September 1997
ORIGINAL: ENGLISH

FIFTY-SECOND SESSION
Items 36, 37, 87 and 154 of the provisional agenda*
QUESTION OF PALESTINE

LETTER DATED 10 SEPTEMBER 1997 FROM THE PERMANENT REPRESENTATIVE OF JORDAN TO THE UNITED \
NATIONS ADDRESSED TO THE SECRETARY-GENERAL

I have the honour to transmit herewith the statement issued on 9 September 1997.

(Signed) Hasan Abu-Nimah
Permanent Representative
"""

ARABIC = """\
الأمم المتحدة
A/80/112
الجمعية العامة
Distr.: General
3 March 2025
Original: Arabic

الجمعية العامة                       مجلس الأمن
الدورة الثمانون                        السنة الثمانون
البندان 12 و 40 من جدول الأعمال
منع نشوب النزاعات المسلحة

رسالة مؤرخة 1 آذار/مارس 2025 موجهة إلى الأمين العام من الممثل الدائم للأردن لدى الأمم المتحدة

أتشرف بأن أحيل إليكم طيه البيان الصادر عن وزارة الخارجية.

(توقيع) محمود الحمود
الممثل الدائم
"""

SC_ONLY = """\
United Nations                                                S/2016/447
Security Council                                              Distr.: General
                                                              17 May 2016

Letter dated 16 May 2016 from the Permanent Representative of Ghana to the United Nations \
addressed to the President of the Security Council

I have the honour to transmit herewith a communiqué (see annex).
"""


def _sessions(text: str) -> tuple[Session, ...]:
    return parse(text.encode("utf-8"), format="text").letter.metadata.sessions


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("Sixty-seventh", 67),
        ("FIFTY-SECOND", 52),
        ("Eightieth", 80),
        ("first", 1),
        ("Forty-ninth", 49),
        ("Nineteenth", 19),
        ("السابعة والستون", 67),
        ("الثمانون", 80),
        ("الحادية والخمسون", 51),
        ("الثالثة والخمسين", 53),  # genitive, as after «في»
        ("الحادية عشرة", 11),
        ("الأولى", 1),
    ],
)
def test_ordinals_in_words_become_numbers(words: str, number: int) -> None:
    assert ordinal(words) == number


@pytest.mark.parametrize("words", ["Sixty", "seventh-sixty", "الحادية", "الستون والسابعة", ""])
def test_what_is_not_an_ordinal_is_none(words: str) -> None:
    assert ordinal(words) is None


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Agenda item 22 (b)", ("22 (b)",)),
        ("Agenda items 12 and 40", ("12", "40")),
        ("Agenda items 3 (b), 36, 37 and 87", ("3 (b)", "36", "37", "87")),
        ("Items 36, 37, 87 and 154 of the provisional agenda*", ("36", "37", "87", "154")),
        ("AGENDA ITEMS 12 AND 40", ("12", "40")),
        ("Item 71 of the preliminary list*", ("71",)),
        ("البند 22 (ب) من جدول الأعمال", ("22 (ب)",)),
        ("البنود 36 و 37 و87 من جدول الأعمال المؤقت*", ("36", "37", "87")),
        ("البند 68 (و) من جدول الأعمال", ("68 (و)",)),  # «(و)» is a label, not "and"
    ],
)
def test_agenda_item_labels_are_kept_as_printed(line: str, items: tuple[str, ...]) -> None:
    assert agenda_items(line) == items


@pytest.mark.parametrize(
    "line", ["Agenda", "the agenda item 22 was adopted.", "Letter dated 5 May 2011", "Session"]
)
def test_other_lines_are_not_session_lines(line: str) -> None:
    assert not agenda_items(line)
    assert not is_session_line(line)


def test_a_modern_two_column_block_pairs_up_by_column() -> None:
    assembly, council = _sessions(MODERN)
    assert assembly == Session(
        organ="General Assembly",
        session=67,
        agenda_items=("22 (b)",),
        agenda_title="Groups of countries in special situations: follow-up to the Fourth "
        "United Nations Conference on the Least Developed Countries",
    )
    assert council == Session(organ="Security Council", year=68)


def test_a_1990s_block_in_capitals_with_several_items() -> None:
    (assembly,) = _sessions(NINETIES)
    assert assembly.organ == "General Assembly"  # the masthead's organ, in capitals there
    assert assembly.session == 52
    assert assembly.agenda_items == ("36", "37", "87", "154")
    assert assembly.agenda_title == "QUESTION OF PALESTINE"


def test_an_arabic_block_with_two_items() -> None:
    parsed = parse(ARABIC.encode("utf-8"), format="text")
    assembly, council = parsed.letter.metadata.sessions
    assert assembly == Session(
        organ="الجمعية العامة",
        session=80,
        agenda_items=("12", "40"),
        agenda_title="منع نشوب النزاعات المسلحة",
    )
    assert council == Session(organ="مجلس الأمن", year=80)
    assert parsed.letter.provenance.fields["sessions"] == "r1"
    # The block is masthead: the letter starts at its first paragraph, not at the agenda title.
    assert parsed.letter.letter.paragraphs[0].text.startswith("أتشرف")


def test_the_session_block_does_not_eat_the_letter() -> None:
    parsed = parse(MODERN.encode("utf-8"), format="text")
    assert parsed.letter.metadata.title is not None
    assert parsed.letter.metadata.title.startswith("Letter dated 6 March 2013")
    assert parsed.letter.letter.paragraphs[0].text.startswith("I have the honour")


def test_a_letter_without_a_session_block_has_no_sessions() -> None:
    assert _sessions(SC_ONLY) == ()


def test_read_sessions_starts_a_new_session_at_each_organ() -> None:
    column = ["General Assembly", "Fifty-third session", "Agenda item 20", "Security Council"]
    found = read_sessions([[*column, "Fifty-third year"]])
    assert [s.organ for s in found] == ["General Assembly", "Security Council"]
    assert (found[0].agenda_items, found[0].agenda_title) == (("20",), None)
    assert (found[1].year, found[1].session) == (53, None)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en-fpdf2-un-2025", ("General Assembly", 65, ("33",), "Prevention of armed conflict")),
        (
            "en-fpdf2-typewriter-session",
            (
                "General Assembly",
                65,
                ("33",),
                "PREVENTION OF ARMED CONFLICT AND THE PEACEFUL SETTLEMENT OF DISPUTES",
            ),
        ),
    ],
)
def test_pdf_session_blocks_become_metadata(name: str, expected: tuple[object, ...]) -> None:
    parsed = parse(PDF / f"{name}.pdf")
    assembly, council = parsed.letter.metadata.sessions
    organ, session, items, title = expected
    assert (assembly.organ, assembly.session, assembly.agenda_items) == (organ, session, items)
    assert assembly.agenda_title == title
    assert (council.organ, council.year, council.session) == ("Security Council", 66, None)
    assert parsed.letter.provenance.fields["sessions"] == parsed.renditions[0].id


@pytest.mark.parametrize("name", ["en-libreoffice-un-layout", "ar-libreoffice-un-layout"])
def test_pdf_letters_without_a_session_block_have_none(name: str) -> None:
    assert parse(PDF / f"{name}.pdf").letter.metadata.sessions == ()


@pytest.mark.parametrize("text", [MODERN, NINETIES, ARABIC])
def test_sessions_survive_json_and_tei(text: str) -> None:
    letter = parse(text.encode("utf-8"), format="text").letter
    assert letter.metadata.sessions
    for reader, writer in ((json_reader, json_writer), (tei_reader, tei_writer)):
        back = reader.loads(writer.dumps(letter), "back")
        assert back.letter.metadata.sessions == letter.metadata.sessions
        assert [f.code for f in back.findings] == []


@settings(max_examples=30)
@given(st.lists(sessions(), max_size=3).map(tuple))
def test_any_sessions_read_back_from_tei(found: tuple[Session, ...]) -> None:
    letter = Letter(metadata=Metadata(sessions=found))
    assert tei_reader.loads(tei_writer.dumps(letter), "x.xml").letter.metadata.sessions == found


def test_inspect_shows_the_sessions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(NINETIES, encoding="utf-8")
    assert main(["inspect", str(path)]) == 0
    shown = capsys.readouterr().out
    assert (
        "  session    General Assembly, session 52, agenda items 36, 37, 87, 154: "
        "QUESTION OF PALESTINE\n" in shown
    )


def _ga_docx(block: list[str]) -> bytes:
    """A Word letter to the General Assembly with ``block`` as the body's first paragraphs."""
    title = (
        "Letter dated 6 March 2013 from the Permanent Representative of Nepal to the "
        "United Nations addressed to the Secretary-General"
    )
    body = [Para(line) for line in block] + [
        Para(title, style="HChG"),
        Para("I have the honour to transmit the declaration (see annex).", style="SingleTxtG"),
        Para("(Signed) Gyan Chandra Acharya\nPermanent Representative"),
    ]
    header = [Para("United Nations"), Para("A/67/775"), Para("Distr.: General")]
    return build(Doc(body=body, header_first=list(header)))


def test_a_docx_session_block_in_the_body_becomes_metadata() -> None:
    block = [
        "General Assembly",
        "Sixty-seventh session",
        "Agenda items 12 and 40",
        "Groups of countries in special situations",
        "Security Council",
        "Sixty-eighth year",
    ]
    parsed = parse(_ga_docx(block), format="docx")
    assert parsed.letter.metadata.sessions == (
        Session(
            organ="General Assembly",
            session=67,
            agenda_items=("12", "40"),
            agenda_title="Groups of countries in special situations",
        ),
        Session(organ="Security Council", year=68),
    )
    assert parsed.letter.letter.paragraphs[0].text.startswith("I have the honour")


def test_a_docx_letter_without_a_session_block_has_none() -> None:
    assert parse(_ga_docx([]), format="docx").letter.metadata.sessions == ()


def test_a_tei_session_number_that_is_not_one_is_x001_and_left_out() -> None:
    letter = Letter(metadata=Metadata(sessions=(Session(organ="General Assembly", session=67),)))
    data = tei_writer.dumps(letter).replace(b'"session">67<', b'"session">sixty-seventh<')
    parsed = tei_reader.loads(data, "x.xml")
    assert parsed.letter.metadata.sessions == ()
    # The schema says so, and the value itself is named.
    assert {f.code for f in parsed.findings} == {"X001"}
    assert any(f.message.startswith("<bibl>: session: ") for f in parsed.findings)


def test_a_salutation_after_the_block_is_not_part_of_the_agenda_title() -> None:
    text = MODERN.replace(
        "Letter dated 6 March 2013 from the Permanent Representative of Nepal to the United "
        "Nations addressed to the Secretary-General\n",
        "Excellency,\n",
    )
    (assembly, _council) = _sessions(text)
    assert assembly.agenda_title is not None
    assert assembly.agenda_title.endswith("Least Developed Countries")


@pytest.mark.parametrize(
    ("first", "rest"), [("of the preliminary", "list*"), ("of the", "preliminary list*")]
)
def test_an_items_line_wrapped_keeps_its_items_and_title(first: str, rest: str) -> None:
    column = [
        "General Assembly",
        "Forty-fifth session",
        f"Items 23, 35 and 78 {first}",
        rest,
        "QUESTION OF PALESTINE",
    ]
    (assembly,) = read_sessions([column])
    assert assembly.agenda_items == ("23", "35", "78")
    assert assembly.agenda_title == "QUESTION OF PALESTINE"


@pytest.mark.parametrize("words", ["Forty--fifth", "Forty - fifth", "FORTY–FIFTH"])
def test_typed_hyphens_in_ordinals(words: str) -> None:
    assert ordinal(words) == 45


@pytest.mark.parametrize(
    "path", ["samples/docx/en-ga-session.docx", "samples/letters/en-text-ga-session/input.txt"]
)
def test_the_docx_session_fixture_and_its_text_twin(path: str) -> None:
    known = json.loads((ROOT / "samples/docx/en-ga-session.json").read_text(encoding="utf-8"))
    parsed = parse(ROOT / path)
    found = [s.model_dump(mode="json") for s in parsed.letter.metadata.sessions]
    assert found == known["letter"]["sessions"]
    assert parsed.letter.metadata.title == known["letter"]["title"]
    assert [a.title for a in parsed.letter.annexes] == known["letter"]["annexes"]


def test_an_arabic_pdf_block_is_read_right_column_first() -> None:
    """The General Assembly's column is on the right; its agenda lines are alone on their rows."""
    parsed = parse(PDF / "ar-fpdf2-session.pdf")
    assert parsed.letter.metadata.sessions == (
        Session(
            organ="الجمعية العامة", session=80, agenda_items=("26",), agenda_title="النهوض بالمرأة"
        ),
        Session(organ="مجلس الأمن", year=80),
    )
    lines = parsed.text.splitlines()
    start = lines.index("الدورة الثمانون")
    assert lines[start : start + 5] == [
        "الدورة الثمانون",
        "البند 26 من جدول الأعمال",
        "النهوض بالمرأة",
        "مجلس الأمن",
        "السنة الثمانون",
    ]
    assert parsed.letter.letter.paragraphs[0].text.startswith("يشرفني")


_LINES = st.lists(
    st.sampled_from(
        ["General Assembly", "Sixty-seventh session", "Agenda items 3 (b), 36 and 87", "مجلس الأمن"]
    )
    | st.text(max_size=40),
    max_size=8,
)


@settings(max_examples=150)
@given(st.lists(_LINES, max_size=2))
def test_read_sessions_never_fails_and_keeps_only_sessions_with_values(
    columns: list[list[str]],
) -> None:
    for session in read_sessions(columns):
        assert session.session or session.year or session.agenda_items


_ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@pytest.mark.parametrize("number", range(21, 100))
def test_every_compound_english_ordinal(number: int) -> None:
    tens, ones = divmod(number, 10)
    if ones:
        words = f"{_TENS_WORDS[tens - 2]}-{_ONES[ones - 1]}"
    else:
        words = _TENS_WORDS[tens - 2][:-1] + "ieth"
    assert ordinal(words.upper()) == ordinal(words.title()) == number
