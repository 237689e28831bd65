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

from unarchive.grammar.symbols import split_joint
from unarchive.readers.pdf import session_block as pdf_session_block
from unarchive.readers.pdf.lines import TextLine
from unarchive.readers.pdf.session_block import ORGANS
from unarchive.text.arabic import BIDI_CONTROLS

_ONE_SYMBOL = r"[A-Z]{1,8}(?:\.\d+)?(?:/[A-Z0-9][A-Za-z0-9.\-()]*){1,6}"
# One symbol, or a joint document's, «A/67/824–S/2013/211» (any dash, spaces or not).
SYMBOL = regex.compile(rf"^{_ONE_SYMBOL}(?:\s*[\-\u2010-\u2015\u2212]?\s*{_ONE_SYMBOL})*$")
JOB = regex.compile(r"(?<![\d-])((?:GE\.)?\d{2}-\d{5})(?:\s*\(([A-Z])\))?")
BARCODE = regex.compile(r"^\*\d{5,9}\*$")
PAGE_NUMBER = regex.compile(r"^(?:-\s*)?\d{1,4}(?:\s*-)?$|^\d{1,4}\s*/\s*\d{1,4}$")
DISTR = regex.compile(r"^Distr\.?\s*:?\s*(\p{L}+)", regex.IGNORECASE)
# "ORIGINAL8": an OCR layer's reading of the colon.
ORIGINAL = regex.compile(
    r"(?:^|\s)(?:Original|ORIGINAL)\s*(?::|(?<=L)8)\s*(\p{L}+)|الأصل\s*:\s*(\p{L}+)"
)
JOB_LANGUAGE = regex.compile(r"[()]([A-Z])[()]")  # (A), or )A( drawn in a right-to-left line
DATE_CODES = regex.compile(r"^\d{6}(?:\s+\d{6})*$")
# Typewriter-era running lines: "Page 2" under the symbol, "/..." where a page continues.
PAGE_WORD = regex.compile(r"^(?:Page|Página|Pág\.)\s*\d{1,4}$", regex.IGNORECASE)
CONTINUED = regex.compile(r"^/\s*(?:\.\s*){2,3}$|^/\u2026$")
# A typed rule: "-----" centred under the last line (the end of a document), or a row of
# underscores over the footnotes at the foot of a page.
RULE = regex.compile(r"^(?:-{3,}|_{3,}|\*{3,})$")
FOOTNOTE_RULE = regex.compile(r"^_{5,}$")
_HEADER_BAND = 0.10
_FOOTER_BAND = 0.14
_MASTHEAD_BAND = 0.40
_STACK_BAND = 0.20
_FOOTNOTE_BAND = 0.40

