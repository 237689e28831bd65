"""What a page's glyphs make into units: the pieces that stay whole in a line.

A unit is a glyph, or the glyphs of an ``/ActualText`` span or of an OCR word
merged into one. A page's visible glyphs are its units; a page with nothing
visible is read from its invisible OCR layer (word by word when the words were
written in logical order); a page with both reads the invisible words no
visible glyph covers. Presentation forms are folded to letters here too.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from unarchive.readers.pdf.glyphs import Glyph, PageGlyphs
from unarchive.text.unicode import category, normalize

_PRESENTATION = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFC]")
_ARABIC = regex.compile(r"\p{Arabic}")
_LOST = "\ufffd"  # REPLACEMENT CHARACTER

# A unit is something drawn that stays whole when reordered: a glyph, or the
# glyphs of an /ActualText span or of an OCR word merged into one.
Unit = Glyph


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


def units_of(page: PageGlyphs) -> list[Unit]:
    """The page's units: visible glyphs, or, on a page with nothing visible, its invisible layer.

    On a page with both, the invisible words that no visible glyph covers are
    read too: Acrobat Capture draws the words it is sure of as text and keeps
    the others as picture, with their text invisible over them.
    """
    visible = [g for g in page.glyphs if not g.invisible]
    if any(not g.text.isspace() for g in visible):
        if len(visible) < len(page.glyphs):
            return _glyph_units(_uncovered(page.glyphs, visible), page.actual_text)
        return _glyph_units(visible, page.actual_text)
    hidden = [g for g in page.glyphs if g.invisible]
    if hidden and _operations_are_logical(hidden):
        return _operation_units(hidden)
    return _glyph_units(hidden, page.actual_text)


def _uncovered(glyphs: Sequence[Glyph], visible: Sequence[Glyph]) -> list[Glyph]:
    """The visible glyphs and the invisible ones drawn where no visible glyph is, in order."""
    rows: dict[int, list[Glyph]] = {}
    for g in visible:
        if not g.text.isspace():
            rows.setdefault(round(g.y), []).append(g)

    def covered(g: Glyph) -> bool:
        middle = (g.x0 + g.x1) / 2
        near = [v for y in (round(g.y) - 1, round(g.y), round(g.y) + 1) for v in rows.get(y, ())]
        return any(v.x0 - 0.5 <= middle <= v.x1 + 0.5 for v in near)

    return [g for g in glyphs if not g.invisible or not (g.text.isspace() or covered(g))]


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
    append = units.append
    for glyph in glyphs:
        if glyph.text:  # ``_add``'s common case without the call: this runs once per glyph
            append(glyph)
        else:
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
