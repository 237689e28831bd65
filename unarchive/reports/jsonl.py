"""JSON Lines: one document record per line, then one line ``{"summary": …}``, for streaming."""

from __future__ import annotations

from typing import Any

from unarchive.document_report import DocumentReport
from unarchive.reports.json import document_record
from unarchive.reports.jsonio import dumps_json


def opening() -> str:
    return ""


def prefix(index: int) -> str:
    return ""


def record(report: DocumentReport) -> str:
    return dumps_json(document_record(report), indent=None)


def closing(summary: dict[str, Any], count: int) -> str:
    return dumps_json({"summary": summary}, indent=None)
