"""An English UN letter written for this test: identical letters, numbered annexes, a joint symbol.

Nothing here comes from the fixtures: the masthead prints the joint symbol with
an en dash and the date the American way, the title has an ordinal day, the
sender is a chargé d'affaires. The same letter is read as text and as a Word
file whose symbols sit in the ``sss1``/``sss2`` document variables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import unarchive
from samples.docx.wordml import Doc, Para, build
from unarchive.model import Letter

_FROM = (
    "from the Chargé d'affaires a.i. of the Permanent Mission of Ruritania to the United Nations"
    " addressed to the Secretary-General and the President of the Security Council"
)
TITLE = f"Identical letters dated 6th April 2016 {_FROM}"
MASTHEAD = [
    "United Nations",
    "A/70/812\u2013S/2016/321",
    "General Assembly",
    "Security Council",
    "Distr.: General",
    "April 8, 2016",
    "Original: English",
]
BODY = [
    "General Assembly",
    "Seventieth session",
    "Agenda item 34",
    "Security Council",
    "Seventy-first year",
    TITLE,
    "Upon instructions from my Government, I have the honour to transmit herewith the statement"
    " of the Ministry of Foreign Affairs of Ruritania on the events of 2 April 2016 (see annex I)"
    " and the joint communiqué of the same day (see annex II).",
    "I would be grateful if the present letter and its annexes could be circulated as a document"
    " of the General Assembly, under agenda item 34, and of the Security Council.",
    "(Signed) Maria Q. Example",
    "Chargé d'affaires a.i.",
    f"Annex I to the identical letters dated 6th April 2016 {_FROM}",
    "Statement of the Ministry of Foreign Affairs",
    "On April 2, 2016, armed groups crossed the border at three points.",
    "The Ministry calls upon all parties to exercise restraint.",
    f"Annex II to the identical letters dated 6th April 2016 {_FROM}",
    "Joint communiqué",
    "The two Governments agreed to meet again on 15 May 2016.",
]


def as_text() -> Letter:
    text = "\n".join(MASTHEAD) + "\n\n" + "\n\n".join(BODY) + "\n"
    return unarchive.parse(text.encode(), format="text").letter


def as_word() -> Letter:
    doc = Doc(
        body=[Para(line) for line in BODY],
        header_first=[Para(line) for line in MASTHEAD],
        footer_first=[Para("16-05873 (E)\t080416")],
        doc_vars={"sss1": "A/70/812", "sss2": "S/2016/321", "FooterJN": "16-05873"},
    )
    return unarchive.parse(build(doc)).letter


@pytest.mark.parametrize("read", [as_text, as_word])
def test_an_unseen_english_letter(read: Callable[[], Letter]) -> None:
    letter = read()
    meta = letter.metadata
    assert (meta.symbol, meta.additional_symbols) == ("A/70/812", ("S/2016/321",))
    assert (meta.date, meta.issue_date) == (dt.date(2016, 4, 6), dt.date(2016, 4, 8))
    assert meta.title == TITLE
    assert meta.sender == (
        "the Chargé d'affaires a.i. of the Permanent Mission of Ruritania to the United Nations"
    )
    assert meta.addressee == "the Secretary-General and the President of the Security Council"
    assert (meta.signatory.name, meta.signatory.title) == (
        "Maria Q. Example",
        "Chargé d'affaires a.i.",
    )
    assert [a.title for a in letter.annexes] == [
        "Statement of the Ministry of Foreign Affairs",
        "Joint communiqué",
    ]
    assert [len(a.paragraphs) for a in letter.annexes] == [2, 1]
    assert len(letter.letter.paragraphs) == 2


def test_word_and_text_agree_and_word_has_the_job_number() -> None:
    text, word = as_text(), as_word()
    skip = {"job_number"}
    assert word.metadata.model_dump(exclude=skip) == text.metadata.model_dump(exclude=skip)
    assert word.metadata.job_number == "16-05873 (E)"


def test_it_validates_clean() -> None:
    parsed = unarchive.parse(
        ("\n".join(MASTHEAD) + "\n\n" + "\n\n".join(BODY) + "\n").encode(), format="text"
    )
    assert unarchive.validate(parsed) == []
