"""SARIF 2.1.0 for code scanning: one run, the rule table as its rules, one result per finding.

Paths are relative as given, with ``/`` separators; the ``uri`` is an IRI, so
an Arabic file name is written as its own characters (byte-exact in the UTF-8
report) and only characters a URI cannot carry (space, ``%``, ``#``, ``?``,
controls, and bytes of a name that was not UTF-8) are percent-encoded. PDF
pages and renditions go into the result's ``properties``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from unarchive.document_report import DocumentReport
from unarchive.findings import Finding
from unarchive.reports.jsonio import dumps_json

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/unarchive/unarchive"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# RFC 3986 unreserved and reserved characters, less those that would change a path's meaning.
_URI_SAFE = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=:@"
)


def render(reports: Sequence[DocumentReport], summary: dict[str, Any]) -> str:
    from unarchive import __version__
    from unarchive.rules import RULES

    index = {code: i for i, code in enumerate(RULES)}
    results = [_result(f, index) for report in reports for f in report.findings]
    run = {
        "tool": {
            "driver": {
                "name": "unarchive",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule) for rule in RULES.values()],
            }
        },
        "invocations": [
            {"executionSuccessful": all(r.readable for r in reports)},
        ],
        "results": results,
    }
    return dumps_json({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]})


def _descriptor(rule: Any) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc.strip() or rule.summary},
        "defaultConfiguration": {"level": _LEVEL[str(rule.severity)]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    loc = finding.location
    physical: dict[str, Any] = {"artifactLocation": {"uri": iri(loc.path or "")}}
    if loc.line is not None:
        region: dict[str, int] = {"startLine": loc.line}
        if loc.column is not None:
            region["startColumn"] = loc.column
        if loc.end_line is not None:
            region["endLine"] = loc.end_line
        if loc.end_column is not None:
            region["endColumn"] = loc.end_column
        physical["region"] = region
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _LEVEL[str(finding.severity)],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical}],
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    properties = {k: v for k, v in (("rendition", loc.rendition), ("page", loc.page)) if v}
    if properties:
        result["properties"] = properties
    return result


def iri(path: str) -> str:
    """``path`` as a relative IRI reference: non-ASCII text kept, URI-unsafe bytes escaped."""
    out = []
    for char in path.replace(os.sep, "/"):
        code = ord(char)
        if char in _URI_SAFE or (code > 0x7F and not 0xDC80 <= code <= 0xDCFF):
            out.append(char)
        else:
            raw = os.fsencode(char) if 0xDC80 <= code <= 0xDCFF else char.encode("utf-8")
            out.append("".join(f"%{byte:02X}" for byte in raw))
    return "".join(out)
