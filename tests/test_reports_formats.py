"""Each report format, checked by its consumer: SARIF schema, a JUnit parser, the Actions syntax."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from batch_helpers import cli, e_settings, register, unregister, write
from junitparser import Error, Failure, JUnitXml

from unarchive.document_report import DocumentReport
from unarchive.findings import Finding, Location, Severity
from unarchive.reports import FORMATS, load_renderer, summarize
from unarchive.reports.github import annotation
from unarchive.reports.sarif import iri

ARABIC = "رسالة-مرفق.ltr"


@pytest.fixture(autouse=True)
def letter_parser() -> Iterator[None]:
    register()
    yield
    unregister()


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, object]:
    # The OASIS SARIF 2.1.0 schema (errata01), vendored: see tests/data/README.md.
    text = (Path(__file__).parent / "data" / "sarif-2.1.0.json").read_text("utf-8")
    schema: dict[str, object] = json.loads(text)
    return schema


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(
        tmp_path,
        ["defective", "good", "empty", "legacy"],
        names=[ARABIC, "b.ltr", "c.ltr", "d.ltr"],
    )
    return tmp_path


def _report(folder: Path, fmt: str, capsysbinary: pytest.CaptureFixture[bytes]) -> bytes:
    status = cli(["validate", str(folder), "--format", fmt, "--isolated", "--no-progress"])
    assert status == 3
    out: bytes = capsysbinary.readouterr().out
    return out


def test_sarif_is_valid_and_keeps_the_arabic_name(
    folder: Path, capsysbinary: pytest.CaptureFixture[bytes], sarif_schema: dict[str, object]
) -> None:
    out = _report(folder, "sarif", capsysbinary)
    log = json.loads(out)
    jsonschema.Draft4Validator(sarif_schema).validate(log)
    assert (folder / ARABIC).as_posix().encode() in out, "the name byte-exact in the UTF-8 report"
    results = log["runs"][0]["results"]
    # documents in path order (Arabic sorts after Latin), findings in document order
    assert [r["ruleId"] for r in results] == ["E005", "E001", "E004"]
    first = results[2]
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2,
        "startColumn": 3,
    }
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[first["ruleIndex"]]["id"] == "E004"
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_sarif_uri_escapes_only_what_a_uri_cannot_carry() -> None:
    assert iri("a b/رسالة#1.txt") == "a%20b/رسالة%231.txt"
    assert iri("caf\udce9.txt") == "caf%E9.txt"
    assert iri("100%.txt") == "100%25.txt"


def test_junit_parses_and_counts(folder: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    out = _report(folder, "junit", capsysbinary)
    target = folder.parent / "junit.xml"
    target.write_bytes(out)
    xml = JUnitXml.fromfile(str(target))
    suites = {Path(s.name).name: s for s in xml}
    assert set(suites) == {ARABIC, "b.ltr", "c.ltr", "d.ltr"}
    assert (str(folder / ARABIC)).encode() in out
    outcomes = {
        name: [type(r).__name__ for case in suite for r in case.result]
        for name, suite in suites.items()
    }
    assert outcomes == {ARABIC: ["Failure"], "b.ltr": [], "c.ltr": ["Error"], "d.ltr": ["Failure"]}
    (case,) = list(suites[ARABIC])
    (failure,) = case.result
    assert isinstance(failure, Failure) and failure.type == "E004"
    assert isinstance(next(iter(suites["c.ltr"])).result[0], Error)
    assert (xml.tests, xml.failures, xml.errors) == (4, 2, 1)


def test_junit_below_the_fail_level_passes(
    folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    cli(["validate", str(folder / "d.ltr"), "--format", "junit", "--fail-level", "error"])
    out = capsysbinary.readouterr().out
    assert b'failures="0"' in out and b"legacy-encoding" in out


def test_github_annotations(folder: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    lines = _report(folder, "github", capsysbinary).decode().splitlines()
    pattern = re.compile(r"^::(error|warning|notice) file=[^,:]+(,[a-zA-Z]+=[^,:]+)*::.+$")
    assert all(pattern.match(line) for line in lines), lines
    assert [line.split(" ")[0] for line in lines] == ["::error", "::warning", "::error"]
    assert lines[2].startswith(
        f"::error file={folder / ARABIC},line=2,col=3,title=E004 replacement-character::"
    )


def test_github_escapes_what_would_break_the_command() -> None:
    finding = Finding(
        "E003", "control-character", Severity.INFO, "50% a\nb", Location(path="a,b:c.txt")
    )
    assert (
        annotation(finding)
        == "::notice file=a%2Cb%3Ac.txt,title=E003 control-character::50%25 a%0Ab"
    )


def test_jsonl_is_one_record_per_line(
    folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    lines = _report(folder, "jsonl", capsysbinary).splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5
    assert [Path(r["path"]).name for r in records[:4]] == ["b.ltr", "c.ltr", "d.ltr", ARABIC]
    assert records[-1]["summary"]["documents"] == 4
    assert ARABIC.encode() in lines[3]


def test_json_report_has_the_contract_keys(
    folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    report = json.loads(_report(folder, "json", capsysbinary))
    document = report["documents"][3]
    assert document["path"] == str(folder / ARABIC)
    assert set(document) >= {"path", "sha256", "status", "findings"}
    assert set(document["status"]) == {"well_formed", "valid"}
    finding = document["findings"][0]
    assert set(finding) >= {"code", "name", "severity", "message", "location"}
    assert set(finding["location"]) >= {"rendition", "line", "column", "page", "path"}
    summary = report["summary"]
    assert summary["documents_by_status"] == {"invalid": 2, "undetermined": 1, "valid": 1}
    assert summary["findings_by_code"] == {"E001": 1, "E004": 1, "E005": 1}
    assert summary["documents_by_job_end"] == {"normal": 4}
    assert isinstance(summary["seconds"], float)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_an_empty_and_a_pathless_report(fmt: str) -> None:
    finding = Finding("E005", "unreadable-input", Severity.ERROR, "x", Location())
    reports = [DocumentReport("", None, False, "undetermined", [finding])]
    for batch in ([], reports):
        text = load_renderer(fmt)(batch, summarize(batch, 0.0))
        assert isinstance(text, str)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text", "github"])
def test_streamed_reports_are_the_whole_report(
    folder: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], fmt: str
) -> None:
    """What the CLI writes document by document is what ``render`` makes of the whole batch."""
    from unarchive.batch import Job
    from unarchive.executors import run

    out = tmp_path / f"report.{fmt}"
    cli(["validate", str(folder), "--format", fmt, "-o", str(out), "--isolated"])
    streamed = out.read_bytes().decode()
    reports = list(run([Job(p) for p in sorted(folder.glob("*.ltr"))], e_settings()))
    whole = load_renderer(fmt)(reports, summarize(reports, 0.0))
    seconds = re.compile(r'"seconds": ?[0-9.]+')
    assert seconds.sub("", streamed) == seconds.sub("", whole)
    if fmt == "json":
        data = json.loads(whole)
        lines = whole.splitlines()
        count = len(data["documents"])
        records = [json.loads(line.strip().rstrip(",")) for line in lines[3 : 3 + count]]
        assert records == data["documents"], "one line per document"
        assert lines[3 + count].strip().startswith("],")


def test_finding_records_are_the_findings_own_dicts() -> None:
    from unarchive.reports.json import finding_record

    finding = Finding(
        "AR002", "justification-tatweel", Severity.WARNING, "ـ", Location("p", "r1", 3, 4, 3, 5, 2)
    )
    assert finding_record(finding) == finding.to_dict()
    assert list(finding_record(finding)) == list(finding.to_dict())
    assert list(finding_record(finding)["location"]) == list(finding.to_dict()["location"])
