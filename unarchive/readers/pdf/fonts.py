"""A PDF font's glyph codes as text and widths: our own reader, pypdf's where ours is unsure.

Opening a font costs pypdf more than the page's glyphs cost us on a short
Arabic letter: it parses the ToUnicode map a line at a time and reads the
font program's dictionaries that text extraction never needs. ``pdf_fontmaps``
reads the common fonts (composite Identity-H fonts with ``/W``, TrueType and
Type1 fonts with ``/Widths``) to exactly the maps pypdf would make, and gives
up on anything else, for pypdf's ``Font`` to read. This module then decides
what a code that the map leaves out means (in a font that numbers its glyphs,
a piece of a cluster: no text) and keeps what the Letter model can carry (no
control characters, no lone surrogates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex
from pypdf.generic import DictionaryObject
from pypdf.generic._font import Font

from unarchive.readers.pdf.fontmaps import FontMaps, read_font

_NOT_TEXT = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NOT_XML = regex.compile(r"[\ud800-\udfff\ufffe\uffff]")
_EITHER = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

Decoded = tuple[str, float, bool]
_MAX_RUNS = 4096  # distinct strings remembered per font


def as_text(mapped: Any) -> str:
    """A glyph's text as the model can carry it.

    Control characters are not text: a glyph code that falls through an
    incomplete ToUnicode map into a subset font's builtin encoding comes out
    as one, and it is a piece of a cluster (a dot, a connecting stroke), not
    a character. A lone surrogate or a noncharacter means the map is broken.
    """
    if not isinstance(mapped, str):
        return "\ufffd"
    if _EITHER.search(mapped) is None:  # nearly always: one search, not two substitutions
        return mapped
    return _NOT_XML.sub("\ufffd", _NOT_TEXT.sub("", mapped))


def font_maps(resource: DictionaryObject) -> FontMaps:
    """The font's encoding, ToUnicode map and widths: ours when we can, else pypdf's."""
    maps = read_font(resource)
    if maps is None:
        font = Font.from_font_resource(resource)
        maps = FontMaps(font.encoding, font.character_map, font.character_widths)
    return maps


class _Decoded(dict[str, Decoded]):
    """Code -> (text, width, is_space), each code worked out once, on first sight."""

    def __init__(self, codec: FontCodec) -> None:
        super().__init__()
        self.codec = codec

    def __missing__(self, code: str) -> Decoded:
        hit = self[code] = self.codec.lookup(code)
        return hit


@dataclass
class FontCodec:
    """A font's code -> (text, width in 1/1000 em) decoder, built once per font object."""

    maps: FontMaps
    by_glyph: bool  # codes are glyph ids: only the ToUnicode map gives characters
    runs: dict[bytes, list[Decoded]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.decoded = _Decoded(self)
        encoding = self.maps.encoding
        # A simple font's codes are bytes: latin-1 turns each into the character
        # of the same number, the key of its entry (two-byte fonts: the codec's).
        self.codec = encoding if isinstance(encoding, str) else "latin-1"

    @classmethod
    def of(cls, resource: DictionaryObject) -> FontCodec:
        maps = font_maps(resource)
        composite = resource.get("/Subtype") == "/Type0"
        # A subset TrueType font with a ToUnicode map and no /Encoding (LibreOffice,
        # Word) numbers its glyphs 1, 2, 3 …: a code the map leaves out is no letter.
        subset = "/Encoding" not in resource and bool(maps.character_map)
        return cls(maps, composite or subset)

    def codes(self, raw: bytes) -> list[Decoded]:
        """(text, width, is_single_byte_space) for each glyph code in ``raw``.

        A string is decoded once: the same run of codes (a word, or one glyph
        where the writer positions each) comes back from the cache.
        """
        hit = self.runs.get(raw)
        if hit is None:
            if len(self.runs) >= _MAX_RUNS:  # memory stays flat on a long document
                self.runs.clear()
            try:
                chars = raw.decode(self.codec, "surrogatepass")
            except UnicodeDecodeError:
                chars = raw.decode(self.codec, "replace")
            hit = self.runs[raw] = list(map(self.decoded.__getitem__, chars))
        return hit

    def lookup(self, code: str) -> Decoded:
        """What one code stands for (``codes`` remembers it)."""
        maps = self.maps
        encoding = maps.encoding
        if isinstance(encoding, str):
            encoded, space = code, False
        else:
            encoded, space = encoding.get(ord(code), code), code == " "
        mapped = maps.character_map.get(encoded)
        widths = maps.widths
        width = widths.get(code, widths.get("default", 500))
        if mapped is None and not self.by_glyph:
            mapped = encoded
        elif mapped is None:
            # A composite font's code is a glyph id, not a character. When the
            # font maps other glyphs, an unmapped one is a piece of a cluster
            # whose text another glyph carries (a mark, a connecting stroke);
            # when it maps none, every character is lost.
            mapped = "" if maps.character_map else "\ufffd"
        return (as_text(mapped), float(width), space)
