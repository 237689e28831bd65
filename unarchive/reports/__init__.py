"""Report formats for ``validate``: one module per format, in one table.

A format that needs the whole batch at once has ``render(reports, summary) -> str``.
A format that can be written one document at a time (so that a batch of any
size keeps no report in memory) is listed in ``STREAMS`` and has ``opening()``,
``prefix(index)``, ``record(report)`` and ``closing(summary, count)`` instead;
``load_renderer`` makes its whole-batch form from those. A record does not depend on the document's
place in the report, so a worker makes it and the writing process only
copies it. To add a format: write ``reports/<fmt>.py`` and add one line to
``FORMATS``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from importlib import import_module
from typing import Any, Protocol

from unarchive.document_report import DocumentReport
from unarchive.findings import Severity

Renderer = Callable[[Sequence[DocumentReport], dict[str, Any]], str]

FORMATS: dict[str, str] = {
    "text": "unarchive.reports.text",
    "json": "unarchive.reports.json",
    "jsonl": "unarchive.reports.jsonl",
    "sarif": "unarchive.reports.sarif",
    "junit": "unarchive.reports.junit",
    "github": "unarchive.reports.github",
}
STREAMS = frozenset({"text", "json", "jsonl", "github"})


class Stream(Protocol):
    def opening(self) -> str: ...
    def prefix(self, index: int) -> str: ...
    def record(self, report: DocumentReport) -> str: ...
    def closing(self, summary: dict[str, Any], count: int) -> str: ...


def load_renderer(name: str) -> Renderer:
    if name in STREAMS:
        return partial(render_stream, load_stream(name))
    renderer: Renderer = import_module(FORMATS[name]).render
    return renderer


def load_stream(name: str) -> Stream:
    if name not in STREAMS:
        raise ValueError(f"the {name} report cannot be written one document at a time")
    module: Stream = import_module(FORMATS[name])
    return module


def render_stream(
    stream: Stream, reports: Sequence[DocumentReport], summary: dict[str, Any]
) -> str:
    parts = [stream.opening()]
    parts.extend(stream.prefix(i) + stream.record(report) for i, report in enumerate(reports))
    parts.append(stream.closing(summary, len(reports)))
    return "".join(parts)


class Tally:
    """The summary and the exit status, counted one document at a time."""

    def __init__(self, fail_level: Severity = Severity.WARNING) -> None:
        self.fail_level = fail_level
        self.documents = 0
        self.baselined = 0
        self.status = 0
        self.by_status: Counter[str] = Counter()
        self.by_job_end: Counter[str] = Counter()
        self.by_code: Counter[str] = Counter()
        self.by_severity: Counter[str] = Counter()

    def add(self, report: DocumentReport) -> None:
        self.documents += 1
        if report.valid == "undetermined":
            self.by_status["undetermined"] += 1
            self.status = 3
        else:
            self.by_status["valid" if report.valid else "invalid"] += 1
        self.by_job_end[report.job_end] += 1
        self.by_code.update(f.code for f in report.findings)
        self.by_severity.update(str(f.severity) for f in report.findings)
        if self.status == 0 and any(f.severity >= self.fail_level for f in report.findings):
            self.status = 1

    def summary(self, seconds: float) -> dict[str, Any]:
        """The ``summary`` block: documents by status and by how they ended, findings, time."""
        return {
            "documents": self.documents,
            "documents_by_status": dict(sorted(self.by_status.items())),
            "documents_by_job_end": dict(sorted(self.by_job_end.items())),
            "findings": sum(self.by_code.values()),
            "findings_by_code": dict(sorted(self.by_code.items())),
            "findings_by_severity": dict(sorted(self.by_severity.items())),
            "baselined": self.baselined,
            "fail_level": str(self.fail_level),
            "seconds": round(seconds, 3),
        }


def summarize(
    reports: Sequence[DocumentReport],
    seconds: float,
    *,
    fail_level: Severity = Severity.WARNING,
    baselined: int = 0,
) -> dict[str, Any]:
    tally = Tally(fail_level)
    for report in reports:
        tally.add(report)
    tally.baselined = baselined
    return tally.summary(seconds)


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
