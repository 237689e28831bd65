"""Report formats for ``validate``: one function per format, in one table.

A report function takes the finished ``DocumentReport`` list and the run's
summary and returns the text to print. To add a format: write
``reports/<fmt>.py`` with ``render(reports, summary) -> str`` and add one line
to ``FORMATS``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

from unarchive.batch import DocumentReport

Renderer = Callable[[Sequence[DocumentReport], dict[str, Any]], str]

FORMATS: dict[str, str] = {
    "text": "unarchive.reports.text:render",
    "json": "unarchive.reports.json:render",
}


def load_renderer(name: str) -> Renderer:
    module, function = FORMATS[name].split(":")
    renderer: Renderer = getattr(import_module(module), function)
    return renderer


def summarize(reports: Sequence[DocumentReport], seconds: float) -> dict[str, Any]:
    """The ``summary`` block: documents by status, findings by code and severity, time."""
    by_status: Counter[str] = Counter()
    for report in reports:
        if report.valid == "undetermined":
            by_status["undetermined"] += 1
        else:
            by_status["valid" if report.valid else "invalid"] += 1
    findings = [f for r in reports for f in r.findings]
    return {
        "documents": len(reports),
        "documents_by_status": dict(sorted(by_status.items())),
        "findings": len(findings),
        "findings_by_code": dict(sorted(Counter(f.code for f in findings).items())),
        "findings_by_severity": dict(sorted(Counter(str(f.severity) for f in findings).items())),
        "seconds": round(seconds, 3),
    }
