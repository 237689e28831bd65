"""Paragraphs from the body lines of a PDF: where one ends, and which continue across a page.

A paragraph ends after a line that stops short of the margin on its closing
side (left for right-to-left text), or before a vertical gap wider than the
usual line spacing. Centred lines (a title wrapped over two lines) stay
together. A paragraph cut by a page break is joined: the page furniture
between its two halves is not in the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from statistics import median

import regex

from unarchive.parsers.pdf_lines import TextLine

_HYPHENATED = regex.compile(r"[A-Za-z]-$")
_GAP = 1.45  # times the usual line spacing: a wider gap separates paragraphs
_SHORT = 0.9  # of the font size: a line ending this far from the margin is a paragraph's last
_INDENT = 0.15  # of the text width: the most a paragraph's first line is indented


def _margins(lines: Sequence[TextLine]) -> tuple[float, float]:
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def _spacing(lines: Sequence[TextLine]) -> float:
    steps = [
        a.y - b.y for a, b in pairwise(lines) if a.page == b.page and 0 < a.y - b.y < 3 * a.size
    ]
    return median(steps) if steps else 1.3 * (lines[0].size if lines else 12.0)


def _gaps(line: TextLine, left: float, right: float) -> tuple[float, float]:
    """How far the line stops short of the margin on its starting and on its closing side."""
    if line.rtl:
        return right - line.x1, line.x0 - left
    return line.x0 - left, right - line.x1


def _centred(line: TextLine, left: float, right: float) -> bool:
    slack = _SHORT * line.size
    before, after = line.x0 - left, right - line.x1
    return before > slack and after > slack and abs(before - after) < 2 * slack


def _fits(line: TextLine, following: TextLine, width: float) -> bool:
    """Would the next line's first word have fitted at the end of this one? Then this one ended."""
    text = following.text()
    words = text.split()
    if not words:
        return True
    first = (following.x1 - following.x0) * len(words[0]) / len(text)
    # Writers wrap a little early (cell padding, their own width sums): keep a margin.
    return line.x1 - line.x0 + first + 0.3 * line.size < 0.96 * width


def _ends_after(
    line: TextLine, first: bool, following: TextLine, left: float, right: float
) -> bool:
    """Is ``line`` the last of its paragraph, judging by where it stops?

    Inside a paragraph every line reaches both margins; the first may be
    indented a little; the last stops short of the closing margin. A centred
    paragraph wraps onto the next line when its first word did not fit. A short line flush
    with the closing margin (a signature) stands alone.
    """
    width = right - left
    if _centred(line, left, right) and not _fits(line, following, width):
        return False
    start, end = _gaps(line, left, right)
    slack = _SHORT * line.size
    if end > slack:
        return True
    return start > slack and not (first and start <= _INDENT * width)


def paragraphs(lines: Sequence[TextLine]) -> list[list[int]]:
    """Indices of ``lines`` grouped into paragraphs, in order."""
    if not lines:
        return []
    left, right = _margins(lines)
    spacing = _spacing(lines)
    groups: list[list[int]] = [[0]]
    for i in range(1, len(lines)):
        previous, line = lines[i - 1], lines[i]
        apart = line.page == previous.page and previous.y - line.y > _GAP * spacing
        if apart or _ends_after(previous, len(groups[-1]) == 1, line, left, right):
            groups.append([])
        groups[-1].append(i)
    return groups


def join(texts: Sequence[str]) -> str:
    """The text of a paragraph from its lines (a soft hyphen at a line end joins the word)."""
    out = ""
    for text in texts:
        if out.endswith("\u00ad"):
            out = out[:-1] + text
        elif _HYPHENATED.search(out) and text[:1].isalpha() and text[:1].isascii():
            out += text  # "Secretary-" + "General": a compound broken at its hyphen
        else:
            out = f"{out} {text}" if out else text
    return out
