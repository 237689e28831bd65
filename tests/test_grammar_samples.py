"""Golden samples under samples/letters/: the findings of the codes this parser owns, and the JSON.

``findings.txt`` lists ``CODE<TAB>line:col`` for the S and M codes and the
decoding codes E001/E002; ``expected.json`` is the Letter as the JSON exporter
writes it (``source`` set to ``input.txt``, ``unicode_version`` left out, as both depend
on the machine). ``UNARCHIVE_UPDATE_GOLDENS=1`` rewrites both from the current code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from unarchive.pipeline import parse
from unarchive.rules import validate
from unarchive.writers.json import dumps

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "letters"
# Cases with goldens; a text sample without them (written for another test) is not one.
CASES = sorted(p.parent.name for p in SAMPLES.glob("*/findings.txt"))
UPDATE = os.environ.get("UNARCHIVE_UPDATE_GOLDENS") == "1"


def _owned(code: str) -> bool:
    return code.startswith(("S", "M")) or code in ("E001", "E002")


def _findings(case: str) -> str:
    parsed = parse(SAMPLES / case / "input.txt")
    lines = [
        f"{f.code}\t{f.location.line or '-'}:{f.location.column or '-'}"
        for f in validate(parsed)
        if _owned(f.code)
    ]
    return "".join(line + "\n" for line in lines)


def _json(case: str) -> bytes:
    parsed = parse(SAMPLES / case / "input.txt")
    # The Unicode version follows the installed unicodedata2: not part of the golden.
    provenance = parsed.letter.provenance.model_copy(
        update={"source": "input.txt", "unicode_version": None}
    )
    return dumps(parsed.letter.model_copy(update={"provenance": provenance}))


def test_there_are_samples() -> None:
    assert "ar-text-seed-two-renditions" in CASES
    assert len(CASES) >= 5
    arabic = {p.parent.name for p in SAMPLES.glob("ar-text-*/input.txt")}
    assert arabic <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_findings_golden(case: str) -> None:
    path = SAMPLES / case / "findings.txt"
    found = _findings(case)
    if UPDATE:
        path.write_text(found, encoding="utf-8")
    assert found == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_json_golden(case: str) -> None:
    path = SAMPLES / case / "expected.json"
    found = _json(case)
    if UPDATE:
        path.write_bytes(found)
    assert found == path.read_bytes()
