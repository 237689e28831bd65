"""Our ToUnicode reader gives pypdf's map exactly, or leaves the map to pypdf."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf._cmap import _parse_to_unicode
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from unarchive.readers.pdf.cmap import read_to_unicode

HEAD = b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
TAIL = b"\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


def _font(cmap: bytes) -> DictionaryObject:
    stream = DecodedStreamObject()
    stream.set_data(cmap)
    return DictionaryObject({NameObject("/ToUnicode"): stream})


def pypdf_map(cmap: bytes) -> tuple[list[tuple[Any, Any]], list[int]] | None:
    """pypdf's map (items in order) and codes; None where it complains or fails."""
    logger = logging.getLogger("pypdf")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger.addHandler(handler)
    try:
        mapping, codes = _parse_to_unicode(_font(cmap))
    except Exception:
        return None
    finally:
        logger.removeHandler(handler)
    return (list(mapping.items()), codes) if not records else None


def ours(cmap: bytes) -> tuple[list[tuple[Any, Any]], list[int]] | None:
    read = read_to_unicode(cmap)
    return None if read is None else (list(read[0].items()), read[1])


def cmap(body: bytes, codespace: bytes = b"<0000> <FFFF>") -> bytes:
    space = b"1 begincodespacerange\n" + codespace + b"\nendcodespacerange\n"
    return HEAD + space + body + TAIL


READ_HERE = {
    "bfchar, two-byte codes": b"2 beginbfchar\n<0003> <0020>\n<0024> <0627>\nendbfchar",
    "bfchar, several pairs a line": b"2 beginbfchar\n<0003> <0020> <0024><0627>\nendbfchar",
    "bfchar, one-byte destination": b"1 beginbfchar\n<0041> <41>\nendbfchar",
    "bfchar, empty destination": b"1 beginbfchar\n<0005> <>\nendbfchar",
    "bfchar, ligature": b"2 beginbfchar\n<0102> <00660066>\n<0103> <0644 0627>\nendbfchar",
    "bfchar, surrogate pair": b"1 beginbfchar\n<0201> <D83DDE00>\nendbfchar",
    "bfchar, lone surrogate": b"1 beginbfchar\n<0202> <D83D>\nendbfchar",
    "bfchar, a high surrogate before a low one": b"2 beginbfchar\n<0001> <D83D>\n<DE00> <0041>\n"
    b"endbfchar",
    "bfchar, lower-case hex": b"1 beginbfchar\n<00ab> <06cc>\nendbfchar",
    "bfrange, number": b"1 beginbfrange\n<0010> <0015> <0041>\nendbfrange",
    "bfrange, ligature number": b"1 beginbfrange\n<0020> <0022> <00660069>\nendbfrange",
    "bfrange, two-digit number": b"1 beginbfrange\n<0030> <0031> <41>\nendbfrange",
    "bfrange, array": b"1 beginbfrange\n<0040> <0042> [<0627> <0628> <062A>]\nendbfrange",
    "bfrange, array over lines": (
        b"1 beginbfrange\n<0040> <0042> [<0627>\n<0628>\n   <00660066>\n]\nendbfrange"
    ),
    "bfrange, array with pairs": b"1 beginbfrange\n<0050> <0051> [<D83DDE00> <0041>]\nendbfrange",
    "bfrange, array longer than the range": b"1 beginbfrange\n<0050> <0050> [<0041> <0042>]\n"
    b"endbfrange",
    "one-byte codes": b"2 beginbfchar\n<01> <0627>\n<20> <0020>\nendbfchar\n"
    b"1 beginbfrange\n<41> <43> <0041>\nendbfrange",
    "both kinds, several sections": b"1 beginbfchar\n<0001> <0041>\nendbfchar\n"
    b"1 beginbfrange\n<0002> <0003> <0042>\nendbfrange\n"
    b"1 beginbfchar\n<0001> <0058>\nendbfchar",
    "keywords on the entry's line": b"1 beginbfchar <0001> <0041> endbfchar",
    "CR line ends": b"2 beginbfchar\r<0001> <0041>\r<0002> <0042>\rendbfchar",
    "no sections": b"",
}

