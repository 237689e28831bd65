"""The seed: an Arabic UN letter and annex in two renditions (PDF text layer, then Word text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unarchive.grammar.normalize import clean
from unarchive.model import Letter
from unarchive.parsed import Parsed
from unarchive.pipeline import parse

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "letters"
SEED = SAMPLES / "ar-text-seed-two-renditions" / "input.txt"


@pytest.fixture(scope="module")
def parsed() -> Parsed:
    return parse(SEED)


@pytest.fixture(scope="module")
def letter(parsed: Parsed) -> Letter:
    return parsed.letter


def test_renditions_split_where_the_document_starts_over(parsed: Parsed) -> None:
    assert [(r.id, r.kind, r.start_line, r.end_line) for r in parsed.renditions] == [
        ("r1", "pdf-text-layer", 1, 171),
        ("r2", "text", 172, 193),
    ]


def test_metadata(letter: Letter) -> None:
    meta = letter.metadata
    assert meta.date == dt.date(2011, 8, 5)
    assert meta.language == "ar"
    assert meta.symbol is None
    assert meta.signatory.name == "هـ. س. بوري"
    assert meta.signatory.title == "الممثل الدائم"
    assert meta.addressee == "الأمين العام"
    assert meta.sender == "الممثل الدائم للهند لدى الأمم المتحدة"
    assert meta.title is not None
    assert meta.title.startswith("رسالة مؤرخة")
    assert meta.sender in meta.title and meta.addressee in meta.title


def test_letter_paragraphs(letter: Letter) -> None:
    opening, circulation = letter.letter.paragraphs
    assert opening.text.startswith("يشرفني")
    assert opening.source is not None and opening.source.rendition == "r1"
    assert (opening.source.start_line, opening.source.end_line) == (6, 10)
    assert circulation.text.startswith("وأرجو ممتنا")
    assert circulation.source is not None and circulation.source.rendition == "r2"
    assert letter.letter.signed is not None
    assert letter.letter.signed.text == "(توقيع) هـ. س. بوري"


def test_annex(letter: Letter) -> None:
    [annex] = letter.annexes
    assert annex.title == "حفظ السلام: تقييم للحصيلة وإعداد للمستقبل"
    assert [clean(h.text) for h in annex.headings] == [
        "الرئاسة الهندية لمجلس الأمن",
        "آب/أغسطس ٢٠١١",
        "ورقة مفاهيمية",
    ]
    assert annex.heading is not None and annex.heading.text.startswith("مرفق الرسالة المؤرخة")
    assert len(annex.paragraphs) == 17
    assert {p.source.rendition for p in annex.paragraphs if p.source} == {"r2"}
    assert [p.source.start_line for p in annex.paragraphs if p.source] == list(range(176, 193))
    assert annex.paragraphs[0].text.startswith("أصبح حفظ السلام")
    assert annex.paragraphs[-1].text.startswith("وهناك حاجة إلى قدرات الشرطة")


def test_provenance(letter: Letter) -> None:
    provenance = letter.provenance
    assert provenance.encoding == "utf-8"
    assert provenance.format == "text"
    assert provenance.fields["title"] == "r1"
    assert provenance.fields["signatory.name"] == "r2"
    assert provenance.fields["annexes[0].title"] == "r1"
    rebuilt = [c for c in provenance.changes if c.line == 1]
    assert rebuilt and rebuilt[0].code == "AR004" and rebuilt[0].after == letter.metadata.title


def test_every_span_is_inside_its_rendition(parsed: Parsed, letter: Letter) -> None:
    ranges = {r.id: (r.start_line, r.end_line) for r in parsed.renditions}
    paragraphs = [*letter.letter.paragraphs, *(p for a in letter.annexes for p in a.paragraphs)]
    for paragraph in paragraphs:
        span = paragraph.source
        assert span is not None
        low, high = ranges[span.rendition]
        assert low <= span.start_line <= span.end_line <= high
