"""Small indirect objects read from the file's bytes are the objects pypdf reads."""

from __future__ import annotations

import logging

import pytest
from pdf_builder import catalog, pdf, plain, reader, stream
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, NumberObject

from unarchive.readers.pdf import objects as pdf_objects
from unarchive.readers.pdf.objects import resolve

PLAIN = {
    "a font dictionary": b"<< /Type /Font /Subtype /CIDFontType2 /DW 364 /FontDescriptor 13 0 R\n"
    b"/W [ 0 [ 0 483 1221.5 -2 +3 .5 4. ] 16 18 636 ] /CIDSystemInfo << /Supplement 0 >> >>",
    "an array": b"[ 1 [ 2 3 ] 4 5 6 ]",
    "an array of numbers": b"[0 483 -1221.5 +3 .5 4. 0007\r\n12\t13]",
    "no spaces": b"<</A[1 2/B]/C<</D 4 0 R>>/E/F>>",
    "other line ends": b"<<\r/A 1\r\n/B\t[2\t3]\n>>",
    "empty": b"<< >>",
    "a name with every allowed character": b"<< /A-b_c.d*e+f!g'h 1 >>",
    "large object numbers": b"[ 123456 0 R 7 65535 R ]",
}
LEFT_TO_PYPDF = {
    "a string": b"<< /Registry (Adobe) /Ordering (Identity) >>",
    "a hex string": b"<< /A <0041> >>",
    "a boolean": b"<< /A true >>",
    "null": b"<< /A null >>",
    "a name with #": b"<< /A#20B 1 >>",
    "a comment": b"<< /A 1 % note\n>>",
    "a number": b"12",
    "a name": b"/Identity",
    "a repeated key": b"<< /A 1 /A 2 >>",
    "an odd dictionary": b"<< /A 1 /B >>",
    "a key that is no name": b"<< 1 2 >>",
    "a crossed bracket": b"<< /A [1 2 >> ]",
    "a reference with a sign": b"[ +12 0 R ]",
    "a reference spread out": b"[ 12         0          R ]",
    "a number glued to a name": b"[ 1.5.2 ]",
    "a sign alone": b"[ 1 - 2 ]",
    "a point alone": b"[ 1 . 2 ]",
    "two numbers run together": b"[ 1+2 3 ]",
    "a form feed": b"<<\x0c/A 1 >>",
    "a stream": stream(b"abc"),
}


def _reading(body: bytes, **kwargs: dict[int, int]) -> bytes:
    return pdf(catalog({10: body, 13: b"<< /Flags 4 >>"}), **kwargs)


def _ours(data: bytes) -> object:
    return pdf_objects.read_plain(IndirectObject(10, 0, reader(data)))


@pytest.mark.parametrize("body", PLAIN.values(), ids=PLAIN.keys())
def test_plain_objects_are_read_here_as_pypdf_reads_them(body: bytes) -> None:
    data = _reading(body)
    ours = _ours(data)
    assert ours is not None
    assert plain(ours) == plain(reader(data).get_object(10))


@pytest.mark.parametrize("body", LEFT_TO_PYPDF.values(), ids=LEFT_TO_PYPDF.keys())
def test_other_objects_are_left_to_pypdf(body: bytes) -> None:
    data = _reading(body)
    assert _ours(data) is None
    try:
        expected = plain(reader(data).get_object(10))
    except PyPdfError:
        with pytest.raises(PyPdfError):
            resolve(IndirectObject(10, 0, reader(data)))
        return
    assert plain(resolve(IndirectObject(10, 0, reader(data)))) == expected


def test_what_is_read_is_pypdf_objects() -> None:
    read = _ours(_reading(PLAIN["a font dictionary"]))
    assert isinstance(read, DictionaryObject)
    assert read["/DW"] == 364 and isinstance(read.get("/DW"), NumberObject)
    assert isinstance(read.get("/FontDescriptor"), IndirectObject)
    assert read["/FontDescriptor"] == {"/Flags": 4}  # the reference resolves through pypdf
    widths = read["/W"]
    assert isinstance(widths, ArrayObject) and widths[1][2] == 1221.5
    assert read["/Subtype"] == NameObject("/CIDFontType2")


def test_a_damaged_cross_reference_table_is_repaired_by_pypdf(
    caplog: pytest.LogCaptureFixture,
) -> None:
    data = _reading(PLAIN["an array"], shift={10: -2})
    assert _ours(data) is None
    with caplog.at_level(logging.WARNING, logger="pypdf"):
        assert plain(resolve(IndirectObject(10, 0, reader(data)))) == plain(
            reader(data).get_object(10)
        )
    assert any("10 0" in message for message in caplog.messages)  # pypdf found it elsewhere


def test_a_missing_object_is_pypdfs_to_report(caplog: pytest.LogCaptureFixture) -> None:
    data = _reading(PLAIN["an array"])
    with caplog.at_level(logging.WARNING, logger="pypdf"):
        assert plain(resolve(IndirectObject(99, 0, reader(data)))) == plain(
            reader(data).get_object(99)
        )
    assert any("99 0" in message for message in caplog.messages)


def test_a_cached_compressed_or_encrypted_object_is_pypdfs() -> None:
    data = _reading(PLAIN["an array"])
    cached = reader(data)
    cached.get_object(10)
    assert pdf_objects.read_plain(IndirectObject(10, 0, cached)) is None
    compressed = reader(data)
    compressed.xref_objStm[10] = (5, 0)
    assert pdf_objects.read_plain(IndirectObject(10, 0, compressed)) is None
    encrypted = reader(data)
    encrypted._encryption = object()  # type: ignore[assignment]
    assert pdf_objects.read_plain(IndirectObject(10, 0, encrypted)) is None


def test_an_object_longer_than_the_window_is_pypdfs() -> None:
    body = b"[" + b" 1" * (pdf_objects._WINDOW // 2) + b" ]"
    data = _reading(body)
    assert _ours(data) is None
    assert len(resolve(IndirectObject(10, 0, reader(data)))) == pdf_objects._WINDOW // 2


def test_the_file_position_is_kept() -> None:
    pdf_reader = reader(_reading(PLAIN["an array"]))
    pdf_reader.stream.seek(7)
    assert pdf_objects.read_plain(IndirectObject(10, 0, pdf_reader)) is not None
    assert pdf_reader.stream.tell() == 7


def test_a_direct_object_is_itself() -> None:
    value = ArrayObject([NumberObject(1)])
    assert resolve(value) is value
