"""The Arabic rules on the seed document: each defect at its true line and column."""

from __future__ import annotations

from collections import Counter

import pytest
from arabic_mutations import SEED, load, validate_ar

from unarchive.findings import Finding
from unarchive.parsed import Parsed


@pytest.fixture(scope="module")
def seed() -> Parsed:
    parsed = load(SEED)
    assert len(parsed.renditions) == 2
    return parsed


@pytest.fixture(scope="module")
def findings(seed: Parsed) -> list[Finding]:
    return validate_ar(seed, select=("AR", "E"))


def _pdf(seed: Parsed) -> str:
    return seed.renditions[0].id


def _word(seed: Parsed) -> str:
    return seed.renditions[1].id


def _of(findings: list[Finding], code: str, rendition: str) -> list[Finding]:
    return [f for f in findings if f.code == code and f.location.rendition == rendition]


def _line(seed: Parsed, number: int) -> str:
    return next(line.text for _, line in seed.lines() if line.number == number)


def _span(seed: Parsed, f: Finding) -> str:
    loc = f.location
    assert loc.line is not None and loc.column is not None and loc.end_column is not None
    return _line(seed, loc.line)[loc.column - 1 : loc.end_column - 1]


def test_ar002_covers_every_justification_tatweel_and_not_the_abbreviation(seed, findings):
    hits = _of(findings, "AR002", _pdf(seed))
    covered = "".join(_span(seed, f) for f in hits)
    assert set(covered) == {"\u0640"}
    assert len(covered) == 971
    assert not any(f.location.line == 15 and f.location.column == 13 for f in hits)
    assert "هـ" in _line(seed, 15) and "هـ" in _line(seed, 173)
    assert _of(findings, "AR002", _word(seed)) == []


def test_ar003_reports_the_nineteen_word_tails(seed, findings):
    hits = _of(findings, "AR003", _pdf(seed))
    assert {f.location.line for f in hits} == {1, 80, 83, 106, 130, 160}
    assert len(hits) == 19
    assert all(_span(seed, f).startswith("\u0640") for f in hits)
    assert any(_span(seed, f) == "ــسؤوليتها" and f.location.column == 1 for f in hits)


def test_ar004_flags_phrase_order_lines_of_the_pdf_layer_only(seed, findings):
    lines = {f.location.line for f in _of(findings, "AR004", _pdf(seed))}
    assert {7, 10, 12, 15, 106, 171} <= lines
    assert _of(findings, "AR004", _word(seed)) == []
    twelve = next(f for f in findings if f.code == "AR004" and f.location.line == 12)
    assert twelve.location.column == 3  # the full stop stored first, after two spaces


def test_ar005_glued_digits_at_their_columns(seed, findings):
    spans = {(f.location.line, _span(seed, f)) for f in _of(findings, "AR005", _pdf(seed))}
    assert (39, "٢٧و") in spans
    assert (1, "٢٠١١أ") in spans
    assert (1, "ب٥ر") in spans
    assert len(spans) == 12


def test_ar006_run_together_words(seed, findings):
    spans = {(f.location.line, _span(seed, f)) for f in _of(findings, "AR006", _pdf(seed))}
    assert (73, "قوةالسلام") in spans
    assert (171, "الوطنيةيستند") in spans
    assert (91, "دولاربليون") in spans  # confirmed by the Word rendition


def test_ar007_three_reversed_groups_in_the_word_rendition(seed, findings):
    hits = _of(findings, "AR007", _word(seed))
    assert [(f.location.line, f.location.column) for f in hits] == [
        (182, 91),
        (182, 309),
        (182, 463),
    ]
    assert [_span(seed, f) for f in hits] == ["000 20", "000 20", "000 3"]
    assert _of(findings, "AR007", _pdf(seed)) == []


def test_ar016_finds_the_dot_level_mismapping(seed, findings):
    hits = [f for f in findings if f.code == "AR016"]
    assert [(f.location.rendition, f.location.line, f.location.column) for f in hits] == [
        (_pdf(seed), 156, 24)
    ]
    assert _span(seed, hits[0]) == "التراعات"
    assert "النزاعات" in hits[0].message


def test_ar017_unmirrored_signature_brackets(seed, findings):
    spans = {(f.location.line, _span(seed, f)) for f in _of(findings, "AR017", _pdf(seed))}
    assert (15, ") توقيع(") in spans
    assert len(spans) == 4


def test_word_rendition_is_nearly_silent(seed, findings):
    word = Counter(f.code for f in findings if f.location.rendition == _word(seed))
    assert word == Counter({"AR007": 3})


def test_no_character_level_false_alarms_on_the_seed(findings):
    codes = {f.code for f in findings}
    quiet = {"AR001", "AR008", "AR009", "AR010", "AR011", "AR012", "AR013", "AR014", "AR015"}
    assert not codes & quiet
    assert not {c for c in codes if c.startswith("E")}


def test_every_location_is_inside_its_line(seed, findings):
    for f in findings:
        text = _line(seed, f.location.line or 0)
        assert f.location.column is not None and 1 <= f.location.column <= len(text)
        if f.location.end_column is not None:
            assert f.location.column < f.location.end_column <= len(text) + 1
