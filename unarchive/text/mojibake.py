"""Arabic mojibake: text decoded with the wrong code page, found and undone when lossless.

Three shapes occur in archives: UTF-8 bytes read as cp1256 (``ط§ظ„``), UTF-8
bytes read as Latin-1/cp1252 (``Ø§Ù„``), and single-byte Arabic (cp1256 or
ISO-8859-6) read as Latin-1 (``ÇáäÒÇÚÇÊ``). A span is reported only when its
bytes decode strictly under the guessed reading, and repaired only when the
round trip gives the span back exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

_CP1256_TAIL = "".join(bytes([b]).decode("cp1256") for b in range(0x80, 0xC0))
_CP1252_TAIL = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0))
_ESCAPED_1256 = regex.escape(_CP1256_TAIL, special_only=False)
_ESCAPED_1252 = regex.escape(_CP1252_TAIL + "".join(map(chr, range(0x80, 0xA0))))
# UTF-8 lead bytes D8–DB of the Arabic block, as each wrong code page shows them.
_AS_CP1256 = regex.compile(f"(?:[طظعغ][{_ESCAPED_1256}]){{2,}}")
_AS_CP1252 = regex.compile(f"(?:[ØÙÚÛ][{_ESCAPED_1252}]){{2,}}")
_AS_LATIN1 = regex.compile(r"(?<![\p{L}\p{M}])[\u00c0-\u00ff]{2,}(?![\p{L}\p{M}])")
# Where every span above starts: text without a match has no mojibake (a cheap pre-filter).
# The rarer character first, and the stdlib engine: three times faster on Arabic text.
HINT = re.compile(f"[\u00c0-\u00ff]|[{re.escape(_CP1256_TAIL)}](?<=[طظعغ].)")
_ARABIC_WORD = regex.compile(r"[\u0621-\u064a\u064b-\u0652\u0660-\u0669]+")
_SINGLE_BYTE = ("cp1256", "iso-8859-6")


@dataclass(frozen=True)
class Mojibake:
    start: int
    end: int
    fixed: str
    reading: str  # how the text was wrongly read, e.g. "UTF-8 read as cp1256"
    lossless: bool  # re-encoding the repair the wrong way gives the span back exactly


def _cp1252_bytes(text: str) -> bytes | None:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))  # C1 controls stand for the bytes cp1252 leaves undefined
    return bytes(out)


def _undo_utf8(text: str, codec: str) -> str | None:
    data = _cp1252_bytes(text) if codec == "cp1252" else text.encode(codec, "strict")
    if data is None:
        return None
    try:
        fixed = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed


def _read_as(token: str, codec: str) -> str | None:
    data = token.encode("latin-1")
    try:
        word = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return word if _ARABIC_WORD.fullmatch(word) and word.encode(codec) == data else None


def _best_codec(tokens: list[str]) -> str:
    """The single-byte code page under which the line's tokens read most like Arabic words."""

    def score(codec: str) -> tuple[int, int]:
        words = [_read_as(token, codec) for token in tokens]
        return (
            sum(w is not None for w in words),
            sum(bool(w and w.startswith("ال")) for w in words),
        )

    return max(_SINGLE_BYTE, key=score)  # ties go to cp1256, listed first


def _redo_utf8(fixed: str, codec: str) -> str:
    data = fixed.encode("utf-8")
    if codec == "cp1252":
        return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)
    return data.decode(codec, "replace")


def find_mojibake(text: str) -> Iterator[Mojibake]:
    """Every span of ``text`` that reads as Arabic under one wrong-code-page explanation."""
    if text.isascii():
        return
    taken: list[tuple[int, int]] = []
    for pattern, codec, reading in (
        (_AS_CP1256, "cp1256", "UTF-8 read as cp1256"),
        (_AS_CP1252, "cp1252", "UTF-8 read as Latin-1/cp1252"),
    ):
        for match in pattern.finditer(text):
            fixed = _undo_utf8(match.group(), codec)
            if fixed is not None and _ARABIC_WORD.search(fixed):
                taken.append(match.span())
                lossless = _redo_utf8(fixed, codec) == match.group()
                yield Mojibake(match.start(), match.end(), fixed, reading, lossless)
    matches = [
        m
        for m in _AS_LATIN1.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
    codec = _best_codec([m.group() for m in matches]) if matches else ""
    for match in matches:
        word = _read_as(match.group(), codec)
        if word is not None:
            reading = f"Arabic ({codec}) read as Latin-1"
            yield Mojibake(match.start(), match.end(), word, reading, True)
