"""Paragraphs from the body lines of a PDF: where one ends, and which continue across a page.

A paragraph ends after a line that stops short of the margin on its closing
side (left for right-to-left text), or before a vertical gap wider than the
usual line spacing. Centred lines (a title wrapped over two lines) stay
together. A paragraph cut by a page break is joined: the page furniture
between its two halves is not in the body. The margins are those of the text
block that most lines share, not the outermost ink: the UN's Word template
sets the body in a block indented from the page margin, with the session
lines and the first line of the title hanging out to the page margin.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise
from statistics import median

import regex

from unarchive.readers.pdf.lines import TextLine

_HYPHENATED = regex.compile(r"[A-Za-z]-$")
_GAP = 1.45  # times the usual line spacing: a wider gap separates paragraphs
_SHORT = 0.9  # of the font size: a line ending this far from the margin is a paragraph's last
_INDENT = 0.15  # of the text width: the most a line inside a paragraph is indented
_EDGE = 0.25  # of the font size: lines whose edges are this close share a margin
_SHARED = 0.1  # of the lines: fewer than this sharing an edge is no margin (ragged text)
_WRAP = 0.1  # of the text width: the most a wrapped line of ragged text stops short
_HEADING_WRAP = 0.35  # the same for a heading's lines, measured from the heading's own edge
_BLOCK = 0.4  # of the text width: the least an indented block of text spans
_HEADING = 1.1  # times the body's font size: a line this large is set in a heading style
_PAGE_LINES = 8  # a page with fewer body lines takes the document's margins
_NEAR = 0.1  # of the text width: line ends this close to the closing margin are "near" it
_JUSTIFIED = 0.6  # of the lines ending near the closing margin: at least this many end on it


def _edge(values: Sequence[float], tolerance: float, low: bool, near: float) -> float | None:
    """The margin on one side: the edge that most lines share (None if too few share one).

    On the side where lines start, lines that hang out past it (a title's
    first line, the session lines) or stop inside it (a quotation) do not move
    it. On the closing side (``near`` > 0), most of the lines that end within
    ``near`` of it must end on it: in ragged text (a typewriter's) a few line
    ends meet by chance among many that do not. Of equally shared edges, the
    outermost.
    """
    ordered = sorted(values)
    support = [
        bisect_right(ordered, v + tolerance) - bisect_left(ordered, v - tolerance) for v in ordered
    ]
    most = max(support)
    if most < max(3, _SHARED * len(ordered)):
        return None
    shared = [v for v, n in zip(ordered, support, strict=True) if n == most]
    edge = shared[0] if low else shared[-1]
    if near > 0:
        close = (
            bisect_right(ordered, edge + near)
            if low
            else len(ordered) - bisect_left(ordered, edge - near)
        )
        if most < _JUSTIFIED * close:
            return None
    return edge


def _place(line: TextLine) -> tuple[int, int]:
    """Where a line's margins are measured: its page, and its column on a page of two."""
    return line.page, line.column


def _margins(lines: Sequence[TextLine]) -> dict[tuple[int, int], tuple[float, float, bool]]:
    """Each page's margins, and whether its text is ragged (no closing margin is shared).

    A page with enough lines has its own; the others take the document's. A
    side that no margin is shared on takes the outermost ink.
    """
    tolerance = _EDGE * median(line.size for line in lines)
    rtl = 2 * sum(line.rtl for line in lines) > len(lines)

    def edges(group: Sequence[TextLine]) -> tuple[float, float, bool]:
        near = _NEAR * (max(line.x1 for line in group) - min(line.x0 for line in group))
        left = _edge([line.x0 for line in group], tolerance, True, near if rtl else 0.0)
        right = _edge([line.x1 for line in group], tolerance, False, 0.0 if rtl else near)
        return (
            min(line.x0 for line in group) if left is None else left,
            max(line.x1 for line in group) if right is None else right,
            (left if rtl else right) is None,
        )

    whole = edges(lines)
    pages: dict[tuple[int, int], list[TextLine]] = {}
    for line in lines:
        pages.setdefault(_place(line), []).append(line)
    return {
        page: edges(group) if len(group) >= _PAGE_LINES else whole for page, group in pages.items()
    }


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


def _fits(line: TextLine, following: TextLine, room: float, width: float) -> bool:
    """Would the next line's first word have fitted in ``room`` at the end of this one?"""
    text = following.text()
    words = text.split()
    if not words:
        return True
    first = (following.x1 - following.x0) * len(words[0]) / len(text)
    # Writers wrap a little early (cell padding, their own width sums): keep a margin.
    return first + 0.3 * line.size < room - 0.04 * width


def _heading_edges(lines: Sequence[TextLine]) -> dict[tuple[int, float], float]:
    """The closing edge of each heading size on each page: the farthest its lines reach.

    A heading style (the UN's 12 pt bold titles) has an indent of its own on
    the closing side, so its lines wrap well short of the body's margin: the
    first line of a two-line annex title ends a sixth of the width short.
    """
    body = median(line.size for line in lines)
    edges: dict[tuple[int, float], float] = {}
    for line in lines:
        if line.size >= _HEADING * body:
            key = (line.page, round(line.size, 1))
            end = -line.x0 if line.rtl else line.x1
            edges[key] = max(edges.get(key, end), end)
    return edges


def _heading_margins(
    line: TextLine,
    following: TextLine,
    margins: tuple[float, float, bool],
    edges: dict[tuple[int, float], float],
) -> tuple[tuple[float, float, bool], float]:
    """The margins a line of a heading wraps at, and how short of them it may stop."""
    edge = edges.get((line.page, round(line.size, 1)))
    if edge is None or abs(following.size - line.size) > 0.1:
        return margins, _WRAP
    left, right, ragged_page = margins
    if line.rtl:
        return (max(left, -edge), right, ragged_page), _HEADING_WRAP
    return (left, min(right, edge), ragged_page), _HEADING_WRAP


def _ends_after(
    line: TextLine,
    following: TextLine,
    margins: tuple[float, float, bool],
    ragged: bool,
    wrap: float = _WRAP,
) -> bool:
    """Is ``line`` the last of its paragraph, judging by where it stops?

    Inside a paragraph every line reaches both margins; the first may be
    indented a little, and so may the others (a quotation with a hanging
    indent); the last stops short of the closing margin. A paragraph set
    ragged (a title, ``ragged``: its lines so far all stopped short) and a
    centred one wrap onto the next line when its first word did not fit; on
    a page of ragged text (typewriter style), however short the line. A
    short line flush with the closing margin (a signature) stands alone.
    """
    left, right, ragged_page = margins
    width = right - left
    if _centred(line, left, right) and not _fits(line, following, width - line.x1 + line.x0, width):
        return False
    start, end = _gaps(line, left, right)
    indent = max(_SHORT * line.size, _INDENT * width)
    if end > _SHORT * line.size:
        short = end <= (width if ragged_page else wrap * width)
        aligned = start <= indent and _gaps(following, left, right)[0] <= _SHORT * line.size
        wrapped = (ragged or ragged_page) and short and aligned
        return not (wrapped and not _fits(line, following, end, width))
    return start > indent


def _indented_runs(
    lines: Sequence[TextLine],
    margins: dict[tuple[int, int], tuple[float, float, bool]],
    spacing: float,
) -> dict[int, float]:
    """Lines that start a line-step above another at the same indent, well inside the margin.

    A typewriter title set as an indented block ("Letter dated … from the" /
    "Committee on …" at 2.25 inches) wraps at its own measure, not the page's:
    each such line maps to the smallest gap its run leaves on the closing side.
    Only a block that starts left of the middle: a signature block stands right of it.
    """
    pairs: list[int] = []
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        left, right, _ = margins[_place(line)]
        start = _gaps(line, left, right)[0]
        same = abs(start - _gaps(following, left, right)[0]) <= _EDGE * line.size
        near = line.page == following.page and 0 < line.y - following.y <= _GAP * spacing
        # Left of the middle: a signature block, right of it, has lines of their own.
        inside = _INDENT * (right - left) < start < 0.5 * (right - left)
        if same and near and inside and line.size == following.size:
            pairs.append(i)
    runs: dict[int, float] = {}
    for i in reversed(pairs):
        left, right, _ = margins[_place(lines[i])]
        end = _gaps(lines[i], left, right)[1]
        below = runs.get(i + 1, _gaps(lines[i + 1], left, right)[1])
        runs[i] = min(end, below)
    # A block of text is wide; a list of short items (an address) is not one.
    return {
        i: edge
        for i, edge in runs.items()
        if _measure(lines[i], edge, margins[_place(lines[i])]) >= _BLOCK * _width(margins, lines[i])
    }


def _width(margins: dict[tuple[int, int], tuple[float, float, bool]], line: TextLine) -> float:
    left, right, _ = margins[_place(line)]
    return right - left


def _measure(line: TextLine, edge: float, margins: tuple[float, float, bool]) -> float:
    """The width of an indented block: from its lines' start to its closing edge."""
    left, right, _ = margins
    return right - left - _gaps(line, left, right)[0] - edge


def _centred_run(line: TextLine, following: TextLine, left: float, right: float) -> bool:
    """A centred heading goes on where its next centred line starts with a small letter.

    A typist breaks a centred title where it looks balanced, not where the
    words run out: "Declaration by … Arafat" / "to Gaza/Jericho, issued on …".
    """
    text = following.text()
    return (
        _centred(line, left, right)
        and _centred(following, left, right)
        and text[:1].islower()
        and abs(line.size - following.size) < 0.1 * line.size
    )


def paragraphs(lines: Sequence[TextLine]) -> list[list[int]]:
    """Indices of ``lines`` grouped into paragraphs, in order."""
    if not lines:
        return []
    margins = _margins(lines)
    spacing = _spacing(lines)
    headings = _heading_edges(lines)
    runs = _indented_runs(lines, margins, spacing)
    groups: list[list[int]] = [[0]]
    ragged = True  # every line of the paragraph so far stopped short of the closing margin
    for i in range(1, len(lines)):
        previous, line = lines[i - 1], lines[i]
        left, right, _ = margins[_place(previous)]
        ragged = ragged and _gaps(previous, left, right)[1] > _SHORT * previous.size
        apart = line.page == previous.page and previous.y - line.y > _GAP * spacing
        wrapping, wrap = _heading_margins(previous, line, margins[_place(previous)], headings)
        if i - 1 in runs:  # an indented block: it wraps at its own closing edge
            room = _gaps(previous, left, right)[1] - runs[i - 1]
            ends = _fits(previous, line, room, right - left)
        else:
            ends = _ends_after(previous, line, wrapping, ragged, wrap) and not _centred_run(
                previous, line, left, right
            )
        if apart or ends:
            groups.append([])
            ragged = True
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