ORGANISATIONS = (
    "United Nations",
    "UNITED NATIONS",
    "Nations Unies",
    "Naciones Unidas",
    "الأمم المتحدة",
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
    session: list[int] = field(default_factory=list)  # the session block, column by column
    session_columns: list[list[str]] = field(default_factory=list)  # its texts, per column
    symbol: str | None = None
    symbols: list[str] = field(default_factory=list)  # the masthead's, in order (A/... and S/...)
    job_number: str | None = None
    organ: str | None = None
    distribution: str | None = None
    issue_date: dt.date | None = None
    original_language: str | None = None


_UNCLEAN = regex.compile(f"[\u0640{BIDI_CONTROLS}]")  # compiled once: ``clean`` runs per line


def clean(text: str) -> str:
    """A line's text as compared here: no tatweel, no bidi controls, single spaces."""
    text = _UNCLEAN.sub("", text)
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


def _unspaced(text: str) -> str:
    """A symbol an OCR layer spaced out letter by letter ("A / 4 5 / 3 1 1"), put together."""
    tokens = text.split()
    if len(tokens) < 5 or any(len(token) > 1 for token in tokens):
        return text
    joined = "".join(tokens)
    return joined if SYMBOL.match(joined) else text


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
    texts = [_unspaced(clean(line.text())) for line in lines]
    _masthead(lines, texts, heights, found)
    block = pdf_session_block.find_block(lines, texts, found.lines)
    if block is not None:
        found.session, found.session_columns = block
        found.lines.update(dict.fromkeys(found.session, "masthead"))
    for i, (line, text) in enumerate(zip(lines, texts, strict=True)):
        if i in found.lines:
            continue
        first = i == 0 or lines[i - 1].page != line.page
        stacked = first or found.lines.get(i - 1) == "header"
        style = _running(line, text, heights.get(line.page, 842.0), stacked)
        if style:
            found.lines[i] = style
    _same_row(lines, found)
    _rules_and_footnotes(lines, texts, heights, found)
    _starred_footnotes(lines, texts, heights, found)
    previous = ""
    for i, style in sorted(found.lines.items()):
        # A typewriter masthead puts "Distr." and "GENERAL" on two lines.
        _read(f"Distr. {texts[i]}" if previous == "Distr." else texts[i], style, found)
        previous = texts[i] if style == "masthead" else ""
    return found


def _same_row(lines: Sequence[TextLine], found: Furniture) -> None:
    """The other cells of a running line's row are running too.

    A meeting record's header reads "06/10/2025   Women and peace and security
    S/PV.10011": the symbol tells the row, the date and the item share it.
    """
    rows: dict[tuple[int, int], str] = {}
    for i, style in found.lines.items():
        if style in ("header", "footer"):
            rows[(lines[i].page, round(lines[i].y))] = style
    if not rows:
        return
    for i, line in enumerate(lines):
        if i in found.lines:
            continue
        y = round(line.y)
        near = (rows.get((line.page, y + d)) for d in (0, -1, 1))
        same = next((style for style in near if style), None)
        if same:
            found.lines[i] = same


def _running(line: TextLine, text: str, height: float, stacked: bool) -> str | None:
    """ "header" or "footer" for a running line of a page, by what it says and where it stands.

    A typewriter page stacks its running lines four deep (two symbols, the
    language, "Page 2"), and a scan has margins of its own: the first line of
    a page and those under a header are running lines down to a fifth of the
    page; a job number or "/..." low on the page is a footer up to a fifth.
    """
    running = _is_running_line(text) or text.lower() in LANGUAGES
    top = line.y > height * (1 - _HEADER_BAND)
    if running and (top or (stacked and line.y > height * (1 - _STACK_BAND))):
        return "header"  # with the language of the version, under the symbol
    if line.y < height * _FOOTER_BAND and (_is_running_line(text) or JOB.search(text)):
        return "footer"
    if line.y < height * _STACK_BAND and (JOB.match(text) or CONTINUED.match(text)):
        return "footer"
    return None


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


def _rules_and_footnotes(
    lines: Sequence[TextLine], texts: list[str], heights: dict[int, float], found: Furniture
) -> None:
    """Typed rules are no text; under a rule of underscores low on a page, footnotes.

    A typewriter page sets its footnotes ("* A/49/50/Rev.1.") under a row of
    underscores: they annotate the text (the masthead's agenda item), they are
    not paragraphs of the letter.
    """
    notes_on: int | None = None
    for i, (line, text) in enumerate(zip(lines, texts, strict=True)):
        if notes_on is not None and line.page != notes_on:
            notes_on = None
        if i in found.lines:
            continue
        if RULE.match(text.replace(" ", "")):
            found.lines[i] = "rule"
            low = line.y < heights.get(line.page, 842.0) * 0.5
            notes_on = line.page if low and FOOTNOTE_RULE.match(text.replace(" ", "")) else None
        elif notes_on is not None:
            found.lines[i] = "footnote"


STARRED = regex.compile(r"^(\*{1,3})\s*\S")


def _starred_footnotes(
    lines: Sequence[TextLine], texts: list[str], heights: dict[int, float], found: Furniture
) -> None:
    """A line low on a page that starts with the asterisks a line above it ends a word with.

    "Item 12 of the preliminary list*" ... "* A/40/50/Rev.1.": where the typed
    rule over the footnotes was drawn, not typed (an OCR layer), the mark tells.
    """
    for i, (line, text) in enumerate(zip(lines, texts, strict=True)):
        star = STARRED.match(text)
        if i in found.lines or not star:
            continue
        if line.y > heights.get(line.page, 842.0) * _FOOTNOTE_BAND:
            continue
        mark = regex.compile(rf"\w{regex.escape(star[1])}(?!\*)")
        above = (j for j in range(i) if lines[j].page == line.page and lines[j].y > line.y)
        if any(mark.search(texts[j]) for j in above):
            found.lines[i] = "footnote"


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
