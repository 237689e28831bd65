"""GitHub Actions workflow commands: one ``::error file=…,line=…,col=…,title=CODE::message`` each.

Severity maps to ``error``, ``warning`` and ``notice``. Values are escaped as
the Actions runner expects (``%``, CR, LF everywhere; ``:`` and ``,`` inside
properties), so an Arabic path or message passes through unchanged.
"""

from __future__ import annotations

from typing import Any

from unarchive.document_report import DocumentReport
from unarchive.findings import Finding

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def opening() -> str:
    return ""


def prefix(index: int) -> str:
    return ""


def record(report: DocumentReport) -> str:
    return "".join(annotation(f) + "\n" for f in report.findings)


def closing(summary: dict[str, Any], count: int) -> str:
    return ""


def annotation(finding: Finding) -> str:
    loc = finding.location
    props = [("file", loc.path or "")]
    if loc.line is not None:
        props.append(("line", str(loc.line)))
        if loc.end_line is not None:
            props.append(("endLine", str(loc.end_line)))
        if loc.column is not None:
            props.append(("col", str(loc.column)))
        if loc.end_column is not None and loc.end_line == loc.line:
            props.append(("endColumn", str(loc.end_column)))
    props.append(("title", f"{finding.code} {finding.name}"))
    where = ",".join(f"{key}={_property(value)}" for key, value in props)
    message = finding.message
    if loc.page:
        message += f" (page {loc.page})"
    return f"::{_COMMAND[str(finding.severity)]} {where}::{_data(message)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
