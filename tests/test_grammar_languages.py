"""Adding a language is one table: given an English table, the grammar reads an English letter."""

from __future__ import annotations

import datetime as dt

import pytest

from unarchive.grammar import languages
from unarchive.grammar.languages import Language, detect, get
from unarchive.readers.text import parse

MONTHS = ["January", "February", "March", "April", "May", "June"]
MONTHS += ["July", "August", "September", "October", "November", "December"]

EN = Language(
    code="en",
    script="A-Za-z",
    rtl=False,
    month_systems=(tuple((m,) for m in MONTHS),),
    month_pair_format="{0}",
    date_format="{day} {month} {year}",
    title=r"^Letter dated (?P<date>.+?) from (?P<sender>.+?) addressed to (?P<addressee>.+?)\.?$",
    title_marker=r"^Letter dated ",
    title_template="Letter dated {date} from {sender} addressed to {addressee}",
    annex_heading=(
        r"^Annex to the letter dated (?P<date>.+?) from (?P<sender>.+?) "
        r"addressed to (?P<addressee>.+?)\.?$"
    ),
    annex_marker=r"^Annex(?: to the letter dated | [IVX]+$|$)",
    annex_template="Annex to the letter dated {date} from {sender} addressed to {addressee}",
    annex_reference=r"\bannex\b",
    signed=r"[()]\s*Signed\s*[()]",
    sender=(
        r"(?:the )?(?:Permanent Representative|Chargé d'affaires)(?: \S+){0,12}? "
        r"to the United Nations"
    ),
    roles=("Permanent Representative", "Chargé d'affaires a.i."),
    addressees=("the Secretary-General", "the President of the Security Council"),
    connectors=("of", "to", "from", "the", "and", "addressed"),
)

FROM = "from the Permanent Representative of India to the United Nations"
LETTER = "\n".join(
    [
        "S/2011/496",
        f"Letter dated 5 August 2011 {FROM} addressed to the Secretary-General",
        "I have the honour to inform you that India will hold an open debate (see annex).",
        "I should be grateful if the present letter and its annex could be circulated.",
        "(Signed) Hardeep Singh Puri",
        "Permanent Representative",
        f"Annex to the letter dated 5 August 2011 {FROM} addressed to the Secretary-General",
        "Peacekeeping: taking stock and preparing for the future",
        "Peacekeeping has become a central activity of the Organization.",
        "It consumes more resources and occupies more of the Council's time than any other.",
    ]
)


@pytest.fixture
def with_english(monkeypatch: pytest.MonkeyPatch) -> None:
    tables = {**languages.languages(), "en": EN}
    monkeypatch.setattr(languages, "languages", lambda: tables)


@pytest.mark.usefixtures("with_english")
def test_an_english_table_reads_an_english_letter() -> None:
    assert detect(LETTER).code == "en"
    assert get("ar") is not None and detect("رسالة مؤرخة").code == "ar"
    letter = parse(LETTER.encode("utf-8")).letter
    meta = letter.metadata
    assert meta.language == "en"
    assert meta.symbol == "S/2011/496"
    assert meta.date == dt.date(2011, 8, 5)
    assert meta.sender == "the Permanent Representative of India to the United Nations"
    assert meta.addressee == "the Secretary-General"
    assert meta.signatory.name == "Hardeep Singh Puri"
    assert meta.signatory.title == "Permanent Representative"
    assert letter.letter.paragraphs[0].text.startswith("I have the honour")
    [annex] = letter.annexes
    assert annex.title == "Peacekeeping: taking stock and preparing for the future"
    assert len(annex.paragraphs) == 2


def test_the_arabic_table_is_found_by_discovery() -> None:
    assert "ar" in languages.languages()
    table = get("ar")
    assert table is not None and table.rtl and len(table.month_systems) == 2
