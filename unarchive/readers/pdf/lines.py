"""From positioned glyphs to lines of text in logical order.

Glyphs are grouped into lines by baseline, split where a wide gap separates two
blocks on one baseline (a masthead's left and right columns), turned into
*units* that must stay whole (a ligature's characters, an ``/ActualText``
span, a word of an invisible OCR layer), with combining marks glued to their
letter and a space put where a gap between glyphs is a word gap. The units of
a line are then put in logical order by ``pdf_bidi``. The units come from
``pdf_units``; presentation forms are folded there, one character at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from unarchive.readers.pdf import bidi as pdf_bidi
from unarchive.readers.pdf import columns as pdf_columns
from unarchive.readers.pdf.glyphs import PageGlyphs
from unarchive.readers.pdf.units import Unit, fold_presentation_forms, units_of
from unarchive.text.unicode import category

_SAME_LINE = 0.45  # of the font size: baselines closer than this are one line
_WORD_GAP = 0.18  # of the font size: a wider gap between glyphs is a space
_COLUMN_GAP = 3.0  # of the font size: a wider gap starts another block
# An OCR layer of justified typewriting leaves gaps of 3-4 ems between words; the columns
# of its masthead and session block stand more than ten ems apart.
_OCR_COLUMN_GAP = 6.0
_OVERSTRIKE = 0.1  # of the font size: the same glyph drawn again this close is one glyph

__all__ = ["TextLine", "Unit", "build_lines", "fold_presentation_forms", "group_lines"]


@dataclass
class TextLine:
    """One line of a page, its units in logical order, with their embedding levels."""

    page: int
    y: float
    x0: float
    x1: float
    size: float
    units: list[str] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)
    rtl: bool = False
    _texts: tuple[str, str] | None = None
    column: int = 0  # on a page of two columns, 1 for the second column's lines
    # Superscript note marks taken out of the text: (offset in ``text()``, mark), in order.
    marks: tuple[tuple[int, str], ...] = ()

    def text(self, mirror: bool = False) -> str:
        """The line's text; with ``mirror``, right-to-left brackets mirrored (see ``pdf_bidi``)."""
        if self._texts is not None:
            return self._texts[mirror]
        if not mirror:
            return "".join(self.units).strip()
        return "".join(
            pdf_bidi.mirror(u) if lv % 2 else u
            for u, lv in zip(self.units, self.levels, strict=True)
        ).strip()

    def compact(self) -> None:
        """Keep the two texts and drop the units: a document's lines stay small."""
        plain = self.text(False)
        # Only a bracket at an odd level changes when mirrored: most lines have none.
        bracket = not pdf_bidi.MIRROR.keys().isdisjoint(self.units)
        mirrored = self.text(True) if bracket else plain
        self._texts = (plain, plain if mirrored == plain else mirrored)
        self.units, self.levels = [], []


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """``fold_presentation_forms`` of a unit's text: units repeat, so once per distinct text."""
    return fold_presentation_forms(text)


@lru_cache(maxsize=256)
def _is_space(text: str) -> bool:
    """A word space; a no-break space is not one (it joins, and is a separator to bidi)."""
    return text.isspace() and all(ch not in "\u00a0\u202f\u2007" for ch in text)


@lru_cache(maxsize=4096)
def _is_mark(text: str) -> bool:
    return bool(text) and all(category(ch) in ("Mn", "Me") for ch in text)


def group_lines(units: Iterable[Unit]) -> list[list[Unit]]:
    """Units grouped by baseline, top of the page first."""
    lines: list[list[Unit]] = []
    line: list[Unit] = []  # the last line, and its baseline: this runs once per glyph
    baseline = 0.0
    for unit in sorted(units, key=lambda u: -u.y):
        size = unit.size
        # max(size, 1.0) without the call
        if line and abs(baseline - unit.y) <= _SAME_LINE * (1.0 if size < 1.0 else size):
            line.append(unit)
        else:
            line = [unit]
            lines.append(line)
            baseline = unit.y
    return lines


