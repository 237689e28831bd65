"""From positioned glyphs to lines of text in logical order.

Glyphs are grouped into lines by baseline, split where a wide gap separates two
blocks on one baseline (a masthead's left and right columns), turned into
*units* that must stay whole (a ligature's characters, an ``/ActualText``
span, a word of an invisible OCR layer), with combining marks glued to their
letter and a space put where a gap between glyphs is a word gap. The units of
a line are then put in logical order by ``pdf_bidi``. Presentation forms are
folded to letters here, one character at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from unarchive.parsers import pdf_bidi
from unarchive.parsers.pdf_glyphs import Glyph, PageGlyphs
from unarchive.text.unicode import category, normalize

_SAME_LINE = 0.45  # of the font size: baselines closer than this are one line
_WORD_GAP = 0.18  # of the font size: a wider gap between glyphs is a space
_COLUMN_GAP = 3.0  # of the font size: a wider gap starts another block
_OVERSTRIKE = 0.1  # of the font size: the same glyph drawn again this close is one glyph
_PRESENTATION = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFC]")
_ARABIC = regex.compile(r"\p{Arabic}")
_LOST = "\ufffd"  # REPLACEMENT CHARACTER


# A unit is something drawn that stays whole when reordered: a glyph, or the
# glyphs of an /ActualText span or of an OCR word merged into one.
Unit = Glyph


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


def fold_presentation_forms(text: str) -> str:
    """Presentation Forms-A/B to letters, character by character (never NFKC on the whole text)."""
    if not _PRESENTATION.search(text):
        return text
    return _PRESENTATION.sub(_fold_one, text)


def _fold_one(match: regex.Match[str]) -> str:
    folded: str = normalize("NFKC", match.group())
    if len(folded) == 2 and folded[0] in " \u0640" and category(folded[1]) == "Mn":
        return folded[1]  # isolated/medial harakat forms: the mark, not space + mark
    return folded


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


def units_of(page: PageGlyphs) -> list[Unit]:
    """The page's units: visible glyphs, or, on a page with nothing visible, its invisible layer."""
    visible = [g for g in page.glyphs if not g.invisible]
    if any(not g.text.isspace() for g in visible):
        return _glyph_units(visible, page.actual_text)
    hidden = [g for g in page.glyphs if g.invisible]
    if hidden and _operations_are_logical(hidden):
        return _operation_units(hidden)
    return _glyph_units(hidden, page.actual_text)


def _glyph_units(glyphs: Sequence[Glyph], actual: dict[int, str]) -> list[Unit]:
    """One unit per glyph; the glyphs of an ``/ActualText`` span make one unit with its text.

    An ``/ActualText`` with U+FFFD in it says that its writer did not know the
    text: where every glyph of the span has its own text, that text stands.
    (InDesign spans the kashida glyphs it draws to justify Arabic, which map
    to U+0640, with U+FFFD, and a lam-alef with its kashidas with a jumble
    of U+FFFD and letters.)
    """
    actual = _trusted(glyphs, actual) if actual else actual
    if not actual:
        return _absorb_empty(glyphs)
    units: list[Unit] = []
    seen: set[int] = set()
    current: Unit | None = None  # the unit of the span being read
    for glyph in glyphs:
        span = glyph.span if glyph.span in actual else -1
        if span < 0:
            current = None
            _add(units, glyph)
        elif current is not None and current.span == span:
            current.x0, current.x1 = min(current.x0, glyph.x0), max(current.x1, glyph.x1)
        else:
            # A span cut in two (by a line break) keeps its text on its first part.
            text = "" if span in seen else actual.get(span, "")
            seen.add(span)
            current = Glyph(
                text,
                glyph.x0,
                glyph.x1,
                glyph.y,
                glyph.size,
                glyph.op,
                span,
                glyph.invisible,
                glyph.seq,
            )
            units.append(current)
    return [u for u in units if u.text]


def _trusted(glyphs: Sequence[Glyph], actual: dict[int, str]) -> dict[int, str]:
    """The ``/ActualText`` spans to apply: not those with U+FFFD over glyphs that have text."""
    doubtful = {span for span, text in actual.items() if _LOST in text}
    if not doubtful:
        return actual
    readable = dict.fromkeys(doubtful, True)
    for glyph in glyphs:
        if glyph.span in readable and (not glyph.text or _LOST in glyph.text):
            readable[glyph.span] = False
    return {span: text for span, text in actual.items() if not readable.get(span, False)}


def _absorb_empty(glyphs: Sequence[Glyph]) -> list[Unit]:
    """Glyphs without text (pieces of a cluster) widen the glyph drawn before them.

    Dropped outright they would leave a hole that reads as a word gap.
    """
    units: list[Unit] = []
    for glyph in glyphs:
        _add(units, glyph)
    return units


def _add(units: list[Unit], glyph: Glyph) -> None:
    """A glyph with text is a unit; one without widens the unit before it, on its line."""
    if glyph.text:
        units.append(glyph)
    elif units and abs(units[-1].y - glyph.y) < 0.2 * glyph.size and glyph.x1 > glyph.x0:
        last = units[-1]
        last.x0, last.x1 = min(last.x0, glyph.x0), max(last.x1, glyph.x1)


