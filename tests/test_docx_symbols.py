"""Joint symbols: one splitter (``symbols.split_joint``) for the grammar and the Word masthead."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unarchive
from samples.docx.wordml import Doc, Para, build
from unarchive.grammar.symbols import is_single, split_joint
from unarchive.readers.docx.masthead import read_masthead, split_symbols

SINGLE = [
    "S/2011/496",
    "S/2011/496/Add.1",
    "A/C.3/78/L.60/Rev.1",
    "A/47/60",
    "S/23329",
    "S/PV.6178 (Resumption 1)",
    "TD/B/C.1/IRON ORE/1",
    "E/ESCWA/2017/EC.4/4",
    "A/HRC/WG.6/34/ITA/3",
    "ST/IC/2014/1*",
    "A/RES/1625(XVI)",
    "S/RES/2000 (2011)",
]
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]


@pytest.mark.parametrize(
    "text",
    ["A/47/60–S/23329", "A/47/60-S/23329", "A/47/60 — S/23329", "A/47/60 S/23329"],
)
def test_the_four_ways_of_joining_two_symbols(text: str) -> None:
    assert split_joint(text) == ["A/47/60", "S/23329"]
    assert split_symbols(text) == ["A/47/60", "S/23329"]


@pytest.mark.parametrize("symbol", [*SINGLE, "A/ES-10/123"])
def test_nothing_inside_a_symbol_is_split(symbol: str) -> None:
    assert split_joint(symbol) == [symbol]


def test_three_symbols_and_stacked_lines() -> None:
    assert split_joint("A/68/1-S/2013/2-E/2013/3") == ["A/68/1", "S/2013/2", "E/2013/3"]
    assert split_symbols("A/47/60\nS/23329") == ["A/47/60", "S/23329"]


def test_what_is_no_symbol_is_left_alone() -> None:
    assert split_joint("Distr.: General") == ["Distr.: General"]
    assert split_joint("Seventy-fourth session") == ["Seventy-fourth session"]
    assert split_symbols("Security Council") == []


def test_the_grammar_splits_with_the_same_function() -> None:
    text = "A/47/60 — S/23329\nLetter dated 5 August 2011 from X addressed to Y\n"
    meta = unarchive.parse(text.encode(), format="text").letter.metadata
    assert (meta.symbol, meta.additional_symbols) == ("A/47/60", ("S/23329",))


_ROOT = st.sampled_from(["A", "S", "E", "ST", "CRC", "A/C.3", "A/HRC", "E/ESCWA"])
_MODIFIER = st.sampled_from(["", "/Add.1", "/Rev.2", "/Corr.1", "/Add.13"])
_GENERATED = st.builds(
    lambda root, year, serial, modifier: f"{root}/{year}/{serial}{modifier}",
    _ROOT,
    st.integers(1946, 2030),
    st.integers(1, 99999),
    _MODIFIER,
)
SYMBOLS = st.one_of(st.sampled_from(SINGLE), _GENERATED)
SPACES = st.sampled_from(["", " ", "  ", "\u00a0"])


@given(SYMBOLS, SYMBOLS, st.sampled_from(DASHES), SPACES, SPACES)
def test_two_symbols_joined_by_any_dash_split_back(
    first: str, second: str, dash: str, before: str, after: str
) -> None:
    assert is_single(first) and is_single(second)
    assert split_joint(f"{first}{before}{dash}{after}{second}") == [first, second]


@given(_GENERATED, _GENERATED)
def test_two_symbols_joined_by_a_space_split_back(first: str, second: str) -> None:
    assert split_joint(f"{first} {second}") == [first, second]


def test_every_sss_variable_is_read_in_order() -> None:
    variables = {"sss10": "A/1/10", "sss2": "S/2011/2", "sss1": "A/66/1", "sss3": "E/2011/3"}
    masthead = read_masthead([], [], [], variables)
    assert masthead.symbol == "A/66/1"
    assert masthead.additional_symbols == ("S/2011/2", "E/2011/3", "A/1/10")


def test_a_joint_document_keeps_its_second_symbol_in_sss2() -> None:
    doc = Doc(
        body=[Para("Letter dated 5 August 2011 from X addressed to the Secretary-General")],
        header_first=[Para("United Nations"), Para("A/66/300")],
        doc_vars={"sss1": "A/66/300", "sss2": "S/2011/496", "FooterJN": "11-44797"},
    )
    meta = unarchive.parse(build(doc)).letter.metadata
    assert (meta.symbol, meta.additional_symbols) == ("A/66/300", ("S/2011/496",))
    assert meta.job_number == "11-44797"


@settings(max_examples=30, deadline=None)
@given(_GENERATED, _GENERATED, st.sampled_from(DASHES), SPACES, SPACES, st.booleans())
def test_a_joint_symbol_on_a_masthead_line_gives_both(
    first: str, second: str, dash: str, before: str, after: str, word: bool
) -> None:
    """The same through the letter grammar (text) and the Word masthead (a header line)."""
    if first == second:
        return
    joined = f"{first}{before}{dash}{after}{second}"
    title = "Letter dated 5 August 2011 from X addressed to the Secretary-General"
    if word:
        doc = Doc(body=[Para(title)], header_first=[Para("United Nations"), Para(joined)])
        meta = unarchive.parse(build(doc)).letter.metadata
    else:
        text = f"United Nations\n{joined}\nSecurity Council\n\n{title}\n"
        meta = unarchive.parse(text.encode(), format="text").letter.metadata
    assert (meta.symbol, meta.additional_symbols) == (first, (second,))