def _glue_marks(
    units: list[Unit], rtl: Callable[[], bool], content_order: bool = True
) -> list[Unit]:
    """Combining marks join their letter; the marks are left out of the returned units.

    ``rtl`` tells whether the row is right-to-left; it is asked only when the
    row has marks (most rows have none, and the answer costs a look at each unit).
    """
    marks = [_is_mark(u.text) for u in units]
    if True not in marks:  # most rows: nothing to glue
        return units
    right_to_left = rtl()
    letters = [u for u, m in zip(units, marks, strict=True) if not m and not _is_space(u.text)]
    if not letters:
        return units
    by_seq = {u.seq: u for u in letters} if content_order else {}
    for mark in (u for u, m in zip(units, marks, strict=True) if m):
        _host(mark, letters, by_seq, right_to_left).text += mark.text
    return [u for u, m in zip(units, marks, strict=True) if not m]


def _host(mark: Unit, letters: list[Unit], by_seq: dict[int, Unit], rtl: bool) -> Unit:
    """The letter a mark belongs to.

    Shapers that write right-to-left glyphs in visual order (HarfBuzz: fpdf2,
    LibreOffice) put a mark just before its letter, and left-to-right text puts
    it just after; so the neighbour in content order wins when it is near.
    Otherwise geometry decides: the letter the mark's origin is on (the right
    one at an edge in right-to-left text), or the nearest on the reading side.
    """
    neighbour = by_seq.get(mark.seq + 1 if rtl else mark.seq - 1)
    if neighbour is not None and neighbour.x0 - mark.size <= mark.x0 <= neighbour.x1 + mark.size:
        return neighbour
    centre = mark.centre
    inside = [b for b in letters if b.x0 - 0.01 <= centre <= b.x1 + 0.01]
    if inside:
        return max(inside, key=lambda b: b.x0) if rtl else min(inside, key=lambda b: b.x0)
    side = [b for b in letters if (b.x0 >= centre if rtl else b.x1 <= centre)]
    return min(side or letters, key=lambda b: abs(b.centre - centre))


def _overstruck(units: list[Unit]) -> list[Unit]:
    """A glyph drawn twice a hair apart (bold by overstriking, as old UN mastheads do) is one.

    ``units`` are in visual order; the copy is the same text at almost the same
    place, closer than any two letters of a word can stand.
    """
    out: list[Unit] = []
    last: Unit | None = None  # the last unit kept
    for unit in units:
        if (
            last is not None
            and unit.text == last.text
            and not _is_space(unit.text)
            and abs(unit.x0 - last.x0) < _OVERSTRIKE * unit.size
            and abs(unit.y - last.y) < _OVERSTRIKE * unit.size
        ):
            last.x1 = max(last.x1, unit.x1)
            continue
        out.append(unit)
        last = unit
    return out


def _split_blocks(units: list[Unit]) -> list[list[Unit]]:
    """Split a baseline where a gap wider than a few ems separates two blocks.

    A space drawn after the gap starts the new block too: Word draws one at the
    start of a table cell (the session block of a 2025 letter), and measured
    from it the cell's first letter is close. Not an invisible OCR layer's
    space: it stands wherever the engine put it, often over a word it lost.
    Spaces at a block's edges are dropped, so that they do not widen it. In an
    OCR layer the gap must be wider: justified typewriting spaces its words out.
    """
    blocks: list[list[Unit]] = [[units[0]]]
    right = units[0].x1
    block = blocks[0]
    for unit in units[1:]:
        gap = _OCR_COLUMN_GAP if unit.invisible else _COLUMN_GAP
        if unit.x0 - right > gap * unit.size and not (unit.invisible and _is_space(unit.text)):
            block = []
            blocks.append(block)
        block.append(unit)
        if unit.x1 > right:
            right = unit.x1
    return [trimmed for block in blocks if (trimmed := _trim_spaces(block))]


