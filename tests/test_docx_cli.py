"""Word files through the command line: pages in reports, exit 3 with a reason when unreadable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples" / "docx"))

from wordml import Doc, Para, build  # noqa: E402

TITLE = (
    "Letter dated 5 August 2011 from the Permanent Representative of India to the United "
    "Nations addressed to the Secretary-General"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "unarchive", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )


def test_a_finding_on_page_two_says_page_two(tmp_path: Path) -> None:
    body = [
        Para(TITLE),
        Para("I have the honour to transmit the paper (see annex)."),
        Para("(Signed) A. B."),
        Para("Annex", page_break_before=True, page=2),
        Para("The same sentence twice.", page=2),
        Para("The same sentence twice.", page=2),
    ]
    path = tmp_path / "duplicate.docx"
    path.write_bytes(build(Doc(body=body)))
    result = run("validate", "--format", "json", "--symbol", "S/2011/496", str(path))
    report = json.loads(result.stdout)
    (finding,) = [f for f in report["documents"][0]["findings"] if f["code"] == "S009"]
    assert (finding["location"]["line"], finding["location"]["page"]) == (6, 2)
    assert result.returncode == 1


def test_an_encrypted_word_file_exits_3_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    path.write_bytes(ole + "EncryptionInfo".encode("utf-16-le"))
    result = run("validate", str(path))
    assert result.returncode == 3
    assert "E005" in result.stdout and "password-protected" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_fixture_converts_to_json_with_its_masthead(tmp_path: Path) -> None:
    out = tmp_path / "letter.json"
    result = run("convert", "samples/docx/en-india-2011.docx", "--to", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    meta = json.loads(out.read_text(encoding="utf-8"))["metadata"]
    assert (meta["symbol"], meta["job_number"], meta["date"]) == (
        "S/2011/496",
        "11-44797 (E)",
        "2011-08-05",
    )
