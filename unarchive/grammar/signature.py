"""The signature block: «(توقيع)» / "(Signed)", the signatory's name, then their title.

The name and the title belong on separate lines. When a rendition lost the
break between them (``بوريالممثل``: the Word text of the seed), the title is
found by the language's table of roles and split off; where the two ran
together is kept for rule S008.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from unarchive.grammar.blocks import Block
from unarchive.grammar.languages import Language
from unarchive.grammar.normalize import clean
from unarchive.parsed import Line


@dataclass(frozen=True)
class Joined:
    """Where a signature line runs the name into the title: 0-based offset in ``line.text``."""

    line: Line
    offset: int
    glued: bool  # no space at all between the two (``بوريالممثل``)
    name_end: str  # the last word of the name, for the message
    title_start: str


@dataclass(frozen=True)
class Signature:
    block: Block
    signed_text: str  # "(توقيع) هـ. س. بوري": the marker and the name, as printed
    signed_end: int | None  # offset in the first line where the signed part ends, if split
    name: str | None
    title: str | None
    title_blocks: tuple[Block, ...]
    joined: Joined | None


@cache
def _role_pattern(roles: tuple[str, ...]) -> regex.Pattern[str]:
    def tolerant(role: str) -> str:
        return "\u0640*".join(r"\s+" if ch == " " else regex.escape(ch) for ch in role)

    return regex.compile("|".join(tolerant(role) for role in roles))


def read_signature(block: Block, titles: list[Block], language: Language) -> Signature:
    text = block.clean
    marker = language.pattern("signed").search(text)
    assert marker is not None  # the reader only calls this for a signed block
    rest = (text[: marker.start()] + " " + text[marker.end() :]).strip()
    joined = None if block.reordered else _joined(block.first, language)
    name, title = rest or None, None
    signed_end = None
    if joined is not None:
        found = _role_pattern(language.roles).search(rest)
        if found and found.start() > 0:
            name, title = rest[: found.start()].strip() or None, rest[found.start() :]
            signed_end = len(block.first.text[: joined.offset].rstrip())
    extra = " ".join(b.clean for b in titles)
    if extra:
        title = f"{title} {extra}" if title else extra
    signed_text = text[: marker.end()] + (f" {name}" if name else "")
    return Signature(block, signed_text, signed_end, name, title or None, tuple(titles), joined)


def _joined(line: Line, language: Language) -> Joined | None:
    """A role that follows the name on the signature line itself."""
    marker = regex.search(r"[()]\s*\S+\s*[()]", line.text)
    start = marker.end() if marker else 0
    for found in _role_pattern(language.roles).finditer(line.text, start):
        before = line.text[: found.start()].rstrip()
        if not clean(before[start:]):
            continue  # the role is the first thing after the marker: no name before it
        glued = found.start() > 0 and line.text[found.start() - 1].isalpha()
        words = before.split()
        name_end = regex.sub(r"\P{L}+$", "", words[-1]) if words else ""
        if glued:
            name_end = regex.split(r"\s", line.text[: found.start()])[-1]
        return Joined(line, found.start(), glued, name_end, found.group())
    return None
