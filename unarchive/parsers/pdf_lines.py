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

import regex

from unarchive.parsers import pdf_bidi
from unarchive.parsers.pdf_glyphs import Glyph, PageGlyphs
from unarchive.text.unicode import category, normalize

_SAME_LINE = 0.45  # of the font size: baselines closer than this are one line
_WORD_GAP = 0.18  # of the font size: a wider gap between glyphs is a space
_COLUMN_GAP = 3.0  # of the font size: a wider gap starts another block
_PRESENTATION = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFC]")


@dataclass
class Unit:
    """Something drawn that stays whole when reordered."""

    text: str
    x0: float
    x1: float
    y: float
    size: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


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

    def text(self, mirror: bool = False) -> str:
        if not mirror:
            return "".join(self.units).strip()
        return "".join(
            pdf_bidi.mirror(u) if lv % 2 else u for u, lv in zip(self.units, self.levels, strict=True)
        ).strip()


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


def _is_mark(text: str) -> bool:
    return bool(text) and all(category(ch) in ("Mn", "Me") for ch in text)


def units_of(page: PageGlyphs) -> list[Unit]:
    """The page's units: visible glyphs, or, on a page with nothing visible, its invisible layer."""
    visible = [g for g in page.glyphs if not g.invisible]
    if visible:
        return _glyph_units(visible, page.actual_text)
    hidden = [g for g in page.glyphs if g.invisible]
    if hidden and _operations_are_logical(hidden):
        return _operation_units(hidden)
    return _glyph_units(hidden, page.actual_text)


def _glyph_units(glyphs: Sequence[Glyph], actual: dict[int, str]) -> list[Unit]:
    """One unit per glyph; the glyphs of an ``/ActualText`` span make one unit with its text."""
    units: list[Unit] = []
    seen: set[int] = set()
    last_span = -1
    for glyph in glyphs:
        if glyph.span >= 0 and glyph.span == last_span:
            unit = units[-1]
            unit.x0, unit.x1 = min(unit.x0, glyph.x0), max(unit.x1, glyph.x1)
            continue
        text = glyph.text
        if glyph.span >= 0:
            # A span cut in two by a line break keeps its text on its first part.
            text = "" if glyph.span in seen else actual.get(glyph.span, "")
            seen.add(glyph.span)
        last_span = glyph.span
        units.append(Unit(text, glyph.x0, glyph.x1, glyph.y, glyph.size))
    return [u for u in units if u.text]


def _operation_units(glyphs: Sequence[Glyph]) -> list[Unit]:
    """An OCR layer's words: one unit per text-showing operation, its text as written."""
    units: dict[int, Unit] = {}
    for g in glyphs:
        unit = units.get(g.op)
        if unit is None:
            units[g.op] = Unit(g.text, g.x0, g.x1, g.y, g.size)
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
        if len(word) < 3 or not regex.search(r"\p{Arabic}", word):
            continue
        logical += word.startswith("ال") + word.endswith(("ة", "ى"))
        visual += word.endswith("لا") + word.startswith(("ة", "ى"))
    return logical >= visual


def group_lines(units: Iterable[Unit]) -> list[list[Unit]]:
    """Units grouped by baseline, top of the page first."""
    lines: list[list[Unit]] = []
    baselines: list[float] = []
    for unit in sorted(units, key=lambda u: -u.y):
        if lines and abs(baselines[-1] - unit.y) <= _SAME_LINE * max(unit.size, 1.0):
            lines[-1].append(unit)
        else:
            lines.append([unit])
            baselines.append(unit.y)
    return lines


def _glue_marks(units: list[Unit], rtl_hint: bool) -> list[Unit]:
    """Combining marks join the letter they sit on, or the nearest one on the reading side."""
    bases = [u for u in units if not _is_mark(u.text)]
    if not bases:
        return units
    for mark in (u for u in units if _is_mark(u.text)):
        centre = mark.centre
        inside = [b for b in bases if b.x0 - 0.01 <= centre <= b.x1 + 0.01 and not b.text.isspace()]
        if inside:
            host = inside[0]
        else:
            side = [b for b in bases if not b.text.isspace() and (b.x0 >= centre if rtl_hint else b.x1 <= centre)]
            pool = side or [b for b in bases if not b.text.isspace()] or bases
            host = min(pool, key=lambda b: abs(b.centre - centre))
        host.text += mark.text
    return bases


def _split_blocks(units: list[Unit]) -> list[list[Unit]]:
    """Split a baseline where a gap wider than a few ems separates two blocks."""
    blocks: list[list[Unit]] = [[units[0]]]
    right = units[0].x1
    for unit in units[1:]:
        if unit.x0 - right > _COLUMN_GAP * max(unit.size, 1.0) and not unit.text.isspace():
            blocks.append([])
        blocks[-1].append(unit)
        right = max(right, unit.x1)
    return blocks


def _with_spaces(units: list[Unit]) -> list[str]:
    """The units' texts, with one space for each word gap and no runs of spaces."""
    texts: list[str] = []
    previous: Unit | None = None
    for unit in units:
        space = unit.text.isspace()
        if previous is not None and not space and not previous.text.isspace():
            if unit.x0 - previous.x1 > _WORD_GAP * max(unit.size, previous.size):
                texts.append(" ")
        if space:
            if texts and texts[-1] == " ":
                previous = unit
                continue
            texts.append(" ")
        else:
            texts.append(fold_presentation_forms(unit.text))
        previous = unit
    return texts


def build_lines(page: PageGlyphs) -> list[TextLine]:
    """The lines of one page, top to bottom, each in logical order."""
    out: list[TextLine] = []
    for row in group_lines(units_of(page)):
        rtl_hint = sum(1 for u in row if pdf_bidi.unit_type(u.text) == "R") > len(row) / 3
        glued = sorted(_glue_marks(row, rtl_hint), key=lambda u: u.centre)
        for block in _split_blocks(glued):
            texts = _with_spaces(block)
            if not "".join(texts).strip():
                continue
            order, levels, rtl = pdf_bidi.to_logical(texts)
            out.append(
                TextLine(
                    page=page.number,
                    y=max(u.y for u in block),
                    x0=min(u.x0 for u in block),
                    x1=max(u.x1 for u in block),
                    size=max(u.size for u in block),
                    units=[texts[i] for i in order],
                    levels=levels,
                    rtl=rtl,
                )
            )
    return out
