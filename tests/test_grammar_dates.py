"""Arabic dates: both month-name systems, either alone, both digit systems, both orders."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unarchive.grammar.dates import find_dates, first_date, format_date
from unarchive.grammar.languages import get

AR = get("ar")
assert AR is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 آب/أغسطس 2011", dt.date(2011, 8, 5)),
        ("٥ آب/أغسطس ٢٠١١", dt.date(2011, 8, 5)),
        ("6 شباط/فبراير 2012", dt.date(2012, 2, 6)),
        ("3 أيلول/سبتمبر 2013", dt.date(2013, 9, 3)),
        ("12 كانون الأول/ديسمبر 1999", dt.date(1999, 12, 12)),
        ("1 كانون الثاني/يناير 2000", dt.date(2000, 1, 1)),
        ("30 تشرين الثاني 2004", dt.date(2004, 11, 30)),
        ("30 نوفمبر 2004", dt.date(2004, 11, 30)),
        ("15 يونيه 2010", dt.date(2010, 6, 15)),
        ("15 يونيو 2010", dt.date(2010, 6, 15)),
        ("9 اغسطس 2011", dt.date(2011, 8, 9)),
        ("5 آب/أغــسطس 2011", dt.date(2011, 8, 5)),  # justification tatweel
        ("٢٠١١أغــسطس / آب٥رسالة", dt.date(2011, 8, 5)),  # phrase-level visual order
        ("٢٠١١أغسطس  /آب ٢٦", dt.date(2011, 8, 26)),
        ("رسالة مؤرخة 2 أيار/مايو 2016 موجهة", dt.date(2016, 5, 2)),
    ],
)
def test_full_dates(text: str, expected: dt.date) -> None:
    hit = first_date(text, AR)
    assert hit is not None
    assert hit.value == expected
    assert text[hit.start : hit.end] == hit.text


def test_month_and_year_only() -> None:
    [hit] = find_dates("٢٠١١أغسطس /آب", AR)
    assert (hit.year, hit.month, hit.day) == (2011, 8, None)
    assert hit.value is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31 حزيران/يونيه 2011", "does not exist"),
        ("30 شباط/فبراير 2012", "does not exist"),
        ("5 آب/سبتمبر 2011", "different months"),
    ],
)
def test_impossible_dates_are_found_with_a_reason(text: str, problem: str) -> None:
    [hit] = find_dates(text, AR)
    assert hit.value is None
    assert hit.problem is not None and problem in hit.problem


def test_no_date_in_plain_text() -> None:
    assert find_dates("الآباء 2011 والأبناء", AR) == []
    assert first_date("في عام ١٩٦١ في إطار", AR) is None


def test_format_names_both_systems() -> None:
    assert format_date(dt.date(2011, 8, 5), AR) == "5 آب/أغسطس 2011"
    assert format_date(dt.date(2011, 12, 5), AR, arabic_indic=True) == "٥ كانون الأول/ديسمبر ٢٠١١"


@given(st.dates(dt.date(1945, 6, 26), dt.date(2099, 12, 31)), st.booleans())
def test_dates_round_trip(date: dt.date, indic: bool) -> None:
    text = f"رسالة مؤرخة {format_date(date, AR, arabic_indic=indic)} موجهة"
    hit = first_date(text, AR)
    assert hit is not None and hit.value == date


@given(st.dates(dt.date(1945, 6, 26), dt.date(2099, 12, 31)), st.integers(0, 1))
def test_either_month_name_alone_round_trips(date: dt.date, system: int) -> None:
    name = AR.month_systems[system][date.month - 1][0]
    hit = first_date(f"{date.day} {name} {date.year}", AR)
    assert hit is not None and hit.value == date
