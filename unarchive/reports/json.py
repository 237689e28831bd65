"""The machine report of DESIGN §3: ``documents[]`` with status and findings, and ``summary``.

Written one document at a time, so that a batch of any size keeps no report
in memory. Each document record is one line (JSON's C encoder: a batch with
a hundred findings per document would otherwise spend more time indenting
JSON than checking documents); the summary is indented for people.
"""

from __future__ import annotations

from typing import Any

from unarchive.document_report import DocumentReport
from unarchive.findings import Finding
from unarchive.reports.jsonio import dumps_json

SCHEMA = "unarchive-report/1"


def document_record(report: DocumentReport) -> dict[str, Any]:
    record: dict[str, Any] = {
        "path": report.path,
        "sha256": report.sha256,
        "status": report.status(),
        "job_end": report.job_end,
        "findings": [finding_record(f) for f in report.findings],
    }
    if report.output is not None:
        record["output"] = report.output
    return record


def finding_record(finding: Finding) -> dict[str, Any]:
    """``Finding.to_dict()`` without the deep copies of ``dataclasses.asdict``; same keys, order."""
    loc = finding.location
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": str(finding.severity),
        "message": finding.message,
        "location": {
            "path": loc.path,
            "rendition": loc.rendition,
            "line": loc.line,
            "column": loc.column,
            "end_line": loc.end_line,
            "end_column": loc.end_column,
            "page": loc.page,
        },
    }


def opening() -> str:
    return f'{{\n  "schema": "{SCHEMA}",\n  "documents": ['


def prefix(index: int) -> str:
    return ("," if index else "") + "\n    "


def record(report: DocumentReport) -> str:
    return dumps_json(document_record(report), indent=None).rstrip("\n")


def closing(summary: dict[str, Any], count: int) -> str:
    body = dumps_json(summary).rstrip("\n").replace("\n", "\n  ")
    return ("\n  " if count else "") + f'],\n  "summary": {body}\n}}\n'
