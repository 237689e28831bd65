"""S rules: each on its samples/rules pair, with the locations it reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from unarchive.findings import Finding
from unarchive.model import Letter
from unarchive.parsed import Parsed
from unarchive.pipeline import parse
from unarchive.rules import RULES, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "rules"
CODES = [f"S{n:03d}" for n in range(1, 10)]


def found(path: Path, code: str) -> list[Finding]:
    return [f for f in validate(parse(path), select=(code,))]


def folder(code: str) -> Path:
    return SAMPLES / f"{code}-{RULES[code].name}"


@pytest.mark.parametrize("code", CODES)
def test_bad_fires_and_good_does_not(code: str) -> None:
    assert found(folder(code) / "bad.txt", code)
    assert found(folder(code) / "good.txt", code) == []


def _where(finding: Finding) -> tuple[str | None, int | None, int | None]:
    return finding.location.rendition, finding.location.line, finding.location.column


def test_locations() -> None:
    [s001] = found(folder("S001") / "bad.txt", "S001")
    assert _where(s001) == ("r1", 1, 1)
    [s005] = found(folder("S005") / "bad.txt", "S005")
    line = (
        (folder("S005") / "bad.txt").read_text(encoding="utf-8").split("\n")[s005.location.line - 1]
    )
    assert line[s005.location.column - 1 :].startswith("المرفق")
    [s006] = found(folder("S006") / "bad.txt", "S006")
    assert _where(s006) == ("r1", 11, 22)
    assert "2012-02-07" in s006.message
    [s008] = found(folder("S008") / "bad.txt", "S008")
    assert _where(s008) == ("r1", 8, 18)
    assert "«خوجا»" in s008.message and "run together" in s008.message
    [s009] = found(folder("S009") / "bad.txt", "S009")
    assert s009.location.line == 15 and "line 14" in s009.message


def test_incomplete_rendition_names_what_is_missing() -> None:
    [s007] = found(folder("S007") / "bad.txt", "S007")
    assert _where(s007) == ("r2", 15, 1)
    assert "the title" in s007.message and "letter paragraph 1" in s007.message


def test_s007_needs_two_renditions() -> None:
    path = SAMPLES.parent / "letters" / "ar-text-word-only" / "input.txt"
    assert found(path, "S007") == []


def test_name_and_title_on_one_line_with_a_space() -> None:
    text = (folder("S008") / "good.txt").read_text(encoding="utf-8")
    text = text.replace("(توقيع) فريد خوجا\nالممثل الدائم", "(توقيع) فريد خوجا الممثل الدائم")
    parsed = parse(text.encode("utf-8"))
    [s008] = [f for f in validate(parsed) if f.code == "S008"]
    assert "on one line" in s008.message and _where(s008) == ("r1", 8, 19)
    assert parsed.letter.metadata.signatory.name == "فريد خوجا"
    assert parsed.letter.metadata.signatory.title == "الممثل الدائم"


def test_empty_paragraph() -> None:
    text = "\t(توقيع) فريد خوجا\n\t\n\t.\n"
    codes = [(f.code, f.location.line) for f in validate(parse(text.encode()), select=("S009",))]
    assert codes == [("S009", 2), ("S009", 3)]


def test_letter_without_renditions_is_judged_on_the_letter() -> None:
    findings = validate(Parsed(Letter()), select=("S",))
    assert {f.code for f in findings} == {"S001", "S002", "S003", "S004"}
    assert all(f.location.line is None for f in findings)


def test_a_note_verbale_needs_no_signature() -> None:
    text = (folder("S004") / "bad.txt").read_text(encoding="utf-8")
    assert found(folder("S004") / "bad.txt", "S004")
    note = text.replace("رسالة مؤرخة", "مذكرة شفوية مؤرخة")
    assert validate(parse(note.encode("utf-8")), select=("S004",)) == []


def test_the_missing_signature_message_names_the_letters_own_marker() -> None:
    [arabic] = found(folder("S004") / "bad.txt", "S004")
    assert "«(توقيع)»" in arabic.message
    english = (
        "Letter dated 3 April 2013 from the Permanent Representative of Ruritania"
        " to the United Nations addressed to the Secretary-General\n\n"
        "I have the honour to inform you that the weather was fine.\n"
    )
    [finding] = validate(parse(english.encode("utf-8")), select=("S004",))
    assert "(Signed)" in finding.message and "توقيع" not in finding.message