def _trim_spaces(block: list[Unit]) -> list[Unit]:
    start, end = 0, len(block)
    while start < end and _is_space(block[start].text):
        start += 1
    while end > start and _is_space(block[end - 1].text):
        end -= 1
    return block[start:end]


def _with_spaces(units: list[Unit]) -> list[str]:
    """The units' texts, with one space for each word gap and no runs of spaces."""
    return _spaced(units, frozenset())[0]


def _spaced(units: list[Unit], raised: frozenset[int]) -> tuple[list[str], list[bool]]:
    """``_with_spaces``, and whether each text is a raised mark (its ``id`` in ``raised``)."""
    texts: list[str] = []
    at: list[int] = []  # where the raised marks are in ``texts``
    is_space, folded = _is_space, _folded  # locals: this runs once per glyph
    right = None  # where the previous unit ended, unless it was a space
    for unit in units:
        text = unit.text
        if is_space(text):
            if texts and texts[-1] != " ":
                texts.append(" ")
            right = None
            continue
        # ``texts`` is not empty when ``right`` is set. An OCR word written
        # with its space ("In ") has its gap already.
        if (
            right is not None
            and unit.x0 - right > _WORD_GAP * unit.size
            and not (texts[-1][-1:].isspace() or text[:1].isspace())
        ):
            texts.append(" ")
        if raised and id(unit) in raised:
            at.append(len(texts))
        texts.append(folded(text))
        right = unit.x1
    flags = [False] * len(texts)
    for i in at:
        flags[i] = True
    return texts, flags


def _centre(unit: Unit) -> float:
    return (unit.x0 + unit.x1) / 2  # Glyph.centre without the property lookup


def _placed_blocks(page: PageGlyphs) -> list[tuple[int, int, list[Unit]]]:
    """The page's blocks with their place: (segment, column, units), top to bottom.

    On a page of two columns (``pdf_columns``) each row is cut at the gutter;
    a row across it starts a new segment, so that the columns above it are
    read before it.
    """
    rows = group_lines(units_of(page))
    gutter = pdf_columns.gutter(rows, page.width)
    placed: list[tuple[int, int, list[Unit]]] = []
    segment = 0
    for row in rows:
        parts = [row] if gutter is None else pdf_columns.cut(row, gutter)
        across = gutter is not None and len(parts) == 1 and _spans(row, gutter[0])
        segment += across  # a row across the gutter is a segment of its own
        for part in parts:
            column = int(gutter is not None and not across and _centre(part[0]) >= gutter[0])
            glued = sorted(_glue_marks(part, _rtl_hint(part), page.content_order), key=_centre)
            placed.extend((segment, column, block) for block in _split_blocks(_overstruck(glued)))
        segment += across
    return placed


def _rtl_hint(part: Sequence[Unit]) -> Callable[[], bool]:
    """Is a third of the row's units right-to-left? Asked later, and only if needed."""
    return lambda: [pdf_bidi.unit_type(u.text) for u in part].count("R") > len(part) / 3


def _spans(row: Sequence[Unit], at: float) -> bool:
    """Has the row ink on both sides of ``at``?"""
    ink = [u for u in row if not _is_space(u.text)]
    return any(u.x0 < at for u in ink) and any(u.x1 > at for u in ink)