def _operation_units(glyphs: Sequence[Glyph]) -> list[Unit]:
    """An OCR layer's words: one unit per text-showing operation, its text as written."""
    units: dict[int, Unit] = {}
    for g in glyphs:
        unit = units.get(g.op)
        if unit is None:
            units[g.op] = Glyph(g.text, g.x0, g.x1, g.y, g.size, g.op, -1, True, g.seq)
        else:
            unit.text += g.text
            unit.x0, unit.x1 = min(unit.x0, g.x0), max(unit.x1, g.x1)
    return [u for u in units.values() if u.text.strip()]


def _operations_are_logical(glyphs: Sequence[Glyph]) -> bool:
    """Does the invisible layer write each word in logical order (x rising with the text)?

    OCR engines usually write one word per operation in logical order, so an
    Arabic word's letters advance left to right. A vote over the Arabic words
    with the letter statistics of logical text: words start with «ال», and
    never with «ة» or «ى»; visual text ends with «لا» and starts with «ة»/«ى».
    """
    words: dict[int, str] = {}
    for g in glyphs:
        words[g.op] = words.get(g.op, "") + g.text
    logical = visual = 0
    for word in words.values():
        word = fold_presentation_forms(word.strip())
        if len(word) < 3 or not _ARABIC.search(word):
            continue
        logical += word.startswith("ال") + word.endswith(("ة", "ى"))
        visual += word.endswith("لا") + word.startswith(("ة", "ى"))
    return logical >= visual


def group_lines(units: Iterable[Unit]) -> list[list[Unit]]:
    """Units grouped by baseline, top of the page first."""
    lines: list[list[Unit]] = []
    baselines: list[float] = []
    for unit in sorted(units, key=lambda u: -u.y):
        size = unit.size
        # max(size, 1.0) without the call: this runs once per glyph
        if lines and abs(baselines[-1] - unit.y) <= _SAME_LINE * (1.0 if size < 1.0 else size):
            lines[-1].append(unit)
        else:
            lines.append([unit])
            baselines.append(unit.y)
    return lines


def _glue_marks(units: list[Unit], rtl: bool, content_order: bool = True) -> list[Unit]:
    """Combining marks join their letter; the marks are left out of the returned units."""
    marks = [_is_mark(u.text) for u in units]
    if True not in marks:  # most rows: nothing to glue
        return units
    letters = [u for u, m in zip(units, marks, strict=True) if not m and not _is_space(u.text)]
    if not letters:
        return units
    by_seq = {u.seq: u for u in letters} if content_order else {}
    for mark in (u for u, m in zip(units, marks, strict=True) if m):
        _host(mark, letters, by_seq, rtl).text += mark.text
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
    for unit in units:
        last = out[-1] if out else None
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
    return out


def _split_blocks(units: list[Unit]) -> list[list[Unit]]:
    """Split a baseline where a gap wider than a few ems separates two blocks."""
    blocks: list[list[Unit]] = [[units[0]]]
    right = units[0].x1
    for unit in units[1:]:
        if unit.x0 - right > _COLUMN_GAP * unit.size and not _is_space(unit.text):
            blocks.append([])
        blocks[-1].append(unit)
        if unit.x1 > right:
            right = unit.x1
    return blocks


def _with_spaces(units: list[Unit]) -> list[str]:
    """The units' texts, with one space for each word gap and no runs of spaces."""
    texts: list[str] = []
    right = None  # where the previous unit ended, unless it was a space
    for unit in units:
        if _is_space(unit.text):
            if texts and texts[-1] != " ":
                texts.append(" ")
            right = None
            continue
        if right is not None and unit.x0 - right > _WORD_GAP * unit.size:
            texts.append(" ")
        texts.append(_folded(unit.text))
        right = unit.x1
    return texts


def _centre(unit: Unit) -> float:
    return (unit.x0 + unit.x1) / 2  # Glyph.centre without the property lookup


def build_lines(page: PageGlyphs) -> list[TextLine]:
    """The lines of one page, top to bottom, each in logical order."""
    blocks: list[list[Unit]] = []
    for row in group_lines(units_of(page)):
        rtl_hint = [pdf_bidi.unit_type(u.text) for u in row].count("R") > len(row) / 3
        glued = sorted(_glue_marks(row, rtl_hint, page.content_order), key=_centre)
        blocks.extend(_split_blocks(_overstruck(glued)))
    texts = [_with_spaces(block) for block in blocks]
    page_rtl = _mostly_rtl(texts)
    out: list[TextLine] = []
    for block, text in zip(blocks, texts, strict=True):
        if not "".join(text).strip():
            continue
        order, levels, rtl = pdf_bidi.to_logical(text, page_rtl)
        units = [text[i] for i in order]
        if page.mirrored:  # undo the reader's mirroring; the document's vote decides later
            units = [
                pdf_bidi.READER_MIRROR.get(u, u) if lv % 2 else u
                for u, lv in zip(units, levels, strict=True)
            ]
        out.append(
            TextLine(
                page=page.number,
                y=max([u.y for u in block]),
                x0=min([u.x0 for u in block]),
                x1=max([u.x1 for u in block]),
                size=max([u.size for u in block]),
                units=units,
                levels=levels,
                rtl=rtl,
            )
        )
    return out


def _mostly_rtl(texts: Sequence[Sequence[str]]) -> bool:
    kinds = [pdf_bidi.unit_type(unit) for text in texts for unit in text]
    return kinds.count("R") > kinds.count("L")
