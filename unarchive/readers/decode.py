"""Bytes to text: UTF-8 (with or without BOM), UTF-16, and the legacy Arabic code pages.

Every case other than plain UTF-8 is reported: E001 names the encoding used
(or the offsets of invalid UTF-8 bytes, which become U+FFFD and so also E004),
E002 a byte-order mark. Input that is no text at all (empty, a PDF or ZIP
renamed ``.txt``, binary data) raises ``UnreadableInput``. Between cp1256 and
ISO-8859-6 the reading with more Arabic-looking text wins.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import regex

from unarchive.codes import byte_order_mark, legacy_encoding
from unarchive.findings import Finding, Location, UnreadableInput

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX, ODT …)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 file (old Word .doc)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_ARABIC_LETTER = regex.compile(r"[\u0621-\u064a]")
_LATIN_IN_ARABIC = regex.compile(r"[\u0621-\u064a][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0621-\u064a]")
_ESCAPED = regex.compile("[\udc80-\udcff]+")
_MAX_SHOWN = 5
_START = Location(line=1, column=1)  # a finding about the whole file points at its start
_HIGH_BYTES = bytes(range(0x80, 0x100))
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\t\r\n"


@dataclass
class Decoded:
    text: str
    encoding: str
    findings: list[Finding] = field(default_factory=list)


def decode(data: bytes, source: str = "<text>") -> Decoded:
    """Decode ``data``; raise ``UnreadableInput`` when it is not text at all."""
    _refuse_non_text(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_bom(data[len(bom) :], encoding, source)
    if _looks_utf16(data):
        return _utf16_without_bom(data, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _not_utf8(data, source)
    return _checked(Decoded(text, "utf-8"))


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 text has one byte of each pair drawn from very few values (0x00, 0x06 …)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return False
    even, odd = set(sample[0::2]), set(sample[1::2])
    return min(len(even), len(odd)) <= 4 and max(len(even), len(odd)) > 8


def _refuse_non_text(data: bytes) -> None:
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise UnreadableInput("the file is empty: there is no text to read")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UnreadableInput(f"the file is {what}, not plain text")


def _with_bom(body: bytes, encoding: str, source: str) -> Decoded:
    bom = byte_order_mark.finding(f"a {encoding} byte-order mark starts the file", _START)
    if encoding == "utf-8":
        try:
            return _checked(Decoded(body.decode("utf-8"), "utf-8-sig", [bom]))
        except UnicodeDecodeError:
            damaged = _damaged_utf8(body, _invalid_utf8_offsets(body)[0])
            damaged.findings.insert(0, bom)
            damaged.encoding = "utf-8-sig"
            return damaged
    text, note = _lenient(body, encoding)
    finding = legacy_encoding.finding(f"the file is {encoding.upper()}, not UTF-8{note}", _START)
    return _checked(Decoded(text, encoding, [bom, finding]))


def _lenient(data: bytes, encoding: str) -> tuple[str, str]:
    """Decode; damaged code units become U+FFFD (rule E004 then points at each)."""
    try:
        return data.decode(encoding), ""
    except UnicodeDecodeError as error:
        where = f"; invalid {encoding.upper()} from byte offset {error.start}, read as U+FFFD"
        return data.decode(encoding, errors="replace"), where


def _utf16_without_bom(data: bytes, source: str) -> Decoded:
    sample = data[:4096]
    encoding = "utf-16-be" if len(set(sample[0::2])) < len(set(sample[1::2])) else "utf-16-le"
    text, note = _lenient(data, encoding)
    finding = legacy_encoding.finding(
        f"the file is {encoding.upper()} without a byte-order mark{note}", _START
    )
    return _checked(Decoded(text, encoding, [finding]))


def _not_utf8(data: bytes, source: str) -> Decoded:
    bad, bad_bytes = _invalid_utf8_offsets(data)
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    # A few bad bytes among many good multi-byte sequences: damaged UTF-8, not a code page.
    if bad_bytes * 10 < non_ascii:
        return _damaged_utf8(data, bad)
    return _legacy(data)


def _invalid_utf8_offsets(data: bytes) -> tuple[list[int], int]:
    """Byte offsets where runs of invalid UTF-8 start, and how many bytes are invalid."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    offsets: list[int] = []
    position, byte_offset = 0, 0
    for match in _ESCAPED.finditer(escaped):
        byte_offset += len(escaped[position : match.start()].encode("utf-8", "surrogateescape"))
        offsets.append(byte_offset)
        byte_offset += match.end() - match.start()
        position = match.end()
    return offsets, len(escaped) - len(_ESCAPED.sub("", escaped))


def _damaged_utf8(data: bytes, bad: list[int]) -> Decoded:
    text = data.decode("utf-8", errors="replace")
    shown = ", ".join(str(o) for o in bad[:_MAX_SHOWN]) + (" …" if len(bad) > _MAX_SHOWN else "")
    line, column = _line_column(data, bad[0])
    finding = legacy_encoding.finding(
        f"invalid UTF-8 at byte offset {shown} ({len(bad)} in all); "
        "decoded as UTF-8 with U+FFFD in their place",
        Location(line=line, column=column),
    )
    return _checked(Decoded(text, "utf-8", [finding]))


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset].decode("utf-8", errors="replace")
    lines = regex.split(r"\r\n|\r|\n", before)
    return len(lines), len(lines[-1]) + 1


def _arabic_score(text: str) -> float:
    """How Arabic a decoding looks: frequent letter pairs, no Latin glued to Arabic."""
    return text.count("ال") + text.count(" و") - 5 * len(_LATIN_IN_ARABIC.findall(text))


def _legacy(data: bytes) -> Decoded:
    readings: list[tuple[float, str, str]] = []
    for encoding in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_arabic_score(text), encoding, text))
    if not readings:
        raise UnreadableInput("binary data: not UTF-8, UTF-16 or an Arabic code page")
    _score, encoding, text = max(readings)
    mostly_ascii = len(data.translate(None, _PLAIN_ASCII)) < 0.1 * len(data)
    letters = len(_ARABIC_LETTER.findall(text))
    if not mostly_ascii and (letters == 0 or text.count("ال") < letters * 0.02):
        raise UnreadableInput("binary data: it reads as no known text encoding")
    finding = legacy_encoding.finding(
        f"the file is {encoding}, not UTF-8 (decoded as {encoding})", _START
    )
    return _checked(Decoded(text, encoding, [finding]))


def _checked(decoded: Decoded) -> Decoded:
    """Refuse binary data that happened to decode, and text with nothing in it."""
    text = decoded.text
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > 0.1 * len(sample):
        raise UnreadableInput("binary data: more than a tenth of it is control characters")
    if not text.strip(" \t\r\n\ufeff"):
        raise UnreadableInput("the file is empty: there is no text to read")
    return decoded
