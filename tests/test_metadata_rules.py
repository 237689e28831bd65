"""M rules: each on its samples/rules pair, with the locations and reasons it reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unarchive.findings import Finding
from unarchive.model import Letter, LetterBody, Metadata, Paragraph
from unarchive.options import Options
from unarchive.parsed import Parsed
from unarchive.pipeline import parse
from unarchive.rules import RULES, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "rules"
CODES = [f"M{n:03d}" for n in range(1, 6)]
GOOD = (SAMPLES / "M001-missing-symbol" / "good.txt").read_text(encoding="utf-8")


def found(parsed: Parsed, code: str) -> list[Finding]:
    return validate(parsed, select=(code,))


def folder(code: str) -> Path:
    return SAMPLES / f"{code}-{RULES[code].name}"


@pytest.mark.parametrize("code", CODES)
def test_bad_fires_and_good_does_not(code: str) -> None:
    assert found(parse(folder(code) / "bad.txt"), code)
    assert found(parse(folder(code) / "good.txt"), code) == []


def test_supplied_symbol_silences_m001_and_is_checked() -> None:
    text = GOOD.replace("S/2012/80\n", "").encode("utf-8")
    assert found(parse(text, options=Options(symbol="S/2012/80")), "M001") == []
    [m002] = found(parse(text, options=Options(symbol="S/2012/080")), "M002")
    assert m002.location.line is None and "leading zero" in m002.message


def test_printed_malformed_symbol_location() -> None:
    text = GOOD.replace("S/2012/80", "  s/2012/80")
    [m002] = found(parse(text.encode("utf-8")), "M002")
    assert (m002.location.line, m002.location.column) == (1, 3)
    assert "capitals" in m002.message


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("6 شباط/فبراير 2012", "30 شباط/فبراير 2012", "not a possible date"),
        ("6 شباط/فبراير 2012", "6 شباط/مارس 2012", "not a possible date"),
        ("2012", "1944", "before the UN Charter"),
        ("2012", "2999", "in the future"),
    ],
)
def test_implausible_dates(old: str, new: str, reason: str) -> None:
    findings = found(parse(GOOD.replace(old, new).encode("utf-8")), "M003")
    assert len(findings) == 2  # the title and the annex heading
    assert all(reason in f.message for f in findings)
    assert [(f.location.line, f.location.column) for f in findings] == [(3, 13), (11, 22)]


def test_inconsistent_date_points_at_the_other_rendition() -> None:
    [m004] = found(parse(folder("M004") / "bad.txt"), "M004")
    assert m004.location.rendition == "r2"
    assert "2012-02-07" in m004.message and "2012-02-06" in m004.message


def test_masthead_date_before_the_letter() -> None:
    text = GOOD.replace("S/2012/80\n", "S/2012/80\n1 شباط/فبراير 2012\n")
    [m004] = found(parse(text.encode("utf-8")), "M004")
    assert m004.location.line == 2


def test_language_mismatch_on_an_imported_letter() -> None:
    paragraph = Paragraph(text="يشرفني أن أحيل إليكم طيه بيانا صادرا عن وزارة الخارجية.")
    letter = Letter(
        metadata=Metadata(language="en", date=dt.date(2012, 2, 6)),
        letter=LetterBody(paragraphs=(paragraph,)),
    )
    [m005] = found(Parsed(letter), "M005")
    assert "«en»" in m005.message
    assert (
        found(Parsed(letter.model_copy(update={"metadata": Metadata(language="ar")})), "M005") == []
    )
