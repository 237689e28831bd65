"""UN page furniture: the masthead, running headers and footers, job number, barcode, page numbers.

These lines are not part of the letter. They are recognised by what they say
and where they stand (the masthead at the top of page 1, down to its
``Original:`` line; headers and footers in the top and bottom bands of each
page), kept out of the paragraphs, and read into metadata: symbol, organ,
distribution, date of issue, original language and job number
(``research/un-docs.md`` §3.1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from unarchive.parsers.pdf_lines import TextLine
from unarchive.symbols import split_joint
from unarchive.text.arabic import BIDI_CONTROLS

_ONE_SYMBOL = r"[A-Z]{1,8}(?:\.\d+)?(?:/[A-Z0-9][A-Za-z0-9.\-()]*){1,6}"
# One symbol, or a joint document's, «A/67/824–S/2013/211» (any dash, spaces or not).
SYMBOL = regex.compile(rf"^{_ONE_SYMBOL}(?:\s*[\-\u2010-\u2015\u2212]?\s*{_ONE_SYMBOL})*$")
JOB = regex.compile(r"(?<![\d-])((?:GE\.)?\d{2}-\d{5})(?:\s*\(([A-Z])\))?")
BARCODE = regex.compile(r"^\*\d{5,9}\*$")
PAGE_NUMBER = regex.compile(r"^(?:-\s*)?\d{1,4}(?:\s*-)?$|^\d{1,4}\s*/\s*\d{1,4}$")
DISTR = regex.compile(r"^Distr\.?\s*:?\s*(\p{L}+)", regex.IGNORECASE)
ORIGINAL = regex.compile(r"(?:^|\s)(?:Original|ORIGINAL)\s*:\s*(\p{L}+)|الأصل\s*:\s*(\p{L}+)")
JOB_LANGUAGE = regex.compile(r"[()]([A-Z])[()]")  # (A), or )A( drawn in a right-to-left line
DATE_CODES = regex.compile(r"^\d{6}(?:\s+\d{6})*$")
# Typewriter-era running lines: "Page 2" under the symbol, "/..." where a page continues.
PAGE_WORD = regex.compile(r"^(?:Page|Página|Pág\.)\s*\d{1,4}$", regex.IGNORECASE)
CONTINUED = regex.compile(r"^/\s*(?:\.\s*){2,3}$|^/\u2026$")
_HEADER_BAND = 0.10
_FOOTER_BAND = 0.14
_MASTHEAD_BAND = 0.40

ORGANISATIONS = (
    "United Nations",
    "UNITED NATIONS",
    "Nations Unies",
    "Naciones Unidas",
    "الأمم المتحدة",
)
ORGANS = (
    "Security Council",
    "General Assembly",
    "Economic and Social Council",
    "Conseil de sécurité",
    "Assemblée générale",
    "Consejo de Seguridad",
    "Asamblea General",
    "مجلس الأمن",
    "الجمعية العامة",
    "المجلس الاقتصادي والاجتماعي",
)
LANGUAGES = {
    "english": "en",
    "arabic": "ar",
    "french": "fr",
    "spanish": "es",
    "russian": "ru",
    "chinese": "zh",
    "بالإنكليزية": "en",
    "بالإنجليزية": "en",
    "الإنكليزية": "en",
    "بالعربية": "ar",
    "العربية": "ar",
    "بالفرنسية": "fr",
    "بالإسبانية": "es",
    "بالروسية": "ru",
    "بالصينية": "zh",
}
MONTHS = {
    **{
        name: number
        for number, names in enumerate(
            (
                ("january", "كانون الثاني/يناير", "يناير"),
                ("february", "شباط/فبراير", "فبراير"),
                ("march", "آذار/مارس", "مارس"),
                ("april", "نيسان/أبريل", "أبريل"),
                ("may", "أيار/مايو", "مايو"),
                ("june", "حزيران/يونيه", "حزيران/يونيو", "يونيه", "يونيو"),
                ("july", "تموز/يوليه", "تموز/يوليو", "يوليه", "يوليو"),
                ("august", "آب/أغسطس", "أغسطس"),
                ("september", "أيلول/سبتمبر", "سبتمبر"),
                ("october", "تشرين الأول/أكتوبر", "أكتوبر"),
                ("november", "تشرين الثاني/نوفمبر", "نوفمبر"),
                ("december", "كانون الأول/ديسمبر", "ديسمبر"),
            ),
            start=1,
        )
        for name in names
    }
}
_MONTH_NAMES = "|".join(sorted(map(regex.escape, MONTHS), key=len, reverse=True))
DATE = regex.compile(rf"(?<!\d)(\d{{1,2}})\s*({_MONTH_NAMES})\s*(\d{{4}})(?!\d)", regex.IGNORECASE)


@dataclass
class Furniture:
    """What the page furniture says, and which lines it took."""

    lines: dict[int, str] = field(default_factory=dict)  # index of the line -> style
    symbol: str | None = None
    symbols: list[str] = field(default_factory=list)  # the masthead's, in order (A/... and S/...)
    job_number: str | None = None
    organ: str | None = None
    distribution: str | None = None
    issue_date: dt.date | None = None
    original_language: str | None = None


def clean(text: str) -> str:
    """A line's text as compared here: no tatweel, no bidi controls, single spaces."""
    text = regex.sub(f"[\u0640{BIDI_CONTROLS}]", "", text)
    return " ".join(text.split())


