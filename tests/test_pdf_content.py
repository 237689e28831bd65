"""The fast content-stream reader gives the glyph reader what pypdf's parser gives it."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ContentStream, DictionaryObject, NameObject, create_string_object

from unarchive.readers.pdf import content as pdf_content
from unarchive.readers.pdf.glyphs import _raw_bytes

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "pdf"


def _norm(value: Any) -> Any:
    """What the glyph reader sees of an operand."""
    if isinstance(value, NameObject):
        return ("name", str(value))
    if isinstance(value, DictionaryObject):
        return ("dict", {str(k): (type(v).__name__, _norm(v)) for k, v in value.items()})
    if isinstance(value, list):
        return ("array", [_norm(item) for item in value])
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ("number", float(value))
    raw = _raw_bytes(value)
    return ("string", raw) if raw is not None else ("other", repr(value))


def _ops(operations: list[tuple[list[Any], bytes]]) -> list[Any]:
    return [([_norm(o) for o in operands], op) for operands, op in operations]


def _stream(data: bytes, encoding: str | None = None) -> ContentStream:
    content = ContentStream(None, None, encoding)
    content.set_data(data)
    return content


def _pypdf(data: bytes, encoding: str | None = None) -> list[Any]:
    return _ops(_stream(data, encoding).operations)


def _fast(data: bytes, encoding: str | None = None) -> list[Any]:
    return _ops(pdf_content._read(data, encoding))


@pytest.mark.parametrize("pdf", sorted(SAMPLES.glob("*.pdf")), ids=lambda p: p.stem)
def test_every_fixture_page_is_read_fast_and_as_pypdf_reads_it(pdf: Path) -> None:
    reader = PdfReader(io.BytesIO(pdf.read_bytes()), strict=False)
    for page in reader.pages:
        content = page.get_contents()
        if content is None:
            continue
        data = content.get_data()
        for encoding in (None, "bytes"):  # pages and forms
            assert _fast(data, encoding) == _pypdf(data, encoding)


@pytest.mark.parametrize(
    "data",
    [
        rb"BT /F1 12 Tf 10 20 Td (a\(b\)c\\d\n\r\t\b\f\/\ \%\<\>\[\]\#\_\&\$) Tj ET",
        rb"(\101\0619\7\77x) Tj",
        b"(line\\\r\nbreak\\\ncontinued\\\n\rx) Tj (raw\r\nnewline) Tj",
        b"<48 65 6C6C 6F> Tj <ABC> Tj <> Tj",
        b"[(A) -120.5 (B) .5 <0102> -3.] TJ 1 2 3 4 5 6 Tm +7 TL -.25 Tc 5. Tw",
        b"/Span << /ActualText (caf\\351) /Lang (fr) /N [1 2.5 /X] /D << /K 3 >> >> BDC EMC",
        b"/Span <</ActualText <FEFF0041>>> BDC (x) Tj EMC",
        b"% a comment\nq 1 0 0 1 0 0 cm % another\n/Im0 Do Q T* (a) ' 1 2 (b) \"",
        b"0 g 12Tf 1.5.2 Tc",
        b"/F#31 12 Tf",
        b"(nested (parens) inside) Tj",
        b"(\\777) Tj (\\q) Tj",
        b"BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI Q",
        b"[1 true] TJ",
        b"/P << /K 1 /K 2 >> BDC",
        b"/P << [ ] 12 >> BDC",
        b"\x0c(a) Tj",
        b"(unterminated",
        b"",
        b"ET",
    ],
)
def test_crafted_streams_give_the_operations_pypdf_gives(data: bytes) -> None:
    for encoding in (None, "bytes"):
        try:
            expected = _pypdf(data, encoding)
        except (PyPdfError, ValueError):
            with pytest.raises((pdf_content._GiveUp, PyPdfError, ValueError)):
                pdf_content.operations(_stream(data, encoding))
            continue
        assert _ops(pdf_content.operations(_stream(data, encoding))) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"(nested (parens)) Tj",
        b"/F#31 12 Tf",
        b"(\\777) Tj",
        b"BI /W 1 /H 1 ID \x00 EI",
        b"[1 true] TJ",
        b"/P << /K 1 /K 2 >> BDC",
        b"/P << [ ] 12 >> BDC",
        b"/P << (k) 12 >> BDC",
    ],
)
def test_what_the_fast_reader_is_unsure_of_is_left_to_pypdf(data: bytes) -> None:
    with pytest.raises(pdf_content._GiveUp):
        pdf_content._read(data, None)


@pytest.mark.parametrize(
    "data",
    [
        b"1 0 0 1 72.5 700 Tm (ab) Tj 1 0 0 1 80 700 Tm <0041> Tj",
        b"[<07>3<02>7<45>-9<46>3<4708>6<16>-2<48>]TJ\n[ (a) -.5 () <00 41> 12. ] TJ",
        b"[(x)] TJ [] TJ [1 2] 0 d",
        b'0 0 (ab) " 12 (a\\)b) Tj [(a\\)b) 3] TJ',
        b"(a)(b) Tj [(a)/N] TJ [<41> <<>>] TJ",
        b"1 2 (a)Tj 3 4<41>Tj 5 6[(a)]TJ 7 8 [(a)]9 Tz",
        b"(\\(\\)\\\\\\n\\101\\0\\\r\nx) Tj [(\\)) 5 (\\\\)] TJ",
        b"(a\\q) Tj (unterminated\\) Tj",
    ],
)
def test_plain_operations_read_at_once_are_read_as_pypdf_reads_them(data: bytes) -> None:
    try:
        expected = _pypdf(data)
    except (PyPdfError, ValueError):
        with pytest.raises(pdf_content._GiveUp):
            pdf_content._read(data, None)
        return
    assert _fast(data) == expected


def test_a_long_run_that_is_no_plain_operation_is_read_in_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Trying a plain operation again at each of the numbers would be quadratic.
    attempts = []
    plain = pdf_content._PLAIN_OPERATION

    class Counting:
        def match(self, data: bytes, position: int) -> Any:
            attempts.append(position)
            return plain.match(data, position)

    monkeypatch.setattr(pdf_content, "_PLAIN_OPERATION", Counting())
    data = b"1 0 0 1 0 0 cm " + b"1 " * 5000 + b"/Name 7 0 0 1 0 0 cm Q"
    ops = pdf_content._read(data, None)
    assert [op for _, op in ops] == [b"cm", b"cm", b"Q"]
    assert len(ops[1][0]) == 5000 + 1 + 6
    assert len(attempts) == 4  # where each operation starts, and once at the end


def test_the_common_subset_is_read_without_pypdf() -> None:
    ops = pdf_content._read(b"BT /F1 12 Tf [(A) -250 <0041>] TJ ET", None)
    assert [op for _, op in ops] == [b"BT", b"Tf", b"TJ", b"ET"]
    assert ops[2][0][0] == [b"A", -250.0, b"\x00A"]


@given(st.binary(max_size=40))
def test_string_bytes_survive_as_pypdf_makes_them(raw: bytes) -> None:
    # The fast reader hands over bytes; pypdf a string object whose bytes the glyph reader takes.
    assert _raw_bytes(create_string_object(raw)) == raw


_PIECES = st.sampled_from(
    [
        b" ",
        b"\n",
        b"\r\n",
        b"12",
        b"-3.5",
        b".5",
        b"+1",
        b"/F1",
        b"/Span",
        b"(ab)",
        b"(a\\)b)",
        b"(\\101)",
        b"(\\n)",
        b"<4142>",
        b"<414>",
        b"[",
        b"]",
        b"<<",
        b">>",
        b"Tj",
        b"TJ",
        b"Tf",
        b"BDC",
        b"'",
        b"%c\n",
        b"(",
        b")",
        b"\\",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=24))
def test_token_soup_gives_the_operations_pypdf_gives(pieces: list[bytes]) -> None:
    data = b" ".join(pieces)
    try:
        expected = _pypdf(data)
    except Exception:  # pypdf refuses it: the fast reader must not pretend otherwise
        try:
            pdf_content._read(data, None)
        except pdf_content._GiveUp:
            return
        raise AssertionError(f"read what pypdf refuses: {data!r}") from None
    with contextlib.suppress(pdf_content._GiveUp):  # giving up is always allowed
        assert _fast(data) == expected


def test_a_stream_near_pypdfs_work_limit_is_left_to_pypdf() -> None:
    data = b"0 0 Td\n" * (pdf_content._MAX_BYTES // 7 + 1)
    with pytest.raises(pdf_content._GiveUp):
        pdf_content._read(data, None)
    assert len(pdf_content.operations(_stream(data))) == len(data) // 7
