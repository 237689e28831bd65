"""Our font reader gives the maps pypdf's ``Font`` gives, or leaves the font to pypdf."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pdf_builder import catalog, pdf, reader, stream
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from pypdf.generic._font import Font

from unarchive.readers.pdf import fontmaps as pdf_fontmaps
from unarchive.readers.pdf.fontmaps import FontMaps, read_font
from unarchive.readers.pdf.fonts import FontCodec

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "pdf"

CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    b"3 beginbfchar\n<0003> <0020>\n<0004> <0627>\n<0005> <00660069>\nendbfchar\n"
    b"1 beginbfrange\n<0010> <0012> [<0628> <062A> <D83DDE00>]\nendbfrange\n"
    b"endcmap end end"
)
SIMPLE_CMAP = (
    b"begincmap 1 begincodespacerange <00> <FF> endcodespacerange\n"
    b"2 beginbfchar\n<20> <0020>\n<41> <0041>\nendbfchar\n"
    b"1 beginbfrange\n<61> <63> <0061>\nendbfrange endcmap"
)
FOUR_BYTE_CMAP = b"1 beginbfchar\n<00000001> <0041>\nendbfchar"


def _type0(descendant: bytes, *, cmap: bytes = CMAP, more: dict[int, bytes] | None = None) -> bytes:
    return pdf(
        catalog(
            {
                10: b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Amiri /Encoding /Identity-H"
                b" /DescendantFonts [11 0 R] /ToUnicode 12 0 R >>",
                11: descendant,
                12: stream(cmap),
                13: b"<< /Type /FontDescriptor /FontName /ABCDEF+Amiri /Flags 4"
                b" /FontBBox [-300 -400 1000 900] /FontFile2 14 0 R >>",
                14: stream(b"\x00\x01\x00\x00"),
                **(more or {}),
            }
        )
    )


def _simple(font: bytes, *, more: dict[int, bytes] | None = None) -> bytes:
    return pdf(
        catalog(
            {
                10: font,
                12: stream(SIMPLE_CMAP),
                13: b"<< /Type /FontDescriptor /FontName /BAAAAA+DejaVuSans /Flags 32"
                b" /MissingWidth 333 /FontFile2 14 0 R >>",
                14: stream(b"\x00\x01\x00\x00"),
                15: b"[250 300 350 400 450]",
                **(more or {}),
            }
        )
    )


CID = b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Amiri /FontDescriptor 13 0 R"
READ_HERE = {
    "Identity-H, /W both forms, /DW": _type0(
        CID
        + b" /DW 364 /W [1 [600 700.5 -20] 10 20 300 30 [1000] 3 3 250] /CIDToGIDMap /Identity >>"
    ),
    "Identity-H, /W by reference, no /DW": _type0(
        CID + b" /W 15 0 R >>", more={15: b"[3 [280] 4 [500]]"}
    ),
    "Identity-H, no /DW, no space width": _type0(CID + b" /W [4 [500 700]] >>"),
    "Identity-H, fixed pitch": _type0(
        CID.replace(b"13 0 R", b"16 0 R") + b" /W [3 [600]] >>",
        more={16: b"<< /Type /FontDescriptor /Flags 1 /FontFile2 14 0 R >>"},
    ),
    "Identity-H, no /W": _type0(CID + b" /DW 1000 >>"),
    "Identity-H, no ToUnicode": pdf(
        catalog(
            {
                10: b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H"
                b" /DescendantFonts [11 0 R] >>",
                11: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /DW 500"
                b" /FontDescriptor << /Flags 32 >> >>",
            }
        )
    ),
    "TrueType, /Widths from /FirstChar, /MissingWidth": _simple(
        b"<< /Type /Font /Subtype /TrueType /BaseFont /BAAAAA+DejaVuSans /FirstChar 32"
        b" /LastChar 36 /Widths 15 0 R /FontDescriptor 13 0 R /ToUnicode 12 0 R >>"
    ),
    "TrueType, WinAnsiEncoding, no ToUnicode": _simple(
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding"
        b" /FirstChar 0 /Widths [500 600] >>"
    ),
    "Type1, /Differences with glyph names": _simple(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Naskh /FirstChar 1 /Widths [400 500 600]"
        b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding"
        b" /Differences [1 /alef /uni0628 /g123 65 /space] >> /ToUnicode 12 0 R"
        b" /FontDescriptor << /Flags 4 >> >>"
    ),
    "Type1, /Differences alone": _simple(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Naskh /FirstChar 30 /Widths [0 0 0]"
        b" /Encoding << /Differences [30 /afii57415 /u0628] >> /ToUnicode 12 0 R >>"
    ),
}
LEFT_TO_PYPDF = {
    "Type1 without ToUnicode (pypdf reads the font program)": _simple(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /X /FirstChar 32 /Widths [250] >>"
    ),
    "a standard-14 font without widths": _simple(
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Helvetica /ToUnicode 12 0 R >>"
    ),
    "Type3": _simple(
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0]"
        b" /CharProcs << /a 14 0 R >> /FirstChar 97 /Widths [1] /ToUnicode 12 0 R >>"
    ),
    "a /W range too long": _type0(CID + b" /W [0 70000 500] >>"),
    "a /W entry that is not a number": _type0(CID + b" /W [1 [500 /X]] >>"),
    "a /W array cut short": _type0(CID + b" /W [1 2] >>"),
    "two descendants": _type0(
        CID + b" >>", more={10: b"<< /Subtype /Type0 /DescendantFonts [11 0 R 11 0 R] >>"}
    ),
    "four-byte ToUnicode codes": _type0(CID + b" /DW 500 >>", cmap=FOUR_BYTE_CMAP),
    "/Widths past code 255": _simple(
        b"<< /Type /Font /Subtype /TrueType /BaseFont /X /FirstChar 254 /Widths [1 2 3]"
        b" /ToUnicode 12 0 R >>"
    ),
    "an odd /Flags": _type0(
        CID.replace(b"13 0 R", b"16 0 R") + b" /DW 0 >>", more={16: b"<< /Flags 1.5 >>"}
    ),
    "two font programs": _type0(
        CID.replace(b"13 0 R", b"16 0 R") + b" /DW 500 >>",
        more={16: b"<< /Flags 4 /FontFile2 14 0 R /FontFile3 14 0 R >>"},
    ),
}


def _font(data: bytes) -> Any:
    return reader(data).get_object(IndirectObject(10, 0, None))  # type: ignore[arg-type]


def _pypdf(data: bytes) -> FontMaps:
    """pypdf's reading, from a reader of its own (no object shared with ours)."""
    font = Font.from_font_resource(reader(data).get_object(10))  # type: ignore[arg-type]
    return FontMaps(font.encoding, font.character_map, font.character_widths)


