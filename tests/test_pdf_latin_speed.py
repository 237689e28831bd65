"""The shortcuts that make Latin-script pages fast give what the full algorithms give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unarchive.parsers import pdf_bidi

# Letters, digits, separators, terminators, spaces and other neutrals; no right-to-left letter.
_LTR_UNITS = st.lists(
    st.sampled_from(
        [
            "a",
            "B",
            "é",
            "fi",
            "1",
            "٣",
            "12",
            ",",
            ".",
            "-",
            "+",
            "%",
            "$",
            " ",
            "(",
            ")",
            "«",
            "/",
            ":",
            "\u00a0",
            "",
            "x1",
        ]
    ),
    max_size=30,
)


@given(_LTR_UNITS, st.booleans())
def test_left_to_right_line_is_identity(units: list[str], default_rtl: bool) -> None:
    types = [pdf_bidi.unit_type(u) for u in units]
    has_letter = "L" in types
    order, levels, rtl = pdf_bidi.to_logical(units, default_rtl)
    if not has_letter and default_rtl:
        assert rtl  # a line of digits and punctuation in right-to-left text: the full path
        return
    # What the full resolution gives for the same line.
    full = pdf_bidi.resolve_levels(types, False)
    assert (order, levels, rtl) == (pdf_bidi.reorder(range(len(units)), full), full, False)
    assert order == list(range(len(units))) and set(levels) <= {0}


def test_right_to_left_letter_still_reorders() -> None:
    order, levels, rtl = pdf_bidi.to_logical(["A", "b", " ", "ب", "ا"], False)
    assert order == [0, 1, 2, 4, 3] and levels == [0, 0, 0, 1, 1] and not rtl
