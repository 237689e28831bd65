"""The TEI and JSON samples: each reads as its golden says and converts both ways exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES, UPDATE_GOLDENS
from unarchive.findings import Finding, Severity, UnreadableInput
from unarchive.pipeline import parse
from unarchive.writers import export

CASES = sorted(p for kind in ("tei", "json") for p in (SAMPLES / kind).iterdir() if p.is_dir())


def _input(case: Path) -> Path:
    (found,) = [p for p in case.iterdir() if p.name.startswith("input.")]
    return found


def _read(case: Path):  # type: ignore[no-untyped-def]
    path = _input(case)
    return parse(path, name=path.relative_to(ROOT).as_posix())


def _findings_text(findings: list[Finding]) -> str:
    def place(value: int | None) -> str:
        return "-" if value is None else str(value)

    rows = [f"{f.code}\t{place(f.location.line)}:{place(f.location.column)}" for f in findings]
    return "".join(row + "\n" for row in rows)


def _golden(path: Path, actual: str) -> None:
    if UPDATE_GOLDENS:
        path.write_text(actual, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == actual, f"{path} is stale"


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sample_reads_as_its_golden_says(case: Path) -> None:
    parsed = _read(case)
    _golden(case / "expected.json", export(parsed.letter, "json").decode("utf-8"))
    _golden(case / "findings.txt", _findings_text(parsed.findings))


CLEAN = CASES  # even a refused document (an empty Letter) must round-trip


@pytest.mark.parametrize("case", CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sample_converts_to_tei_and_json_and_back_exactly(case: Path) -> None:
    letter = _read(case).letter
    as_json = export(letter, "json")
    from_json = parse(as_json, format="json")
    as_tei = export(from_json.letter, "tei")
    from_tei = parse(as_tei, format="tei")
    assert from_json.findings == [] and from_tei.findings == []
    assert from_tei.letter == letter
    assert export(from_tei.letter, "json") == as_json


@pytest.mark.parametrize("case", [c for c in CASES if "invalid" in c.name or "future" in c.name])
def test_broken_samples_give_error_findings_with_lines(case: Path) -> None:
    findings = _read(case).findings
    errors = [f for f in findings if f.severity is Severity.ERROR]
    assert errors
    assert all(f.location.line for f in errors)


def test_own_tei_sample_is_what_the_writer_writes_today() -> None:
    letter = parse(SAMPLES / "json" / "ar-seed-letter" / "input.json").letter
    written = export(letter, "tei")
    sample = SAMPLES / "tei" / "ar-seed-letter" / "input.xml"
    if UPDATE_GOLDENS:
        sample.write_bytes(written)
    assert sample.read_bytes() == written


PARSED = sorted(
    [*SAMPLES.glob("letters/*/input.*"), *SAMPLES.glob("pdf/*.pdf"), *SAMPLES.glob("docx/*.docx")]
)


@pytest.mark.parametrize("path", PARSED, ids=lambda p: p.relative_to(SAMPLES).as_posix())
def test_every_parsed_sample_converts_to_tei_and_json_and_back(path: Path) -> None:
    """Real parser output (text, PDF, DOCX through the letter grammar), not only made-up Letters."""
    try:
        letter = parse(path).letter
    except UnreadableInput as error:  # e.g. the scanned PDF: nothing to convert
        assert error.reason
        return
    for fmt in ("tei", "json"):
        back = parse(export(letter, fmt), format=fmt)
        assert back.findings == []
        assert back.letter == letter
