"""Typewriter-era joint letters (ODS, 1990s), by the fixture ``en-fpdf2-typewriter-session``.

The shapes measured on A/53/938-S/1999/512, A/53/568-S/1998/1025 and A/49/230-S/1994/822
(Acrobat Distiller 2.1 and 3.0): the session block in two columns with the agenda item's
title in capitals, the title typed as a block indented 2.25 inches and wrapped at its own
measure, a footnote under a row of underscores, "-----" under the last line, and a centred
annex title broken in two where it looked balanced. Before: the session lines and the
title's lines were paragraphs of their own, the rule and the footnote stood in the text
(the underscores as the signatory's title, the footnote as an annex of its own), the
annex title lost its second line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import unarchive
from unarchive.readers.pdf.blocks import paragraphs
from unarchive.readers.pdf.furniture import find
from unarchive.readers.pdf.lines import TextLine
from unarchive.readers.pdf.reader import body_paragraphs

SAMPLE = (
    Path(__file__).resolve().parent.parent / "samples" / "pdf" / "en-fpdf2-typewriter-session.pdf"
)


@pytest.fixture(scope="module")
def parsed() -> unarchive.Parsed:
    return unarchive.parse(SAMPLE)


def test_the_paragraphs_are_those_typed(parsed: unarchive.Parsed) -> None:
    typed = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert body_paragraphs(parsed) == typed


def test_the_letter_parts(parsed: unarchive.Parsed) -> None:
    letter = parsed.letter
    assert letter.metadata.sender == "the Permanent Representative of India to the United Nations"
    assert letter.metadata.signatory.title == "Permanent Representative"
    [annex] = letter.annexes
    assert annex.title is not None and annex.title.endswith(
        "in the field and preparing for the future"
    )
    assert [h.text for h in annex.headings] == ["Concept paper"]
    assert annex.paragraphs[-1].text.endswith("as proposed in document S/2011/496.")


def test_the_session_block_rule_and_footnote_are_furniture(parsed: unarchive.Parsed) -> None:
    lines = parsed.text.splitlines()
    for furniture in ("Sixty-sixth year", "* A/65/50.", "________________________", "-----"):
        assert furniture in lines
    body = "\n".join(body_paragraphs(parsed))
    for furniture in ("GENERAL ASSEMBLY", "PEACEFUL SETTLEMENT", "A/65/50.", "___", "-----"):
        assert furniture not in body


def _line(y: float, x0: float, x1: float, text: str, page: int = 1) -> TextLine:
    line = TextLine(page=page, y=y, x0=x0, x1=x1, size=10.0)
    line._texts = (text, text)
    return line


RAGGED = [  # A/53/938's first page: ragged right, indented first lines, a title block
    _line(473.0, 160.8, 448.8, "Letter dated 4 May 1999 from the Chairman of the"),
    _line(461.2, 160.8, 424.8, "Committee on the Exercise of the Inalienable"),
    _line(449.5, 160.8, 430.8, "Rights of the Palestinian People addressed to"),
    _line(437.8, 243.0, 369.0, "the Secretary-General"),
    _line(402.7, 95.2, 545.2, "On behalf of the Committee on the Exercise of the Inalienable"),
    _line(391.0, 64.8, 520.8, "Palestinian People, I wish to inform you that the Committee took"),
    _line(379.3, 64.8, 538.8, "note of the decisions adopted by the Central Council at its"),
    _line(367.6, 64.8, 300.0, "session held in Gaza."),
    _line(344.2, 95.2, 533.2, "In this regard, the Committee expresses its full support for the"),
    _line(332.5, 64.8, 400.8, "decisions of the political leadership."),
]


def test_an_indented_title_block_wraps_at_its_own_measure() -> None:
    groups = paragraphs(RAGGED)
    assert groups[0] == [0, 1, 2]  # "the Secretary-General" is centred: the grammar joins it
    assert groups[-2:] == [[4, 5, 6, 7], [8, 9]]


def test_an_indented_list_whose_next_words_fit_stays_apart() -> None:
    rows = [
        _line(500.0, 160.8, 260.0, "Permanent Mission"),
        _line(488.3, 160.8, 240.0, "New York"),
        _line(476.6, 160.8, 250.0, "United States"),
    ]
    rows += RAGGED[4:]
    assert paragraphs(rows)[:3] == [[0], [1], [2]]


def test_a_signature_block_right_of_the_middle_is_not_joined() -> None:
    rows = [
        *RAGGED[4:8],
        _line(320.0, 343.0, 457.0, "(Signed) H. S. Puri"),
        _line(308.3, 343.0, 487.5, "Permanent Representative"),
    ]
    assert paragraphs(rows)[-2:] == [[4], [5]]


def test_a_centred_title_goes_on_where_the_next_line_starts_small() -> None:
    rows = [
        _line(680.3, 291.0, 321.0, "ANNEX"),
        _line(656.9, 111.0, 501.0, "Declaration by the European Union on the visit by Chairman"),
        _line(645.2, 189.0, 423.0, "to Gaza/Jericho, issued on 11 July 1994"),
        _line(621.8, 258.0, 354.0, "Concept Paper"),
        *RAGGED[4:],
    ]
    assert paragraphs(rows)[:3] == [[0], [1, 2], [3]]


def test_rules_and_the_footnotes_under_them() -> None:
    lines = [
        _line(600.0, 64.8, 500.0, "of the Security Council."),
        _line(332.5, 355.2, 547.2, "(Signed) Detlev GRAF ZU RANTZAU"),
        _line(121.9, 64.8, 208.8, "________________________"),
        _line(98.5, 95.2, 207.8, "* A/49/50/Rev.1."),
        _line(700.0, 64.8, 500.0, "The text of page 2.", page=2),
        _line(458.0, 291.0, 321.0, "-----", page=2),
    ]
    found = find(lines, {1: 792.0, 2: 792.0})
    assert found.lines == {2: "rule", 3: "footnote", 5: "rule"}


def test_underscores_high_on_a_page_are_a_rule_and_no_footnotes_follow() -> None:
    lines = [
        _line(600.0, 64.8, 500.0, "Text."),
        _line(590.0, 64.8, 208.8, "__________"),
        _line(580.0, 64.8, 500.0, "More text."),
    ]
    assert find(lines, {1: 792.0}).lines == {1: "rule"}
