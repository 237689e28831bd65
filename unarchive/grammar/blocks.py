"""Lines to paragraphs ("blocks"): how one rendition lays its text out, and where paragraphs end.

Three layouts occur. A Word text or a clean dump has one paragraph per line.
A wrapped text in logical order ends a paragraph at a short line or a blank
line. A PDF text layer in phrase-level visual order (``research/arabic.md``
§1.4) scatters blank lines inside paragraphs; there a paragraph ends at a line
that does not fill the measure: short, or pushed right (it starts with two
spaces, the left margin of a right-aligned line). Landmarks of a letter (its
title, the signature, an annex heading, a symbol line) always start a block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import regex

from unarchive.grammar.languages import Language
from unarchive.grammar.normalize import clean, logical_order, visual_signals
from unarchive.grammar.symbols import SYMBOL_LINE
from unarchive.model import SourceSpan
from unarchive.parsed import Line

_INDENT = regex.compile(r"^ {2,}\S")
# Lines that belong to the page, not the text: job number, barcode, page number.
_FURNITURE = regex.compile(
    r"^\s*(?:(?:[A-Z]{1,2}\.)?[0-9]{2}-[0-9]{5}\s*\([A-Z]\)(?:\s+[0-9]{6}){0,2}"
    r"|\*[0-9]{5,}\*|[0-9٠-٩]{1,3}(?:\s*/\s*[0-9٠-٩]{1,3})?)\s*$"
)


# Line styles a parser gives to page furniture it recognised itself (the PDF parser does).
FURNITURE_STYLES = frozenset({"masthead", "header", "footer", "furniture"})


def is_furniture(text: str, style: str | None = None) -> bool:
    return style in FURNITURE_STYLES or bool(SYMBOL_LINE.match(text) or _FURNITURE.match(text))


@dataclass(frozen=True)
class Layout:
    visual: bool  # phrase-level visual order (a PDF text layer)
    wrapped: bool  # paragraphs run over several lines
    width: int  # the length of a full line, for wrapped text


@dataclass(frozen=True)
class Block:
    """One paragraph (or heading line) of a rendition, with the lines it came from."""

    rendition: str
    lines: tuple[Line, ...]
    text: str  # in logical order; reconstructed when ``reordered``
    reordered: bool
    furniture: bool = False  # page furniture: symbol header, job number, barcode, page number

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]

    @cached_property
    def raw(self) -> str:
        return " ".join(line.text.strip() for line in self.lines)

    @cached_property
    def clean(self) -> str:
        return clean(self.text)

    def span(self) -> SourceSpan:
        first, last = self.first, self.last
        start = len(first.text) - len(first.text.lstrip())
        return SourceSpan(
            rendition=self.rendition,
            start_line=first.number,
            start_column=start + 1,
            end_line=last.number,
            end_column=len(last.text.rstrip()) + 1,
            page=first.page,
        )


def _length(text: str) -> int:
    return len(" ".join(text.split()))


def layout(lines: Sequence[Line]) -> Layout:
    """Decide how a rendition is laid out, from its own lines."""
    filled = [line.text for line in lines if line.text.strip()]
    if not filled:
        return Layout(False, False, 0)
    signalled = sum(1 for text in filled if visual_signals(text))
    visual = signalled >= max(3, len(filled) // 10)
    lengths = sorted(_length(text) for text in filled)
    width = lengths[min(len(lengths) - 1, (len(lengths) * 9) // 10)]
    full = sum(1 for n in lengths if n >= 0.85 * width)
    # Word texts lead every paragraph with a tab: one paragraph per line, whatever the lengths.
    tabbed = sum(1 for text in filled if text.lstrip(" ").startswith("\t"))
    wrapped = visual or (
        len(filled) >= 8 and width <= 150 and full >= 0.6 * len(filled) and tabbed * 2 < len(filled)
    )
    return Layout(visual, wrapped, width)


def _landmark(cleaned: str, language: Language) -> bool:
    return any(
        language.pattern(name).search(cleaned)
        for name in ("title_marker", "annex_marker", "signed")
    )


def _ends_block(text: str, cleaned: str, lay: Layout, language: Language) -> bool:
    if not lay.wrapped:
        return True
    if _length(text) < (0.6 if lay.visual else 0.75) * lay.width:
        return True
    if lay.visual and _INDENT.match(text):
        return True
    return bool(language.pattern("signed").search(cleaned))


def blocks(
    rendition_id: str, lines: Sequence[Line], lay: Layout, language: Language
) -> list[Block]:
    """Group a rendition's lines into blocks, in reading order."""
    found: list[Block] = []
    current: list[Line] = []

    def close() -> None:
        if current:
            found.append(_block(rendition_id, current, lay))
            current.clear()

    for line in lines:
        if not line.text.strip():
            if not lay.visual:
                close()
            continue
        if is_furniture(line.text, line.style):
            # Kept apart without ending the paragraph a page break may have cut.
            found.append(Block(rendition_id, (line,), line.text.strip(), False, furniture=True))
            continue
        cleaned = clean(line.text)  # once per line: the hot path on long inputs
        if current and _landmark(cleaned, language):
            close()
        current.append(line)
        if _ends_block(line.text, cleaned, lay, language):
            close()
    close()
    return found


def _block(rendition_id: str, lines: list[Line], lay: Layout) -> Block:
    if lay.visual:
        # Reconstructed text is recorded as a change anyway: justification goes with the order.
        text = clean(" ".join(logical_order(line.text) for line in lines))
    else:
        text = " ".join(line.text.strip() for line in lines)
    return Block(rendition_id, tuple(lines), text, lay.visual)
