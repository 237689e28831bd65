"""English date forms beyond the Secretariat's "5 August 2011", in every place a date is read.

The letter below is written for this test (not taken from the fixtures): a title
dated the American way, an annex heading with an ordinal day, a masthead with
an abbreviated month; once as text and once as a Word file built from it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import unarchive
from samples.docx.wordml import Doc, Para, build
from unarchive.grammar.dates import find_dates, first_date
from unarchive.grammar.languages import get
from unarchive.model import Letter
from unarchive.readers.docx.masthead import read_masthead

EN = get("en")
assert EN is not None


@pytest.mark.parametrize(
    ("text", "expected", "printed"),
    [
        ("August 5, 2011", dt.date(2011, 8, 5), "August 5, 2011"),
        ("Aug. 5, 2011", dt.date(2011, 8, 5), "Aug. 5, 2011"),
        ("5th August 2011", dt.date(2011, 8, 5), "5th August 2011"),
        ("5 August, 2011", dt.date(2011, 8, 5), "5 August, 2011"),
        ("dated the 5th of August 2011 from", dt.date(2011, 8, 5), "5th of August 2011"),
        ("the 1st of March 2000", dt.date(2000, 3, 1), "1st of March 2000"),
        ("22nd Feb. 1999", dt.date(1999, 2, 22), "22nd Feb. 1999"),
        ("Sept. 23rd, 2013", dt.date(2013, 9, 23), "Sept. 23rd, 2013"),
        ("DECEMBER 12, 1999", dt.date(1999, 12, 12), "DECEMBER 12, 1999"),
        ("5 August 2011", dt.date(2011, 8, 5), "5 August 2011"),
    ],
)
def test_english_date_forms(text: str, expected: dt.date, printed: str) -> None:
    hit = first_date(text, EN)
    assert hit is not None
    assert (hit.value, hit.text) == (expected, printed)
    assert text[hit.start : hit.end] == printed


@pytest.mark.parametrize(
    "text",
    [
        "in August 2011",
        "resolution 1701 (2006)",
        "5thAugust 2011",
        "August 2011 15",
        "Aug 123, 2011",
    ],
)
def test_no_full_date_where_there_is_none(text: str) -> None:
    assert first_date(text, EN) is None


def test_an_impossible_american_date_says_why() -> None:
    [hit] = find_dates("June 31, 2011", EN)
    assert hit.problem is not None and "does not exist" in hit.problem


def test_arabic_gains_no_english_forms() -> None:
    arabic = get("ar")
    assert arabic is not None
    assert first_date("آب/أغسطس 5، 2011", arabic) is None


_TITLE = (
    "Letter dated March 14, 2012 from the Permanent Representative of New Zealand"
    " to the United Nations addressed to the President of the Security Council"
)
_HEADING = (
    "Annex to the letter dated the 14th of March 2012 from the Permanent Representative"
    " of New Zealand to the United Nations addressed to the President of the Security Council"
)
_CIRCULATE = (
    "I should be grateful if the present letter and its annex could be circulated"
    " as a document of the Security Council."
)
TEXT = f"""\
United Nations
S/2012/333
Security Council
Distr.: General
Mar. 16, 2012
Original: English

{_TITLE}

I have the honour to transmit herewith a statement on the situation in the Pacific (see annex).

{_CIRCULATE}

(Signed) Jim McLay
Permanent Representative

{_HEADING}

Statement on the Pacific

New Zealand welcomes the agreement reached on 2nd March, 2012 by the parties.
"""


def check(letter: Letter) -> None:
    meta = letter.metadata
    assert meta.symbol == "S/2012/333"
    assert meta.date == dt.date(2012, 3, 14)
    assert meta.language == "en"
    assert meta.sender == "the Permanent Representative of New Zealand to the United Nations"
    assert meta.addressee == "the President of the Security Council"
    assert (meta.signatory.name, meta.signatory.title) == ("Jim McLay", "Permanent Representative")
    assert [a.title for a in letter.annexes] == ["Statement on the Pacific"]
    assert letter.annexes[0].paragraphs[-1].text.startswith("New Zealand welcomes")


def test_a_hand_written_text_letter() -> None:
    letter = unarchive.parse(TEXT.encode(), format="text").letter
    check(letter)
    assert letter.metadata.issue_date == dt.date(2012, 3, 16)


def test_the_same_letter_as_a_word_file() -> None:
    lines = TEXT.split("\n\nLetter dated", 1)[1]
    body = [Para(p) for p in ("Letter dated" + lines).split("\n") if p.strip()]
    doc = Doc(
        body=body,
        header_first=[Para(t) for t in TEXT.split("\n\n", 1)[0].split("\n")],
        footer_first=[Para("12-26511 (E)\t160312")],
        doc_vars={"sss1": "S/2012/333", "FooterJN": "12-26511"},
    )
    letter = unarchive.parse(build(doc)).letter
    check(letter)
    assert letter.metadata.issue_date == dt.date(2012, 3, 16)
    assert letter.metadata.job_number == "12-26511 (E)"


def test_a_masthead_date_in_any_english_form() -> None:
    for printed in ("August 8, 2011", "8th August 2011", "Aug. 8, 2011", "8 August, 2011"):
        masthead = read_masthead(["S/2011/496", printed, "Original: English"], [], [], {})
        assert masthead.issue_date == dt.date(2011, 8, 8), printed
