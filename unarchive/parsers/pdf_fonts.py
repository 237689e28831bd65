"""A PDF font's glyph codes as text and widths, through pypdf's font reader.

pypdf reads the ToUnicode map, the encoding and the widths; this module
decides what a code that the map leaves out means (in a font that numbers its
glyphs, a piece of a cluster: no text) and keeps what the Letter model can
carry (no control characters, no lone surrogates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex
from pypdf.generic import DictionaryObject
from pypdf.generic._font import Font

_NOT_TEXT = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NOT_XML = regex.compile(r"[\ud800-\udfff\ufffe\uffff]")


def as_text(mapped: Any) -> str:
    """A glyph's text as the model can carry it.

    Control characters are not text: a glyph code that falls through an
    incomplete ToUnicode map into a subset font's builtin encoding comes out
    as one, and it is a piece of a cluster (a dot, a connecting stroke), not
    a character. A lone surrogate or a noncharacter means the map is broken.
    """
    if not isinstance(mapped, str):
        return "\ufffd"
    return _NOT_XML.sub("\ufffd", _NOT_TEXT.sub("", mapped))


@dataclass
class FontCodec:
    """A font's code -> (text, width in 1/1000 em) decoder, built once per font object."""

    font: Font
    by_glyph: bool  # codes are glyph ids: only the ToUnicode map gives characters
    cache: dict[str, tuple[str, float, bool]] = field(default_factory=dict)

    @classmethod
    def of(cls, resource: DictionaryObject) -> FontCodec:
        font = Font.from_font_resource(resource)
        composite = resource.get("/Subtype") == "/Type0"
        # A subset TrueType font with a ToUnicode map and no /Encoding (LibreOffice,
        # Word) numbers its glyphs 1, 2, 3 …: a code the map leaves out is no letter.
        subset = "/Encoding" not in resource and bool(font.character_map)
        return cls(font, composite or subset)

    def codes(self, raw: bytes) -> list[tuple[str, float, bool]]:
        """(text, width, is_single_byte_space) for each glyph code in ``raw``."""
        encoding = self.font.encoding
        cache = self.cache
        if isinstance(encoding, str):
            try:
                chars = raw.decode(encoding, "surrogatepass")
            except UnicodeDecodeError:
                chars = raw.decode(encoding, "replace")
            return [cache.get(code) or self._lookup(code, code, False) for code in chars]
        return [
            cache.get(chr(byte))
            or self._lookup(chr(byte), encoding.get(byte, chr(byte)), byte == 32)
            for byte in raw
        ]

    def _lookup(self, code: str, encoded: str, space: bool) -> tuple[str, float, bool]:
        hit = self.cache.get(code)
        if hit is None:
            font = self.font
            mapped = font.character_map.get(encoded)
            widths = font.character_widths
            width = widths.get(code, widths.get("default", 500))
            if mapped is None and not self.by_glyph:
                mapped = encoded
            elif mapped is None:
                # A composite font's code is a glyph id, not a character. When the
                # font maps other glyphs, an unmapped one is a piece of a cluster
                # whose text another glyph carries (a mark, a connecting stroke);
                # when it maps none, every character is lost.
                mapped = "" if font.character_map else "\ufffd"
            hit = (as_text(mapped), float(width), space)
            self.cache[code] = hit
        return hit
