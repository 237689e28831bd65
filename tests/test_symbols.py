"""The UN symbol grammar on the valid and invalid examples of research/un-docs.md §2.2-2.3."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unarchive.grammar.symbols import (
    SYMBOL_LINE,
    SymbolError,
    is_symbol,
    parse_symbol,
    problem,
    split_joint,
)
from unarchive.pipeline import parse

VALID = [
    "S/2011/496",
    "S/2011/25",
    "S/2012/80",
    "S/2020/1110",
    "S/PV.6603",
    "S/PV.6178 (Resumption 1)",
    "S/PV.6201(Resumption1)",
    "S/PRST/2002/37",
    "S/Agenda/7229",
    "S/RES/1019",
    "S/23329",
    "S/8259",
    "S/4088",
    "A/67/982",
    "A/65/2",
    "A/47/60",
    "A/8580",
    "A/L.632",
    "A/RES/80/142",
    "A/RES/50/221",
    "A/C.2/80/L.35/Rev.1",
    "A/80/PV.64",
    "A/54/L.74/Add.1",
    "A/54/L.74/ADD.1",
    "A/CN.2/R.753/Add.4",
    "A/CN.4/452",
    "A/AC.109/2019/L.18",
    "A/CONF.192/PC/L.3",
    "A/INF/76/1",
    "A/80/604/Add.13",
    "A/62/17(PartI)",
    "A/520/Rev.20",
    "A/HRC/WG.6/34/ITA/3",
    "E/CN.7/2003/10",
    "E/2019/9/Add.11",
    "E/ESCWA/2017/EC.4/4",
    "E/ESCWA/2017/EC.4/4(PART III)",
    "E/ESCWA/2017/EC.4/INF.2",
    "E/ESCWA/EDID/2017/IG.2/5",
    "CAT/C/SR.209",
    "CCW/GGE/2007/WP.7",
    "TD/B/WP(XXXV)/MISC.1/REV.1",
    "PCNICC/2000/WGRPE(7)/DP.1",
    "UNCTAD/ITCD/TSB/MISC.72",
    "ST/IC/2014/1*",
    "A/81/6 (Sect. 10)",
    "S/RES/2000 (2011)",
    "A/RES/1625(XVI)",
    "TD/B/C.1/IRON ORE/1",
    "A/47/60-S/23329",
]

INVALID = {
    "S/2011/": "empty component",
    "S//2011/496": "empty component",
    "S/2011/496/": "empty component",
    "S/PV6603": "lacks the '.'",
    "A/RES66/2": "lacks the '.'",
    "A/66/L.12/Add1": "needs a '.' and a number",
    "A/66/L.12/Add.": "needs a '.' and a number",
    "A/66/L.12/Rev.0": "numbered from 1",
    "S/2011/0496": "leading zero",
    "S 2011 496": "not separated by '/'",
    "S-2011-496": "not separated by '/'",
    "S_2011_496": "not separated by '/'",
    "s/2011/496": "capitals",
    "S/٢٠١١/٤٩٦": "Arabic-Indic digits",
    "\u202aS/2011/496\u202c": "bidi control",
    "S/2011/496 (A)": "language letter",
    "S": "no '/'",
    "S/Add.1/2011": "modifiers come last",
}


@pytest.mark.parametrize("symbol", VALID)
def test_valid_symbols_parse(symbol: str) -> None:
    assert problem(symbol) is None
    assert is_symbol(symbol)


@pytest.mark.parametrize(("symbol", "reason"), INVALID.items())
def test_invalid_symbols_say_why(symbol: str, reason: str) -> None:
    why = problem(symbol)
    assert why is not None
    assert reason in why


def test_components_are_named() -> None:
    parsed = parse_symbol("A/C.2/80/L.35/Rev.1")
    assert parsed.root == "A"
    assert parsed.elements == ("C.2", "80", "L.35")
    assert parsed.modifiers == ("Rev.1",)
    assert parse_symbol("S/PV.6178 (Resumption 1)").extra == "(Resumption 1)"
    assert parse_symbol("ST/IC/2014/1*").reissued
    with pytest.raises(SymbolError):
        parse_symbol("S//1")


def test_joint_symbols_split() -> None:
    assert split_joint("A/47/60-S/23329") == ["A/47/60", "S/23329"]
    assert split_joint("S/2011/496") == ["S/2011/496"]
    # As printed on real mastheads: en dash, em dash, spaces around the dash.
    assert split_joint("A/67/824\u2013S/2013/211") == ["A/67/824", "S/2013/211"]
    assert split_joint("A/67/824 \u2014 S/2013/211") == ["A/67/824", "S/2013/211"]
    assert split_joint("A/C.3/78/L.60/Rev.1") == ["A/C.3/78/L.60/Rev.1"]


def test_a_masthead_with_an_en_dash_joint_symbol_gives_both() -> None:
    text = (
        "United Nations\n\nA/66/901\u2013S/2012/455\n\nGeneral Assembly\nSecurity Council\n"
        "Distr.: General\n20 June 2012\nOriginal: English\n\n"
        "Letter dated 18 June 2012 from the Permanent Representative of Ruritania to the"
        " United Nations addressed to the Secretary-General\n\n"
        "I have the honour to inform you of the harvest.\n\n"
        "(Signed) A. B. Citizen\nPermanent Representative\n"
    )
    meta = parse(text.encode("utf-8")).letter.metadata
    assert (meta.symbol, meta.additional_symbols) == ("A/66/901", ("S/2012/455",))


def test_symbol_line_finds_a_lone_symbol() -> None:
    match = SYMBOL_LINE.match("   S/2012/80  ")
    assert match is not None and match.group("symbol") == "S/2012/80"
    assert SYMBOL_LINE.match("رسالة S/2012/80") is None


@given(st.text(max_size=40))
def test_problem_never_raises(text: str) -> None:
    assert problem(text) is None or isinstance(problem(text), str)


@given(
    st.sampled_from(["S", "A", "E"]),
    st.integers(1946, 2025),
    st.integers(1, 99999),
)
def test_generated_symbols_are_valid(root: str, year: int, serial: int) -> None:
    assert is_symbol(f"{root}/{year}/{serial}")
    assert not is_symbol(f"{root}/{year}/0{serial}")
