"""JUnit XML for CI test tabs: one ``testsuite`` per document, one ``testcase`` per finding.

A finding at or above the fail level is a ``failure``; a document that could
not be read or fully checked is an ``error``; a document without failing
findings is one passing test case, so CI shows it as checked. Text that XML
1.0 cannot carry (controls, bytes of a name that was not UTF-8) is written
as ``\\xNN`` escapes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.etree import ElementTree as ET

from unarchive.document_report import DocumentReport
from unarchive.findings import Finding, Severity

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(reports: Sequence[DocumentReport], summary: dict[str, Any]) -> str:
    fail_level = Severity.parse(summary.get("fail_level", "warning"))
    root = ET.Element("testsuites", name="unarchive")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for report in reports:
        suite = _suite(report, fail_level)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", f"{summary.get('seconds', 0):.3f}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(report: DocumentReport, fail_level: Severity) -> ET.Element:
    path = _xml(report.path)
    suite = ET.Element("testsuite", name=path, time=f"{report.seconds:.3f}")
    failures = errors = 0
    cases = []
    for finding in report.findings:
        case = _case(finding, path)
        if not report.readable:
            _outcome(case, "error", finding)
            errors += 1
        elif finding.severity >= fail_level:
            _outcome(case, "failure", finding)
            failures += 1
        else:
            ET.SubElement(case, "system-out").text = _xml(_describe(finding))
        cases.append(case)
    if not failures and not errors:
        cases.append(ET.Element("testcase", name="document checked", classname=path, file=path))
    suite.extend(cases)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    return suite


def _case(finding: Finding, path: str) -> ET.Element:
    loc = finding.location
    where = f" {loc.line}:{loc.column or 1}" if loc.line is not None else ""
    case = ET.Element("testcase", name=f"{finding.code}{where}", classname=path, file=path)
    if loc.line is not None:
        case.set("line", str(loc.line))
    return case


def _outcome(case: ET.Element, kind: str, finding: Finding) -> None:
    element = ET.SubElement(case, kind, message=_xml(finding.message), type=finding.code)
    element.text = _xml(_describe(finding))


def _describe(finding: Finding) -> str:
    loc = finding.location
    parts = [f"{finding.code} {finding.name} [{finding.severity}]: {finding.message}"]
    if loc.line is not None:
        parts.append(f"line {loc.line}, column {loc.column or 1}")
    if loc.rendition:
        parts.append(f"rendition {loc.rendition}")
    if loc.page:
        parts.append(f"page {loc.page}")
    return "; ".join(parts)


def _xml(text: str) -> str:
    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"

    return _NOT_XML.sub(escape, text)
