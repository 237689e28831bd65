"""The shortcuts that make Latin-script pages fast give what the full algorithms give.

A left-to-right line skips the inverse bidi algorithm; the fast content-stream
reader reads plain inline images instead of leaving the whole stream to pypdf.
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf.generic import ContentStream

from unarchive.readers.pdf import bidi as pdf_bidi
from unarchive.readers.pdf import content as pdf_content

# Letters, digits, separators, terminators, spaces and other neutrals; no right-to-left letter.
_LTR_UNITS = st.lists(
    st.sampled_from(
        [
            "a",
            "B",
            "é",
            "fi",
            "1",
            "٣",
            "12",
            ",",
            ".",
            "-",
            "+",
            "%",
            "$",
            " ",
            "(",
            ")",
            "«",
            "/",
            ":",
            "\u00a0",
            "",
            "x1",
        ]
    ),
    max_size=30,
)


@given(_LTR_UNITS, st.booleans())
def test_left_to_right_line_is_identity(units: list[str], default_rtl: bool) -> None:
    types = [pdf_bidi.unit_type(u) for u in units]
    has_letter = "L" in types
    order, levels, rtl = pdf_bidi.to_logical(units, default_rtl)
    if not has_letter and default_rtl:
        assert rtl  # a line of digits and punctuation in right-to-left text: the full path
        return
    # What the full resolution gives for the same line.
    full = pdf_bidi.resolve_levels(types, False)
    assert (order, levels, rtl) == (pdf_bidi.reorder(range(len(units)), full), full, False)
    assert order == list(range(len(units))) and set(levels) <= {0}


def test_right_to_left_letter_still_reorders() -> None:
    order, levels, rtl = pdf_bidi.to_logical(["A", "b", " ", "ب", "ا"], False)
    assert order == [0, 1, 2, 4, 3] and levels == [0, 0, 0, 1, 1] and not rtl


# Inline images: old Distiller draws each rule of a letter as a one-pixel-high unfiltered image.
_RULE = (
    b"q 26.64 0 0 -0.24 69.84 703.92 cm\r\nBI\r\n/W 111\r\n/H 1\r\n/BPC 1\r\n/CS /DeviceGray\r\n"
)
_IMAGES_READ_HERE = [
    _RULE + b"ID \xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\r\nEI\r\nQ BT (a) Tj ET",
    b"BI /W 4 /H 2 /BPC 8 /CS /G ID " + b"x EI yza" + b" EI Q",  # "EI" inside the samples
    b"BI /W 3 /H 1 /BPC 8 ID abc EI",  # at the very end of the stream
    b"(a) Tj BI /W 9 /H 1 /BPC 1 ID \x00\x00\nEI 1 0 0 1 5 5 Tm (b) Tj",
]
_IMAGES_LEFT_TO_PYPDF = [
    b"BI /W 4 /H 1 /BPC 8 ID ab EI Q",  # fewer samples than the settings say
    b"BI /W 1 /H 1 /BPC 8 /F /AHx ID 00> EI",  # a filter
    b"BI /W 1 /H 1 /BPC 8 /CS /RGB ID abc EI",  # RGB: pypdf ignores /BPC
    b"BI /W 1 /H 1 ID a EI",  # no /BPC
    b"BI /Width 1 /Height 1 /BPC 8 ID a EI",  # names pypdf does not size by
    b"BI /W 1.0 /H 1 /BPC 8 ID a EI",
    b"BI /W 1 /H 1 /BPC 8 /D [1 0] ID a EI",
    b"BI /W 1 /H 1 /BPC 8 ID aEIx",
    b"1 BI /W 1 /H 1 /BPC 8 ID a EI",
]


def _operations(data: bytes, fast: bool) -> list[Any]:
    content = ContentStream(None, None, "bytes")
    content.set_data(data)
    found = pdf_content._read(data, "bytes") if fast else content.operations
    return [(_seen(operands), operator) for operands, operator in found]


def _seen(operands: Any) -> Any:
    """An inline image as it is; numbers as the glyph reader sees them (pypdf's are objects)."""
    if isinstance(operands, dict):
        return repr(operands)
    return [float(o) if isinstance(o, (int, float)) else o for o in operands]


@pytest.mark.parametrize("data", _IMAGES_READ_HERE)
def test_a_plain_inline_image_is_read_here_as_pypdf_reads_it(data: bytes) -> None:
    ops = _operations(data, fast=True)
    assert ops == _operations(data, fast=False)
    assert [op for _, op in ops].count(b"INLINE IMAGE") == 1


@pytest.mark.parametrize("data", _IMAGES_LEFT_TO_PYPDF)
def test_an_inline_image_this_reader_is_unsure_of_is_left_to_pypdf(data: bytes) -> None:
    with pytest.raises(pdf_content._GiveUp):
        pdf_content._read(data, "bytes")


@settings(max_examples=120, deadline=None)
@given(
    st.integers(1, 24),
    st.integers(1, 3),
    st.sampled_from([1, 2, 4, 8]),
    st.integers(-2, 2),
    st.binary(max_size=80).map(lambda b: b.replace(b"E", b"EI ")),
    st.sampled_from([b" EI Q", b"\r\nEI\r\n", b"EI", b" EI", b"\x00EI (a) Tj", b" EIQ", b""]),
)
def test_inline_images_are_read_as_pypdf_reads_them_or_left_to_it(
    width: int, height: int, bits: int, off: int, noise: bytes, tail: bytes
) -> None:
    length = max(0, -(-width * bits // 8) * height + off)
    samples = (noise * (length // max(1, len(noise)) + 1))[:length] if noise else b"\xff" * length
    data = b"BI /W %d /H %d /BPC %d ID " % (width, height, bits) + samples + tail
    try:
        expected = _operations(data, fast=False)
    except Exception:  # pypdf refuses it: so does the fast reader
        with pytest.raises(Exception):  # noqa: B017 - pypdf's error or _GiveUp
            _operations(data, fast=True)
        return
    with contextlib.suppress(pdf_content._GiveUp):  # giving up is always allowed
        assert _operations(data, fast=True) == expected
