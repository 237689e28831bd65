"""Splitting one text into its renditions where the document starts over.

A dump may hold the same letter twice (the seed: its PDF text layer, then its
Word text). The split is read from the content, never from line numbers: the
landmarks of a letter (title, signature, annex heading) come in that order,
so a landmark that goes back in that order is a candidate. The new rendition
starts at the first line before it whose words repeat the part of the first
rendition that precedes the same landmark, and the split holds only if what
follows repeats what came before (the document really starts over).
"""

from __future__ import annotations

from collections.abc import Sequence

from unarchive.grammar.languages import Language
from unarchive.grammar.normalize import clean, word_set
from unarchive.parsed import Line

_CONTAINED = 0.6  # share of a line's words found in the earlier rendition's same part
_REPEATED = 0.5  # share of the new rendition's words found in the one before
_SAMPLE = 400  # lines of the new rendition compared
_MAX_ATTEMPTS = 16  # bound the work on adversarial input


def _rank(text: str, language: Language) -> int:
    cleaned = clean(text)
    if not cleaned:
        return 0
    if language.pattern("title_marker").search(cleaned):
        return 1
    if language.pattern("signed").search(cleaned):
        return 2
    if language.pattern("annex_marker").search(cleaned):
        return 3
    return 0


def _words(lines: Sequence[Line]) -> frozenset[str]:
    found: set[str] = set()
    for line in lines:
        found |= word_set(line.text)
    return frozenset(found)


def _contained(line: Line, reference: frozenset[str]) -> bool:
    own = word_set(line.text)
    return not own or len(own & reference) >= _CONTAINED * len(own)


def split_renditions(lines: Sequence[Line], language: Language) -> list[list[Line]]:
    """The lines of each rendition, in order; one list when the document never starts over."""
    starts = [0]
    marks: list[tuple[int, int]] = []  # (line index, rank) in the current rendition
    attempts = 0
    for index, line in enumerate(lines):
        rank = _rank(line.text, language)
        if not rank:
            continue
        top = max((r for _i, r in marks), default=0)
        if marks and (rank < top or rank == 1) and attempts < _MAX_ATTEMPTS:
            attempts += 1
            start = _start(lines, starts[-1], marks, index, rank)
            if start is not None:
                starts.append(start)
                marks = []
        marks.append((index, rank))
    return [list(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


def _start(
    lines: Sequence[Line], begin: int, marks: list[tuple[int, int]], index: int, rank: int
) -> int | None:
    """Where the new rendition begins, if the document starts over before ``index``."""
    prior = next(i for i, (_at, r) in enumerate(marks) if r >= rank)
    section_end = marks[prior][0]
    section_start = marks[prior - 1][0] + 1 if prior > 0 else begin
    reference = _words(lines[section_start:section_end])
    floor = marks[-1][0] + 1
    start = index
    while start > floor and (
        not lines[start - 1].text.strip() or _contained(lines[start - 1], reference)
    ):
        start -= 1
    while start < index and not lines[start].text.strip():
        start += 1
    before = _words(lines[begin:start])
    after = _words(lines[start : start + _SAMPLE])
    if not after or len(after & before) < _REPEATED * len(after):
        return None
    return start
