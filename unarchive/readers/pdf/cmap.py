"""A font's ToUnicode CMap, read with a few regular expressions exactly as pypdf reads it.

pypdf reads a ToUnicode map a line at a time, splitting, checking and decoding
every entry in Python; on an Arabic font of a few hundred glyphs that is most
of the cost of opening the font, paid once per font per document. This module
reads the well-formed subset whose meaning under pypdf's reader is plain:
``bfchar`` and ``bfrange`` sections (the range's destination as a number or
as an array), source codes of one length throughout (1 or 2 bytes), and
destinations in UTF-16BE (surrogate pairs, ligature strings) or a single byte.
Anything else (codes of 3-4 bytes or of mixed lengths, comments or names
inside a section, an entry split across lines where pypdf reads by line, a
range that overflows, a map over the size limits) returns ``None``, and the
caller lets pypdf read the font: the map is the same either way, which
``tests/test_pdf_cmap.py`` checks against pypdf itself.
"""

from __future__ import annotations

import re

# The map keeps the key order pypdf's dictionary has: the first glyph mapped to
# a space is the font's space, and that decides a default width.
ToUnicode = tuple[dict[str, str], list[int]]

_KEYWORD = re.compile(rb"bfchar|bfrange")  # after "begin" or "end"
_HEX = rb"<([0-9A-Fa-f ]*)>"
_SPACE = rb"[ \t\r\n]*"
# pypdf reads a bfchar section line by line, pairs of tokens: a pair may not
# be cut by a line break (only blanks between source and destination).
_PAIR = _HEX + rb"[ \t]*" + _HEX
_BFCHAR = re.compile(rb"(?:" + _SPACE + _PAIR + rb")*" + _SPACE)
_PAIRS = re.compile(_PAIR)
# A range is ``<lo> <hi> <dst>`` alone on its line, or ``<lo> <hi> [`` on one
# line with the array's items on any lines after it.
_RANGE = (
    _HEX
    + rb"[ \t]*"
    + _HEX
    + rb"[ \t]*(?:"
    + _HEX
    + rb"(?=[ \t]*(?:[\r\n]|\Z))|\[((?:"
    + _SPACE
    + rb"<[0-9A-Fa-f ]*>)*)"
    + _SPACE
    + rb"\])"
)
_BFRANGE = re.compile(rb"(?:" + _SPACE + _RANGE + rb")*" + _SPACE)
_RANGES = re.compile(_RANGE)
_ITEMS = re.compile(_HEX)
# A section of two-byte codes each mapped to one UTF-16 unit (most of every
# map): read at once, as long as no two units of it pair into one character.
_BFCHAR_UNITS = re.compile(rb"(?:" + _SPACE + rb"<[0-9A-Fa-f]{4}>[ \t]*<[0-9A-Fa-f]{4}>)*" + _SPACE)

_MAX_ENTRIES = 65_536  # pypdf refuses maps over 100 000 entries: a map near that is its call
_MAX_TEXT = 1_024  # hex digits of one destination string (pypdf's limit)
_MAX_RANGE_TEXT = 32  # hex digits of a range's numeric destination (pypdf's limit)


class _NotPlain(Exception):
    """The map uses something this reader leaves to pypdf."""


def read_to_unicode(data: bytes) -> ToUnicode | None:
    """The (code -> text) map and the source codes in order, or None to ask pypdf.

    Keys are one character per code (``chr(code)``), as pypdf makes them for
    codes of one or two bytes.
    """
    try:
        reader = _Reader()
        for kind, body in _sections(data):
            if kind == b"bfchar":
                reader.bfchar(body)
            else:
                reader.bfrange(body)
    except _NotPlain:
        return None
    return reader.mapping, reader.codes


def _sections(data: bytes) -> list[tuple[bytes, bytes]]:
    """(kind, body) of each section; begin and end must alternate, one kind each time."""
    found = []
    for keyword in _KEYWORD.finditer(data):  # "bfchar", "bfrange": a literal, found fast
        at = keyword.start()
        if data[max(at - 5, 0) : at] == b"begin":
            found.append((b"begin", keyword[0], at - 5, keyword.end()))
        elif data[max(at - 3, 0) : at] == b"end":
            found.append((b"end", keyword[0], at - 3, keyword.end()))
    if len(found) % 2:
        raise _NotPlain
    sections = []
    for begin, end in zip(found[::2], found[1::2], strict=True):
        if begin[0] != b"begin" or end[0] != b"end" or begin[1] != end[1]:
            raise _NotPlain
        sections.append((begin[1], data[begin[3] : end[2]]))
    return sections