def parse_date(text: str) -> dt.date | None:
    """The first 'D Month YYYY' date of ``text``, English or Arabic, in any digits."""
    match = DATE.search(_ascii_digits(clean(text)))
    if not match:
        return None
    try:
        return dt.date(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
    except ValueError:
        return None


def _ascii_digits(text: str) -> str:
    return "".join(str(int(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


def _is_masthead_line(text: str) -> bool:
    return bool(
        SYMBOL.match(text)
        or DISTR.match(text)
        or ORIGINAL.search(text)
        or text in ORGANISATIONS
        or text in ORGANS
        or text.lower() in LANGUAGES
        or (parse_date(text) and len(text) < 40)
    )


def _is_running_line(text: str) -> bool:
    return bool(
        SYMBOL.match(text)
        or JOB.match(text)
        or BARCODE.match(text)
        or PAGE_NUMBER.match(text)
        or DATE_CODES.match(text)
        or PAGE_WORD.match(text)
        or CONTINUED.match(text)
    )


def find(lines: Sequence[TextLine], heights: dict[int, float]) -> Furniture:
    """Mark the furniture among ``lines`` (all pages, top to bottom) and read its metadata."""
    found = Furniture()
    texts = [clean(line.text()) for line in lines]
    _masthead(lines, texts, heights, found)
    for i, (line, text) in enumerate(zip(lines, texts, strict=True)):
        if i in found.lines:
            continue
        height = heights.get(line.page, 842.0)
        top = line.y > height * (1 - _HEADER_BAND)
        if top and (_is_running_line(text) or text.lower() in LANGUAGES):
            found.lines[i] = "header"  # the language of the version, under the symbol
        elif line.y < height * _FOOTER_BAND and (_is_running_line(text) or JOB.search(text)):
            found.lines[i] = "footer"
    previous = ""
    for i, style in sorted(found.lines.items()):
        # A typewriter masthead puts "Distr." and "GENERAL" on two lines.
        _read(f"Distr. {texts[i]}" if previous == "Distr." else texts[i], style, found)
        previous = texts[i] if style == "masthead" else ""
    return found


def _masthead(
    lines: Sequence[TextLine], texts: list[str], heights: dict[int, float], found: Furniture
) -> None:
    """Page 1's top lines, down to the last one that only a masthead says."""
    first = [i for i, line in enumerate(lines) if line.page == lines[0].page] if lines else []
    height = heights.get(lines[0].page, 842.0) if lines else 842.0
    top = [i for i in first if lines[i].y > height * (1 - _MASTHEAD_BAND)]
    marks = [i for i in top if _is_masthead_line(texts[i])]
    closing = [i for i in marks if ORIGINAL.search(texts[i]) or DISTR.match(texts[i])]
    if closing:
        last = max(closing)
        for i in top:
            if lines[i].y >= lines[last].y - 0.5:
                found.lines[i] = "masthead"
        return
    for i in top:  # no distribution block: only the lines that look like a masthead
        if i not in marks:
            break
        found.lines[i] = "masthead"


def _read(text: str, style: str, found: Furniture) -> None:
    if SYMBOL.match(text):
        # A joint document prints one line, «A/80/434-S/2025/632»: two symbols.
        parts = split_joint(text)
        if found.symbol is None:
            found.symbol = parts[0]
        if style == "masthead":
            found.symbols.extend(p for p in parts if p not in found.symbols)
    if style == "masthead":
        _read_masthead(text, found)
    job = JOB.search(text)
    if job and style == "footer" and (found.job_number is None or "(" not in found.job_number):
        letter = job[2] or next(iter(JOB_LANGUAGE.findall(text)), None)
        found.job_number = f"{job[1]} ({letter})" if letter else job[1]


def _read_masthead(text: str, found: Furniture) -> None:
    distr = DISTR.match(text)
    if distr and found.distribution is None:
        found.distribution = distr[1].capitalize()
    original = ORIGINAL.search(text)
    if original and found.original_language is None:
        name = original[1] or original[2]
        found.original_language = LANGUAGES.get(name.lower(), name)
    if text in ORGANS and found.organ is None:
        found.organ = text
    date = parse_date(text)
    if date and found.issue_date is None and len(text) < 40:
        found.issue_date = date
