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
from unarchive import Options, UnreadableInput
from unarchive.parsers import sniff
from unarchive.parsers.pdf import body_paragraphs
from unarchive.parsers.pdf import parse as parse_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "pdf"
FIXTURES = sorted(p.stem for p in SAMPLES.glob("*.pdf") if p.with_suffix(".txt").exists())
LETTERS = sorted(p.stem for p in SAMPLES.glob("*.pdf") if p.with_suffix(".json").exists())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, bit-parallel (Myers/Hyyrö) on Python integers."""
    if not a:
        return len(b)
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full, high = (1 << len(a)) - 1, 1 << (len(a) - 1)
    vp, vn, score = full, 0, len(a)
    for ch in b:
        eq = masks.get(ch, 0)
        xv = eq | vn
        xh = (((eq & vp) + vp) ^ vp) | eq
        hp = vn | ~(xh | vp) & full
        hn = vp & xh
        score += 1 if hp & high else -1 if hn & high else 0
        hp = ((hp << 1) | 1) & full
        vp = ((hn << 1) & full) | ~(xv | hp) & full
        vn = hp & xv
    return score


def light(text: str) -> str:
    """What the comparison ignores: justification tatweel and the width of white space."""
    return " ".join(regex.sub("\u0640", "", text).split())


def cer(reference: str, hypothesis: str) -> float:
    return edit_distance(reference, hypothesis) / len(reference)


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
    text = "\n".join(body_paragraphs(parsed))
    for furniture in ("11-44795", "*1144795*", "Distr.", "Original:"):
        assert furniture not in text
    styles = {line.style for line in parsed.renditions[0].lines}
    assert {"masthead", "footer", "header"} <= styles


@pytest.mark.parametrize("name", LETTERS)
def test_one_rendition_whose_lines_carry_their_page(name: str) -> None:
    parsed = read(name)
    (rendition,) = parsed.renditions
    assert (rendition.id, rendition.kind) == ("r1", "pdf")
    assert all(line.page for line in rendition.lines)
    assert {line.page for line in rendition.lines} >= {1, 2}
    assert [line.number for line in rendition.lines] == list(range(1, len(rendition.lines) + 1))
    assert parsed.text == rendition.text()
    (info,) = parsed.letter.provenance.renditions
    assert (info.id, info.kind, info.end_line) == ("r1", "pdf", len(rendition.lines))


def test_a_paragraph_cut_by_a_page_break_is_joined() -> None:
    parsed = read("ar-fpdf2-kashida")
    typed = (SAMPLES / "ar-fpdf2-kashida.txt").read_text(encoding="utf-8").splitlines()
    pages_of: dict[str, set[int]] = {}
    current: list[tuple[str, int]] = []
    for line in [*parsed.renditions[0].lines, unarchive.Line(0, "")]:
        if line.style is not None:
            continue
        if line.text:
            current.append((line.text, line.page or 0))
        elif current:
            pages_of[light(" ".join(t for t, _ in current))] = {p for _, p in current}
            current = []
    crossing = [text for text, pages in pages_of.items() if len(pages) > 1]
    assert crossing
    assert all(text in {light(t) for t in typed} for text in crossing)


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
    assert unarchive.parsers.PARSERS["pdf"] == "unarchive.parsers.pdf:parse"
    assert unarchive.parsers.SUFFIXES[".pdf"] == "pdf"
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


def test_a_symbol_given_by_the_caller_wins() -> None:
    parsed = parse_pdf((SAMPLES / "en-fpdf2.pdf").read_bytes(), "x.pdf", Options(symbol="A/1/2"))
    assert parsed.letter.metadata.symbol == "A/1/2"
