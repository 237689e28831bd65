"""docs/rules.md is generated from the rule docstrings and must be current."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from unarchive.docs_rules import render
from unarchive.rules import RULES

DOC = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
SECTIONS = ("## Why it matters", "## Example", "## Hint")


def test_rules_md_is_current():
    expected = render()
    if os.environ.get("UNARCHIVE_UPDATE_GOLDENS") == "1":
        DOC.parent.mkdir(parents=True, exist_ok=True)
        DOC.write_text(expected, encoding="utf-8")
    assert DOC.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is stale: run UNARCHIVE_UPDATE_GOLDENS=1 pytest tests/test_rules_docs.py"
    )


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_documents_why_example_and_hint(code):
    doc = RULES[code].doc
    assert doc.strip().splitlines()[0].strip(), f"{code} has no summary line"
    for section in SECTIONS:
        assert section in doc, f"{code} lacks {section!r}"


def test_rendered_table_lists_every_code_once():
    text = render()
    for code, rule in RULES.items():
        assert text.count(f"## {code} {rule.name}") == 1
        assert f"| [{code}](#" in text


def test_stale_doc_is_detected(tmp_path):
    from unarchive.rules.base import Rule

    shortened = dict(list(RULES.items())[:-1])
    assert render(shortened) != render()
    assert isinstance(next(iter(RULES.values())), Rule)