def build_lines(page: PageGlyphs) -> list[TextLine]:
    """The lines of one page in reading order, each in logical order.

    Top to bottom; on a page of two columns, the first column, then the second
    (right before left on a right-to-left page).
    """
    placed = _placed_blocks(page)
    blocks = [block for _segment, _column, block in placed]
    lifted = [raised_marks(block) for block in blocks]
    spaced = [_spaced(block, ids) for block, ids in zip(blocks, lifted, strict=True)]
    texts = [text for text, _flags in spaced]
    raised = {id(text): (flags, ids) for (text, flags), ids in zip(spaced, lifted, strict=True)}
    page_rtl = _mostly_rtl(texts)
    if any(column for _segment, column, _block in placed):
        order = sorted(range(len(placed)), key=lambda i: (placed[i][0], placed[i][1] ^ page_rtl))
        blocks, texts = [blocks[i] for i in order], [texts[i] for i in order]
        columns = [placed[i][1] for i in order]
    else:
        columns = [0] * len(blocks)
    out: list[TextLine] = []
    for block, text, column in zip(blocks, texts, columns, strict=True):
        if not "".join(text).strip():
            continue
        order, levels, rtl = pdf_bidi.to_logical(text, page_rtl)
        units = [text[i] for i in order]
        flags, lifted_ids = raised[id(text)]
        if page.mirrored:  # undo the reader's mirroring; the document's vote decides later
            units = [
                pdf_bidi.READER_MIRROR.get(u, u) if lv % 2 else u
                for u, lv in zip(units, levels, strict=True)
            ]
        out.append(
            TextLine(
                page=page.number,
                # The line's baseline is its text's, not that of a raised mark.
                y=_baseline(block, lifted_ids),
                x0=min([u.x0 for u in block]),
                x1=max([u.x1 for u in block]),
                size=max([u.size for u in block]),
                units=units,
                levels=levels,
                rtl=rtl,
                column=column,
                marks=_mark_offsets(units, flags, order),
            )
        )
    return out


def _baseline(block: Sequence[Unit], lifted_ids: frozenset[int]) -> float:
    """The highest baseline of the units that are not raised marks (most lines have none)."""
    if not lifted_ids:
        return max([u.y for u in block])
    return max([u.y for u in block if id(u) not in lifted_ids])


def _mostly_rtl(texts: Sequence[Sequence[str]]) -> bool:
    kinds = [pdf_bidi.unit_type(unit) for text in texts for unit in text]
    return kinds.count("R") > kinds.count("L")


_MARK_TEXT = frozenset("*0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
_RAISED_SIZE = 0.85  # of the line's size: a note mark is set smaller ...
_RAISED_RISE = 0.15  # ... and this much above the baseline of the line's full-size glyphs


def raised_marks(block: Sequence[Unit]) -> frozenset[int]:
    """The ``id`` of each unit that is a superscript note mark: a digit or ``*``, small and raised.

    A footnote reference is printed after its word a few points up, at about
    two thirds of the text's size; the line's baseline is that of its
    full-size glyphs.
    """
    size = max((u.size for u in block), default=0.0)
    small = [u for u in block if u.size <= _RAISED_SIZE * size and u.text in _MARK_TEXT]
    if not small:
        return frozenset()
    full = [u.y for u in block if u.size > _RAISED_SIZE * size and not _is_space(u.text)]
    if not full:
        return frozenset()
    base = min(full)
    return frozenset(id(u) for u in small if u.y - base >= _RAISED_RISE * size)


def _mark_offsets(
    units: list[str], flags: list[bool], order: Sequence[int]
) -> tuple[tuple[int, str], ...]:
    """Where each raised mark stands in the line's ``text()`` (``units`` in logical order).

    The marks stay in the text here: only a mark that some note at the foot
    of a page starts with is taken out (``pdf_notes.take_out``); a raised digit
    that cites nothing (km2) is text.
    """
    if True not in flags:  # most lines: no raised mark (``flags`` in visual order)
        return ()
    logical = [flags[i] for i in order]
    joined = "".join(units)
    lead, width = len(joined) - len(joined.lstrip()), len(joined.strip())
    marks: list[tuple[int, str]] = []
    at, after_mark = 0, False
    for unit, mark in zip(units, logical, strict=True):
        if mark and after_mark:  # "12": one mark of two glyphs
            marks[-1] = (marks[-1][0], marks[-1][1] + unit)
        elif mark:
            marks.append((min(max(0, at - lead), width), unit))
        at, after_mark = at + len(unit), mark
    return tuple(marks)
