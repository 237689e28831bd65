"""Every rule with a check has a samples/rules/<CODE>-<name>/ pair: bad fires it, good does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from arabic_mutations import load

from unarchive.rules import RULES, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "rules"
CHECKED = sorted(code for code, rule in RULES.items() if rule.check is not None)


def _folder(code: str) -> Path:
    return SAMPLES / f"{code}-{RULES[code].name}"


@pytest.mark.parametrize("code", CHECKED)
def test_rule_has_a_bad_good_pair(code):
    assert (_folder(code) / "bad.txt").is_file(), f"no samples/rules/{code}-… bad.txt"
    assert (_folder(code) / "good.txt").is_file(), f"no samples/rules/{code}-… good.txt"


@pytest.mark.parametrize("code", CHECKED)
def test_bad_fires_and_good_does_not(code):
    bad = [f.code for f in validate(load(_folder(code) / "bad.txt"))]
    good = [f.code for f in validate(load(_folder(code) / "good.txt"))]
    assert code in bad
    assert code not in good


def test_no_sample_folder_without_a_rule():
    names = {f"{code}-{rule.name}" for code, rule in RULES.items()}
    folders = {p.name for p in SAMPLES.iterdir() if p.is_dir()}
    assert folders <= names
