"""Meta-tests on the tables: rule codes match the RULES.md contract; formats have readers."""

from __future__ import annotations

import re
from pathlib import Path

from unarchive.readers import READERS
from unarchive.rules import RULES
from unarchive.writers import WRITERS

CONTRACT = Path(__file__).resolve().parent / "data" / "RULES.md"  # a copy of shared/RULES.md


def _contract_rows() -> dict[str, str]:
    rows = re.findall(r"^\| ([A-Z]+\d{3}) \| ([a-z0-9-]+) \|", CONTRACT.read_text(), re.M)
    return dict(rows)


def test_every_contract_code_keeps_its_name() -> None:
    contract = _contract_rows()
    for code, rule in RULES.items():
        if code in contract:
            assert contract[code] == rule.name, code


def test_new_codes_only_extend_a_contract_family() -> None:
    """RULES.md: more rules may be added inside a family; codes are never reused."""
    contract = _contract_rows()
    families = {re.sub(r"\d+", "", code) for code in contract}
    for code, rule in RULES.items():
        if code not in contract:
            assert re.sub(r"\d+", "", code) in families, code
            assert rule.name not in contract.values(), code


def test_codes_are_unique_and_well_formed() -> None:
    for code, rule in RULES.items():
        assert re.fullmatch(r"(E|AR|S|M|X|J)\d{3}", code)
        assert rule.code == code
    names = [r.name for r in RULES.values()]
    assert len(names) == len(set(names))


def test_every_rule_is_documented() -> None:
    for rule in RULES.values():
        assert rule.summary and rule.summary != rule.name, rule.code
        for section in ("## Why it matters", "## Example", "## Hint"):
            assert section in rule.doc, (rule.code, section)


def test_every_exporter_has_a_reader() -> None:
    for name in WRITERS:
        assert name in READERS, f"{name} can be written but not read back"
