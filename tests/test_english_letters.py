"""English UN letters, as Word files and as text, read by the grammar and the English table."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import unarchive
from unarchive.model import Letter

ROOT = Path(__file__).resolve().parent.parent
DOCX = ROOT / "samples" / "docx"
LETTERS = ROOT / "samples" / "letters"
ENGLISH = sorted(p.stem for p in DOCX.glob("en-*.docx"))


def known(name: str) -> dict[str, object]:
    data = json.loads((DOCX / f"{name}.json").read_text(encoding="utf-8"))
    letter: dict[str, object] = data["letter"]
    return letter


def check(letter: Letter, want: dict[str, object]) -> None:
    meta = letter.metadata
    assert meta.language == want["language"]
    assert meta.title == want["title"]
    assert str(meta.date) == want["date"]
    assert meta.addressee == want["addressee"]
    assert meta.sender is not None and "Permanent Representative" in meta.sender
    assert meta.signatory.name == want["signatory"]
    assert meta.signatory.title == want["signatory_title"]
    assert [annex.title for annex in letter.annexes] == want["annexes"]
    assert letter.letter.signed is not None
    assert letter.letter.paragraphs, "the letter has paragraphs"


@pytest.mark.parametrize("name", ENGLISH)
def test_word_files(name: str) -> None:
    check(unarchive.parse(DOCX / f"{name}.docx").letter, known(name))


@pytest.mark.parametrize("name", ENGLISH)
def test_their_text_twins(name: str) -> None:
    check(unarchive.parse(LETTERS / f"en-text-{name[3:]}" / "input.txt").letter, known(name))


@pytest.mark.parametrize("name", [*ENGLISH, "ar-seed-letter"])
def test_word_and_text_give_the_same_letter(name: str) -> None:
    twin = DOCX / f"{name}.txt" if name.startswith("ar-") else LETTERS / f"en-text-{name[3:]}"
    text = unarchive.parse(twin if twin.suffix else twin / "input.txt").letter
    word = unarchive.parse(DOCX / f"{name}.docx").letter
    # The text twin has no footer, so no job number; the grammar leaves the masthead date;
    # stacked joint symbols are tested on their own below.
    skip = {"job_number", "issue_date", "additional_symbols"}
    assert word.metadata.model_dump(exclude=skip) == text.metadata.model_dump(exclude=skip)
    assert [p.text for p in word.letter.paragraphs] == [p.text for p in text.letter.paragraphs]
    assert [[p.text for p in a.paragraphs] for a in word.annexes] == [
        [p.text for p in a.paragraphs] for a in text.annexes
    ]


def test_joint_symbol_and_masthead_from_word_fields() -> None:
    meta = unarchive.parse(DOCX / "en-chile-joint-enclosure.docx").letter.metadata
    assert (meta.symbol, meta.additional_symbols) == ("A/68/345", ("S/2013/523",))
    assert (meta.job_number, meta.organ, meta.original_language) == (
        "13-45601 (E)",
        "General Assembly",
        "Spanish",
    )


def test_stacked_joint_symbols_in_a_text_masthead() -> None:
    meta = unarchive.parse(LETTERS / "en-text-chile-joint-enclosure" / "input.txt").letter.metadata
    assert (meta.symbol, meta.additional_symbols) == ("A/68/345", ("S/2013/523",))


def test_an_enclosure_is_one_more_annex_with_its_heading() -> None:
    letter = unarchive.parse(DOCX / "en-chile-joint-enclosure.docx").letter
    assert [a.heading.text if a.heading else None for a in letter.annexes][1] == "Enclosure"


NEVER_SEEN = {
    "en-text-brazil-1994-old-layout": {
        "symbol": "S/1994/118",
        "date": dt.date(1994, 2, 2),
        "sender": "THE PERMANENT REPRESENTATIVE OF BRAZIL TO THE UNITED NATIONS",
        "addressee": "THE PRESIDENT OF THE SECURITY COUNCIL",
        "signatory": ("Tomás Ribeiro Neto", "Ambassador Permanent Representative"),
        "annexes": [
            "Communiqué issued on 1 February 1994 by the Ministry of External Relations of Brazil"
        ],
    },
    "en-text-kenya-2020-charge": {
        "symbol": "A/74/667",
        "date": dt.date(2020, 1, 2),
        "sender": (
            "the Chargé d’affaires a.i. of the Permanent Mission of Kenya to the United Nations"
        ),
        "addressee": "the President of the General Assembly",
        "signatory": ("Wanjiru Otieno", "Chargé d’affaires a.i."),
        "annexes": [
            "Report of the regional conference on drought resilience",
            "List of participants",
        ],
    },
}


@pytest.mark.parametrize("sample", sorted(NEVER_SEEN))
def test_letters_never_seen_as_word_files(sample: str) -> None:
    want = NEVER_SEEN[sample]
    letter = unarchive.parse(LETTERS / sample / "input.txt").letter
    meta = letter.metadata
    assert (meta.symbol, meta.date, meta.language) == (want["symbol"], want["date"], "en")
    assert (meta.sender, meta.addressee) == (want["sender"], want["addressee"])
    assert meta.signatory.name == want["signatory"][0]  # type: ignore[index]


@pytest.mark.parametrize("sample", ["en-text-brazil-1994-old-layout", "en-text-kenya-2020-charge"])
def test_signatory_titles_and_annexes_of_letters_never_seen(sample: str) -> None:
    letter = unarchive.parse(LETTERS / sample / "input.txt").letter
    assert letter.metadata.signatory.title == NEVER_SEEN[sample]["signatory"][1]  # type: ignore[index]
    assert [a.title for a in letter.annexes] == NEVER_SEEN[sample]["annexes"]


def test_a_sessional_line_is_not_a_symbol() -> None:
    parsed = unarchive.parse(LETTERS / "en-text-kenya-2020-charge" / "input.txt")
    assert [f.code for f in unarchive.validate(parsed) if f.code == "M002"] == []
