"""The faster forms of the PDF reader's steps give what the plain forms gave."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unarchive.readers.pdf import bidi as pdf_bidi

T = TypeVar("T")


def plain_reorder(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """Rule L2 as first written: every run of every level, item and level paired."""
    pairs = list(zip(items, levels, strict=True))
    if not pairs:
        return []
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(pairs):
            if pairs[i][1] < level:
                i += 1
                continue
            j = i
            while j < len(pairs) and pairs[j][1] >= level:
                j += 1
            pairs[i:j] = pairs[i:j][::-1]
            i = j
    return [item for item, _ in pairs]


@settings(max_examples=300)
@given(st.lists(st.integers(min_value=0, max_value=3), max_size=40))
def test_reorder_matches_the_plain_rule(levels: list[int]) -> None:
    items = list(range(len(levels)))
    assert pdf_bidi.reorder(items, levels) == plain_reorder(items, levels)


def test_reorder_wants_one_level_per_item() -> None:
    with pytest.raises(ValueError):
        pdf_bidi.reorder([1, 2], [0])


_TYPES = st.sampled_from(["R", "L", "N", "CS", "ES", "ET", "WS", "ON"])


def plain_number_context(types: list[str], rtl: bool) -> list[str]:
    """W4, W5, W7 without the shortcuts for lines lacking numbers or terminators."""
    out = list(types)
    count = len(out)
    for i in range(1, count - 1):
        if out[i - 1] != "N" or out[i + 1] != "N":
            continue
        if out[i] == "CS" or (out[i] == "ES" and pdf_bidi._european(out, i, rtl)):
            out[i] = "N"
    for i, kind in enumerate(out):
        if kind != "N":
            continue
        strong = ("L", "R")
        if rtl:
            before = next((out[j] for j in range(i - 1, -1, -1) if out[j] in strong), "R")
            if before == "L":
                out[i] = "L"
        else:
            left = next((out[j] for j in range(i - 1, -1, -1) if out[j] in strong), "L")
            right = next((out[j] for j in range(i + 1, count) if out[j] in strong), "L")
            if not (left == "R" and right == "R"):
                out[i] = "L"
    for i, kind in enumerate(out):
        if kind != "ET":
            continue
        j = i
        while j < len(out) and out[j] == "ET":
            j += 1
        left = out[i - 1] if i else None
        right = out[j] if j < len(out) else None
        if "L" in (left, right) and (left in ("L", None) or right in ("L", None)):
            for k in range(i, j):
                out[k] = "L"
    return out


@settings(max_examples=300)
@given(st.lists(_TYPES, max_size=30), st.booleans())
def test_number_context_matches_the_plain_rules(types: list[str], rtl: bool) -> None:
    fast = list(types)
    pdf_bidi._number_context(fast, rtl)
    assert fast == plain_number_context(types, rtl)


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["(", ")", "«", "»", "a", "ب", " ", "1", "[]"]), st.integers(0, 2)
        ),
        max_size=12,
    )
)
def test_a_compacted_line_keeps_both_texts(pairs: list[tuple[str, int]]) -> None:
    from unarchive.readers.pdf.lines import TextLine

    units, levels = [u for u, _ in pairs], [lv for _, lv in pairs]
    line = TextLine(1, 0.0, 0.0, 1.0, 10.0, units=list(units), levels=list(levels))
    plain, mirrored = line.text(False), line.text(True)
    line.compact()
    assert (line.text(False), line.text(True)) == (plain, mirrored)


def plain_resolve_levels(types: list[str], rtl: bool) -> list[int]:
    """N1/N2 walking every position, as first written."""
    resolved = plain_number_context(types, rtl)
    base = "R" if rtl else "L"
    count, i = len(resolved), 0
    while i < count:
        if resolved[i] not in pdf_bidi.NEUTRAL:
            i += 1
            continue
        j = i
        while j < count and resolved[j] in pdf_bidi.NEUTRAL:
            j += 1
        left = pdf_bidi._strong(resolved[i - 1]) if i else base
        right = pdf_bidi._strong(resolved[j]) if j < count else base
        resolved[i:j] = [left if left == right else base] * (j - i)
        i = j
    if rtl:
        return [1 if kind == "R" else 2 for kind in resolved]
    return [1 if kind == "R" else 2 if kind == "N" else 0 for kind in resolved]


@settings(max_examples=300)
@given(st.lists(_TYPES, max_size=30), st.booleans())
def test_levels_match_the_plain_rules(types: list[str], rtl: bool) -> None:
    assert pdf_bidi.resolve_levels(types, rtl) == plain_resolve_levels(types, rtl)
