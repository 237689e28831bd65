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
_WIDE = 0.75  # of the text width: a centred line this wide may continue on the next


def _margins(lines: Sequence[TextLine]) -> tuple[float, float]:
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def _spacing(lines: Sequence[TextLine]) -> float:
    steps = [
        a.y - b.y for a, b in pairwise(lines) if a.page == b.page and 0 < a.y - b.y < 3 * a.size
    ]
    return median(steps) if steps else 1.3 * (lines[0].size if lines else 12.0)


def _short(line: TextLine, left: float, right: float) -> bool:
    slack = _SHORT * line.size
    return line.x0 > left + slack if line.rtl else line.x1 < right - slack


def _centred(line: TextLine, left: float, right: float) -> bool:
    slack = _SHORT * line.size
    before, after = line.x0 - left, right - line.x1
    return before > slack and after > slack and abs(before - after) < 2 * slack


def _continues_centred(previous: TextLine, line: TextLine, left: float, right: float) -> bool:
    """A centred paragraph wraps: every line but its last is nearly as wide as the page."""
    wide = previous.x1 - previous.x0 >= _WIDE * (right - left)
    return wide and _centred(line, left, right)


def paragraphs(lines: Sequence[TextLine]) -> list[list[int]]:
    """Indices of ``lines`` grouped into paragraphs, in order."""
    if not lines:
        return []
    left, right = _margins(lines)
    spacing = _spacing(lines)
    groups: list[list[int]] = [[0]]
    for i in range(1, len(lines)):
        previous, line = lines[i - 1], lines[i]
        if line.page != previous.page:
            ends = _short(previous, left, right)
        else:
            gap = previous.y - line.y
            centred = _continues_centred(previous, line, left, right)
            ends = gap > _GAP * spacing or (_short(previous, left, right) and not centred)
        if ends:
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
