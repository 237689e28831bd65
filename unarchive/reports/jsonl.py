"""JSON Lines: one document record per line, then one line ``{"summary": …}``, for streaming."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from unarchive.batch import DocumentReport
from unarchive.reports.json import document_record
from unarchive.reports.jsonio import dumps_json


def render(reports: Sequence[DocumentReport], summary: dict[str, Any]) -> str:
    lines = [dumps_json(document_record(r), indent=None) for r in reports]
    lines.append(dumps_json({"summary": summary}, indent=None))
    return "".join(lines)
