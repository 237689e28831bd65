"""``run_repair`` (the command logic of ``unarchive repair``) and ``safe_repair_letter``."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
import regex
from arabic_mutations import SEED, load, validate_ar

from unarchive.model import Annex, Letter, LetterBody, Metadata, Paragraph, SourceSpan
from unarchive.repair import run_repair, safe_repair_letter

SAFE_CODES = {"AR001", "AR002", "AR009", "AR010", "AR011", "AR013"}


def _run(src: Path, out: Path, **kwargs) -> tuple[int, list[str]]:
    err = io.StringIO()
    status = run_repair(src, out, stderr=err, **kwargs)
    return status, err.getvalue().splitlines()


def test_repair_writes_a_copy_that_validates_clean_of_safe_codes(tmp_path):
    original = SEED.read_bytes()
    out = tmp_path / "out.txt"
    status, report = _run(SEED, out)
    assert status == 0
    assert SEED.read_bytes() == original  # the input is never modified
    assert len(report) == 666 and report[0] == "AR002 1:2 'ــ' -> ''"
    text = out.read_text(encoding="utf-8")
    # only tatweel went, except the abbreviation هـ (line 15 and line 173)
    assert regex.sub(r"(?<=[\s(]ه)\u0640", "", text) == original.decode().replace("\u0640", "")
    assert text.count("هـ") == 2
    found = {f.code for f in validate_ar(load(out))}
    assert not found & SAFE_CODES
    assert {"AR003", "AR004"} & {f.code for f in validate_ar(load(SEED))}


def test_repair_is_idempotent_on_files(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    assert _run(SEED, first)[0] == 0
    status, report = _run(first, second)
    assert status == 0 and report == []
    assert first.read_bytes() == second.read_bytes()


def test_unsafe_fixes_are_reported_with_before_and_after(tmp_path):
    status, report = _run(SEED, tmp_path / "out.txt", unsafe=True)
    assert status == 0
    assert "AR016 156:24 'التراعات' -> 'النزاعات'" in report
    assert "AR007 182:91 '000 20' -> '20<U+00A0>000'" in report


def test_refuses_to_overwrite_its_input(tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes(SEED.read_bytes())
    status, report = _run(src, src)
    assert status == 2 and "refusing" in report[0]
    assert src.read_bytes() == SEED.read_bytes()
    assert _run(src, tmp_path / "." / "in.txt")[0] == 2
    link = tmp_path / "hard.txt"
    os.link(src, link)
    assert _run(src, link)[0] == 2
    assert src.read_bytes() == SEED.read_bytes()


def test_unreadable_input_is_exit_3(tmp_path):
    status, report = _run(tmp_path / "missing.txt", tmp_path / "out.txt")
    assert status == 3 and "E005" in report[0]
    assert not (tmp_path / "out.txt").exists()


def test_unwritable_output_is_exit_2_and_leaves_no_temporary(tmp_path):
    status, _ = _run(SEED, tmp_path / "no" / "such" / "dir.txt")
    assert status == 2
    assert list(tmp_path.iterdir()) == []


def test_crlf_and_bom_survive_the_copy(tmp_path):
    src = tmp_path / "crlf.txt"
    src.write_bytes("\ufeffيعقـد مجلس\r\nالأمن\u200c جلسة\r\n".encode())
    status, report = _run(src, tmp_path / "out.txt")
    assert status == 0
    assert (tmp_path / "out.txt").read_bytes() == "\ufeffيعقد مجلس\r\nالأمن جلسة\r\n".encode()
    # the parser reads the BOM as the encoding mark: columns count from the first letter
    assert report == ["AR002 1:4 'ـ' -> ''", "AR010 2:6 '<U+200C>' -> ''"]


def _span(line: int, column: int) -> SourceSpan:
    return SourceSpan(
        rendition="r1", start_line=line, start_column=column, end_line=line, end_column=99
    )


def test_safe_repair_letter_repairs_texts_and_records_changes():
    letter = Letter(
        metadata=Metadata(title="رسالة مؤرخـة ٥ آب", language="ar"),
        letter=LetterBody(
            paragraphs=(Paragraph(text="يشرفني أن أبلغكـم", source=_span(6, 3)),),
            signed=Paragraph(text="(توقيع) هـ. س. بوري", source=_span(15, 1)),
        ),
        annexes=(Annex(paragraphs=(Paragraph(text="ﺍﻟﺴﻼﻡ", source=_span(30, 1)),)),),
    )
    repaired = safe_repair_letter(letter)
    assert repaired.letter.paragraphs[0].text == "يشرفني أن أبلغكم"
    assert (
        repaired.letter.signed is not None and repaired.letter.signed.text == "(توقيع) هـ. س. بوري"
    )
    assert repaired.annexes[0].paragraphs[0].text == "السلام"
    assert repaired.metadata.title == "رسالة مؤرخة ٥ آب"
    changes = [(c.code, c.line, c.column, c.before, c.after) for c in repaired.provenance.changes]
    assert ("AR002", 6, 3 + 15, "ـ", "") in changes
    assert ("AR001", 30, 1, "ﺍﻟﺴﻼﻡ", "السلام") in changes
    assert any(c[0] == "AR002" and c[1] is None for c in changes)  # the title: no span
    assert letter.letter.paragraphs[0].text == "يشرفني أن أبلغكـم"  # the input is unchanged


def test_safe_repair_letter_without_defects_returns_the_same_letter():
    letter = Letter(letter=LetterBody(paragraphs=(Paragraph(text="نص سليم"),)))
    assert safe_repair_letter(letter) is letter


@pytest.mark.parametrize("noise", ["\u0640\u0640", "\u202b"])
def test_a_paragraph_of_noise_only_is_kept(noise):
    letter = Letter(letter=LetterBody(paragraphs=(Paragraph(text=f"{noise} "),)))
    assert safe_repair_letter(letter).letter.paragraphs[0].text == f"{noise} "


def test_pdf_input_is_refused_not_mangled(tmp_path):
    pdf = tmp_path / "letter.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    status, report = _run(pdf, tmp_path / "out.txt")
    assert status == 2 and "pdf input" in report[0]
    assert not (tmp_path / "out.txt").exists()


def test_legacy_code_page_input_is_copied_as_utf8(tmp_path):
    src = tmp_path / "cp1256.txt"
    src.write_bytes("يعقـد مجلس الأمن جلسته.\n".encode("cp1256"))
    status, report = _run(src, tmp_path / "out.txt")
    assert status == 0 and report == ["AR002 1:4 'ـ' -> ''"]
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "يعقد مجلس الأمن جلسته.\n"
