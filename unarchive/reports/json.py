"""The machine report of DESIGN §3: ``documents[]`` with status and findings, and ``summary``.

Written one document at a time, so that a batch of any size keeps no report
in memory; the text is exactly what ``json.dumps(..., indent=2)`` of the whole
report would be.
"""

from __future__ import annotations

from collections.abc import Sequence
from textwrap import indent
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
    from unarchive.reports import json as this
    from unarchive.reports import render_stream

    return render_stream(this, reports, summary)


def opening() -> str:
    return f'{{\n  "schema": "{SCHEMA}",\n  "documents": ['


def document(report: DocumentReport, index: int) -> str:
    record = indent(dumps_json(document_record(report)).rstrip("\n"), "    ")
    return ("," if index else "") + "\n" + record


def closing(summary: dict[str, Any], count: int) -> str:
    body = dumps_json(summary).rstrip("\n").replace("\n", "\n  ")
    return ("\n  " if count else "") + f'],\n  "summary": {body}\n}}\n'
