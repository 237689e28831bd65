"""The rule table and the driver that runs it.

``RULES`` is the one table of every code, written out in run order, family by
family (E, AR, S, M, X/J). To add a rule: write the check in its family's
module with ``@rule``, add it to that module's ``RULES`` tuple, add a
``samples/rules/<CODE>-<name>/`` pair and regenerate ``docs/rules.md``.
"""

from __future__ import annotations

from collections.abc import Iterable

from unarchive.findings import Finding, Severity
from unarchive.parsed import Parsed
from unarchive.rules import arabic, encoding, importing, metadata, structure
from unarchive.rules.base import Hit, Rule, is_selected, rule

RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        *encoding.RULES,
        *arabic.RULES,
        *structure.RULES,
        *metadata.RULES,
        *importing.RULES,
    )
}


def validate(
    parsed: Parsed,
    *,
    select: Iterable[str] = ("",),
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Every selected finding about ``parsed``: the parser's own and each rule's.

    Never raises for content. Findings are sorted by rendition, line and column.
    """
    select, ignore = tuple(select), tuple(ignore)
    found = [f for f in parsed.findings if is_selected(f.code, select, ignore)]
    for code, each in RULES.items():
        if each.check is None or not is_selected(code, select, ignore):
            continue
        name, severity = each.name, each.severity  # Rule.finding, inlined: ~1000 hits a document
        hits = each.check(parsed)
        found.extend([Finding(code, name, severity, h.message, h.location) for h in hits])
    return sorted(found, key=_order)


def _order(finding: Finding) -> tuple[int, int, str, str]:
    """Location.sort_key, then the code, without a method call per finding."""
    where = finding.location
    return (where.line or 0, where.column or 0, where.rendition or "", finding.code)


def worst(findings: Iterable[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)


__all__ = ["RULES", "Hit", "Rule", "rule", "validate", "worst"]
