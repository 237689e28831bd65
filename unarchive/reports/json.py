"""The machine report of DESIGN §3: ``documents[]`` with status and findings, and ``summary``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from unarchive.batch import DocumentReport
from unarchive.reports.jsonio import dumps_json

SCHEMA = "unarchive-report/1"


def document_record(report: DocumentReport) -> dict[str, Any]:
    record: dict[str, Any] = {
        "path": report.path,
        "sha256": report.sha256,
        "status": report.status(),
        "job_end": report.job_end,
        "findings": [f.to_dict() for f in report.findings],
    }
    if report.output is not None:
        record["output"] = report.output
    return record


def render(reports: Sequence[DocumentReport], summary: dict[str, Any]) -> str:
    document = {
        "schema": SCHEMA,
        "documents": [document_record(r) for r in reports],
        "summary": summary,
    }
    return dumps_json(document)
