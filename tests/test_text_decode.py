"""Decoding text input: encodings, byte-order marks, damaged bytes, line ends, bad input."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unarchive.findings import UnreadableInput
from unarchive.options import Options
from unarchive.parsed import Parsed
from unarchive.readers.decode import decode
from unarchive.readers.text import parse, split_lines
from unarchive.rules import validate

TEXT = "رسالة مؤرخة 5 آب/أغسطس 2011\nيشرفني أن أبلغكم بما يلي.\n"


def codes(parsed: Parsed) -> list[str]:
    return [f.code for f in parsed.findings]


def test_plain_utf8_has_no_finding() -> None:
    decoded = decode(TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8"
    assert decoded.findings == []


def test_utf8_bom_is_reported_e002() -> None:
    decoded = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert [f.code for f in decoded.findings] == ["E002"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding: str) -> None:
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    decoded = decode(bom + TEXT.encode(encoding))
    assert decoded.text == TEXT
    assert sorted(f.code for f in decoded.findings) == ["E001", "E002"]
    assert encoding.upper() in decoded.findings[1].message


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    decoded = decode(TEXT.encode(encoding))
    assert decoded.text == TEXT
    assert [f.code for f in decoded.findings] == ["E001"]


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_legacy_code_pages(encoding: str) -> None:
    text = "رسالة مؤرخة 5 آب/أغسطس 2011 موجهة إلى الأمين العام من الممثل الدائم لدى الأمم المتحدة\n"
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == encoding
    [finding] = decoded.findings
    assert finding.code == "E001" and encoding in finding.message


def test_damaged_utf8_is_read_with_offsets() -> None:
    data = TEXT.encode("utf-8")
    cut = data[:10] + b"\xff\xfe" + data[10:] + "تعميم".encode()[:-1]
    decoded = decode(cut)
    [finding] = decoded.findings
    assert finding.code == "E001"
    assert "byte offset 10" in finding.message
    assert (finding.location.line, finding.location.column) == (1, 6)
    assert "\ufffd" in decoded.text
    assert "يشرفني" in decoded.text


def test_damaged_utf8_gives_e004_at_the_replacement() -> None:
    parsed = parse(TEXT.encode("utf-8")[:10] + b"\x80" + TEXT.encode("utf-8")[10:])
    e004 = [f for f in validate(parsed) if f.code == "E004"]
    assert [(f.location.line, f.location.column) for f in e004] == [(1, 6)]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\t\n", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_unreadable_input(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableInput) as error:
        parse(data, "x.txt")
    assert reason in error.value.reason
    assert error.value.code == "E005"


def test_random_binary_is_refused() -> None:
    import random

    noise = random.Random(7).randbytes(5000)
    with pytest.raises(UnreadableInput):
        parse(noise)


def test_over_the_size_limit_is_refused() -> None:
    with pytest.raises(UnreadableInput, match="over the limit"):
        parse(TEXT.encode("utf-8"), options=Options(max_bytes=10))


def test_nul_bytes_are_read_and_reported_e003() -> None:
    parsed = parse(("رسالة\x00 مؤرخة\n" + TEXT).encode("utf-8"))
    e003 = [f for f in validate(parsed) if f.code == "E003"]
    assert [(f.location.line, f.location.column) for f in e003] == [(1, 6)]


def test_feff_inside_text_is_e002_with_its_place() -> None:
    parsed = parse(("سطر أول\nسطر\ufeffثان\n").encode())
    [finding] = [f for f in parsed.findings if f.code == "E002"]
    assert (finding.location.line, finding.location.column) == (2, 4)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_line_ends(end: str) -> None:
    lines = split_lines(f"أ{end}ب{end}{end}ج{end}")
    assert [(line.number, line.text) for line in lines] == [(1, "أ"), (2, "ب"), (3, ""), (4, "ج")]


def test_line_separators_other_than_line_ends_stay_inside_lines() -> None:
    assert len(split_lines("أ\u2028ب\x0cج")) == 1


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_never_crashes_on_bytes(data: bytes) -> None:
    try:
        parsed = parse(data)
    except UnreadableInput:
        return
    assert isinstance(parsed, Parsed)
    validate(parsed)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_on_text(text: str) -> None:
    try:
        parsed = parse(text.encode("utf-8", "surrogatepass"))
    except UnreadableInput:
        return
    assert isinstance(parsed, Parsed)
    validate(parsed)


def test_damaged_utf8_after_a_bom() -> None:
    decoded = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8")[:10] + b"\xc3" + b" ok\n")
    assert [f.code for f in decoded.findings] == ["E002", "E001"]
    assert "\ufffd" in decoded.text and decoded.encoding == "utf-8-sig"


def test_damaged_utf16_is_read_with_replacements() -> None:
    data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    decoded = decode(data)
    assert decoded.text.startswith(TEXT)
    assert decoded.text.endswith("\ufffd")
    assert "invalid UTF-16-LE" in decoded.findings[1].message
