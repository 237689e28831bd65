"""What the S and M rules see of a document: the grammar's readings, and where things are.

Rules run after parsing; the letter grammar's analysis of the same renditions
is cached, so asking for it here does not read the document again. A document
without renditions (imported from TEI or JSON) has no readings: rules then
judge its Letter alone and point at no line.
"""

from __future__ import annotations

from functools import cache

import regex

from unarchive.findings import Location
from unarchive.grammar.analysis import Analysis, analyse
from unarchive.grammar.blocks import Block
from unarchive.parsed import Line, Parsed, Rendition


def analysis(parsed: Parsed) -> Analysis | None:
    if not parsed.renditions or not any(r.lines for r in parsed.renditions):
        return None
    return analyse(parsed.renditions)


def start(parsed: Parsed) -> Location:
    """The first line of the document: where a finding about something absent points."""
    for rendition in parsed.renditions:
        for line in rendition.lines:
            if line.text.strip():
                return Location(rendition=rendition.id, line=line.number, column=1, page=line.page)
    return Location()


def rendition_start(rendition: Rendition) -> Location:
    line = next((x for x in rendition.lines if x.text.strip()), rendition.lines[0])
    return Location(rendition=rendition.id, line=line.number, column=1, page=line.page)


def block_location(block: Block, line: Line | None = None, offset: int | None = None) -> Location:
    """A block's first non-space character, or ``offset`` (0-based) in one of its lines."""
    line = line or block.first
    if offset is None:
        offset = len(line.text) - len(line.text.lstrip())
    return Location(rendition=block.rendition, line=line.number, column=offset + 1, page=line.page)


def find_in_block(block: Block, pattern: str) -> Location | None:
    """Where ``pattern`` first matches a line of ``block`` (justification tatweel allowed)."""
    tolerant = _tolerant(pattern)
    for line in block.lines:
        text = line.text.replace("\u0640", "")
        found = tolerant.search(text)
        if found:
            return block_location(block, line, _raw_offset(line.text, found.start()))
    return None


@cache
def _tolerant(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern.replace(" ", r"\s+"))


def _raw_offset(raw: str, clean_offset: int) -> int:
    """Map an offset in ``raw`` without tatweel back to ``raw``."""
    seen = 0
    for index, char in enumerate(raw):
        if char == "\u0640":
            continue
        if seen == clean_offset:
            return index
        seen += 1
    return len(raw)