def _same(ours: FontMaps, theirs: FontMaps) -> None:
    assert ours.encoding == theirs.encoding
    assert list(ours.character_map.items()) == list(theirs.character_map.items())
    widths = [(k, type(v).__name__, v) for k, v in ours.widths.items()]
    assert widths == [(k, type(v).__name__, v) for k, v in theirs.widths.items()]


@pytest.mark.parametrize("data", READ_HERE.values(), ids=READ_HERE.keys())
def test_common_fonts_are_read_here_as_pypdf_reads_them(data: bytes) -> None:
    ours = read_font(reader(data).get_object(10))  # type: ignore[arg-type]
    assert ours is not None
    _same(ours, _pypdf(data))


@pytest.mark.parametrize("data", LEFT_TO_PYPDF.values(), ids=LEFT_TO_PYPDF.keys())
def test_unusual_fonts_are_left_to_pypdf(data: bytes) -> None:
    assert read_font(reader(data).get_object(10)) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("data", [*READ_HERE.values(), *LEFT_TO_PYPDF.values()])
def test_the_codec_decodes_as_with_pypdfs_font(data: bytes) -> None:
    font = reader(data).get_object(10)
    try:
        theirs = _pypdf(data)
    except Exception:  # pypdf refuses the font: so does the codec (the glyph reader drops it)
        with pytest.raises(Exception):  # noqa: B017
            FontCodec.of(font)  # type: ignore[arg-type]
        return
    codec = FontCodec.of(font)  # type: ignore[arg-type]
    reference = FontCodec(theirs, codec.by_glyph)
    for raw in (
        b"\x00\x03\x00\x04\x00\x05",
        b"\x00\x10\x00\x11\x00\x12\x00\x99",
        b" Aab\x01\xff",
        b"\x00",
    ):
        assert codec.codes(raw) == reference.codes(raw)
        assert codec.codes(raw) == reference.codes(raw)  # from the cache too


def test_the_widths_are_what_the_arrays_say() -> None:
    ours = read_font(reader(READ_HERE["Identity-H, /W both forms, /DW"]).get_object(10))  # type: ignore[arg-type]
    assert ours is not None
    assert ours.encoding == "utf-16-be"
    assert ours.character_map["\x05"] == "fi"
    assert ours.character_map["\x12"] == "\U0001f600"
    assert [ours.widths[chr(c)] for c in (1, 2, 3, 10, 20, 30)] == [600, 700.5, 250, 300, 300, 1000]
    assert ours.widths["default"] == 364


def test_a_missing_width_without_dw_is_pypdfs_default() -> None:
    ours = read_font(reader(READ_HERE["Identity-H, /W by reference, no /DW"]).get_object(10))  # type: ignore[arg-type]
    assert ours is not None
    assert ours.widths["default"] == 2 * 280  # twice the space's width, not fixed pitch


def _fixture_fonts() -> list[tuple[Path, str]]:
    found = []
    for path in sorted(SAMPLES.glob("*.pdf")):
        pdf_reader = PdfReader(io.BytesIO(path.read_bytes()), strict=False)
        for page in pdf_reader.pages:
            resources = page.get("/Resources")
            fonts = resources.get_object().get("/Font") if resources is not None else None
            for name in fonts.get_object() if fonts is not None else ():
                found.append((path, str(name)))
    return sorted(set(found))


@pytest.mark.parametrize("path, name", _fixture_fonts(), ids=lambda v: getattr(v, "stem", v))
def test_every_fixture_font_is_read_here_as_pypdf_reads_it(path: Path, name: str) -> None:
    def font(data: bytes) -> Any:
        pages = PdfReader(io.BytesIO(data), strict=False).pages
        for page in pages:
            fonts = page["/Resources"].get_object().get("/Font")
            if fonts is not None and name in fonts:
                return fonts[name]
        raise AssertionError(name)

    data = path.read_bytes()
    ours = read_font(font(data))
    assert ours is not None
    theirs = Font.from_font_resource(font(data))
    _same(ours, FontMaps(theirs.encoding, theirs.character_map, theirs.character_widths))


def test_a_broken_font_reads_as_pypdf_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # Our reader fails on a font pypdf reads: the codec is pypdf's.
    data = READ_HERE["Identity-H, /W both forms, /DW"]
    monkeypatch.setattr(pdf_fontmaps, "read_to_unicode", lambda _: None)
    assert read_font(reader(data).get_object(10)) is None  # type: ignore[arg-type]
    codec = FontCodec.of(reader(data).get_object(10))  # type: ignore[arg-type]
    _same(codec.maps, _pypdf(data))