LEFT_TO_PYPDF = {
    "three-byte codes": b"1 beginbfchar\n<000001> <0041>\nendbfchar",
    "four-byte codes": b"1 beginbfchar\n<00000001> <0041>\nendbfchar",
    "mixed code lengths": b"2 beginbfchar\n<01> <0041>\n<0002> <0042>\nendbfchar",
    "a comment in a section": b"2 beginbfchar\n% glyphs\n<0001> <0041>\nendbfchar",
    "a pair across lines": b"1 beginbfchar\n<0001>\n<0041>\nendbfchar",
    "a name destination": b"1 beginbfchar\n<0001> /space\nendbfchar",
    "an odd destination": b"1 beginbfchar\n<0001> <004>\nendbfchar",
    "a three-byte destination": b"1 beginbfchar\n<0001> <004142>\nendbfchar",
    "two ranges on a line": b"2 beginbfrange\n<0001> <0002> <0041> <0003> <0004> <0061>\n"
    b"endbfrange",
    "a range's array on the next line": b"1 beginbfrange\n<0001> <0002>\n[<0041> <0042>]\n"
    b"endbfrange",
    "an array item of one byte": b"1 beginbfrange\n<0001> <0002> [<41> <42>]\nendbfrange",
    "an empty array item": b"1 beginbfrange\n<0001> <0002> [<> <0042>]\nendbfrange",
    "an unclosed array": b"1 beginbfrange\n<0001> <0002> [<0041>\nendbfrange",
    "a range that overflows its digits": b"1 beginbfrange\n<0001> <0003> <FFFF>\nendbfrange",
    "a range past its codes": b"1 beginbfrange\n<FFFE> <FFFF> [<0041> <0042> <0043>]\nendbfrange",
    "a backward range": b"1 beginbfrange\n<0005> <0001> <0041>\nendbfrange",
    "an unclosed section": b"1 beginbfchar\n<0001> <0041>\n",
    "sections crossed": b"1 beginbfchar\n<0001> <0041>\nendbfrange",
    "a space inside a code": b"1 beginbfchar\n<00 01> <0041>\nendbfchar",
}


@pytest.mark.parametrize("body", READ_HERE.values(), ids=READ_HERE.keys())
def test_plain_maps_are_read_here_as_pypdf_reads_them(body: bytes) -> None:
    data = cmap(body)
    expected = pypdf_map(data)
    assert expected is not None, "the case should be one pypdf reads without complaint"
    assert ours(data) == expected


@pytest.mark.parametrize("body", LEFT_TO_PYPDF.values(), ids=LEFT_TO_PYPDF.keys())
def test_unusual_maps_are_left_to_pypdf(body: bytes) -> None:
    assert read_to_unicode(cmap(body)) is None


def test_the_map_holds_what_the_entries_say() -> None:
    read = read_to_unicode(
        cmap(READ_HERE["bfrange, ligature number"] + b"\n" + READ_HERE["bfchar, surrogate pair"])
    )
    assert read == (
        {"\x20": "fi", "\x21": "fj", "\x22": "fk", "\u0201": "\U0001f600"},
        [32, 33, 34, 513],
    )


def test_a_map_over_the_size_limit_is_left_to_pypdf() -> None:
    body = b"1 beginbfrange\n<00> <FF> <0041>\nendbfrange\n" * 2
    assert read_to_unicode(cmap(body)) is not None
    huge = b"".join(
        b"1 beginbfrange\n<%04X> <%04X> <0041>\nendbfrange\n" % (n * 4096, n * 4096 + 4095)
        for n in range(16)
    )
    assert read_to_unicode(cmap(huge + b"1 beginbfchar\n<0001> <0041>\nendbfchar")) is None


# Mostly what writers write, now and then what pypdf reads otherwise or complains of.
_ODD_CODES = st.sampled_from([b"<01>", b"<000001>", b"<>", b"<0 1>", b"<FFFF>"])
_TEXTS = st.sampled_from(
    [b"<0041>", b"<D83DDE00>", b"<00660066>", b"<0627>", b"<FFFF>", b"<DBFF>"] * 12
    + [b"<41>", b"<>", b"<004>", b"/a", b"<0041 0042>"]
)
_GAPS = st.sampled_from([b" "] * 40 + [b"\n", b"\t", b"\r\n", b"", b"  % c\n"])


@st.composite
def _codes(draw: st.DrawFn) -> tuple[bytes, bytes]:
    """A range's first and last code: mostly four digits, a few apart."""
    if draw(st.integers(0, 29)) == 0:
        return draw(_ODD_CODES), draw(_ODD_CODES)
    low = draw(st.integers(0, 0xFFF0))
    high = low + draw(st.integers(-1, 6))
    return b"<%04X>" % low, b"<%04X>" % max(high, 0)


@st.composite
def _entries(draw: st.DrawFn, section: bytes) -> bytes:
    kinds = ["char"] if section == b"bfchar" else ["range", "array"]
    kind = draw(st.sampled_from(kinds * 9 + ["char", "range", "array"]))
    gap = draw(_GAPS)
    low, high = draw(_codes())
    if kind == "char":
        return low + gap + draw(_TEXTS)
    if kind == "range":
        return low + b" " + high + gap + draw(_TEXTS)
    items = draw(st.lists(_TEXTS, min_size=draw(st.sampled_from([0] + [1] * 9)), max_size=4))
    return low + b" " + high + gap + b"[" + draw(_GAPS).join(items) + b"]"


@st.composite
def _sections(draw: st.DrawFn) -> bytes:
    out = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from([b"bfchar", b"bfrange"]))
        entries = draw(st.lists(_entries(kind), max_size=5))
        end = kind if draw(st.integers(0, 29)) else draw(st.sampled_from([b"bfchar", b"bfrange"]))
        out.append(b"begin" + kind + b"\n" + b"\n".join(entries) + b"\nend" + end)
    return b"\n".join(out)


@settings(max_examples=200, deadline=None)
@given(_sections())
def test_whatever_is_read_here_is_what_pypdf_reads(body: bytes) -> None:
    data = cmap(body)
    mine = ours(data)
    if mine is not None:
        assert mine == pypdf_map(data)
