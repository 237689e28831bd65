"""The PDF parser on the committed fixtures (samples/pdf/make_fixtures.py) and on bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from pypdf import PdfReader, PdfWriter

import unarchive
import unarchive.readers
from unarchive import Options, UnreadableInput
from unarchive.readers import sniff
from unarchive.readers.pdf import pdfium as pdf_pdfium
from unarchive.readers.pdf.blocks import paragraphs
from unarchive.readers.pdf.furniture import find
from unarchive.readers.pdf.reader import backend_for, body_paragraphs, read_document
from unarchive.readers.pdf.reader import parse as parse_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "pdf"
FIXTURES = sorted(p.stem for p in SAMPLES.glob("*.pdf") if p.with_suffix(".txt").exists())
LETTERS = sorted(p.stem for p in SAMPLES.glob("*.pdf") if p.with_suffix(".json").exists())
sys.path.insert(0, str(SAMPLES))
from scoring import cer, edit_distance  # noqa: E402  (samples/pdf/scoring.py)


def light(text: str) -> str:
    """What the comparison ignores: justification tatweel and the width of white space."""
    return " ".join(regex.sub("\u0640", "", text).split())


def read(name: str) -> unarchive.Parsed:
    return unarchive.parse(SAMPLES / f"{name}.pdf")


def test_edit_distance_is_levenshtein() -> None:
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
    assert edit_distance("الأمم", "األمم") == 2
    assert edit_distance("abc", "abc") == 0


@pytest.mark.parametrize("name", FIXTURES)
def test_letter_text_matches_the_typed_text(name: str) -> None:
    typed = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    extracted = "\n".join(body_paragraphs(read(name)))
    assert cer(light(typed), light(extracted)) <= 0.005


@pytest.mark.parametrize("name", FIXTURES)
def test_paragraphs_are_the_typed_paragraphs(name: str) -> None:
    typed = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    extracted = body_paragraphs(read(name))
    assert len(extracted) == len(typed)


@pytest.mark.parametrize("name", LETTERS)
def test_masthead_and_footer_are_read_into_metadata(name: str) -> None:
    expected = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    metadata = read(name).letter.metadata
    assert metadata.symbol == expected["symbol"]
    assert metadata.job_number == expected["job_number"]
    assert metadata.issue_date == dt.date.fromisoformat(expected["issue_date"])
    assert metadata.distribution == expected["distribution"]
    assert metadata.original_language == expected["original_language"]
    assert metadata.organ == expected["organ"]
    assert metadata.language == expected["language"]


@pytest.mark.parametrize("name", LETTERS)
def test_furniture_is_kept_out_of_the_paragraphs(name: str) -> None:
    parsed = read(name)
    body = "\n".join(body_paragraphs(parsed))
    letter = parsed.letter
    parts = [p.text for p in letter.letter.paragraphs]
    parts += [p.text for annex in letter.annexes for p in (*annex.headings, *annex.paragraphs)]
    for furniture in ("11-44795", "*1144795*", "distr.", "original:"):  # ORIGINAL: on typewriters
        assert furniture not in body.lower()
        assert not any(furniture in text.lower() for text in parts)
        assert furniture in parsed.text.lower()  # still in the extracted text


@pytest.mark.parametrize("name", LETTERS)
def test_one_rendition_whose_lines_carry_their_page(name: str) -> None:
    parsed = read(name)
    (rendition,) = parsed.renditions
    assert (rendition.id, rendition.kind) == ("r1", "pdf")
    assert all(line.page for line in rendition.lines)
    assert {line.page for line in rendition.lines} >= {1, 2}
    text = parsed.text.split("\n")
    numbers = [line.number for line in rendition.lines]
    assert numbers == sorted(set(numbers))
    assert all(text[line.number - 1] == line.text for line in rendition.lines)
    (info,) = parsed.letter.provenance.renditions
    assert (info.id, info.kind) == ("r1", "pdf")


@pytest.mark.parametrize("name", LETTERS)
def test_the_letter_grammar_reads_the_parts(name: str) -> None:
    letter = read(name).letter
    typed = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    assert letter.metadata.title == typed[0]
    assert letter.metadata.date == dt.date(2011, 8, 5)
    assert letter.letter.signed is not None
    assert letter.metadata.signatory.title in ("الممثل الدائم", "Permanent Representative")
    (annex,) = letter.annexes
    assert annex.heading is not None
    assert len(annex.paragraphs) == len(typed) - typed.index(annex.heading.text) - 3


def test_findings_carry_the_page() -> None:
    parsed = read("ar-ocr-layer")  # a letter without its symbol, signature or annex
    findings = [f for f in unarchive.validate(parsed) if f.location.line is not None]
    assert {f.code for f in findings} >= {"M001", "S004", "S005"}
    assert all(f.location.page == 1 for f in findings)


@pytest.mark.parametrize("name", ["ar-fpdf2-kashida", "ar-libreoffice", "en-fpdf2"])
def test_a_paragraph_cut_by_a_page_break_is_joined(name: str) -> None:
    data = (SAMPLES / f"{name}.pdf").read_bytes()
    document, _ = read_document(data, Options())
    furniture = find(document.lines, document.heights)
    body = [line for i, line in enumerate(document.lines) if i not in furniture.lines]
    crossing = [g for g in paragraphs(body) if len({body[i].page for i in g}) > 1]
    assert crossing
    typed = {light(t) for t in (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").splitlines()}
    extracted = {light(t) for t in body_paragraphs(read(name))}
    for group in crossing:
        joined = light(" ".join(body[i].text() for i in group))
        assert joined in typed
        assert joined in extracted


def test_arabic_comes_out_in_logical_order() -> None:
    text = "\n".join(body_paragraphs(read("ar-libreoffice")))
    assert "الأمم المتحدة" in text  # lam-alef kept whole, not األمم
    assert "(انظر المرفق)" in text  # brackets mirrored back
    assert "في الكونغو عام 1961 في إطار" in text  # digits inside Arabic
    assert "قرابة 20\u00a0000 فرد" in text  # a no-break space joins the number
    assert "أقل قليلا من 000 20 فرد" in text  # Word's stored digit groups
    assert "إلاّ للدفاع" in text  # shadda on its letter
    assert "(انظر الوثيقة S/2011/496)." in text  # Latin inside Arabic


def test_the_invisible_ocr_layer_is_read_in_its_own_word_order() -> None:
    typed = (SAMPLES / "ar-ocr-layer.txt").read_text(encoding="utf-8")
    extracted = "\n".join(body_paragraphs(read("ar-ocr-layer")))
    assert light(extracted) == light(typed)


def test_the_letter_exports_to_json() -> None:
    parsed = read("ar-libreoffice")
    data = json.loads(unarchive.export(parsed.letter, "json"))
    assert data["metadata"]["symbol"] == "S/2011/496"
    assert data["letter"]["paragraphs"]
    assert parsed.letter.provenance.format == "pdf"


def test_pdf_is_registered_and_sniffed() -> None:
    assert unarchive.readers.READERS["pdf"] == "unarchive.readers.pdf.reader:parse"
    assert unarchive.readers.SUFFIXES[".pdf"] == "pdf"
    assert sniff((SAMPLES / "en-fpdf2.pdf").read_bytes(), ".txt") == "pdf"


def test_importing_unarchive_does_not_import_pypdf() -> None:
    code = "import sys, unarchive; print('pypdf' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# bad input -----------------------------------------------------------------


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _encrypted(user: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(SAMPLES / "en-fpdf2.pdf"))
    writer.encrypt(user_password=user, owner_password="owner", algorithm="RC4-128")
    return _written(writer)


def _unreadable(data: bytes) -> UnreadableInput:
    with pytest.raises(UnreadableInput) as caught:
        parse_pdf(data, "bad.pdf", Options())
    return caught.value


def test_a_scanned_pdf_is_unreadable_with_e006() -> None:
    error = _unreadable((SAMPLES / "scan.pdf").read_bytes())
    assert error.code == "E006"
    assert "text layer" in error.reason


def test_a_scanned_page_in_a_readable_pdf_is_an_e006_finding_with_its_page() -> None:
    writer = PdfWriter(clone_from=PdfReader(SAMPLES / "en-fpdf2.pdf"))
    writer.insert_page(PdfReader(SAMPLES / "scan.pdf").pages[0], index=1)
    parsed = parse_pdf(_written(writer), "mixed.pdf", Options())
    (finding,) = [f for f in unarchive.validate(parsed) if f.code == "E006"]
    assert finding.location.page == 2
    assert parsed.letter.letter.paragraphs


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"%PDF-1.7\n", "truncated"),
        (b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", "not a readable PDF"),
    ],
)
def test_empty_truncated_and_garbage_are_e005(data: bytes, words: str) -> None:
    error = _unreadable(data)
    assert error.code == "E005"
    assert words in error.reason


def test_a_truncated_pdf_is_e005() -> None:
    data = (SAMPLES / "ar-libreoffice.pdf").read_bytes()
    error = _unreadable(data[: len(data) * 2 // 3])
    assert (error.code, "truncated" in error.reason) == ("E005", True)


def test_an_encrypted_pdf_is_e005() -> None:
    error = _unreadable(_encrypted("secret"))
    assert (error.code, "encrypted" in error.reason) == ("E005", True)


def test_a_pdf_with_only_an_owner_password_is_read() -> None:
    parsed = parse_pdf(_encrypted(""), "owner.pdf", Options())
    assert parsed.letter.metadata.symbol == "S/2011/496"


def test_the_time_limit_holds() -> None:
    error = _unreadable_with(Options(timeout=-1.0))
    assert error.code == "E005"
    assert "longer than" in error.reason


def _unreadable_with(options: Options) -> UnreadableInput:
    with pytest.raises(UnreadableInput) as caught:
        parse_pdf((SAMPLES / "en-fpdf2.pdf").read_bytes(), "slow.pdf", options)
    return caught.value


def test_pypdf_log_records_become_e008_findings() -> None:
    data = (SAMPLES / "en-fpdf2.pdf").read_bytes()
    head, _, tail = data.rpartition(b"startxref")
    offset = tail.split()[0]
    damaged = head + b"startxref" + tail.replace(offset, str(int(offset) + 7).encode(), 1)
    parsed = parse_pdf(damaged, "damaged.pdf", Options())
    codes = {f.code for f in parsed.findings}
    assert "E008" in codes
    assert parsed.letter.metadata.symbol == "S/2011/496"


def test_the_printed_symbol_wins_over_the_callers() -> None:
    parsed = parse_pdf((SAMPLES / "en-fpdf2.pdf").read_bytes(), "x.pdf", Options(symbol="A/1/2"))
    assert parsed.letter.metadata.symbol == "S/2011/496"
    assert parsed.letter.provenance.fields["symbol"] == "r1"


def test_the_callers_symbol_is_used_when_none_is_printed() -> None:
    parsed = parse_pdf(
        (SAMPLES / "ar-ocr-layer.pdf").read_bytes(), "x.pdf", Options(symbol="A/1/2")
    )
    assert parsed.letter.metadata.symbol == "A/1/2"


# the optional PDFium reader --------------------------------------------------

# PDFium applies /ActualText itself and drops the glyphs of a span whose text is U+FFFD (InDesign's
# kashidas): the stretch becomes a hole that reads as a word space. docs/pdf.md says so; the test
# below states it, and fails the day PDFium reads that fixture right.
_PDFIUM_HOLES = "ar-fpdf2-kashida-actualtext"
PDFIUM_FIXTURES = (
    [n for n in FIXTURES if n not in ("ar-ocr-layer", _PDFIUM_HOLES)]
    if pdf_pdfium.available()
    else []
)


def test_pdfium_leaves_a_hole_where_a_kashida_actualtext_was() -> None:
    data = (SAMPLES / f"{_PDFIUM_HOLES}.pdf").read_bytes()
    ours = parse_pdf(data, "k.pdf", Options()).letter.letter.paragraphs[0].text
    pdfium = parse_pdf(data, "k.pdf", Options(), backend="pdfium").letter.letter.paragraphs[0].text
    assert ours.startswith("يشرفنـي أن")
    assert pdfium.startswith("يشرفن ي أن")  # the stretch became a word space


@pytest.mark.parametrize("name", PDFIUM_FIXTURES)
def test_the_pdfium_reader_meets_the_same_error_rate(name: str) -> None:
    typed = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    data = (SAMPLES / f"{name}.pdf").read_bytes()
    parsed = parse_pdf(data, f"{name}.pdf", Options(), backend="pdfium")
    assert cer(light(typed), light("\n".join(body_paragraphs(parsed)))) <= 0.005
    if (SAMPLES / f"{name}.json").exists():
        known = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
        assert parsed.letter.metadata.symbol == known["symbol"]


def test_the_backend_is_pypdf_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNARCHIVE_PDF_BACKEND", raising=False)
    assert backend_for() == "pypdf"
    monkeypatch.setenv("UNARCHIVE_PDF_BACKEND", "nonesuch")
    with pytest.raises(ValueError, match="unknown PDF backend"):
        backend_for()
