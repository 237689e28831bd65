"""The CLI on PDFs: convert to TEI and JSON as for text; unreadable PDFs exit 3 with their code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "pdf"
TEI = "{http://www.tei-c.org/ns/1.0}"


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "unarchive", *args], capture_output=True, env=env, check=False
    )


def test_convert_a_pdf_to_json(tmp_path: Path) -> None:
    out = tmp_path / "letter.json"
    result = run(
        "convert",
        str(SAMPLES / "ar-libreoffice.pdf"),
        "--to",
        "json",
        "-o",
        str(out),
        "--exit-zero",
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["metadata"]["symbol"] == "S/2011/496"
    assert document["metadata"]["date"] == "2011-08-05"
    assert document["metadata"]["signatory"]["name"] == "هـ. س. بوري"
    assert document["annexes"][0]["paragraphs"]


def test_convert_a_pdf_to_tei(tmp_path: Path) -> None:
    out = tmp_path / "letter.xml"
    result = run(
        "convert",
        str(SAMPLES / "ar-fpdf2-kashida.pdf"),
        "--to",
        "tei",
        "-o",
        str(out),
        "--exit-zero",
    )
    assert result.returncode == 0, result.stderr
    tree = etree.parse(str(out), etree.XMLParser(resolve_entities=False, no_network=True))
    symbols = tree.findall(f".//{TEI}idno[@type='symbol']")
    assert [s.text for s in symbols] == ["S/2011/496"]
    assert tree.findall(f".//{TEI}div[@type='annex']")


def _encrypted(path: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(SAMPLES / "en-fpdf2.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(path)
    return path


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p.write_bytes(b"") or p, "E005"),
        (lambda p: p.write_bytes((SAMPLES / "en-fpdf2.pdf").read_bytes()[:3000]) or p, "E005"),
        (lambda p: p.write_bytes((SAMPLES / "scan.pdf").read_bytes()) or p, "E006"),
        (_encrypted, "E005"),
    ],
    ids=["empty", "truncated", "scanned", "encrypted"],
)
def test_unreadable_pdfs_exit_3(tmp_path: Path, make: object, code: str) -> None:
    path = tmp_path / "letter.pdf"
    make(path)  # type: ignore[operator]
    result = run("validate", str(path), "--format", "json")
    assert result.returncode == 3
    assert b"Traceback" not in result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    assert [f["code"] for f in document["findings"]] == [code]
