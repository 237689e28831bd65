"""A text dump made with column layout (pdftotext -layout): an English masthead in two columns.

Wide gaps between words are a sign of phrase-level visual order only in right-to-left
text; in English they are just layout, and each masthead column is read on its own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import unarchive

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "letters" / "en-text-layout-columns"


def test_columned_english_masthead_is_read_and_nothing_is_reordered() -> None:
    parsed = unarchive.parse(SAMPLE / "input.txt")
    meta = parsed.letter.metadata
    assert [r.kind for r in parsed.renditions] == ["text"]
    assert (meta.symbol, meta.organ, meta.issue_date) == (
        "S/2016/447",
        "Security Council",
        dt.date(2016, 5, 17),
    )
    assert meta.job_number == "16-07957 (E)"
    assert (meta.date, meta.addressee) == (
        dt.date(2016, 5, 16),
        "the President of the Security Council",
    )
    assert meta.signatory.name == "Martha Ama Akyaa Pobee"
    assert parsed.letter.letter.paragraphs[0].text.startswith("I have the honour")
    assert [a.title for a in parsed.letter.annexes] == ["Communiqué on the situation in the Sahel"]
    assert parsed.letter.provenance.changes == ()
    assert unarchive.validate(parsed) == []


def test_the_symbol_in_a_column_is_located_exactly() -> None:
    parsed = unarchive.parse(SAMPLE / "input.txt", options=unarchive.Options())
    line = parsed.renditions[0].lines[0].text
    column = line.index("S/2016/447")
    malformed = line[:column] + "S/2016/0447" + line[column + len("S/2016/447") :]
    text = (SAMPLE / "input.txt").read_text(encoding="utf-8").replace(line, malformed, 1)
    found = [f for f in unarchive.validate(unarchive.parse(text.encode())) if f.code == "M002"]
    assert [(f.location.line, f.location.column) for f in found] == [(1, column + 1)]
