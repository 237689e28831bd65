"""A font's encoding, ToUnicode map and glyph widths, read as pypdf's ``Font`` reads them.

pypdf's ``Font.from_font_resource`` is the reference: for the fonts read
here (composite fonts with one descendant and a ``/W`` array, TrueType and
Type1 fonts with ``/Widths`` and ``/FirstChar``) this module gives the same
three maps, faster: the ToUnicode map through ``pdf_cmap``, the font's
dictionaries and width arrays through ``pdf_objects``, and nothing of the
font program but its flags. The encoding (``/Differences``, glyph names, named encodings) and the
default width come from pypdf's own helpers, which are cheap. Whatever is
unusual (Type3 and standard-14 fonts, Type1 fonts without ToUnicode, whose
map pypdf reads from the font program, malformed or oversized arrays, a
ToUnicode map ``pdf_cmap`` does not take) gives ``None``: the caller asks
pypdf. Objects are read in pypdf's order, so its log records come out alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from pypdf.generic._font import Font

from unarchive.readers.pdf.cmap import read_to_unicode
from unarchive.readers.pdf.objects import resolve

try:  # private to pypdf 7: where it is gone, pypdf's Font reads every font
    from pypdf._cmap import _parse_encoding as _pypdf_encoding
except ImportError:  # pragma: no cover - another pypdf
    _pypdf_encoding = None  # type: ignore[assignment]

_SIMPLE = ("/TrueType", "/Type1")
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_DEFAULT_FLAGS = 32  # pypdf's FontDescriptor default: not fixed pitch
_MAX_CID = 0xFFFF
_MAX_CID_RUN = 65_536  # pypdf's limits on /W
_MAX_CID_ENTRIES = 100_000
_NUMBER_TYPES = {NumberObject, FloatObject}


@dataclass(frozen=True)
class FontMaps:
    """What text extraction needs of a font (the fields of pypdf's ``Font`` of those names)."""

    encoding: str | dict[int, str]  # a codec name (two-byte codes), or byte -> character
    character_map: dict[Any, Any]  # code (as a character) -> text, from ToUnicode
    widths: dict[str, Any]  # code (as a character) -> width, and "default"


class _Unsure(Exception):
    """Something pypdf's reader should decide."""


def read_font(resource: DictionaryObject) -> FontMaps | None:
    """The font's maps as pypdf makes them, or None where pypdf should read it."""
    if _pypdf_encoding is None:
        return None
    try:
        return _read(resource)
    except Exception:  # _Unsure, or a slip on a broken font: pypdf's answer is the reference
        return None


def _read(resource: DictionaryObject) -> FontMaps:
    subtype = resource.get("/Subtype")
    if not isinstance(subtype, NameObject) or subtype not in (*_SIMPLE, "/Type0"):
        raise _Unsure
    if subtype == "/Type1" and "/ToUnicode" not in resource:
        raise _Unsure  # pypdf reads the map from the font program
    encoding = _pypdf_encoding(resource)
    character_map, codes = _to_unicode(resource)
    if isinstance(encoding, dict):
        # pypdf: codes the ToUnicode map names stand for themselves (PDF 1.7 §5.9.1).
        for code in codes:
            if code <= 255:
                encoding[code] = chr(code)
    widths: dict[str, Any] = {}
    if subtype == "/Type0":
        flags = _cid_widths(resource, widths)
    else:
        flags = _simple_widths(resource, widths)
    space = Font._get_space_char(encoding, character_map)
    if widths.get("default", 0) == 0:
        Font._add_default_width(widths, flags, space)
    return FontMaps(encoding, character_map, widths)


def _to_unicode(resource: DictionaryObject) -> tuple[dict[str, str], list[int]]:
    if "/ToUnicode" not in resource:
        return {}, []
    stream = resource["/ToUnicode"]
    if not isinstance(stream, StreamObject):
        raise _Unsure
    data = stream.get_data()
    read = read_to_unicode(data) if isinstance(data, bytes) else None
    if read is None:
        raise _Unsure
    return read


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _cid_widths(resource: DictionaryObject, widths: dict[str, Any]) -> int:
    """A composite font's ``/W`` and ``/DW`` into ``widths``; the descriptor's flags."""
    descendants = resource.get("/DescendantFonts", ArrayObject()).get_object()
    if not isinstance(descendants, ArrayObject) or len(descendants) != 1:
        raise _Unsure
    font = resolve(descendants[0])
    if not isinstance(font, DictionaryObject):
        raise _Unsure
    _w_array(resolve(font.get("/W", ArrayObject())), widths)
    if "/DW" in font:
        default = font["/DW"].get_object()
        if not _number(default):
            raise _Unsure
        widths["default"] = default
    return _flags(resolve(font.get("/FontDescriptor", DictionaryObject())))


def _w_array(array: Any, widths: dict[str, Any]) -> None:
    """``c [w1 w2 …]`` and ``c_first c_last w`` entries, in order."""
    if not isinstance(array, ArrayObject):
        raise _Unsure
    items: list[Any] = [item.get_object() for item in array]
    i, entries = 0, 0
    while i < len(items):
        if not _number(items[i]):
            raise _Unsure
        first = int(items[i])
        following: Any = items[i + 1] if i + 1 < len(items) else None
        if isinstance(following, ArrayObject):
            values = _widths(following)
            last, step = first + len(values) - 1, 2
        elif _number(following) and i + 2 < len(items) and _number(items[i + 2]):
            last, step = int(following), 3
            values = []
        else:
            raise _Unsure
        entries += last - first + 1
        if not _fits(first, last, entries):
            raise _Unsure
        codes = map(chr, range(first, last + 1))
        if step == 2:
            widths.update(zip(codes, values, strict=True))
        else:
            widths.update(dict.fromkeys(codes, items[i + 2]))
        i += step


def _widths(array: ArrayObject) -> list[Any]:
    """An array of widths, which must all be numbers (checked by type, in C, when plain)."""
    if set(map(type, array)) <= _NUMBER_TYPES:
        return array
    values = [value.get_object() for value in array]
    if not all(_number(v) for v in values):
        raise _Unsure
    return values


def _fits(first: int, last: int, entries: int) -> bool:
    """Within pypdf's limits and in the range of two-byte codes."""
    return (
        0 <= first <= last <= _MAX_CID
        and last - first < _MAX_CID_RUN
        and entries <= _MAX_CID_ENTRIES
    )


def _simple_widths(resource: DictionaryObject, widths: dict[str, Any]) -> int:
    """A simple font's ``/Widths`` from ``/FirstChar``, ``/MissingWidth``; the flags."""
    if "/Widths" not in resource:
        raise _Unsure  # a standard-14 font: pypdf has the metrics
    array = resolve(resource.get("/Widths"))
    first = resource.get("/FirstChar", 0)
    if not isinstance(array, ArrayObject) or not _number(first) or int(first) < 0:
        raise _Unsure
    values = list(array)
    if int(first) + len(values) > 256 or not all(_number(v) for v in values):
        raise _Unsure
    for code, width in enumerate(values, start=int(first)):
        widths[chr(code)] = int(width)
    if "/FontDescriptor" not in resource:
        return _DEFAULT_FLAGS
    descriptor = resolve(resource.get("/FontDescriptor", DictionaryObject()))
    if not isinstance(descriptor, DictionaryObject):
        raise _Unsure
    if "/MissingWidth" in descriptor:
        missing = descriptor["/MissingWidth"].get_object()
        if not _number(missing):
            raise _Unsure
        widths["default"] = missing
    return _flags(descriptor)


def _flags(descriptor: Any) -> int:
    """The descriptor's ``/Flags``; its font program is looked up as pypdf does, not read."""
    if not isinstance(descriptor, DictionaryObject):
        raise _Unsure
    files = [key for key in _FONT_FILES if key in descriptor]
    if len(files) > 1:
        raise _Unsure  # pypdf refuses the font
    for key in files:
        descriptor[key].get_object()  # a broken reference is logged by pypdf as for its reader
    flags = descriptor.get("/Flags")
    flags = _DEFAULT_FLAGS if flags is None else flags.get_object()
    if not isinstance(flags, int) or isinstance(flags, bool):
        raise _Unsure
    return int(flags)
