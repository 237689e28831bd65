"""M rules: the metadata that identifies a document (symbol, date, language).

The symbol is checked against the UN symbol grammar (``unarchive.grammar.symbols``)
wherever it came from: printed in the text, ``--symbol`` or a sidecar file.
Dates are those of the letter's parts (title, masthead, annex headings), read
in either digit system and either word order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from unarchive.findings import Location, Severity
from unarchive.grammar.blocks import Block
from unarchive.grammar.dates import DateHit, find_dates
from unarchive.grammar.languages import get
from unarchive.grammar.read import Reading
from unarchive.grammar.symbols import problem
from unarchive.grammar.view import analysis, block_location, start
from unarchive.parsed import Parsed
from unarchive.rules.base import Hit, Rule, rule

UN_CHARTER_SIGNED = dt.date(1945, 6, 26)


@rule("M001", "missing-symbol", Severity.WARNING)
def missing_symbol(parsed: Parsed) -> Iterator[Hit]:
    """No document symbol printed in the text or supplied with it.

    ## Why it matters
    The symbol (`S/2011/496`) is the identifier of a UN document: every language
    version carries it, and catalogues and links use it.

    ## Example
    A text dump without its masthead, converted without `--symbol`.

    ## Hint
    Give it with `--symbol S/2011/496`, or in a sidecar `<file>.meta.json`:
    `{"symbol": "S/2011/496"}`.
    """
    if parsed.letter.metadata.symbol is None:
        yield Hit(start(parsed), "no document symbol is printed, and none was supplied")


@rule("M002", "malformed-symbol", Severity.ERROR)
def malformed_symbol(parsed: Parsed) -> Iterator[Hit]:
    """A symbol that does not follow the UN symbol grammar.

    ## Why it matters
    A malformed symbol does not find its document in the UN Digital Library or ODS,
    and links built from it break.

    ## Example
    `S/2011/0496` (leading zero), `s/2011/496` (lower case), `S_2011_496` (a file name).

    ## Hint
    Components are separated by `/`, in capitals, numbers without leading zeros: `S/2011/496`.
    """
    found = analysis(parsed)
    printed: set[str] = set()
    for reading in found.readings if found else []:
        for line, offset, text in reading.symbols:
            printed.add(text)
            why = problem(text)
            if why:
                where = Location(
                    rendition=reading.rendition.id, line=line.number, column=offset + 1
                )
                yield Hit(where, f"«{text}» is not a valid UN symbol: {why}")
    meta = parsed.letter.metadata
    for symbol in (meta.symbol, *meta.additional_symbols):
        if symbol and symbol not in printed and (why := problem(symbol)):
            yield Hit(Location(), f"the supplied symbol «{symbol}» is not valid: {why}")


def _dated_blocks(reading: Reading) -> Iterator[Block]:
    if reading.title is not None:
        yield reading.title
    yield from reading.masthead
    for annex in reading.annexes:
        if annex.heading is not None:
            yield annex.heading
        yield from annex.headings


def _dates(reading: Reading) -> Iterator[tuple[Block, int, DateHit]]:
    for block in _dated_blocks(reading):
        for index, line in enumerate(block.lines):
            for hit in find_dates(line.text, reading.language):
                yield block, index, hit


@rule("M003", "implausible-date", Severity.ERROR)
def implausible_date(parsed: Parsed) -> Iterator[Hit]:
    """A date before 26 June 1945, in the future, or impossible (31 June, month names that differ).

    ## Why it matters
    The United Nations Charter was signed on 26 June 1945; a UN letter dated
    earlier, later than today, or on a day that does not exist was mistyped or misread.

    ## Example
    «31 حزيران/يونيه 2011»; «5 آب/سبتمبر 2011» (August and September); «5 آب/أغسطس 2911».

    ## Hint
    Check the printed original; the annex heading repeats the letter's date.
    """
    found = analysis(parsed)
    today = dt.date.today()
    for reading in found.readings if found else []:
        for block, index, hit in _dates(reading):
            where = block_location(block, block.lines[index], hit.start)
            first_day = dt.date(hit.year, hit.month or 1, 1) if 1 <= hit.month <= 12 else None
            if hit.problem:
                yield Hit(where, f"«{hit.text}» is not a possible date: {hit.problem}")
            elif first_day and (hit.value or first_day) < UN_CHARTER_SIGNED:
                yield Hit(where, f"«{hit.text}» is before the UN Charter (26 June 1945)")
            elif first_day and (hit.value or first_day) > today:
                yield Hit(where, f"«{hit.text}» is in the future")


def _letter_date(reading: Reading) -> tuple[Block, DateHit] | None:
    fields = reading.title_fields if reading.title else None
    if fields and fields.date and fields.date.value and reading.title:
        return reading.title, fields.date
    for annex in reading.annexes[:1]:
        if annex.heading and annex.fields.date and annex.fields.date.value:
            return annex.heading, annex.fields.date
    return None


@rule("M004", "inconsistent-date", Severity.WARNING)
def inconsistent_date(parsed: Parsed) -> Iterator[Hit]:
    """Dates disagree: between renditions, or the masthead's date of issue before the letter's date.

    ## Why it matters
    One document has one date; when its renditions disagree, at least one was
    mistyped, and the catalogue may follow the wrong one.

    ## Example
    The PDF layer's title says 5 August 2011, the Word text's annex heading 6 August 2011.

    ## Hint
    Check the printed original; the date in the title is the one catalogues use.
    """
    found = analysis(parsed)
    letter_date = parsed.letter.metadata.date
    for reading in found.readings if found else []:
        dated = _letter_date(reading)
        if dated and letter_date and dated[1].value != letter_date:
            block, hit = dated
            line = next(x for x in block.lines if hit.text in x.text)
            where = block_location(block, line, hit.start)
            yield Hit(
                where,
                f"rendition {reading.rendition.id} dates the letter {hit.value}, not {letter_date}",
            )
        for block in reading.masthead:
            for hit in find_dates(block.raw, reading.language):
                if letter_date and hit.value and hit.value < letter_date:
                    where = block_location(block)
                    yield Hit(
                        where,
                        f"the masthead date {hit.value} is before the letter's date {letter_date}",
                    )


_NOT_LETTERS = regex.compile(r"[^\p{L}]+")
_FALLBACK_SCRIPTS = {
    "en": r"[A-Za-z\u00c0-\u024f]",
    "fr": r"[A-Za-z\u00c0-\u024f]",
    "es": r"[A-Za-z\u00c0-\u024f]",
    "ru": r"[\u0400-\u04ff]",
    "zh": r"[\u4e00-\u9fff]",
}


def _script_share(code: str, text: str) -> float | None:
    table = get(code)
    pattern = f"[{table.script}]" if table else _FALLBACK_SCRIPTS.get(code.split("-")[0])
    letters = _NOT_LETTERS.sub("", text)
    if pattern is None or len(letters) < 20:
        return None
    return len(regex.findall(pattern, letters)) / len(letters)


@rule("M005", "language-mismatch", Severity.WARNING)
def language_mismatch(parsed: Parsed) -> Iterator[Hit]:
    """The declared language disagrees with the script of the text.

    ## Why it matters
    The language tag selects fonts, search analysers and the catalogue's language
    version; a wrong tag files an Arabic letter as English.

    ## Example
    `"language": "en"` on a letter written in Arabic script.

    ## Hint
    Set the language the text is written in (BCP 47: `ar`, `en`, `fr` …).
    """
    letter = parsed.letter
    code = letter.metadata.language
    paragraphs = [*letter.letter.paragraphs, *(p for a in letter.annexes for p in a.paragraphs)]
    text = " ".join(p.text for p in paragraphs[:40])[:6000]
    share = _script_share(code, text) if code else None
    if share is not None and share < 0.5:
        first = paragraphs[0].source if paragraphs else None
        where = start(parsed)
        if first is not None:
            where = Location(
                rendition=first.rendition,
                line=first.start_line,
                column=first.start_column,
                page=first.page,
            )
        yield Hit(
            where,
            f"declared language «{code}», but only {share:.0%} of the letters are in its script",
        )


RULES: tuple[Rule, ...] = (
    missing_symbol,
    malformed_symbol,
    implausible_date,
    inconsistent_date,
    language_mismatch,
)
