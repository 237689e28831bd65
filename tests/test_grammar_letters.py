"""The letter grammar on letters generated from templates: values the project never saw.

A clean synthetic letter in logical order, its Word-like rendition (tab per
paragraph, no title or opening), a PDF-like rendition in phrase-level visual
order with justification tatweel, in every combination, encoding and line end.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unarchive.grammar.analysis import read_letter
from unarchive.grammar.dates import format_date
from unarchive.grammar.languages import get
from unarchive.grammar.normalize import clean
from unarchive.model import Letter
from unarchive.options import Options
from unarchive.parsed import Line, Rendition
from unarchive.pipeline import parse as parse_any
from unarchive.readers.text import parse

AR = get("ar")
assert AR is not None


@dataclass(frozen=True)
class Spec:
    date: dt.date = dt.date(2012, 2, 6)
    addressee: str = "رئيس مجلس الأمن"
    country: str = "لألبانيا"
    name: str = "فريد خوجا"
    role: str = "الممثل الدائم"
    symbol: str | None = "S/2012/80"
    annex_title: str = "بيان بشأن الحالة في المنطقة"
    annex_paragraphs: int = 2
    indic: bool = False

    @property
    def sender(self) -> str:
        return f"{self.role} {self.country} لدى الأمم المتحدة"

    @property
    def date_text(self) -> str:
        return format_date(self.date, AR, arabic_indic=self.indic)

    @property
    def title(self) -> str:
        return f"رسالة مؤرخة {self.date_text} موجهة إلى {self.addressee} من {self.sender}"


OPENING = (
    "يشرفني أن أحيل إليكم طيه بيانا صادرا عن وزارة الخارجية بشأن الحالة الراهنة (انظر المرفق)."
)
CIRCULATION = "وأرجو ممتنا تعميم هذه الرسالة ومرفقها باعتبارهما من وثائق مجلس الأمن."
ANNEX = [
    "تعرب الحكومة عن بالغ قلقها إزاء تدهور الأوضاع الإنسانية في المنطقة، وتدعو جميع الأطراف "
    "إلى احترام التزاماتها بموجب القانون الدولي.",
    "وتؤكد الحكومة استعدادها للتعاون التام مع الأمم المتحدة ومع المنظمات الإقليمية من أجل "
    "التوصل إلى حل سلمي ودائم يلبي تطلعات الشعوب.",
    "وتدعو الحكومة مجلس الأمن إلى مواصلة متابعة المسألة عن كثب واتخاذ ما يلزم من تدابير.",
]


def logical_lines(spec: Spec) -> list[str]:
    lines = [spec.symbol] if spec.symbol else []
    lines += ["", spec.title, "", OPENING, CIRCULATION, "", f"(توقيع) {spec.name}", spec.role, ""]
    lines += [annex_heading(spec), spec.annex_title, ""]
    lines += ANNEX[: spec.annex_paragraphs]
    return lines


def annex_heading(spec: Spec) -> str:
    return f"مرفق الرسالة المؤرخة {spec.date_text} الموجهة إلى {spec.addressee} من {spec.sender}"


def word_lines(spec: Spec) -> list[str]:
    """A Word text: tab-led paragraphs, no title or opening, name and title run together."""
    lines = [CIRCULATION, f"(توقيع) {spec.name}{spec.role}", annex_heading(spec), spec.annex_title]
    return ["\t" + line for line in lines + ANNEX[: spec.annex_paragraphs]]


def _stretch(word: str) -> str:
    """Justification tatweel after the first dual-joining letter of a long word."""
    for index, char in enumerate(word[:-1]):
        if char in "بتثجحخسشصضطظعغفقكلمنهي" and word[index + 1] not in " ":
            return word[: index + 1] + "\u0640\u0640" + word[index + 1 :]
    return word


def visual_line(line: str) -> str:
    """Phrase-level visual order: runs (cut at digits and neutrals) reversed, with gaps."""
    import regex

    runs = [r.strip() for r in regex.findall(r"[0-9٠-٩]+|[/.()]|[^0-9٠-٩/.()]+", line) if r.strip()]
    stretched = [" ".join(_stretch(w) if len(w) > 4 else w for w in r.split()) for r in runs]
    return "   ".join(reversed(stretched))


def pdf_lines(spec: Spec, width: int = 60) -> list[str]:
    """A PDF text layer: wrapped paragraphs in visual order, last lines pushed right."""
    out: list[str] = []
    for paragraph in logical_lines(spec):
        if not paragraph or paragraph == spec.symbol:
            continue
        words, current, wrapped = paragraph.split(), "", []
        for word in words:
            if current and len(current) + len(word) > width:
                wrapped.append(current)
                current = word
            else:
                current = f"{current} {word}".strip()
        wrapped.append(current)
        for index, piece in enumerate(wrapped):
            last = index == len(wrapped) - 1
            out.append(("  " if last else "") + visual_line(piece))
            out.append("")
    return out


def letter_of(text: str, **options: str) -> Letter:
    return parse(text.encode("utf-8"), "<test>", Options(**options)).letter  # type: ignore[arg-type]


def assert_metadata(letter: Letter, spec: Spec, *, title: bool = True) -> None:
    meta = letter.metadata
    assert meta.date == spec.date
    assert meta.language == "ar"
    assert meta.addressee == spec.addressee
    assert meta.sender == spec.sender
    assert meta.signatory.name == spec.name
    assert meta.signatory.title == spec.role
    assert letter.annexes[0].title == spec.annex_title
    assert len(letter.annexes[0].paragraphs) == spec.annex_paragraphs
    if title:
        assert meta.title is not None and clean(meta.title) == clean(spec.title)


SPECS = [
    Spec(),
    Spec(dt.date(2011, 8, 5), "الأمين العام", "للهند", "هـ. س. بوري", annex_paragraphs=1),
    Spec(
        dt.date(1999, 12, 31), "رئيس الجمعية العامة", "لمصر", "أحمد علي", "القائم بالأعمال بالنيابة"
    ),
    Spec(
        dt.date(2020, 3, 1),
        "الأمين العام",
        "للأردن",
        "سيما بحوث",
        "الممثلة الدائمة",
        symbol=None,
        indic=True,
    ),
    Spec(dt.date(2016, 5, 2), "رئيس مجلس الأمن", "للمغرب", "عمر هلال", annex_paragraphs=3),
]


@pytest.mark.parametrize("spec", SPECS)
def test_clean_logical_letter(spec: Spec) -> None:
    letter = letter_of("\n".join(logical_lines(spec)))
    assert_metadata(letter, spec)
    assert letter.metadata.symbol == spec.symbol
    assert [p.text for p in letter.letter.paragraphs] == [OPENING, CIRCULATION]
    assert letter.letter.signed is not None
    assert letter.letter.signed.text == f"(توقيع) {spec.name}"
    assert letter.annexes[0].heading is not None
    assert [p.text for p in letter.annexes[0].paragraphs] == ANNEX[: spec.annex_paragraphs]
    assert len(letter.provenance.renditions) == 1


@pytest.mark.parametrize("spec", SPECS)
def test_word_rendition_alone(spec: Spec) -> None:
    letter = letter_of("\n".join(word_lines(spec)) + "\n")
    assert_metadata(letter, spec, title=False)
    assert letter.metadata.title is None
    assert [p.text for p in letter.letter.paragraphs] == [CIRCULATION]


@pytest.mark.parametrize("spec", SPECS)
def test_pdf_rendition_alone(spec: Spec) -> None:
    letter = letter_of("\n".join(pdf_lines(spec)))
    assert letter.provenance.renditions[0].kind == "pdf-text-layer"
    assert_metadata(letter, spec)
    assert letter.letter.paragraphs[0].text.startswith("يشرفني")
    assert any(c.code == "AR004" for c in letter.provenance.changes)


@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize("swapped", [False, True])
def test_two_renditions(spec: Spec, swapped: bool) -> None:
    pdf, word = pdf_lines(spec), word_lines(spec)
    text = "\n".join(word + pdf if swapped else pdf + word) + "\n"
    letter = letter_of(text)
    assert [r.id for r in letter.provenance.renditions] == ["r1", "r2"]
    assert_metadata(letter, spec)
    pdf_id, word_id = ("r2", "r1") if swapped else ("r1", "r2")
    paragraphs = letter.letter.paragraphs
    assert len(paragraphs) == 2
    assert paragraphs[0].text.startswith("يشرفني")
    assert paragraphs[0].source is not None and paragraphs[0].source.rendition == pdf_id
    assert paragraphs[1].text == CIRCULATION  # the cleaner (Word) reading wins
    assert paragraphs[1].source is not None and paragraphs[1].source.rendition == word_id
    assert [p.text for p in letter.annexes[0].paragraphs] == ANNEX[: spec.annex_paragraphs]
    assert {p.source.rendition for p in letter.annexes[0].paragraphs if p.source} == {word_id}
    assert letter.provenance.fields["title"] == pdf_id


def test_split_follows_content_not_line_numbers() -> None:
    spec = Spec()
    pdf = pdf_lines(spec)
    for padding in (0, 3, 11):
        text = "\n".join(pdf + [""] * padding + word_lines(spec))
        renditions = letter_of(text).provenance.renditions
        word_start = len(pdf) + padding + 1
        assert [r.start_line for r in renditions] == [1, word_start]


ENCODINGS = [
    ("utf-8", b"", "\n"),
    ("utf-8", codecs.BOM_UTF8, "\r\n"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "\n"),
    ("cp1256", b"", "\r\n"),
    ("iso-8859-6", b"", "\r"),
    ("cp1256", b"", "\r"),
]


@pytest.mark.parametrize(("encoding", "bom", "end"), ENCODINGS)
def test_encodings_and_line_ends(encoding: str, bom: bytes, end: str) -> None:
    spec = SPECS[1]
    text = end.join(logical_lines(spec) + word_lines(spec)) + end
    parsed = parse(bom + text.encode(encoding), "<test>")
    assert_metadata(parsed.letter, spec)
    assert len(parsed.renditions) == 2
    assert parsed.renditions[1].start_line == len(logical_lines(spec)) + 1
    expected = {"utf-8": set(), "cp1256": {"E001"}, "iso-8859-6": {"E001"}}
    codes = {f.code for f in parsed.findings}
    assert codes == expected.get(encoding, {"E001", "E002"}) | ({"E002"} if bom else set())


def test_symbol_from_options_and_sidecar(tmp_path: Path) -> None:
    spec = replace(Spec(), symbol=None)
    path = tmp_path / "letter.txt"
    path.write_text("\n".join(logical_lines(spec)), encoding="utf-8")
    assert parse_any(path).letter.metadata.symbol is None
    letter = parse_any(path, options=Options(symbol="S/2012/81")).letter
    assert letter.metadata.symbol == "S/2012/81"
    assert letter.provenance.fields["symbol"] == "options"
    (tmp_path / "letter.txt.meta.json").write_text(json.dumps({"symbol": "S/2012/82"}))
    letter = parse_any(path).letter
    assert letter.metadata.symbol == "S/2012/82"
    assert letter.provenance.fields["symbol"] == "sidecar"


def test_printed_symbol_wins_and_joint_symbols_split() -> None:
    spec = replace(Spec(), symbol="A/47/60-S/23329")
    letter = letter_of("\n".join(logical_lines(spec)), symbol="S/1/1")
    assert letter.metadata.symbol == "A/47/60"
    assert letter.metadata.additional_symbols == ("S/23329",)
    assert letter.provenance.fields["symbol"] == "r1"


def test_read_letter_for_other_parsers() -> None:
    spec = Spec()
    lines = tuple(Line(n, t, page=1 + n // 10) for n, t in enumerate(logical_lines(spec), 1))
    letter, findings = read_letter([Rendition("r1", "docx", lines)], Options())
    assert findings == []
    assert_metadata(letter, spec)
    assert letter.letter.paragraphs[0].source is not None
    assert letter.letter.paragraphs[0].source.page == 1
    assert letter.provenance.renditions[0].kind == "docx"


def test_source_spans_point_at_the_text() -> None:
    spec = Spec()
    text = "\n".join(word_lines(spec))
    parsed = parse(text.encode("utf-8"))
    lines = text.split("\n")
    for paragraph in [*parsed.letter.letter.paragraphs, *parsed.letter.annexes[0].paragraphs]:
        span = paragraph.source
        assert span is not None and span.start_line == span.end_line
        line = lines[span.start_line - 1]
        assert line[span.start_column - 1 : span.end_column - 1] == paragraph.text
    signed = parsed.letter.letter.signed
    assert signed is not None and signed.source is not None
    line = lines[signed.source.start_line - 1]
    assert line[signed.source.start_column - 1 : signed.source.end_column - 1] == signed.text


@settings(max_examples=15, deadline=None)
@given(
    st.dates(dt.date(1946, 1, 1), dt.date(2024, 12, 31)),
    st.sampled_from(list(AR.addressees)),
    st.sampled_from(["لألبانيا", "للهند", "لجمهورية مصر العربية", "لدولة قطر"]),
    st.sampled_from(["الممثل الدائم", "الممثلة الدائمة", "القائم بالأعمال بالنيابة"]),
    st.booleans(),
)
def test_generated_letters(
    date: dt.date, addressee: str, country: str, role: str, indic: bool
) -> None:
    spec = Spec(date, addressee, country, "سالم بن علي", role, indic=indic)
    letter = letter_of("\n".join(pdf_lines(spec) + word_lines(spec)))
    assert_metadata(letter, spec)


def test_masthead_and_page_furniture() -> None:
    spec = Spec()
    lines = logical_lines(spec)
    masthead = ["الأمم المتحدة", "S/2012/80", "مجلس الأمن", "Distr.: General", "8 شباط/فبراير 2012"]
    masthead += ["Arabic", "Original: English"]
    body = [line for line in lines[1:] if line]
    annex_at = body.index(annex_heading(spec))
    body[annex_at:annex_at] = ["12-22563 (A)    090212    100212", "*1222563*", "2"]
    parsed = parse("\n".join(masthead + body).encode("utf-8"))
    meta = parsed.letter.metadata
    assert_metadata(parsed.letter, spec)
    assert meta.symbol == "S/2012/80"
    assert meta.organ == "مجلس الأمن"
    assert meta.distribution == "General"
    assert meta.original_language == "English"
    assert meta.issue_date == dt.date(2012, 2, 8)
    assert meta.job_number == "12-22563 (A)"
    assert [p.text for p in parsed.letter.letter.paragraphs] == [OPENING, CIRCULATION]


def test_a_page_break_inside_a_wrapped_paragraph() -> None:
    spec = Spec()
    lines = pdf_lines(spec)
    middle = next(i for i, line in enumerate(lines) if "الإنسانية" in clean(line))
    assert not lines[middle].startswith("  ")  # not the last line of its paragraph
    lines[middle + 1 : middle + 1] = ["", "12-22563 (A)", "S/2012/80", "2", ""]
    letter = letter_of("\n".join(lines))
    assert len(letter.annexes[0].paragraphs) == spec.annex_paragraphs
    assert letter.metadata.symbol == "S/2012/80"


def test_a_title_wrapped_onto_a_second_line() -> None:
    spec = Spec()
    lines = logical_lines(spec)
    cut = spec.title.index(" لألبانيا")
    at = lines.index(spec.title)
    lines[at : at + 1] = [spec.title[:cut], spec.title[cut + 1 :]]
    letter = letter_of("\n".join(lines))
    assert_metadata(letter, spec)
    assert [p.text for p in letter.letter.paragraphs] == [OPENING, CIRCULATION]


@pytest.mark.parametrize(
    ("kind", "annex_kind", "addressee"),
    [
        (
            "رسالتان متطابقتان مؤرختان",
            "الرسالتين المتطابقتين المؤرختين",
            "الأمين العام ورئيس مجلس الأمن",
        ),
        ("مذكرة شفوية مؤرخة", "المذكرة الشفوية المؤرخة", "الأمين العام"),
    ],
)
def test_identical_letters_and_notes_verbales(kind: str, annex_kind: str, addressee: str) -> None:
    spec = Spec(addressee=addressee, annex_paragraphs=1)
    lines = logical_lines(spec)
    lines[lines.index(spec.title)] = spec.title.replace("رسالة مؤرخة", kind).replace(
        "موجهة", "موجهتان" if "متطابقتان" in kind else "موجهة"
    )
    heading = annex_heading(spec)
    lines[lines.index(heading)] = heading.replace("الرسالة المؤرخة", annex_kind)
    letter = letter_of("\n".join(lines))
    assert letter.metadata.title is not None and letter.metadata.title.startswith(kind.split()[0])
    assert_metadata(letter, spec, title=False)
    assert letter.annexes[0].heading is not None


def test_lines_a_parser_styled_as_furniture_stay_out_of_the_text() -> None:
    spec = Spec()
    lines = [Line(1, "Distr.: General", style="masthead"), Line(2, "S/2012/80", style="masthead")]
    body = [text for text in logical_lines(spec)[1:] if text]
    lines += [Line(n, text) for n, text in enumerate(body, start=3)]
    lines.insert(6, Line(99, "Page 2 of the letter", style="header"))
    letter, _ = read_letter([Rendition("r1", "pdf", tuple(lines))], Options())
    assert_metadata(letter, spec)
    assert letter.metadata.distribution == "General" and letter.metadata.symbol == "S/2012/80"
    assert [p.text for p in letter.letter.paragraphs] == [OPENING, CIRCULATION]
