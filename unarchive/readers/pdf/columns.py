"""Two-column pages: the gutter between the columns, and each row cut there.

A meeting record (S/PV.4507) sets its text in two columns whose gutter (a
dozen points) is narrower than the gap that splits a masthead's blocks, so,
read row by row, every line ran the two columns together. The gutter is an x
in the middle of the page that almost no glyph covers, on a page whose rows
mostly have text on both sides of it, the left side ending near it and the
right starting near it, and both sides wide (as two filled columns are, and a
table's cells seldom).
Rows are cut there; a row that crosses it (a heading across the page) stays
whole and ends the columns above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate
from operator import add
from statistics import median

from unarchive.readers.pdf.glyphs import Glyph

_MIN_ROWS = 10  # fewer rows on a page: too little evidence for columns
_MIDDLE = (0.3, 0.7)  # of the page width: where a gutter may be
_COVERED = 0.05  # of the rows: the most whose glyphs may cover the gutter (2 at least)
_SIDED = 0.3  # of the rows: the least with a line flush with it on each side
_WIDE = 0.25  # of the page width: the least a column's lines span, as a rule
_GUTTER = 0.8  # of the font size: the least width of a gutter
_FLUSH = 2.0  # of the font size: a column's lines end (start) this close to the gutter


def _ink(row: Sequence[Glyph]) -> list[Glyph]:
    return [g for g in row if g.text.strip()]


def gutter(rows: Sequence[Sequence[Glyph]], width: float) -> tuple[float, float] | None:
    """The middle and the width of the gutter between two columns of text, or None."""
    # A row's ink is taken only when the row is counted: most pages stop after a few rows.
    inked_rows = [row for row in rows if any(g.text.strip() for g in row)]
    if len(inked_rows) < _MIN_ROWS or width <= 0:
        return None
    low, high = int(width * _MIDDLE[0]), int(width * _MIDDLE[1])
    # A heading or two across the page may cover the gutter.
    limit = max(2.0, _COVERED * len(inked_rows))
    counts = [0] * (high - low + 1)
    inked: list[list[Glyph]] = []
    for k, row in enumerate(inked_rows):
        ink = _ink(row)
        inked.append(ink)
        steps = [0] * (high - low + 2)
        for g in ink:
            a, b = int(g.x0) + 1, int(g.x1)
            a = low if a < low else a  # max and min without the calls: once per glyph
            b = high if b > high else b
            if a <= b:
                steps[a - low] += 1
                steps[b - low + 1] -= 1
        counts = list(map(add, counts, accumulate(steps[:-1])))
        if k >= 3 and min(counts) > limit:  # every x covered already: one column (most pages)
            return None
    runs: list[tuple[float, float]] = []
    start = None
    for x, covered in enumerate(counts, start=low):
        if covered <= limit and start is None:
            start = x
        elif covered > limit and start is not None:
            runs.append(((start + x - 1) / 2, x - start))
            start = None
    if start is not None:
        runs.append(((start + high) / 2, high - start + 1))
    # A gutter is wider than a word space: a river of spaces down justified text is none.
    least = _GUTTER * median(g.size for ink in inked for g in ink[:1])
    found = [(_sided(inked, x), x, wide) for x, wide in runs if wide >= least]
    best = max(found, default=(0, 0.0, 0))
    if best[0] < _SIDED * len(inked) or not _wide(inked, best[1], width):
        return None
    return best[1], best[2]


def _wide(rows: Sequence[Sequence[Glyph]], x: float, width: float) -> bool:
    """Are both sides columns of text (wide lines), not a table's narrow cells (number, date)?"""
    sides: tuple[list[float], list[float]] = ([], [])
    for ink in rows:
        left = [g for g in ink if g.x1 <= x]
        right = [g for g in ink if g.x0 >= x]
        if left:
            sides[0].append(max(g.x1 for g in left) - min(g.x0 for g in left))
        if right:
            sides[1].append(max(g.x1 for g in right) - min(g.x0 for g in right))
    return all(side and median(side) >= _WIDE * width for side in sides)


def _sided(rows: Sequence[Sequence[Glyph]], x: float) -> int:
    """How well ``x`` parts two filled columns: the fewer of the rows flush with it on each side.

    A column's lines end (the other's start) near the gutter, save a
    paragraph's last line or first; the two columns' baselines need not meet.
    """
    left = right = 0
    for ink in rows:
        reach = _FLUSH * max(g.size for g in ink)
        ends = [g.x1 for g in ink if g.x1 <= x]
        starts = [g.x0 for g in ink if g.x0 >= x]
        left += bool(ends) and x - max(ends) < reach
        right += bool(starts) and min(starts) - x < reach
    return min(left, right)


def cut(row: Sequence[Glyph], gutter: tuple[float, float]) -> list[list[Glyph]]:
    """The row's left and right parts at the gutter, or the whole row if it runs across.

    A row runs across when a glyph covers the gutter or when its gap there is
    narrower than the gutter (a word space of a heading across the page).
    """
    at, wide = gutter
    ink = _ink(row)
    ends = [g.x1 for g in ink if g.x1 <= at]
    starts = [g.x0 for g in ink if g.x0 >= at]
    narrow = bool(ends and starts) and min(starts) - max(ends) < 0.8 * wide
    if narrow or any(g.x0 < at < g.x1 for g in ink):
        return [list(row)]
    left = [g for g in row if (g.x0 + g.x1) / 2 < at]
    right = [g for g in row if (g.x0 + g.x1) / 2 >= at]
    return [part for part in (left, right) if part]
