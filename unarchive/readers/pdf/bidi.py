"""The inverse of the Unicode bidi algorithm for one line of glyph units (UAX #9, levels 0-2).

A PDF draws glyphs in visual order; text is stored in logical order. For the
embedding levels that plain documents use (a right-to-left paragraph with
left-to-right words and numbers inside, or the reverse), the reordering of rule
L2 with the same levels is its own inverse, and the levels of a visual line can
be resolved from its neighbours because reordering keeps neighbours. So: type
each unit, resolve weak and neutral types (W4, W5, W7, N1, N2) on the visual
sequence, give levels (I1, I2), and apply L2. A *unit* is whatever must stay
whole: a glyph's text, a lam-alef ligature, an ``/ActualText`` span, a word of
an OCR layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from unarchive.text.unicode import bidirectional

T = TypeVar("T")

STRONG_R = frozenset({"R", "AL"})
NUMBER = "N"
NEUTRAL = frozenset({"CS", "ES", "ET", "WS", "ON"})

# Bidi_Mirroring_Glyph pairs for the brackets and quotes that occur in letters.
MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
OPENERS = frozenset("([{<«‹")
# PDFium mirrors these in right-to-left runs, quotation marks too (not Bidi_Mirrored).
READER_MIRROR = {**MIRROR, "“": "”", "”": "“", "‘": "’", "’": "‘"}


@lru_cache(maxsize=4096)
def unit_type(text: str) -> str:
    """R, L, N (a number: European or Arabic-Indic digits), or a neutral class."""
    kinds = {bidirectional(ch) for ch in text}
    if kinds & STRONG_R:
        return "R"
    if "L" in kinds:
        return "L"
    if kinds & {"EN", "AN"}:
        return NUMBER
    if kinds <= {"WS", "S", "B"}:
        return "WS"
    only = next(iter(kinds)) if len(kinds) == 1 else "ON"
    return str(only) if only in ("CS", "ES", "ET") else "ON"


def is_rtl(types: Sequence[str], weights: Sequence[int]) -> bool:
    """A line is right-to-left when most of its letters are."""
    right = sum(w for t, w in zip(types, weights, strict=True) if t == "R")
    left = sum(w for t, w in zip(types, weights, strict=True) if t == "L")
    return right > left


def _number_context(types: list[str], rtl: bool) -> None:
    """W4, W5, W7 on a visual sequence: numbers inside a left-to-right island become L."""
    count = len(types)
    if NUMBER not in types:  # nothing below changes a line without numbers but W5
        _attach_terminators(types)
        return
    for i in range(1, count - 1):  # W4: one separator inside a number
        if types[i - 1] != NUMBER or types[i + 1] != NUMBER:
            continue
        if types[i] == "CS" or (types[i] == "ES" and _european(types, i, rtl)):
            types[i] = NUMBER
    for i, kind in enumerate(types):
        if kind != NUMBER:
            continue
        if rtl:
            # Inside a left-to-right island visual order is logical order, so the
            # strong type before the number is the nearest one on its left.
            before = next((types[j] for j in range(i - 1, -1, -1) if types[j] in ("L", "R")), "R")
            if before == "L":
                types[i] = "L"
        else:
            left = next((types[j] for j in range(i - 1, -1, -1) if types[j] in ("L", "R")), "L")
            right = next((types[j] for j in range(i + 1, count) if types[j] in ("L", "R")), "L")
            if not (left == "R" and right == "R"):
                types[i] = "L"
    _attach_terminators(types)


def _european(types: list[str], i: int, rtl: bool) -> bool:
    """Are the digits around ``i`` European numbers (W2: not after an Arabic letter)?

    Only then does a plus or minus sign join them (``13-44512``). In a
    right-to-left line the letter before a number is the nearest one on its
    right, unless the number sits in a left-to-right island.
    """
    if not rtl:
        return True
    left = next((types[j] for j in range(i - 1, -1, -1) if types[j] in ("L", "R")), None)
    right = next((types[j] for j in range(i + 1, len(types)) if types[j] in ("L", "R")), None)
    return left == "L" or right is None


def _attach_terminators(types: list[str]) -> None:
    """W5 for numbers already made L (W7): adjacent ET (%, $) go with them."""
    if "ET" not in types:
        return
    for i, kind in enumerate(types):
        if kind != "ET":
            continue
        j = i
        while j < len(types) and types[j] == "ET":
            j += 1
        left = types[i - 1] if i else None
        right = types[j] if j < len(types) else None
        if "L" in (left, right) and (left in ("L", None) or right in ("L", None)):
            for k in range(i, j):
                types[k] = "L"


def resolve_levels(types: Sequence[str], rtl: bool) -> list[int]:
    """Embedding levels (0, 1 or 2) of a visual sequence of unit types."""
    resolved = list(types)
    _number_context(resolved, rtl)
    base = "R" if rtl else "L"
    count = len(resolved)
    # N1/N2: runs of neutrals take their neighbours' direction. Only the neutral
    # positions are visited; a run's neighbours are never neutral, so never rewritten.
    neutral = [i for i, kind in enumerate(resolved) if kind in NEUTRAL]
    k, total = 0, len(neutral)
    while k < total:
        i = j = neutral[k]
        while k < total and neutral[k] == j:
            j += 1
            k += 1
        left = _strong(resolved[i - 1]) if i else base
        right = _strong(resolved[j]) if j < count else base
        direction = left if left == right else base
        resolved[i:j] = [direction] * (j - i)
    if rtl:
        return [1 if kind == "R" else 2 for kind in resolved]
    return [1 if kind == "R" else 2 if kind == NUMBER else 0 for kind in resolved]


def _strong(kind: str) -> str:
    return "R" if kind in ("R", NUMBER) else "L"


def reorder(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """Rule L2: from the highest level down to the lowest odd one, reverse each run at or above it.

    With the same levels this is its own inverse, so it turns visual order
    into logical order as well as the other way round.
    """
    out = list(items)
    if len(out) != len(levels):
        raise ValueError("one level per item")
    if not out:
        return []
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    current = list(levels)  # levels move with their items
    count, lowest = len(out), min(levels)
    for level in range(highest, lowest_odd - 1, -1):
        if lowest >= level:
            out.reverse()  # the whole line is one run (a right-to-left line's last pass)
            current.reverse()
            continue
        i = 0
        while i < count:
            if current[i] < level:
                i += 1
                continue
            j = i
            while j < count and current[j] >= level:
                j += 1
            out[i:j] = out[i:j][::-1]
            current[i:j] = current[i:j][::-1]
            i = j
    return out


def to_logical(
    units: Sequence[str], default_rtl: bool = False
) -> tuple[list[int], list[int], bool]:
    """Visual units -> (visual indices in logical order, their levels, right-to-left?).

    A line without letters (a number alone, a year and a full stop) takes
    ``default_rtl``, the direction of the text around it.
    """
    types = [unit_type(unit) for unit in units]
    if "R" not in types and ("L" in types or not default_rtl):
        # A left-to-right line without a right-to-left letter (most lines of a
        # Latin-script page): its numbers become L (W7), its neutrals take L
        # (N1, N2), so every level is 0 and logical order is visual order.
        return list(range(len(units))), [0] * len(units), False
    if "R" in types or "L" in types:
        rtl = is_rtl(types, [len(unit) for unit in units])
    else:
        rtl = default_rtl
    levels = resolve_levels(types, rtl)
    order = reorder(range(len(units)), levels)
    return order, [levels[i] for i in order], rtl


def mirrored_votes(texts: Sequence[str], levels: Sequence[int]) -> int:
    """+1 if a line's right-to-left brackets read closer…opener (glyph shapes), -1 if opener…closer.

    Producers differ: some map a mirrored glyph to the character typed
    (fpdf2), others to the glyph's own shape (Word, LibreOffice). One vote per
    line, summed over the document, decides whether to mirror (see ``mirror``).
    """
    brackets = [t for t, lv in zip(texts, levels, strict=True) if lv % 2 and t in MIRROR]
    if len(brackets) < 2:
        return 0
    first, last = brackets[0] in OPENERS, brackets[-1] in OPENERS
    if not first and last:
        return 1
    if first and not last:
        return -1
    return 0


def mirror(text: str) -> str:
    return MIRROR.get(text, text)
