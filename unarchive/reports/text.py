"""The report for people: one line per finding, ruff style, then a summary line."""

from __future__ import annotations

from typing import Any

from unarchive.document_report import DocumentReport
from unarchive.findings import Finding


def opening() -> str:
    return ""


def prefix(index: int) -> str:
    return ""


def record(report: DocumentReport) -> str:
    return "".join(format_finding(f) + "\n" for f in report.findings)


def closing(summary: dict[str, Any], count: int) -> str:
    return _summary_line(summary) + "\n"


def format_finding(finding: Finding) -> str:
    loc = finding.location
    where = loc.path or "-"
    if loc.line is not None:
        where += f":{loc.line}:{loc.column or 1}"
    extra = []
    if loc.rendition:
        extra.append(f"rendition {loc.rendition}")
    if loc.page:
        extra.append(f"page {loc.page}")
    suffix = f" ({', '.join(extra)})" if extra else ""
    return f"{where}: {finding.code} [{finding.severity}] {finding.message}{suffix}"


def _summary_line(summary: dict[str, Any]) -> str:
    statuses = ", ".join(f"{n} {s}" for s, n in summary["documents_by_status"].items())
    docs = summary["documents"]
    noun = "document" if docs == 1 else "documents"
    return f"{docs} {noun} ({statuses or 'none'}), {summary['findings']} findings."
