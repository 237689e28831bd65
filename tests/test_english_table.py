"""The English phrases of a UN letter: dates, titles, annex headings, signatures, joint symbols."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unarchive.parsers.docx_meta import read_masthead, split_symbols
from unarchive.parsers.languages import en

FULL = [d.strftime("%B") for d in (dt.date(2000, m, 1) for m in range(1, 13))]
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


@given(st.dates(min_value=dt.date(1945, 6, 26), max_value=dt.date(2099, 12, 31)))
def test_every_date_in_every_style(day: dt.date) -> None:
    month = day.month - 1
    for text in (
        f"{day.day} {FULL[month]} {day.year}",
        f"{day.day} {SHORT[month]} {day.year}",
        f"{FULL[month]} {day.day}, {day.year}",
        f"{day.day} {FULL[month].upper()} {day.year}",
    ):
        assert en.parse_date(f"dated {text} from") == day, text


@pytest.mark.parametrize("text", ["31 June 2011", "30 February 2012", "5 Agust 2011", "2011-08-05"])
def test_impossible_or_foreign_dates_are_none(text: str) -> None:
    assert en.parse_date(text) is None


def test_date_span_points_at_the_date() -> None:
    line = "Letter dated 5 Aug. 2011 from"
    start, end = en.date_span(line) or (0, 0)
    assert line[start:end] == "5 Aug. 2011"


TITLES = [
    (
        "Letter dated 5 August 2011 from the Permanent Representative of India to the United "
        "Nations addressed to the Secretary-General",
        ("Letter", "2011-08-05", "the Permanent Representative of India to the United Nations"),
        "the Secretary-General",
    ),
    (
        "Letter dated 6 February 2012 from the Permanent Representative of Albania to the United "
        "Nations addressed to the President of the Security Council",
        ("Letter", "2012-02-06", "the Permanent Representative of Albania to the United Nations"),
        "the President of the Security Council",
    ),
    (
        "Identical letters dated 3 September 2013 from the Permanent Representative of Chile to "
        "the United Nations addressed to the Secretary-General and the President of the Security "
        "Council",
        (
            "Identical letters",
            "2013-09-03",
            "the Permanent Representative of Chile to the United Nations",
        ),
        "the Secretary-General and the President of the Security Council",
    ),
    (
        "Note verbale dated 14 May 2020 from the Permanent Mission of Ghana to the United Nations "
        "addressed to the Chair of the Committee.",
        ("Note verbale", "2020-05-14", "the Permanent Mission of Ghana to the United Nations"),
        "the Chair of the Committee",
    ),
    (
        "LETTER DATED 2 FEBRUARY 1994 FROM THE PERMANENT REPRESENTATIVE OF BRAZIL TO THE UNITED "
        "NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL",
        ("LETTER", "1994-02-02", "THE PERMANENT REPRESENTATIVE OF BRAZIL TO THE UNITED NATIONS"),
        "THE PRESIDENT OF THE SECURITY COUNCIL",
    ),
]


@pytest.mark.parametrize(("line", "parts", "addressee"), TITLES)
def test_titles(line: str, parts: tuple[str, str, str], addressee: str) -> None:
    title = en.read_title(line)
    assert title is not None
    assert (title.kind, str(title.date), title.sender) == parts
    assert title.addressee == addressee


@pytest.mark.parametrize(
    "line",
    [
        "I have the honour to refer to the letter dated 5 August 2011 from India.",
        "Annex to the letter dated 5 August 2011 from the Permanent Representative of India",
        "Letters dated",
    ],
)
def test_not_titles(line: str) -> None:
    assert en.read_title(line) is None


@pytest.mark.parametrize(
    ("line", "kind", "number", "date"),
    [
        ("Annex", "Annex", None, None),
        ("Annex II", "Annex", "II", None),
        ("Enclosure", "Enclosure", None, None),
        ("Annex 2", "Annex", "2", None),
        (
            "Annex I to the letter dated 2 January 2020 from the Chargé d’affaires a.i. of the "
            "Permanent Mission of Kenya to the United Nations addressed to the President of the "
            "General Assembly",
            "Annex",
            "I",
            "2020-01-02",
        ),
        (
            "Annex to the identical letters dated 3 September 2013 from the Permanent "
            "Representative of Chile to the United Nations addressed to the Secretary-General",
            "Annex",
            None,
            "2013-09-03",
        ),
    ],
)
def test_annex_headings(line: str, kind: str, number: str | None, date: str | None) -> None:
    heading = en.read_annex_heading(line)
    assert heading is not None
    assert (heading.kind, heading.number) == (kind, number)
    assert (str(heading.date) if heading.date else None) == date


@pytest.mark.parametrize(
    "line",
    ["Annexed hereto is the text.", "The annex to this letter contains", "Annexes I and II"],
)
def test_not_annex_headings(line: str) -> None:
    assert en.read_annex_heading(line) is None


def test_annex_heading_names_sender_and_addressee() -> None:
    heading = en.read_annex_heading(
        "Annex to the letter dated 6 February 2012 from the Permanent Representative of Albania "
        "to the United Nations addressed to the President of the Security Council"
    )
    assert heading is not None
    assert heading.sender == "the Permanent Representative of Albania to the United Nations"
    assert heading.addressee == "the President of the Security Council"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("(Signed) H. S. Puri", "H. S. Puri"),
        ("\t(Signed)  Ferit Hoxha ", "Ferit Hoxha"),
        ("( Signed ) Wanjiru Otieno", "Wanjiru Otieno"),
        ("Signed in New York", None),
        ("(Signed)", None),
    ],
)
def test_signed(line: str, name: str | None) -> None:
    assert en.signed_name(line) == name


@pytest.mark.parametrize(
    ("line", "organ"),
    [
        (
            "I should be grateful if the present letter and its annex could be circulated as a "
            "document of the Security Council.",
            "Security Council",
        ),
        (
            "I would be grateful if you would have the present letter and its annexes circulated "
            "as a document of the General Assembly, under agenda item 68.",
            "General Assembly",
        ),
        ("I have the honour to transmit the report.", None),
    ],
)
def test_circulation_request(line: str, organ: str | None) -> None:
    assert en.circulation_organ(line) == organ


def test_openings() -> None:
    assert en.is_opening("I have the honour to inform you")
    assert en.is_opening("Upon instructions from my Government, I have the honour")
    assert not en.is_opening("The Council met on 5 August.")


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
