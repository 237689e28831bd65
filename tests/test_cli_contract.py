"""The CLI contract of DESIGN §3: commands, exit statuses, the JSON report's keys, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from unarchive.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "unarchive", *args],
        capture_output=True,
        cwd=cwd,
        env=env,
        check=False,
    )


def test_rules_lists_every_code(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from unarchive.rules import RULES

    assert main(["rules", "--format", "json"]) == 0
    table = json.loads(capsysbinary.readouterr().out)
    assert [row["code"] for row in table] == list(RULES)
    assert {"code", "name", "severity", "summary"} <= set(table[0])


@pytest.mark.parametrize("content", [None, b""])
def test_missing_or_empty_input_is_unreadable_exit_3(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "letter.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("validate", str(path), "--format", "json")
    assert result.returncode == 3
    assert b"Traceback" not in result.stderr
    report = json.loads(result.stdout)
    (document,) = report["documents"]
    assert document["status"] == {"well_formed": False, "valid": "undetermined"}
    assert document["findings"][0]["code"] == "E005"
    assert report["summary"]["documents_by_status"] == {"undetermined": 1}


def test_usage_error_is_exit_2_without_traceback() -> None:
    result = run("convert", "x.txt", "--to", "docbook")
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_several_inputs_need_an_output_folder(tmp_path: Path) -> None:
    result = run("convert", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--to", "json")
    assert result.returncode == 2
    assert b"output folder" in result.stderr


def test_arabic_file_name_is_byte_exact_in_reports(tmp_path: Path) -> None:
    name = "رسالة مؤرخة.txt"
    (tmp_path / name).write_bytes(b"")
    result = run("validate", name, "--format", "json", cwd=tmp_path)
    assert result.returncode == 3
    assert name.encode("utf-8") in result.stdout
    assert json.loads(result.stdout)["documents"][0]["path"] == name


def test_non_utf8_file_name_comes_back_as_the_same_bytes(tmp_path: Path) -> None:
    raw = b"\xd1\xd3\xc7\xe1\xc9.txt"  # "رسالة" in cp1256: not valid UTF-8
    (tmp_path / os.fsdecode(raw)).write_bytes(b"")
    result = run("validate", os.fsdecode(raw), cwd=tmp_path)
    assert raw in result.stdout


def test_exit_zero_does_not_hide_unreadable_input(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("validate", str(tmp_path / "empty.txt"), "--exit-zero").returncode == 3


SEED = ROOT / "samples" / "letters" / "ar-text-seed-two-renditions" / "input.txt"


def test_repair_writes_a_copy_that_no_longer_has_the_safe_codes(tmp_path: Path) -> None:
    before = SEED.read_bytes()
    out = tmp_path / "repaired.txt"
    result = run("repair", str(SEED), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert SEED.read_bytes() == before
    assert b"AR002 1:2 " in result.stderr  # every change is reported with its location
    report = json.loads(run("validate", str(out), "--format", "json").stdout)
    codes = set(report["summary"]["findings_by_code"])
    assert not codes & {"AR001", "AR002", "AR009", "AR010", "AR013"}


def test_repair_refuses_to_overwrite_its_input() -> None:
    before = SEED.read_bytes()
    result = run("repair", str(SEED), "-o", str(SEED))
    assert result.returncode == 2
    assert SEED.read_bytes() == before


def _dirty_letter(tmp_path: Path) -> Path:
    """A clean sample letter with a justification tatweel and presentation forms typed in."""
    clean = ROOT / "samples" / "letters" / "ar-text-clean-logical" / "input.txt"
    lines = clean.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if "الحكومة" in line and "قلقها" in line)
    lines[number] = lines[number].replace("الحكومة", "الحكــومة", 1).replace("قلقها", "ﻗﻠﻘﻬﺎ", 1)
    path = tmp_path / "dirty.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_convert_exports_the_text_as_typed_and_records_each_repair(tmp_path: Path) -> None:
    source = _dirty_letter(tmp_path)
    result = run("convert", str(source), "--to", "json", "--exit-zero")
    letter = json.loads(result.stdout)
    text = json.dumps([letter["letter"], letter["annexes"]], ensure_ascii=False)
    assert "\u0640" not in text and "\ufed7" not in text
    changes = {(c["code"], c["before"], c["after"]) for c in letter["provenance"]["changes"]}
    assert {("AR002", "ــ", ""), ("AR001", "ﻗﻠﻘﻬﺎ", "قلقها")} <= changes
    tei = run("convert", str(source), "--to", "tei", "--exit-zero").stdout.decode("utf-8")
    assert "AR002" in tei and "ﻗﻠﻘﻬﺎ" in tei  # the repair is listed in encodingDesc


def test_convert_no_repair_keeps_the_source_characters(tmp_path: Path) -> None:
    source = _dirty_letter(tmp_path)
    letter = json.loads(
        run("convert", str(source), "--to", "json", "--exit-zero", "--no-repair").stdout
    )
    text = json.dumps([letter["letter"], letter["annexes"]], ensure_ascii=False)
    assert "الحكــومة" in text and "ﻗﻠﻘﻬﺎ" in text
    assert letter["provenance"]["changes"] == []


def test_a_non_utf8_file_name_is_recorded_readably_through_the_api(tmp_path: Path) -> None:
    import unarchive

    clean = ROOT / "samples" / "letters" / "ar-text-clean-logical" / "input.txt"
    path = tmp_path / os.fsdecode(b"\xd1\xd3\xc7\xe1\xc9.txt")
    path.write_bytes(clean.read_bytes())
    letter = unarchive.parse(path).letter
    assert letter.provenance.source is not None
    assert letter.provenance.source.endswith("\\xd1\\xd3\\xc7\\xe1\\xc9.txt")
    assert unarchive.export(letter, "json") and unarchive.export(letter, "tei")


def test_validating_text_imports_neither_lxml_nor_pypdf() -> None:
    """Start-up is most of the time of one document: the text path stays light."""
    code = (
        "import sys; from unarchive.cli import main; "
        f"main(['validate', {str(SEED)!r}, '--exit-zero', '--no-progress']); "
        "sys.stderr.write(repr(sorted(m for m in ('lxml', 'pypdf') if m in sys.modules)))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=False)
    assert result.stderr.decode().endswith("[]"), result.stderr[-500:]


def test_the_public_api_names_resolve() -> None:
    import unarchive

    for name in unarchive.__all__:
        assert getattr(unarchive, name) is not None, name
    repaired = unarchive.repair_file(SEED)
    assert len(repaired.changes) > 0
    assert "\u0640\u0640" not in repaired.text.replace("هـ", "")
