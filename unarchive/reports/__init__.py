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
from unarchive.findings import Severity

Renderer = Callable[[Sequence[DocumentReport], dict[str, Any]], str]

FORMATS: dict[str, str] = {
    "text": "unarchive.reports.text:render",
    "json": "unarchive.reports.json:render",
    "jsonl": "unarchive.reports.jsonl:render",
    "sarif": "unarchive.reports.sarif:render",
    "junit": "unarchive.reports.junit:render",
    "github": "unarchive.reports.github:render",
}


def load_renderer(name: str) -> Renderer:
    module, function = FORMATS[name].split(":")
    renderer: Renderer = getattr(import_module(module), function)
    return renderer


def summarize(
    reports: Sequence[DocumentReport],
    seconds: float,
    *,
    fail_level: Severity = Severity.WARNING,
    baselined: int = 0,
) -> dict[str, Any]:
    """The ``summary`` block: documents by status and by how their check ended, findings, time."""
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
        "documents_by_job_end": dict(sorted(Counter(r.job_end for r in reports).items())),
        "findings": len(findings),
        "findings_by_code": dict(sorted(Counter(f.code for f in findings).items())),
        "findings_by_severity": dict(sorted(Counter(str(f.severity) for f in findings).items())),
        "baselined": baselined,
        "fail_level": str(fail_level),
        "seconds": round(seconds, 3),
    }


def statistics(reports: Sequence[DocumentReport], fmt: str = "text") -> str:
    """ruff's ``--statistics``: how many findings of each code, most frequent first."""
    from unarchive.reports.jsonio import dumps_json

    counts: Counter[tuple[str, str, str]] = Counter(
        (f.code, f.name, str(f.severity)) for r in reports for f in r.findings
    )
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if fmt in ("json", "jsonl"):
        table = [{"code": c, "name": n, "severity": s, "count": k} for (c, n, s), k in rows]
        return dumps_json(table)
    width = max((len(str(k)) for _, k in rows), default=1)
    return "".join(f"{k:>{width}}\t{c}\t{n}\t[{s}]\n" for (c, n, s), k in rows)
