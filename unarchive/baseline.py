"""Baselines: accepting the known findings of archival originals without touching them.

An original cannot carry a ``noqa`` comment, so what is accepted lives in a
file beside the project, keyed by the document's content (sha256) and the
finding's code, with a count per code: a new occurrence of a known code in the
same document still surfaces, and so does every finding once the document
changes. Line numbers are not part of the key, so the baseline does not break
when a parser improves its positions. Findings of a document that could not
be read are never accepted: "undetermined" must never turn into "valid".
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from unarchive.document_report import DocumentReport
from unarchive.findings import UnarchiveError

SCHEMA = "unarchive-baseline/1"


class BaselineError(UnarchiveError):
    """The baseline file cannot be read or is not a baseline."""


@dataclass(frozen=True)
class Baseline:
    """sha256 -> code -> how many findings of that code are accepted."""

    entries: dict[str, dict[str, int]]

    def apply(self, report: DocumentReport) -> tuple[DocumentReport, int]:
        """The report without its accepted findings, and how many were accepted."""
        accepted = self.entries.get(report.sha256 or "")
        if not accepted or not report.readable:
            return report, 0
        budget = Counter(accepted)
        kept = []
        for finding in report.findings:
            if budget[finding.code] > 0:
                budget[finding.code] -= 1
            else:
                kept.append(finding)
        return replace(report, findings=kept), len(report.findings) - len(kept)


def load(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_bytes())
    except OSError as error:
        raise BaselineError(f"{path}: cannot be read: {error.strerror or error}") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: not JSON: {error}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BaselineError(f"{path}: not an unarchive baseline (expected schema {SCHEMA!r})")
    documents = data.get("documents")
    if not isinstance(documents, dict):
        raise BaselineError(f"{path}: 'documents' must be an object keyed by sha256")
    return Baseline({sha: _counts(path, sha, entry) for sha, entry in documents.items()})


def _counts(path: Path, sha: str, entry: Any) -> dict[str, int]:
    codes = entry.get("codes") if isinstance(entry, dict) else None
    if not isinstance(codes, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in codes.values()
    ):
        raise BaselineError(f"{path}: documents.{sha}.codes must map codes to counts")
    return {str(code): int(n) for code, n in codes.items()}


def build(reports: Iterable[DocumentReport]) -> dict[str, Any]:
    """The baseline accepting every finding of every readable document in ``reports``.

    The path is kept as a note for people; only sha256 and code count.
    """
    documents: dict[str, dict[str, Any]] = {}
    for report in reports:
        if not report.readable or not report.sha256 or not report.findings:
            continue
        entry = documents.setdefault(report.sha256, {"paths": [], "codes": {}})
        if report.path not in entry["paths"]:
            entry["paths"].append(report.path)
        codes = Counter(f.code for f in report.findings)
        # The same content under two names: accept the larger count, not the sum.
        for code, count in codes.items():
            entry["codes"][code] = max(entry["codes"].get(code, 0), count)
    ordered = {sha: _sorted(entry) for sha, entry in sorted(documents.items())}
    return {"schema": SCHEMA, "documents": ordered}


def _sorted(entry: dict[str, Any]) -> dict[str, Any]:
    return {"paths": sorted(entry["paths"]), "codes": dict(sorted(entry["codes"].items()))}


def dumps(reports: Sequence[DocumentReport]) -> bytes:
    from unarchive.reports.jsonio import dumps_json

    return dumps_json(build(reports)).encode("utf-8")
