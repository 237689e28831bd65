"""PDFs the parser was not tuned on: other texts, fonts, layouts and PDF writers, made in /tmp.

    PYTHONPATH=. python benchmarks/pdf_unseen.py [--keep DIR]

Nothing here is committed or used by the tests. It needs the fixture
generator's tools (fpdf2, uharfbuzz, LibreOffice) plus WeasyPrint (HTML/CSS ->
PDF through Pango and HarfBuzz), arabic-reshaper and python-bidi (for a
"naive" writer that stores presentation forms in visual order), and the Debian
fonts ``fonts-noto-core`` and ``fonts-dejavu-core``. For each PDF it prints the
character error rate of unarchive's letter text against the typed text, and
the symbol, date of issue and job number read from the furniture.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_fixtures as mf  # noqa: E402
from letters import KnownLetter, Masthead  # noqa: E402
from pdf_extraction import cer, light  # noqa: E402

import unarchive  # noqa: E402
from unarchive.readers.pdf.reader import body_paragraphs  # noqa: E402

SEED = ROOT / "samples" / "letters" / "ar-text-seed-two-renditions" / "input.txt"


def other_arabic_letter() -> KnownLetter:
    """Another letter: other symbol and dates, and seed paragraphs that the fixtures do not use."""
    word = SEED.read_text(encoding="utf-8").splitlines()
    annex = [word[n - 1].strip() for n in (179, 180, 189, 190, 191)]
    masthead = Masthead(
        organisation="الأمم المتحدة",
        organ="الجمعية العامة",
        symbol="A/67/982",
        distribution="Distr.: General",
        issue_date="4 أيلول/سبتمبر 2013",
        language_line="Arabic",
        original="Original: Arabic",
        job_footer="13-44512 (A)    050913    050913",
        barcode="*1344512*",
        running_job="13-44512",
    )
    return KnownLetter(
        language="ar",
        masthead=masthead,
        letter=(
            "رسالة مؤرخة 3 أيلول/سبتمبر 2013 موجهة إلى الأمين العام من الممثل الدائم للهند لدى"
            " الأمم المتحدة",
            "أتشرف بأن أحيل إليكم طيه ورقة بشأن الشراكة في حفظ السلام (انظر المرفق)، أعدت في"
            " إطار البند 55 من جدول الأعمال، وتتضمن ملاحظات بشأن 16 بعثة و«الولايات المتكاملة»"
            " لعام 2013.",
            "وأكون ممتنا لو تفضلتم بتعميم هذه الرسالة ومرفقها بوصفهما وثيقة من وثائق الجمعية"
            " العامة.",
            "(توقيع) أشوك كومار موخيرجي",
            "الممثل الدائم",
        ),
        annex=(
            "مرفق الرسالة المؤرخة 3 أيلول/سبتمبر 2013 الموجهة إلى الأمين العام من الممثل الدائم"
            " للهند لدى الأمم المتحدة",
            "الشراكة في حفظ السلام",
            "ورقة",
            *annex,
        ),
        metadata={"symbol": "A/67/982", "job_number": "13-44512 (A)", "issue_date": "2013-09-04"},
    )


def weasyprint(known: KnownLetter, out: Path, font: str) -> None:
    """HTML + CSS paged media through WeasyPrint: Pango layout, HarfBuzz shaping, its own writer."""
    import weasyprint as wp

    m = known.masthead
    rtl = known.language == "ar"
    side = "left" if rtl else "right"
    title, *letter = known.letter
    heading, annex_title, kind, *annex = known.annex
    body = "".join(f"<p>{escape(t)}</p>" for t in letter[:-2])
    body += "".join(f'<p class="sig">{escape(t)}</p>' for t in letter[-2:])
    annexed = "".join(f"<p>{escape(t)}</p>" for t in annex)
    distr = "<br>".join(
        escape(x) for x in (m.distribution, m.issue_date, m.language_line, m.original) if x
    )
    html = f"""<html dir="{"rtl" if rtl else "ltr"}" lang="{known.language}"><head><style>
    @page {{ size: A4; margin: 22mm 24mm 28mm 24mm;
      @top-{side} {{ content: "{m.symbol}"; font: 8pt sans-serif; }}
      @bottom-left {{ content: "{m.running_job}"; font: 8pt sans-serif; }}
      @bottom-right {{ content: counter(page); font: 8pt sans-serif; }} }}
    @page :first {{ @top-{side} {{ content: none; }}
      @bottom-left {{ content: "{m.job_footer}"; font: 8pt sans-serif; }}
      @bottom-right {{ content: "{m.barcode}"; font: 9pt sans-serif; }} }}
    body {{ font-family: "{font}"; font-size: 12.5pt; line-height: 1.55; }}
    p {{ text-align: justify; margin: 0 0 7pt 0; }}
    .sig {{ text-align: end; margin: 0; }}
    .mast {{ width: 100%; border-bottom: 1pt solid black; margin-bottom: 14pt; }}
    .latin {{ direction: ltr; font-family: sans-serif; }}
    h1, h2 {{ text-align: center; font-size: 12.5pt; }}
    .annex {{ page-break-before: always; }}
    </style></head><body>
    <table class="mast"><tr><td><b style="font-size:15pt">{escape(m.organisation)}</b></td>
    <td style="text-align:{side}" class="latin"><b style="font-size:16pt">{escape(m.symbol)}</b>
    </td></tr><tr><td><b>{escape(m.organ)}</b></td>
    <td style="text-align:{side}; font-size:8pt">{distr}</td></tr></table>
    <h1>{escape(title)}</h1>{body}
    <h2 class="annex">{escape(heading)}</h2><h2>{escape(annex_title)}</h2><h2>{escape(kind)}</h2>
    {annexed}</body></html>"""
    wp.HTML(string=html).write_pdf(out)


def naive_visual(known: KnownLetter, out: Path) -> None:
    """An old-style writer: presentation forms in visual order, one string per line, no shaping."""
    import arabic_reshaper
    from bidi.algorithm import get_display
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(mf.CREATED)
    pdf.add_font("body", "", mf.DEJAVU)
    pdf.set_font("body", "", 11)
    pdf.add_page()
    for text in known.paragraphs():
        line: list[str] = []
        for word in [*text.split(" "), None]:
            candidate = " ".join([*line, word]) if word else ""
            too_wide = word and pdf.get_string_width(arabic_reshaper.reshape(candidate)) > 150
            if line and (too_wide or word is None):
                shown = get_display(arabic_reshaper.reshape(" ".join(line)), base_dir="R")
                pdf.cell(0, 6.5, shown, align="R", new_x="LMARGIN", new_y="NEXT")
                line = []
            if word:
                line.append(word)
        pdf.ln(3)
    pdf.output(str(out))


def report(name: str, pdf: Path, known: KnownLetter, furniture: bool = True) -> None:
    parsed = unarchive.parse(pdf)
    typed = "\n".join(known.paragraphs())
    text = "\n".join(body_paragraphs(parsed))
    meta = parsed.letter.metadata
    read = f"{meta.symbol} {meta.issue_date} {meta.job_number}" if furniture else "-"
    print(f"{name:28} CER {cer(light(typed), light(text)):6.2%}   {read}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, default=None, help="write the PDFs here")
    args = parser.parse_args(argv)
    other = other_arabic_letter()
    english = mf.EN_LETTER
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        cases = {  # name: (writer, typed letter)
            "weasyprint-naskh-ar": (lambda p: weasyprint(other, p, "Noto Naskh Arabic"), other),
            "weasyprint-amiri-ar": (lambda p: weasyprint(mf.AR_LETTER, p, "Amiri"), mf.AR_LETTER),
            "weasyprint-en": (lambda p: weasyprint(english, p, "DejaVu Serif"), english),
            "fpdf2-amiri-ar": (
                lambda p: mf.fpdf2_justified(other, p, mf.AMIRI, mf.AMIRI_BOLD),
                other,
            ),
            "libreoffice-naskh-ar": (
                lambda p: mf.libreoffice(other, p, "Noto Naskh Arabic"),
                other,
            ),
            "libreoffice-dejavu-ar": (lambda p: mf.libreoffice(other, p, "DejaVu Sans"), other),
            "naive-visual-ar": (lambda p: naive_visual(other, p), other),
        }
        for name, (make, known) in cases.items():
            pdf = folder / f"{name}.pdf"
            make(pdf)
            report(name, pdf, known, furniture=not name.startswith("naive"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
