"""The TEI reader: other projects' letters map as far as they can; hostile XML is refused."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator

import pytest

from tests.conftest import SAMPLES
from unarchive.findings import Severity, UnreadableInput
from unarchive.model import Letter, LetterBody, Metadata, Paragraph
from unarchive.pipeline import parse
from unarchive.readers import sniff
from unarchive.readers import tei as tei_reader
from unarchive.writers import tei as tei_writer

TEI_NS = "http://www.tei-c.org/ns/1.0"


def _foreign(body: str, header: str = "") -> bytes:
    return f"""<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>{header}
</teiHeader><text><body>{body}</body></text></TEI>""".encode()


def test_foreign_un_letter_maps_its_metadata() -> None:
    parsed = parse(SAMPLES / "tei" / "foreign-un-letter-correspdesc" / "input.xml")
    meta = parsed.letter.metadata
    assert (meta.symbol, meta.job_number, meta.date) == (
        "S/2099/140",
        "99-05123 (E)",
        dt.date(2099, 3, 3),
    )
    assert (meta.language, meta.addressee, meta.organ) == (
        "en",
        "the Secretary-General",
        "Security Council",
    )
    assert meta.title is not None and meta.title.startswith("Letter dated 3 March 2099")
    assert (meta.signatory.name, meta.signatory.title) == (
        "Rufus T. Firefly",
        "Permanent Representative",
    )
    assert len(parsed.letter.letter.paragraphs) == 2
    (annex,) = parsed.letter.annexes
    assert annex.title == "Letter from the Minister for Foreign Affairs of Freedonia"
    assert len(annex.paragraphs) == 2
    assert not [f for f in parsed.findings if f.severity is Severity.ERROR]
    left_out = " ".join(f.message for f in parsed.findings if f.code == "X002")
    assert "<availability>" in left_out and "<note>" not in left_out
    # The footnote is a note of the Letter, cited at the end of the second paragraph.
    (note,) = parsed.letter.notes
    assert (note.text, note.place) == ("Circulated in the language of submission only.", "foot")
    assert note.anchor is not None and note.anchor.part == "letter.paragraphs.1"
    assert note.anchor.offset == len(parsed.letter.letter.paragraphs[1].text)


def test_foreign_arabic_edition_maps_and_reports_what_it_leaves_out() -> None:
    parsed = parse(SAMPLES / "tei" / "foreign-arabic-edition" / "input.xml")
    meta = parsed.letter.metadata
    assert (meta.language, meta.date, meta.addressee) == ("ar", dt.date(2099, 3, 3), "الأمين العام")
    assert meta.sender == "الممثل الدائم لفريدونيا لدى الأمم المتحدة"
    assert parsed.letter.letter.paragraphs[1].text.endswith("من وثائق مجلس الأمن.")
    assert parsed.letter.letter.signed == Paragraph(text="(توقيع) روفوس ت. فايرفلاي")
    lines = {f.location.line for f in parsed.findings if f.code == "X002"}
    assert 50 in lines and 61 not in lines  # the <pb/> is left out; the <note> is read
    (note,) = parsed.letter.notes
    assert note.text == "ترجمة غير رسمية." and note.anchor is not None
    cited = parsed.letter.annexes[0].paragraphs[1].text
    assert cited[: note.anchor.offset].endswith("بالتسوية السلمية.")


def test_foreign_invalid_letter_gives_x001_with_lines_and_still_maps() -> None:
    parsed = parse(SAMPLES / "tei" / "foreign-invalid-schnitzler-style" / "input.xml")
    x001 = [f for f in parsed.findings if f.code == "X001"]
    assert x001 and all(f.location.line for f in x001)
    assert any("schemaLocation" in f.message for f in x001)
    assert parsed.letter.metadata.sender == "Rufus T. Firefly"
    assert parsed.letter.metadata.date == dt.date(2099, 5, 14)


def test_own_tei_edited_by_hand_gives_x001_and_x002() -> None:
    parsed = parse(SAMPLES / "tei" / "own-hand-edited" / "input.xml")
    codes = {(f.code, f.location.line) for f in parsed.findings}
    assert ("X002", 52) in codes  # the <note> added inside a paragraph
    assert ("X001", 34) in codes  # 2099-02-30
    assert parsed.letter.metadata.date == dt.date(2099, 1, 12)  # from the dateline instead


def test_foreign_whitespace_is_collapsed_unless_preserved() -> None:
    body = '<div type="letter"><p>  one\n   two </p><p xml:space="preserve"> a\n b </p><p/></div>'
    parsed = tei_reader.loads(_foreign(body))
    texts = [p.text for p in parsed.letter.letter.paragraphs]
    assert texts == ["one two", " a\n b "]
    assert any("empty <p>" in f.message for f in parsed.findings)


def test_app_and_choice_keep_one_reading_and_report_it() -> None:
    body = (
        '<div type="letter"><p>يشرفني أن <app><lem wit="#a">أحيل</lem><rdg wit="#b">احيل</rdg>'
        "</app> إليكم <choice><sic>الورقه</sic><corr>الورقة</corr></choice></p></div>"
    )
    parsed = tei_reader.loads(_foreign(body))
    assert parsed.letter.letter.paragraphs[0].text == "يشرفني أن أحيل إليكم الورقة"
    flattened = {f.message.split(">")[0] for f in parsed.findings if "flattened" in f.message}
    assert flattened == {"<app", "<choice"}


def test_partial_and_impossible_dates_are_x001() -> None:
    header = (
        '<profileDesc><correspDesc><correspAction type="sent"><date when="2011-08"/>'
        "</correspAction></correspDesc></profileDesc>"
    )
    parsed = tei_reader.loads(_foreign('<div type="letter"><p>x</p></div>', header))
    assert parsed.letter.metadata.date is None
    assert any(f.code == "X001" and "2011-08" in f.message for f in parsed.findings)


def test_a_second_different_value_is_reported_not_merged() -> None:
    header = (
        '<profileDesc><correspDesc><correspAction type="received"><persName>A</persName>'
        "<persName>B</persName></correspAction></correspDesc></profileDesc>"
    )
    parsed = tei_reader.loads(_foreign('<div type="letter"><p>x</p></div>', header))
    assert parsed.letter.metadata.addressee == "A"
    assert any("«B»" in f.message for f in parsed.findings if f.code == "X002")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"<TEI", "not well-formed"),
        (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader></TEI>", "line 1"),
        (b"<TEI.2><teiHeader/></TEI.2>", "root element is <TEI.2>"),
        (b"<html xmlns='http://www.w3.org/1999/xhtml'/>", "namespace http://www.w3.org/1999/xhtml"),
        (b"\xff\xfe<\x00", "not"),
    ],
)
def test_what_is_not_tei_is_unreadable(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableInput, match=reason):
        tei_reader.loads(data)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local port that records whether anything tried to fetch from it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.setblocking(False)
    yield server
    server.close()


def _nothing_came(server: socket.socket) -> bool:
    try:
        server.accept()[0].close()
    except BlockingIOError:
        return True
    return False


def test_external_entities_are_refused_and_nothing_is_fetched(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    for target in ("file:///etc/passwd", f"http://127.0.0.1:{port}/x"):
        data = f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{target}">]><TEI xmlns="{TEI_NS}">&x;</TEI>'
        with pytest.raises(UnreadableInput, match="declares entities"):
            tei_reader.loads(data.encode())
    assert _nothing_came(listener)


def test_a_dtd_on_the_network_is_not_loaded(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    doctype = f'<!DOCTYPE TEI SYSTEM "http://127.0.0.1:{port}/tei_all.dtd">'
    data = doctype.encode() + _foreign('<div type="letter"><p>&nbsp;x</p></div>')
    parsed = tei_reader.loads(data)
    assert _nothing_came(listener)
    assert any("was not loaded" in f.message for f in parsed.findings)
    assert any("&nbsp;" in f.message for f in parsed.findings)


def test_billion_laughs_is_refused() -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">'
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    data = f"<!DOCTYPE TEI [{entities}]><TEI xmlns='{TEI_NS}'>&i;</TEI>".encode()
    with pytest.raises(UnreadableInput, match="entit"):  # libxml2 or our own check, whichever first
        tei_reader.loads(data)


def test_a_million_nested_elements_are_refused() -> None:
    data = (
        f"<TEI xmlns='{TEI_NS}'>".encode()
        + b"<div>" * 1_000_000
        + b"</div>" * 1_000_000
        + b"</TEI>"
    )
    with pytest.raises(UnreadableInput, match="depth"):
        tei_reader.loads(data)


def test_tei_is_sniffed_whatever_the_file_is_called(tmp_path) -> None:  # type: ignore[no-untyped-def]
    letter = Letter(
        metadata=Metadata(symbol="S/2011/496"), letter=LetterBody(paragraphs=(Paragraph(text="x"),))
    )
    path = tmp_path / "letter.txt"
    path.write_bytes(tei_writer.dumps(letter))
    assert sniff(path.read_bytes(), ".txt") == "tei"
    assert parse(path).letter == letter
    assert sniff(b"<?xml version='1.0'?><other/>", ".xml") == "tei"


def test_own_tei_of_another_schema_version_says_so() -> None:
    data = tei_writer.dumps(Letter()).replace(b'version="1.0">', b'version="2.0">', 1)
    messages = [f.message for f in tei_reader.loads(data).findings if f.code == "X001"]
    assert "written for schema_version '2.0'; this unarchive reads '1.0'" in messages
