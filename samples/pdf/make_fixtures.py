"""Build the PDF fixtures of ``samples/pdf/`` from the known letters in ``letters.py``.

    python samples/pdf/make_fixtures.py [OUTDIR] [--only NAME ...]

Each case writes ``<case>.pdf``, ``<case>.txt`` (the letter as typed, one
paragraph a line, page furniture left out) and ``<case>.json`` (the metadata
the masthead and footer carry). Dev-only requirements: ``fpdf2`` and
``uharfbuzz`` (HarfBuzz shaping), Pillow (comes with fpdf2), DejaVu fonts
(Debian ``fonts-dejavu-core``), and for the LibreOffice and Amiri cases
``libreoffice-writer-nogui`` and ``fonts-hosny-amiri``. The tests only read the
committed output, so none of this is needed to run them. Dates are fixed, so
two runs give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from letters import (  # noqa: E402
    AR_LETTER,
    AR_NOTED,
    EN_JOINT_LETTER,
    EN_LETTER,
    EN_NOTED,
    EN_SESSION,
    EN_TYPED_LETTER,
    KnownLetter,
    NotedLetter,
)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
AMIRI = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"
AMIRI_BOLD = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf"
CREATED = dt.datetime(2011, 8, 9, 12, 0, tzinfo=dt.timezone.utc)
TATWEEL = "\u0640"


def write_known(known: KnownLetter, out: Path) -> None:
    out.with_suffix(".txt").write_text("\n".join(known.paragraphs()) + "\n", encoding="utf-8")
    meta = dict(known.metadata, language=known.language)
    out.with_suffix(".json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


# fpdf2 ---------------------------------------------------------------------


def _fpdf_class() -> type:
    from fpdf import FPDF

    class UNDocument(FPDF):  # type: ignore[misc]
        """A4 pages with the UN masthead on page 1 and running header and footer after it."""

        def __init__(self, known: KnownLetter, regular: str, bold: str) -> None:
            super().__init__(format="A4")
            self.known = known
            self.rtl = known.language == "ar"
            self.set_creation_date(CREATED)
            self.add_font("body", "", regular)
            self.add_font("body", "B", bold)
            # The Latin furniture (symbol, Distr., job number) is set in DejaVu.
            self.latin = "body" if regular == DEJAVU else "latin"
            if self.latin == "latin":
                self.add_font("latin", "", DEJAVU)
                self.add_font("latin", "B", DEJAVU_BOLD)
            self.set_margins(25, 20, 25)
            self.set_auto_page_break(True, margin=28)

        def direction(self, rtl: bool) -> None:
            if rtl:
                self.set_text_shaping(True, direction="rtl", script="arab", language="ara")
            else:
                self.set_text_shaping(True, direction="ltr", script="latn", language="eng")

        def header(self) -> None:
            m = self.known.masthead
            start, end = ("R", "L") if self.rtl else ("L", "R")
            if self.page_no() > 1:
                self.set_font(self.latin, "", 9)
                self.direction(False)
                self.set_y(10)
                self.cell(0, 5, m.symbol, align=end, new_x="LMARGIN", new_y="NEXT")
                self.set_y(20)
                self.direction(self.rtl)
                return
            self.set_y(12)
            self.set_font("body", "B", 14)
            self.direction(self.rtl)
            self.cell(0, 8, m.organisation, align=start, new_x="LMARGIN")
            self.direction(False)
            self.set_font(self.latin, "B", 16)
            self.cell(0, 8, m.symbol, align=end, new_x="LMARGIN", new_y="NEXT")
            self.direction(self.rtl)
            self.set_font("body", "B", 12)
            self.cell(0, 8, m.organ, align=start, new_x="LMARGIN", new_y="NEXT")
            for line in (m.distribution, m.issue_date, m.language_line, m.original):
                if line:
                    self.set_font(self.latin if line.isascii() else "body", "", 9)
                    self.direction(self.rtl and not line.isascii())
                    self.cell(0, 5, line, align=end, new_x="LMARGIN", new_y="NEXT")
            self.line(25, self.get_y() + 2, 185, self.get_y() + 2)
            self.set_y(self.get_y() + 10)
            self.direction(self.rtl)

        def footer(self) -> None:
            m = self.known.masthead
            self.set_y(-22)
            self.set_font(self.latin, "", 8)
            self.direction(False)
            if self.page_no() == 1:
                self.cell(0, 5, m.job_footer, align="L", new_x="LMARGIN", new_y="NEXT")
                self.set_font(self.latin, "", 10)
                self.cell(0, 5, m.barcode, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                self.cell(0, 5, m.running_job, align="L", new_x="LMARGIN")
                self.cell(0, 5, str(self.page_no()), align="R", new_x="LMARGIN", new_y="NEXT")
            self.direction(self.rtl)

    return UNDocument


def _fpdf_body(pdf: object, known: KnownLetter, paragraph: Callable[[str], None]) -> None:
    rtl = known.language == "ar"
    title, *body = known.letter
    pdf.set_font("body", "B", 12)  # type: ignore[attr-defined]
    pdf.direction(rtl)  # type: ignore[attr-defined]
    pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
    pdf.ln(4)  # type: ignore[attr-defined]
    pdf.set_font("body", "", 11)  # type: ignore[attr-defined]
    for text in body[:-2]:
        paragraph(text)
    for text in body[-2:]:  # the signature block, on the closing side
        pdf.cell(0, 6, text, align="L" if rtl else "R", new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
    pdf.add_page()  # type: ignore[attr-defined]
    heading, annex_title, kind, *annex = known.annex
    pdf.set_font("body", "B", 11)  # type: ignore[attr-defined]
    pdf.multi_cell(0, 7, heading, align="C", new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
    pdf.ln(4)  # type: ignore[attr-defined]
    for line in (annex_title, kind):
        pdf.cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
    pdf.ln(3)  # type: ignore[attr-defined]
    pdf.set_font("body", "", 11)  # type: ignore[attr-defined]
    for text in annex:
        paragraph(text)


def fpdf2_justified(known: KnownLetter, out: Path, regular: str, bold: str) -> None:
    """Word-space justified paragraphs, shaped by HarfBuzz."""
    pdf = _fpdf_class()(known, regular, bold)
    pdf.add_page()

    def paragraph(text: str) -> None:
        pdf.multi_cell(0, 6.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    _fpdf_body(pdf, known, paragraph)
    pdf.output(str(out))
    write_known(known, out)


MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


def fpdf2_typewriter(known: KnownLetter, out: Path, second_symbol: str) -> None:
    """A typewriter-era UN document (ODS's 1990s PDFs): monospace, ragged right, blank lines
    between paragraphs, the masthead's two symbols and "Distr." / "GENERAL" on lines of their
    own, "English" and "Page 2" under the symbol on later pages, "/..." where a page goes on,
    "UNITED NATIONS" in bold by overstriking."""
    pdf = _typewriter_class(second_symbol)(known, MONO, MONO_BOLD)
    pdf.set_text_shaping(False)
    pdf.add_page()

    def paragraph(text: str) -> None:
        pdf.multi_cell(0, 5, "     " + text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)  # a blank line

    _fpdf_body(pdf, known, paragraph)
    pdf.output(str(out))
    write_known(known, out)


def _typewriter_class(second_symbol: str) -> type:
    base = _fpdf_class()

    class Typewriter(base):  # type: ignore[misc, valid-type]
        def header(self) -> None:
            m = self.known.masthead
            self.set_font("body", "", 10)
            if self.page_no() > 1:
                self.set_y(10)
                for line in (m.symbol, second_symbol, "English", f"Page {self.page_no()}"):
                    self.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
                self.set_y(34)
                return
            self.set_font("body", "B", 12)
            for shift in (0.0, 0.17):  # bold by overstriking: drawn twice, half a point apart
                self.set_xy(self.l_margin + shift, 12)
                self.cell(0, 5, "UNITED", new_x="LEFT", new_y="NEXT")
                self.cell(0, 5, "NATIONS", new_x="LMARGIN", new_y="NEXT")
            self.set_y(30)
            self.set_x(60)
            self.cell(70, 6, m.organ)
            self.set_font("body", "", 10)
            lines = ("Distr.", "GENERAL", "", m.symbol, second_symbol, "8 August 2011", "")
            for line in (*lines, "ORIGINAL: ENGLISH"):
                self.set_x(140)
                self.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
            self.line(25, self.get_y() + 3, 185, self.get_y() + 3)
            self.set_y(self.get_y() + 12)

        def footer(self) -> None:
            self.set_y(-24)
            self.set_font("body", "", 10)
            if self.page_no() == 1:
                self.cell(0, 5, "11-44795 (E)   090811")
                self.cell(0, 5, "/...", align="R", new_x="LMARGIN", new_y="NEXT")
                self.cell(0, 5, self.known.masthead.barcode, new_x="LMARGIN", new_y="NEXT")

    return Typewriter


def fpdf2_typewriter_session(known: KnownLetter, out: Path, second_symbol: str) -> None:
    """A typewriter-era joint letter (A/53/938-S/1999/512, A/49/230-S/1994/822 on ODS): the
    session block in two columns with the agenda item's title in capitals, the title as an
    indented block wrapped at its own measure, a footnote under a row of underscores, "-----"
    under the last line, and a centred annex title broken where it looks balanced."""
    pdf = _typewriter_class(second_symbol)(known, MONO, MONO_BOLD)
    pdf.set_text_shaping(False)
    pdf.add_page()
    pdf.set_font("body", "", 10)
    rows = (
        ("GENERAL ASSEMBLY", "SECURITY COUNCIL"),
        ("Sixty-fifth session", "Sixty-sixth year"),
        ("Agenda item 33*", ""),
        ("PREVENTION OF ARMED CONFLICT AND", ""),
        ("   THE PEACEFUL SETTLEMENT OF DISPUTES", ""),
    )
    for left, right in rows:
        y = pdf.get_y()
        pdf.cell(90, 4.2, left)
        pdf.set_xy(140, y)
        pdf.cell(0, 4.2, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    title, *letter = known.letter
    for line in _wrap(pdf, title, 85, 85):  # typed as a block indented 2.25 inches
        pdf.set_x(57)
        pdf.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)

    def paragraph(text: str) -> None:
        pdf.multi_cell(0, 4.2, "     " + text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4.2)

    for text in letter[:-2]:
        paragraph(text)
    for text in letter[-2:]:  # each line centred on a point in the right half
        pdf.set_x(150 - pdf.get_string_width(text) / 2)
        pdf.cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(235)
    pdf.cell(0, 4.2, "________________________", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4.2)
    pdf.cell(0, 4.2, "     * A/65/50.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    heading, annex_title, kind, *annex = known.annex
    for line in (heading, "", *_balanced(annex_title), "", kind, ""):
        pdf.cell(0, 4.2, line, align="C", new_x="LMARGIN", new_y="NEXT")
    for text in annex:
        paragraph(text)
    pdf.cell(0, 4.2, "-----", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    write_known(known, out)


def fpdf2_two_columns(known: KnownLetter, out: Path) -> None:
    """A meeting record's page (S/PV.4507 on ODS): a heading across the page, then the text in
    two justified columns whose gutter (4 mm) is narrower than the gap between a masthead's
    blocks; a paragraph goes on from the foot of the first column to the head of the second."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.add_font("body", "", DEJAVU)
    pdf.add_font("body", "B", DEJAVU_BOLD)
    pdf.set_margins(21, 20, 21)
    pdf.add_page()
    _heading, annex_title, _kind, *annex = known.annex
    pdf.set_font("body", "B", 11)
    pdf.multi_cell(0, 6, annex_title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("body", "", 10)
    with pdf.text_columns(ncols=2, gutter=4, text_align="J", balance=True) as columns:
        for text in annex:  # first lines indented, as the records are
            with columns.paragraph(first_line_indent=8) as paragraph:
                paragraph.write(text)
    pdf.output(str(out))
    out.with_suffix(".txt").write_text("\n".join([annex_title, *annex]) + "\n", encoding="utf-8")


def _balanced(text: str) -> list[str]:
    """A centred title broken in two before a small word near its middle, as a typist would."""
    words = text.split()
    middle = len(words) // 2
    at = next(i for i in range(middle, len(words)) if words[i][:1].islower())
    return [" ".join(words[:at]), " ".join(words[at:])]


def _kashida_points(word: str) -> list[int]:
    """Indices after which a tatweel may join two letters (dual-joining before, joining after)."""
    import regex

    return [
        i + 1
        for i in range(len(word) - 1)
        if regex.match(r"\p{jt=D}", word[i]) and regex.match(r"[\p{jt=D}\p{jt=R}]", word[i + 1])
    ]


def _stretch(
    pdf: object, words: list[str], width: float, measure: Callable[[str], float] | None = None
) -> str:
    """Insert tatweels at joins, spread over the line, until it fills ``width``."""
    measure = measure or pdf.get_string_width  # type: ignore[attr-defined]
    words = list(words)
    points = [(w, p) for w, word in enumerate(words) for p in reversed(_kashida_points(word))]
    if not points:
        return " ".join(words)
    step = 0
    while measure(" ".join(words)) < width - 1.5 and step < 60:
        w, p = points[(step * 7) % len(points)]
        words[w] = words[w][:p] + TATWEEL + words[w][p:]
        points = [(w2, p2 + (1 if w2 == w and p2 >= p else 0)) for w2, p2 in points]
        step += 1
    return " ".join(words)


def fpdf2_kashida(known: KnownLetter, out: Path, regular: str, bold: str) -> None:
    """Kashida-justified paragraphs: lines filled with U+0640 at letter joins, as Word does."""
    pdf = _fpdf_class()(known, regular, bold)
    pdf.add_page()
    width = pdf.epw

    def paragraph(text: str) -> None:
        line: list[str] = []
        for word in text.split(" "):
            if line and pdf.get_string_width(" ".join([*line, word])) > width - 2:
                pdf.cell(
                    0, 6.5, _stretch(pdf, line, width - 2), align="R", new_x="LMARGIN", new_y="NEXT"
                )
                line = []
            line.append(word)
        pdf.cell(0, 6.5, " ".join(line), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    _fpdf_body(pdf, known, paragraph)
    pdf.output(str(out))
    write_known(known, out)


def _pieces(text: str) -> list[str]:
    import regex

    return list(regex.findall(f"{TATWEEL}+|[^{TATWEEL}]+", text))


def _kashida_spans(pdf: object, text: str, height: float) -> None:
    """A right-aligned line drawn piece by piece, each tatweel run in a U+FFFD ``/ActualText``.

    InDesign's Arabic justification: the kashida glyphs map to U+0640, and a
    marked-content span over them says ``/ActualText`` U+FFFD U+FFFD ...
    """
    if pdf.will_page_break(height):  # type: ignore[attr-defined]
        pdf.add_page()  # type: ignore[attr-defined]  (not between a BDC and its EMC)
    x = pdf.w - pdf.r_margin  # type: ignore[attr-defined]
    y = pdf.get_y()  # type: ignore[attr-defined]
    padding, pdf.c_margin = pdf.c_margin, 0  # type: ignore[attr-defined]  (pieces abut)
    for piece in _pieces(text):
        width = pdf.get_string_width(piece)  # type: ignore[attr-defined]
        x -= width
        pdf.set_xy(x, y)  # type: ignore[attr-defined]
        if piece[0] == TATWEEL:
            pdf._out(f"/Span <</ActualText <FEFF{'FFFD' * len(piece)}>>> BDC")  # type: ignore[attr-defined]
        pdf.cell(width, height, piece, align="L")  # type: ignore[attr-defined]
        if piece[0] == TATWEEL:
            pdf._out("EMC")  # type: ignore[attr-defined]
    pdf.c_margin = padding  # type: ignore[attr-defined]
    pdf.set_xy(pdf.l_margin, y + height)  # type: ignore[attr-defined]


def fpdf2_kashida_actualtext(known: KnownLetter, out: Path, regular: str, bold: str) -> None:
    """Kashida justification as InDesign writes it: tatweel glyphs under a U+FFFD ActualText."""
    pdf = _fpdf_class()(known, regular, bold)
    pdf.add_page()
    width = pdf.epw

    def measure(text: str) -> float:  # the pieces are shaped one by one
        return sum(pdf.get_string_width(piece) for piece in _pieces(text))

    def paragraph(text: str) -> None:
        line: list[str] = []
        for word in text.split(" "):
            if line and measure(" ".join([*line, word])) > width - 2:
                _kashida_spans(pdf, _stretch(pdf, line, width - 2, measure), 6.5)
                line = []
            line.append(word)
        _kashida_spans(pdf, " ".join(line), 6.5)
        pdf.ln(3)

    _fpdf_body(pdf, known, paragraph)
    pdf.output(str(out))
    write_known(known, out)


def ocr_layer(known: KnownLetter, out: Path) -> None:
    """A scanned page: a picture, and an invisible OCR text layer written one word at a time.

    Each word is written in logical order (as OCR engines do), words placed from
    the right margin leftwards.
    """
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    picture = Image.new("L", (210, 297), 255)
    draw = ImageDraw.Draw(picture)
    for y in range(30, 260, 9):
        draw.line((25, y, 185, y), fill=90, width=2)
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        picture.save(png)
        pdf.image(str(png), x=0, y=0, w=210, h=297)
    pdf.add_font("body", "", DEJAVU)
    pdf.set_font("body", "", 11)
    pdf.text_mode = 3  # invisible
    y = 30.0
    for text in known.letter[:3]:
        line: list[str] = []
        for word in [*text.split(" "), None]:
            width = sum(pdf.get_string_width(w) for w in line)
            full = word is not None and width + pdf.get_string_width(word) + 2.5 * len(line) > 160
            if line and (full or word is None):
                # Justified like the scanned page: words spread over the full measure.
                gap = (160 - width) / max(len(line) - 1, 1) if word is not None else 2.5
                x = 185.0
                for w in line:
                    x -= pdf.get_string_width(w)
                    pdf.text(x, y, w)
                    x -= gap
                y += 7
                line = []
            if word is not None:
                line.append(word)
        y += 4
    pdf.output(str(out))
    lines = [" ".join(t.split(" ")) for t in known.letter[:3]]
    out.with_suffix(".txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def scan(out: Path) -> None:
    """A page that is only a picture: no text layer at all."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    picture = Image.new("L", (105, 148), 255)
    ImageDraw.Draw(picture).rectangle((10, 10, 95, 20), fill=60)
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        picture.save(png)
        pdf.image(str(png), x=0, y=0, w=210, h=297)
    pdf.output(str(out))


# The UN's Word template of 2025, in millimetres on an A4 page: the page margin, the indented
# text block, where the 12 pt bold title style wraps (its own indent on the closing side), the
# second column of the session block (A/80/434-S/2025/632 and A/80/500-S/2025/656 on ODS).
UN_MARGIN, UN_BLOCK, UN_BLOCK_END, UN_TITLE_END, UN_COLUMN = 21.2, 43.5, 173.0, 160.0, 117.5
PT = 25.4 / 72  # one point in millimetres


def _wrap(pdf: object, text: str, first: float, width: float) -> list[str]:
    """Greedy line breaks: ``first`` millimetres for the first line, ``width`` for the others."""
    lines: list[str] = []
    for word in text.split():
        room = first if len(lines) <= 1 else width
        if lines and pdf.get_string_width(f"{lines[-1]} {word}") <= room:  # type: ignore[attr-defined]
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _un_title(pdf: object, text: str) -> None:
    """The title style: 12 pt bold, the first line hanging out to the page margin."""
    pdf.set_font("body", "B", 12)  # type: ignore[attr-defined]
    first, rest = UN_TITLE_END - UN_MARGIN, UN_TITLE_END - UN_BLOCK
    for i, line in enumerate(_wrap(pdf, text, first, rest)):
        pdf.set_x(UN_MARGIN if i == 0 else UN_BLOCK)  # type: ignore[attr-defined]
        pdf.cell(0, 13.5 * PT, line, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
    pdf.ln(12 * PT)  # type: ignore[attr-defined]


def fpdf2_un_2025(known: KnownLetter, out: Path) -> None:
    """A 2025 joint letter by the UN's Word template: the session block, titles that wrap short."""
    base = _fpdf_class()

    class Word2025(base):  # type: ignore[misc, valid-type]
        def header(self) -> None:
            m = self.known.masthead
            self.set_font("body", "", 8)
            if self.page_no() > 1:
                self.set_y(10)
                for symbol in m.symbol.split("-"):
                    self.set_x(UN_MARGIN)
                    self.cell(0, 3.5, symbol, new_x="LMARGIN", new_y="NEXT")
                self.set_y(25)
                return
            self.set_xy(UN_BLOCK, 12)
            self.set_font("body", "B", 14)
            self.cell(60, 8, m.organisation)
            self.set_font("body", "B", 14)
            self.cell(0, 8, m.symbol, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_font("body", "B", 20)
            for organ in ("General Assembly", "Security Council"):
                self.set_x(UN_BLOCK)
                self.cell(90, 9, organ, new_x="LMARGIN", new_y="NEXT")
            self.set_font("body", "", 10)
            self.set_y(27)
            for line in (m.distribution, m.issue_date, "", m.original):
                self.set_x(140)
                self.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
            self.set_y(60)

        def footer(self) -> None:
            m = self.known.masthead
            self.set_y(-22)
            self.set_font("body", "", 9)
            self.set_x(UN_MARGIN)
            if self.page_no() == 1:
                self.cell(0, 5, m.job_footer, new_x="LMARGIN", new_y="NEXT")
                self.set_x(UN_MARGIN)
                self.set_font("body", "", 12)
                self.cell(0, 5, m.barcode, new_x="LMARGIN", new_y="NEXT")
            else:
                self.cell(80, 5, str(self.page_no()))
                self.cell(0, 5, m.running_job, align="R", new_x="LMARGIN", new_y="NEXT")

    pdf = Word2025(known, DEJAVU, DEJAVU_BOLD)
    pdf.set_text_shaping(False)
    pdf.set_margins(UN_BLOCK, 20, 210 - UN_BLOCK_END)
    pdf.add_page()
    pdf.set_font("body", "", 10)
    for left, right in EN_SESSION:  # a table: Word draws a space at a cell's edges
        y = pdf.get_y()
        pdf.set_x(UN_MARGIN)
        pdf.cell(80, 12 * PT, f"{left} " if right else left)
        if right:
            pdf.set_xy(UN_COLUMN, y)
            pdf.cell(0, 12 * PT, f" {right}")
        pdf.set_xy(UN_MARGIN, y + 12 * PT)
    pdf.ln(16 * PT)
    title, *letter = known.letter
    _un_title(pdf, title)
    paragraph = _un_paragraph(pdf)
    for text in letter[:-2]:
        paragraph(text)
    pdf.ln(12 * PT)
    pdf.set_font("body", "", 10)
    for text in letter[-2:]:  # the signature block, flush with the block's closing edge
        pdf.cell(0, 12 * PT, text, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    heading, annex_title, dated, *annex = known.annex
    _un_title(pdf, heading)
    _un_title(pdf, annex_title)
    pdf.set_font("body", "", 10)
    pdf.cell(0, 12 * PT, dated, align="R", new_x="LMARGIN", new_y="NEXT")  # a statement's date
    pdf.ln(6 * PT)
    for text in annex:
        paragraph(text)
    pdf.output(str(out))
    write_known(known, out)


def _un_paragraph(pdf: object) -> Callable[[str], None]:
    def paragraph(text: str) -> None:
        pdf.set_font("body", "", 10)  # type: ignore[attr-defined]
        pdf.multi_cell(0, 12 * PT, text, align="J", new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
        pdf.ln(6 * PT)  # type: ignore[attr-defined]

    return paragraph


# LibreOffice ---------------------------------------------------------------

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Complex" svg:font-family="{complex_font}"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties style:writing-mode="{mode}"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10.5pt" fo:language="en"
    fo:country="US" style:font-name-complex="Complex" style:font-size-complex="14pt"
    style:language-complex="ar" style:country-complex="EG"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="First" style:family="paragraph" style:master-page-name="FirstPage">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-size-complex="17pt"
    style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Masthead" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties style:font-size-complex="14pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Distr" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="9pt" style:font-size-complex="11pt"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.6cm" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="AnnexHeading" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:break-before="page" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Center" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Signature" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Small" style:family="paragraph">
   <style:text-properties fo:font-size="8pt" style:font-size-complex="9pt"/>
  </style:style>
  <style:style style:name="SmallEnd" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="8pt" style:font-size-complex="9pt"/>
  </style:style>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
    fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm" style:writing-mode="{mode}"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="FirstPage" style:page-layout-name="A4" style:next-style-name="Standard">
   <style:footer><text:p text:style-name="Small">{job_footer}</text:p><text:p text:style-name="SmallEnd">{barcode}</text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:header><text:p text:style-name="Small">{symbol}</text:p></style:header>
   <style:footer><text:p text:style-name="Small">{running_job}</text:p><text:p text:style-name="SmallEnd"><text:page-number text:select-page="current"/></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{body}
 </office:text></office:body>
</office:document>
"""


def _p(style: str, text: str) -> str:
    from xml.sax.saxutils import escape

    return f'  <text:p text:style-name="{style}">{escape(text)}</text:p>'


def _letter_body(known: KnownLetter) -> list[str]:
    title, *letter = known.letter
    body = [_p("Title", title)]
    body += [_p("Body", text) for text in letter[:-2]]
    body += [_p("Signature", text) for text in letter[-2:]]
    heading, annex_title, kind, *annex = known.annex
    body += [_p("AnnexHeading", heading), _p("Center", annex_title), _p("Center", kind)]
    return body + [_p("Body", text) for text in annex]


def libreoffice(
    known: KnownLetter,
    out: Path,
    complex_font: str = "Amiri",
    *,
    body: list[str] | None = None,
    styles: str = "",
    margin: str = "2.5cm",
) -> None:
    """Writer's own layout, shaping (HarfBuzz) and PDF export, from a flat ODT; Amiri for Arabic."""
    from xml.sax.saxutils import escape

    m = known.masthead
    rtl = known.language == "ar"
    masthead = [_p("First", m.organisation), _p("Masthead", m.organ)]
    masthead += [
        _p("Distr", line)
        for line in (m.distribution, m.issue_date, m.language_line, m.original)
        if line
    ]
    body = masthead + (body if body is not None else _letter_body(known))
    fodt = FODT.format(
        mode="rl-tb" if rtl else "lr-tb",
        complex_font=complex_font,
        job_footer=escape(m.job_footer),
        barcode=escape(m.barcode),
        symbol=escape(m.symbol),
        running_job=escape(m.running_job),
        body="\n".join(body),
    )
    fodt = fodt.replace(" </office:automatic-styles>", styles + " </office:automatic-styles>")
    fodt = fodt.replace(
        'fo:margin-left="2.5cm" fo:margin-right="2.5cm"',
        f'fo:margin-left="{margin}" fo:margin-right="{margin}"',
    )
    # The symbol stands on the first line, on the side opposite the organisation.
    fodt = fodt.replace(
        _p("First", m.organisation),
        _p("First", m.organisation).replace("</text:p>", f"<text:tab/>{escape(m.symbol)}</text:p>"),
    )
    fodt = fodt.replace(
        '<style:paragraph-properties fo:text-align="start"/>\n   <style:text-properties fo:font-size="14pt"',
        '<style:paragraph-properties fo:text-align="start"><style:tab-stops><style:tab-stop'
        ' style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties>\n'
        '   <style:text-properties fo:font-size="14pt"',
    )
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{out.stem}.fodt"
        source.write_text(fodt, encoding="utf-8")
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        out.write_bytes(_fixed_stamps((Path(tmp) / f"{out.stem}.pdf").read_bytes()))
    write_known(known, out)


# The UN's Word template: the body in a text block indented from the page margin, the title's
# first line hanging out to the page margin, a quotation with a hanging indent (S/2025/378 and
# A/80/488-S/2025/655 on ODS measure 60 pt, 123.4 pt, 147.2 pt and 490.5 pt on a 612 pt page).
UN_LAYOUT_STYLES = """
  <style:style style:name="Block" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm" fo:line-height="115%"
    fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  </style:style>
  <style:style style:name="Hanging" style:family="paragraph">
   <style:paragraph-properties fo:text-align="{start}" fo:margin-top="0.6cm" fo:margin-bottom="0.4cm"
    fo:margin-left="2.2cm" fo:margin-right="2.2cm" fo:text-indent="-2.2cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Quote" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm" fo:line-height="115%"
    fo:margin-left="3.04cm" fo:margin-right="2.2cm" fo:text-indent="-0.84cm"/>
  </style:style>
  <style:style style:name="BlockSignature" style:family="paragraph">
   <style:paragraph-properties fo:text-align="{end}" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  </style:style>
"""


def libreoffice_un_layout(known: KnownLetter, out: Path) -> None:
    """The UN template's indented text block, hanging title and hanging quotation, by Writer."""
    # Writer reads the margins of a right-to-left paragraph from its start side (fo:margin-left
    # is on the right) but start and end alignment as left and right: mirror the alignment.
    rtl = known.language == "ar"
    styles = UN_LAYOUT_STYLES.format(start="end" if rtl else "start", end="start" if rtl else "end")
    title, *letter = known.letter
    heading, annex_title, kind, *annex = known.annex
    body = [_p("Hanging", title)]
    body += [_p("Block", text) for text in letter[:-2]]
    body += [_p("BlockSignature", text) for text in letter[-2:]]
    body += [_p("AnnexHeading", heading), _p("Center", annex_title), _p("Center", kind)]
    body += [_p("Quote" if i == 1 else "Block", text) for i, text in enumerate(annex)]
    libreoffice(known, out, body=body, styles=styles, margin="2.1cm")


def _fixed_stamps(pdf: bytes) -> bytes:
    """LibreOffice stamps the time, a random /ID and a checksum: fix them, byte for byte."""
    import re

    def same_length(match: re.Match[bytes], fill: bytes) -> bytes:
        return fill * len(match.group(1))

    stamp = CREATED.strftime("%Y%m%d%H%M%S").encode()
    pdf = re.sub(rb"(?<=/CreationDate\(D:)(\d{14})", lambda m: stamp, pdf)
    pdf = re.sub(rb"(?<=<)([0-9A-F]{32})(?=>)", lambda m: same_length(m, b"0"), pdf)
    return re.sub(rb"(?<=/DocChecksum /)([0-9A-F]{32})", lambda m: same_length(m, b"0"), pdf)


# Footnotes ------------------------------------------------------------------

_MARK = re.compile(r"\{([^}]+)\}")


def fpdf2_notes(noted: NotedLetter, out: Path, regular: str, bold: str) -> None:
    """Footnotes as a UN page prints them: a raised mark after the word ("debate¹"), the notes
    at the foot in 9 pt under a short drawn rule, the title's "*" note, and one long note
    going on at the foot of the next page. Paragraphs are ragged (``write``), so that a
    raised mark can stand inside them."""
    pdf = _notes_class()(noted, regular, bold)
    pdf.add_page()

    def paragraph(text: str) -> None:
        _write_marked(pdf, text, 6.5, 11)
        pdf.ln(3 if pdf.rtl else 9.5)

    title, *body = noted.known.letter
    pdf.set_font("body", "B", 12)
    pdf.direction(pdf.rtl)
    _write_marked(pdf, title, 7, 12, "B")
    pdf.ln(4 if pdf.rtl else 11)
    pdf.set_font("body", "", 11)
    for text in body[:-2]:
        paragraph(text)
    for text in body[-2:]:
        pdf.cell(0, 6, text, align="L" if pdf.rtl else "R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    heading, annex_title, kind, *annex = noted.known.annex
    pdf.set_font("body", "B", 11)
    pdf.multi_cell(0, 7, heading, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in (annex_title, kind):
        pdf.cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("body", "", 11)
    for text in annex:
        paragraph(text)
    pdf.output(str(out))
    write_known(noted.unmarked(), out)


def _write_marked(pdf: object, text: str, height: float, size: float, style: str = "") -> None:
    """``text`` by ``write``, each "{mark}" raised and small; the mark is noted for its page."""
    if pdf.rtl:  # type: ignore[attr-defined]
        _rtl_marked(pdf, text, height, size, style)
        return
    at = 0
    for match in _MARK.finditer(text):
        pdf.write(height, text[at : match.start()])  # type: ignore[attr-defined]
        pdf.char_vpos = "SUP"  # type: ignore[attr-defined]
        pdf.write(height, match[1])  # type: ignore[attr-defined]
        pdf.char_vpos = "LINE"  # type: ignore[attr-defined]
        pdf.cited.setdefault(pdf.page_no(), []).append(match[1])  # type: ignore[attr-defined]
        at = match.end()
    pdf.write(height, text[at:])  # type: ignore[attr-defined]


def _rtl_marked(pdf: object, text: str, height: float, size: float, style: str) -> None:
    """Right-to-left ``text`` in right-aligned lines drawn piece by piece from the right edge,
    each "{mark}" drawn by ``text`` at 70 % of the size, 40 % of it above the baseline (as a
    word processor raises a note reference; fpdf2's ``write`` cannot mix RTL and raised runs)."""
    lines: list[str] = []
    for word in text.split(" "):
        trial = " ".join([*lines[-1:], word]) if lines else word
        if lines and pdf.get_string_width(_MARK.sub("", trial)) > pdf.epw - 4:  # type: ignore[attr-defined]
            lines.append(word)
        elif lines:
            lines[-1] = trial
        else:
            lines.append(word)
    padding, pdf.c_margin = pdf.c_margin, 0  # type: ignore[attr-defined]  (pieces abut)
    for line in lines:
        if not pdf.in_footer and pdf.will_page_break(height):  # type: ignore[attr-defined]
            pdf.add_page()  # type: ignore[attr-defined]
        x, y = pdf.w - pdf.r_margin, pdf.get_y()  # type: ignore[attr-defined]
        for piece in (p for p in _MARK.split(line) if p):
            if line.find("{" + piece + "}") >= 0 and len(piece) <= 3:
                pdf.set_font("body", style, size * 0.7)  # type: ignore[attr-defined]
                x -= pdf.get_string_width(piece)  # type: ignore[attr-defined]
                lift = 0.4 * size * 0.3528  # points to millimetres
                base = y + 0.5 * height + 0.3 * size * 0.3528
                pdf.text(x, base - lift, piece)  # type: ignore[attr-defined]
                pdf.cited.setdefault(pdf.page_no(), []).append(piece)  # type: ignore[attr-defined]
                pdf.set_font("body", style, size)  # type: ignore[attr-defined]
                continue
            width = pdf.get_string_width(piece)  # type: ignore[attr-defined]
            x -= width
            pdf.set_xy(x, y)  # type: ignore[attr-defined]
            pdf.cell(width, height, piece, align="L")  # type: ignore[attr-defined]
        pdf.set_xy(pdf.l_margin, y + height)  # type: ignore[attr-defined]
    pdf.c_margin = padding  # type: ignore[attr-defined]


def _notes_class() -> type:
    base = _fpdf_class()

    class Noted(base):  # type: ignore[misc, valid-type]
        def __init__(self, noted: NotedLetter, regular: str, bold: str) -> None:
            super().__init__(noted.unmarked(), regular, bold)
            self.noted = noted
            self.cited: dict[int, list[str]] = {}
            self.carried = ""
            self.set_auto_page_break(True, margin=70)

        def footer(self) -> None:
            notes = dict(self.noted.notes)
            shown = [(None, self.carried)] if self.carried else []
            self.carried = ""
            for mark in self.cited.get(self.page_no(), []):
                text = notes[mark]
                if mark == self.noted.split:  # half here, the rest at the next page's foot
                    words = text.split()
                    text = " ".join(words[: len(words) // 2])
                    self.carried = " ".join(words[len(words) // 2 :])
                shown.append((mark, text))
            if shown:
                self.set_auto_page_break(False)
                self.set_y(self.h - 66)
                self.line(self.l_margin, self.get_y(), self.l_margin + 40, self.get_y())
                self.set_y(self.get_y() + 2)
                self.set_font("body", "", 9)
                for mark, text in shown:
                    self.set_x(self.l_margin)
                    if self.rtl:
                        _write_marked(self, f"{{{mark}}} {text}" if mark else text, 4.5, 9)
                        self.ln(1)
                        continue
                    if mark:  # raised by hand: fpdf2 keeps the raised size after an add_page
                        self.set_font("body", "", 9 * 0.7)
                        base = self.get_y() + 0.5 * 4.5 + 0.3 * 9 * 0.3528
                        self.text(self.l_margin, base - 0.4 * 9 * 0.3528, mark)
                        self.set_x(self.l_margin + self.get_string_width(mark) + 1)
                        self.set_font("body", "", 9)
                    self.write(4.5, text)
                    self.ln(5.5)
                self.cited.pop(self.page_no(), None)
                self.set_auto_page_break(True, margin=70)
            super().footer()

    return Noted


def fpdf2_ar_session(out: Path) -> None:
    """An Arabic letter to the General Assembly: the session block in two right-aligned
    columns, the General Assembly's on the right with its agenda item and title alone on
    their rows (checks that the block is read right column first)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.add_font("body", "", DEJAVU)
    pdf.set_margins(25, 20, 25)
    pdf.add_page()

    def line(text: str, size: float, align: str, **at: float) -> None:
        arabic = not text.isascii()
        direction, script, language = ("rtl", "arab", "ara") if arabic else ("ltr", "latn", "eng")
        pdf.set_text_shaping(True, direction=direction, script=script, language=language)
        pdf.set_font("body", "", size)
        if at:
            pdf.set_xy(at["x"], at["y"])
            pdf.cell(75, 5, text, align=align)
        else:
            pdf.cell(0, 6, text, align=align, new_x="LMARGIN", new_y="NEXT")

    line("A/80/434", 14, "L")
    line("الجمعية العامة", 12, "R")
    for text in ("Distr.: General", "6 October 2025", "Original: Arabic"):
        line(text, 9, "L")
    top = pdf.get_y() + 8
    block = ("الجمعية العامة", "الدورة الثمانون", "البند 26 من جدول الأعمال", "النهوض بالمرأة")
    for row, text in enumerate(block):
        line(text, 10, "R", x=110, y=top + 5 * row)
    for row, text in enumerate(("مجلس الأمن", "السنة الثمانون")):
        line(text, 10, "R", x=25, y=top + 5 * row)
    pdf.set_y(top + 30)
    for text in (
        "رسالة مؤرخة 3 تشرين الأول/أكتوبر 2025 موجهة إلى الأمين العام من الممثل الدائم "
        "لإسبانيا لدى الأمم المتحدة",
        "يشرفني أن أحيل إليكم طيه موجز الرئيس للمعتكف السنوي بشأن القانون الإنساني الدولي.",
    ):
        pdf.set_text_shaping(True, direction="rtl", script="arab", language="ara")
        pdf.multi_cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
    line("(توقيع) هكتور غوميس", 11, "L")
    pdf.output(str(out))


CASES: dict[str, Callable[[Path], None]] = {
    "ar-fpdf2-justified": lambda out: fpdf2_justified(AR_LETTER, out, DEJAVU, DEJAVU_BOLD),
    "ar-fpdf2-kashida": lambda out: fpdf2_kashida(AR_LETTER, out, AMIRI, AMIRI_BOLD),
    "ar-fpdf2-kashida-actualtext": lambda out: fpdf2_kashida_actualtext(
        AR_LETTER, out, AMIRI, AMIRI_BOLD
    ),
    "en-fpdf2": lambda out: fpdf2_justified(EN_LETTER, out, DEJAVU, DEJAVU_BOLD),
    "en-fpdf2-typewriter": lambda out: fpdf2_typewriter(EN_LETTER, out, "A/65/980"),
    "ar-libreoffice": lambda out: libreoffice(AR_LETTER, out),
    "en-libreoffice": lambda out: libreoffice(EN_LETTER, out),
    "ar-ocr-layer": lambda out: ocr_layer(AR_LETTER, out),
    "en-libreoffice-un-layout": lambda out: libreoffice_un_layout(EN_LETTER, out),
    "ar-libreoffice-un-layout": lambda out: libreoffice_un_layout(AR_LETTER, out),
    "en-fpdf2-un-2025": lambda out: fpdf2_un_2025(EN_JOINT_LETTER, out),
    "en-fpdf2-typewriter-session": lambda out: fpdf2_typewriter_session(
        EN_TYPED_LETTER, out, "A/65/980"
    ),
    "en-fpdf2-two-columns": lambda out: fpdf2_two_columns(EN_LETTER, out),
    "ar-fpdf2-notes": lambda out: fpdf2_notes(AR_NOTED, out, DEJAVU, DEJAVU_BOLD),
    "en-fpdf2-notes": lambda out: fpdf2_notes(EN_NOTED, out, DEJAVU, DEJAVU_BOLD),
    "ar-fpdf2-session": fpdf2_ar_session,
    "scan": scan,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=HERE)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        if args.only and name not in args.only:
            continue
        make(args.outdir / f"{name}.pdf")
        print(f"{name}.pdf", (args.outdir / f"{name}.pdf").stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
