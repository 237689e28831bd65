"""Baselines keyed by content and code: accepted findings vanish, new ones still surface."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import cli, register, unregister, write

from unarchive.baseline import SCHEMA, Baseline, BaselineError, build, load
from unarchive.document_report import DocumentReport
from unarchive.findings import Finding, Location, Severity


@pytest.fixture(autouse=True)
def letter_parser() -> Iterator[None]:
    register()
    yield
    unregister()


def _finding(code: str, line: int) -> Finding:
    return Finding(code, code.lower(), Severity.ERROR, "m", Location(line=line))


def test_a_count_per_code_lets_a_new_occurrence_surface() -> None:
    report = DocumentReport("a", "f" * 64, True, False, [_finding("E004", 1), _finding("E004", 9)])
    kept, accepted = Baseline({"f" * 64: {"E004": 1}}).apply(report)
    assert accepted == 1
    assert [f.location.line for f in kept.findings] == [9]
    kept, accepted = Baseline({"0" * 64: {"E004": 5}}).apply(report)
    assert (accepted, len(kept.findings)) == (0, 2), "another content: nothing accepted"


def test_undetermined_is_never_accepted() -> None:
    report = DocumentReport("a", "f" * 64, False, "undetermined", [_finding("E005", 1)])
    kept, accepted = Baseline({"f" * 64: {"E005": 1}}).apply(report)
    assert (accepted, kept.findings) == (0, report.findings)
    assert build([report])["documents"] == {}


def test_same_content_under_two_names_takes_the_larger_count() -> None:
    one = DocumentReport("b", "f" * 64, True, False, [_finding("E004", 1)])
    two = DocumentReport("a", "f" * 64, True, False, [_finding("E004", 1), _finding("E004", 2)])
    assert build([one, two]) == {
        "schema": SCHEMA,
        "documents": {"f" * 64: {"paths": ["a", "b"], "codes": {"E004": 2}}},
    }


def test_write_then_use_a_baseline(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    docs = tmp_path / "docs"
    write(docs, ["defective", "legacy", "good"])
    baseline = tmp_path / "baseline.json"
    common = ["--isolated", "--no-progress"]
    assert cli(["validate", str(docs), *common]) == 1
    assert cli(["validate", str(docs), "--write-baseline", str(baseline), *common]) == 0
    data = json.loads(baseline.read_bytes())
    assert data["schema"] == SCHEMA and len(data["documents"]) == 2
    capsysbinary.readouterr()

    assert (
        cli(["validate", str(docs), "--baseline", str(baseline), "--format", "json", *common]) == 0
    )
    report = json.loads(capsysbinary.readouterr().out)
    summary = report["summary"]
    assert [d["findings"] for d in report["documents"]] == [[], [], []], "accepted: not listed"
    assert (summary["findings"], summary["baselined"]) == (0, 2)
    assert summary["documents_by_status"] == {"valid": 3}

    # The original changes (a new defect appended): its findings are back, all of them.
    defective = docs / "000-defective.ltr"
    defective.write_bytes(defective.read_bytes() + "\ufffd\n".encode())
    assert cli(["validate", str(docs), "--baseline", str(baseline), *common]) == 1

    # An empty file: undetermined, whatever the baseline says.
    (docs / "003-empty.ltr").write_bytes(b"")
    assert cli(["validate", str(docs), "--baseline", str(baseline), *common]) == 3


def test_baseline_from_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "docs", ["defective"])
    monkeypatch.chdir(tmp_path)
    assert cli(["validate", "docs", "--write-baseline", "known.json", "--no-progress"]) == 0
    (tmp_path / "unarchive.toml").write_text('baseline = "known.json"\n')
    assert cli(["validate", "docs", "--no-progress"]) == 0
    assert cli(["validate", "docs", "--no-progress", "--isolated"]) == 1


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[]",
        b'{"schema": "other"}',
        b'{"schema": "unarchive-baseline/1", "documents": {"x": {"codes": {"E1": -1}}}}',
    ],
)
def test_a_broken_baseline_is_a_usage_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(content)
    with pytest.raises(BaselineError):
        load(path)
    write(tmp_path, ["good"])
    assert cli(["validate", str(tmp_path), "--baseline", str(path), "--isolated"]) == 2