class _Reader:
    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self.codes: list[int] = []
        self.digits = 0  # hex digits of a source code, the same for every entry

    def _source(self, token: bytes) -> int:
        if b" " in token or len(token) not in (2, 4) or self.digits not in (0, len(token)):
            raise _NotPlain  # pypdf decodes keys by the digits it sees: keep to one length
        self.digits = len(token)
        return int(token, 16)

    def _add(self, code: int, text: str) -> None:
        if len(self.codes) >= _MAX_ENTRIES:
            raise _NotPlain
        self.mapping[chr(code)] = text
        self.codes.append(code)

    def bfchar(self, body: bytes) -> None:
        if self.digits in (0, 4) and _BFCHAR_UNITS.fullmatch(body) and self._units(body):
            return
        if not _BFCHAR.fullmatch(body):
            raise _NotPlain
        for source, destination in _PAIRS.findall(body):
            code = self._source(source)
            self._add(code, _text(destination))

    def _units(self, body: bytes) -> bool:
        """A section of <XXXX> <YYYY> pairs, read at once; False if two units paired."""
        digits = body.translate(None, b" \t\r\n<>")  # all that is left are the digits
        units = bytes.fromhex(digits.decode("ascii")).decode("utf-16-be", "surrogatepass")
        if len(units) * 4 != len(digits):
            return False  # a surrogate pair formed across two entries: read them one by one
        codes, texts = units[0::2], units[1::2]
        if len(self.codes) + len(codes) > _MAX_ENTRIES:
            raise _NotPlain
        if codes:
            self.digits = 4
        self.mapping.update(zip(codes, texts, strict=True))
        self.codes.extend(map(ord, codes))
        return True

    def bfrange(self, body: bytes) -> None:
        if not _BFRANGE.fullmatch(body):
            raise _NotPlain
        for low, high, number, items in _RANGES.findall(body):
            first, last = self._source(low), self._source(high)
            if items or not number:  # an array: one item per code from ``first`` on
                texts = [_utf16(item) for item in _ITEMS.findall(items)]
                if not texts or first + len(texts) > 16**self.digits:
                    raise _NotPlain  # pypdf would overflow a code
                for offset, text in enumerate(texts):
                    self._add(first + offset, text)
            else:
                self._range(first, last, number)

    def _range(self, first: int, last: int, number: bytes) -> None:
        digits = len(number)
        if b" " in number or last < first or not _text_digits(digits, _MAX_RANGE_TEXT):
            raise _NotPlain
        width = max(4, digits)
        start = int(number, 16)
        if start + (last - first) >= 16**width:
            raise _NotPlain  # the destination would outgrow its digits
        for offset in range(last - first + 1):
            value = (start + offset).to_bytes(width // 2, "big")
            self._add(first + offset, value.decode("utf-16-be", "surrogatepass"))


def _text_digits(digits: int, limit: int) -> bool:
    """A destination pypdf decodes without complaint: one byte, or whole UTF-16 units."""
    return (digits == 2 or digits % 4 == 0) and 0 < digits <= limit


def _text(token: bytes) -> str:
    """A bfchar destination: ``<>`` is no text, two digits one byte, else UTF-16BE."""
    if token == b"":
        return ""
    token = token.replace(b" ", b"")
    if not _text_digits(len(token), _MAX_TEXT):
        raise _NotPlain
    if len(token) == 2:
        return chr(int(token, 16))
    return bytes.fromhex(token.decode("ascii")).decode("utf-16-be", "surrogatepass")


def _utf16(token: bytes) -> str:
    """A bfrange array item: always UTF-16BE for pypdf."""
    token = token.replace(b" ", b"")
    if len(token) % 4 or not 0 < len(token) <= _MAX_TEXT:
        raise _NotPlain
    return bytes.fromhex(token.decode("ascii")).decode("utf-16-be", "surrogatepass")
