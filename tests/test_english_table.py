"""The English table of the letter grammar: dates, titles, annex headings, signatures, masthead."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unarchive.grammar.dates import find_dates, first_date, format_date
from unarchive.grammar.languages import detect
from unarchive.grammar.languages.en import LANGUAGE as EN
from unarchive.grammar.normalize import clean
from unarchive.readers.docx.masthead import read_masthead, split_symbols

FULL = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
SHORT = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


# The machine is shared: no deadline, no speed health check; the examples are the test.
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dates(min_value=dt.date(1945, 6, 26), max_value=dt.date(2099, 12, 31)))
def test_every_date_in_every_style(day: dt.date) -> None:
    month = day.month - 1
    for text in (
        f"{day.day} {FULL[month]} {day.year}",
        f"{day.day} {SHORT[month]} {day.year}",
        f"{day.day} {FULL[month].upper()} {day.year}",
        format_date(day, EN),
    ):
        hit = first_date(f"Letter dated {text} from", EN)
        assert hit is not None and hit.value == day, text
        assert hit.text == text


@pytest.mark.parametrize("text", ["31 June 2011", "30 February 2012"])
def test_impossible_dates_are_found_and_named(text: str) -> None:
    (hit,) = find_dates(text, EN)
    assert hit.value is None and hit.problem


@pytest.mark.parametrize("text", ["5 Agust 2011", "2011-08-05", "Mayor 5 2011", "5 may 2011"])
def test_not_dates(text: str) -> None:
    assert first_date(text, EN) is None


def test_month_and_year_lines() -> None:
    (hit,) = find_dates("August 2011", EN)
    assert (hit.year, hit.month, hit.day) == (2011, 8, None)


TITLES = [
    (
        "Letter dated 5 August 2011 from the Permanent Representative of India to the United "
        "Nations addressed to the Secretary-General",
        ("5 August 2011", "the Permanent Representative of India to the United Nations"),
        "the Secretary-General",
    ),
    (
        "Letter dated 6 February 2012 from the Permanent Representative of Albania to the United "
        "Nations addressed to the President of the Security Council",
        ("6 February 2012", "the Permanent Representative of Albania to the United Nations"),
        "the President of the Security Council",
    ),
    (
        "Identical letters dated 3 September 2013 from the Permanent Representative of Chile to "
        "the United Nations addressed to the Secretary-General and the President of the Security "
        "Council",
        ("3 September 2013", "the Permanent Representative of Chile to the United Nations"),
        "the Secretary-General and the President of the Security Council",
    ),
    (
        "Note verbale dated 14 May 2020 from the Permanent Mission of Ghana to the United Nations "
        "addressed to the Chair of the Committee.",
        ("14 May 2020", "the Permanent Mission of Ghana to the United Nations"),
        "the Chair of the Committee",
    ),
    (
        "LETTER DATED 2 FEBRUARY 1994 FROM THE PERMANENT REPRESENTATIVE OF BRAZIL TO THE UNITED "
        "NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL",
        ("2 FEBRUARY 1994", "THE PERMANENT REPRESENTATIVE OF BRAZIL TO THE UNITED NATIONS"),
        "THE PRESIDENT OF THE SECURITY COUNCIL",
    ),
]


@pytest.mark.parametrize(("line", "parts", "addressee"), TITLES)
def test_titles(line: str, parts: tuple[str, str], addressee: str) -> None:
    assert regex.search(EN.title_marker, line)
    match = regex.match(EN.title, clean(line))
    assert match is not None
    assert (match["date"], match["sender"]) == parts
    assert match["addressee"] == addressee
    assert regex.search(EN.sender, line)


@pytest.mark.parametrize(
    "line",
    [
        "I have the honour to refer to the letter dated 5 August 2011 from India.",
        "Annex to the letter dated 5 August 2011 from the Permanent Representative of India",
        "Letters dated",
    ],
)
def test_not_titles(line: str) -> None:
    assert not regex.search(EN.title_marker, line)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Annex", None),
        ("Annex II", None),
        ("Enclosure", None),
        ("Annex 2", None),
        (
            "Annex I to the letter dated 2 January 2020 from the Chargé d’affaires a.i. of the "
            "Permanent Mission of Kenya to the United Nations addressed to the President of the "
            "General Assembly",
            "2 January 2020",
        ),
        (
            "Annex to the identical letters dated 3 September 2013 from the Permanent "
            "Representative of Chile to the United Nations addressed to the Secretary-General",
            "3 September 2013",
        ),
    ],
)
def test_annex_headings(line: str, date: str | None) -> None:
    assert regex.search(EN.annex_marker, line)
    match = regex.match(EN.annex_heading, clean(line))
    assert (match["date"] if match else None) == date


@pytest.mark.parametrize(
    "line",
    ["Annexed hereto is the text.", "The annex to this letter contains", "Annexes I and II"],
)
def test_not_annex_headings(line: str) -> None:
    assert not regex.search(EN.annex_marker, line)


def test_annex_heading_names_sender_and_addressee() -> None:
    match = regex.match(
        EN.annex_heading,
        "Annex to the letter dated 6 February 2012 from the Permanent Representative of Albania "
        "to the United Nations addressed to the President of the Security Council",
    )
    assert match is not None
    assert match["sender"] == "the Permanent Representative of Albania to the United Nations"
    assert match["addressee"] == "the President of the Security Council"


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("(Signed) H. S. Puri", True),
        ("\t(Signed)  Ferit Hoxha ", True),
        ("( signed ) Wanjiru Otieno", True),
        ("Signed in New York", False),
    ],
)
def test_signed(line: str, signed: bool) -> None:
    assert bool(regex.search(EN.signed, line)) is signed


def test_annex_references() -> None:
    assert regex.search(EN.annex_reference, "the attached concept paper (see annex)")
    assert regex.search(EN.annex_reference, "the present letter and its annexes")
    assert not regex.search(EN.annex_reference, "I have the honour to inform you")


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Distr.: General", "distribution", "General"),
        ("Distr. LIMITED", "distribution", "LIMITED"),
        ("Original: English", "original_language", "English"),
        ("ORIGINAL: SPANISH", "original_language", "SPANISH"),
        ("11-44797 (E) 080811 080811", "job_number", "11-44797 (E)"),
        ("GE.19-13879 (R) 210819", "job_number", "GE.19-13879 (R)"),
    ],
)
def test_masthead_lines(line: str, field: str, value: str) -> None:
    pattern = dict(EN.masthead)[field]
    match = regex.match(pattern, line)
    assert match is not None and match["value"] == value


def test_english_is_detected_and_arabic_stays_arabic() -> None:
    english = (
        "Letter dated 5 August 2011 from the Permanent Representative of India\n(Signed) A. B."
    )
    assert detect(english).code == "en"
    assert detect("رسالة مؤرخة 5 آب/أغسطس 2011 موجهة إلى الأمين العام").code == "ar"


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("A/47/60-S/23329", ["A/47/60", "S/23329"]),
        ("A/47/60–S/23329", ["A/47/60", "S/23329"]),
        ("A/68/345 — S/2013/523", ["A/68/345", "S/2013/523"]),
        ("\u202aS/2011/496\u202c", ["S/2011/496"]),
        ("A/ES-10/123", ["A/ES-10/123"]),
        ("S/PV.6178 (Resumption 1)", ["S/PV.6178 (Resumption 1)"]),
        ("Distr.: General", []),
        ("Security Council", []),
    ],
)
def test_joint_symbols(text: str, symbols: list[str]) -> None:
    assert split_symbols(text) == symbols


def test_stacked_symbols_in_a_header() -> None:
    masthead = read_masthead(
        ["United Nations", "A/47/60", "S/23329", "General Assembly", "Security Council"], [], [], {}
    )
    assert (masthead.symbol, masthead.additional_symbols) == ("A/47/60", ("S/23329",))
    assert masthead.organ == "General Assembly"
