"""Render ``docs/rules.md`` from the rule table: the docstrings are the documentation.

One table (code, name, severity, summary) and then one section per rule with
its explanation. ``tests/test_rules_docs.py`` fails when the committed file is
stale; ``UNARCHIVE_UPDATE_GOLDENS=1`` rewrites it, as does
``python -m unarchive.docs_rules docs/rules.md``.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Mapping
from pathlib import Path

from unarchive.rules import RULES
from unarchive.rules.base import Rule

HEADER = """# Rules

Generated from the rule docstrings by `python -m unarchive.docs_rules docs/rules.md`;
do not edit by hand. Codes are stable (see `RULES.md`). Rules marked *emitted* are
reported by a parser or importer rather than by a check over the text.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _body(rule: Rule) -> str:
    """The docstring after its summary line, with its sections one heading level down."""
    lines = inspect.cleandoc(rule.doc).splitlines()[1:]
    out = [("#" + line) if line.startswith("## ") else line for line in lines]
    return "\n".join(out).strip()


def render(rules: Mapping[str, Rule] = RULES) -> str:
    parts = [HEADER, "| code | name | severity | summary |", "|---|---|---|---|"]
    for code, rule in rules.items():
        emitted = " (emitted)" if rule.check is None else ""
        parts.append(
            f"| [{code}](#{code.lower()}-{rule.name}) | {rule.name} | {rule.severity}{emitted} "
            f"| {_cell(rule.summary)} |"
        )
    for code, rule in rules.items():
        parts += ["", f"## {code} {rule.name}", "", f"*{rule.severity}*. {rule.summary}", ""]
        body = _body(rule)
        if body:
            parts.append(body)
    return "\n".join(parts).rstrip() + "\n"


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path("docs/rules.md")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
