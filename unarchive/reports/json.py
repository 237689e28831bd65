"""The machine report of DESIGN §3: ``documents[]`` with status and findings, and ``summary``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from unarchive.batch import DocumentReport


def document_record(report: DocumentReport) -> dict[str, Any]:
    return {
        "path": report.path,
        "sha256": report.sha256,
        "status": report.status(),
        "findings": [f.to_dict() for f in report.findings],
    }


def render(reports: Sequence[DocumentReport], summary: dict[str, Any]) -> str:
    document = {"documents": [document_record(r) for r in reports], "summary": summary}
    # surrogateescape'd bytes of a non-UTF-8 file name cannot be encoded as JSON text;
    # ensure_ascii=False keeps Arabic names byte-exact in the UTF-8 output.
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
