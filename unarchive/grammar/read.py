"""The letter grammar for one rendition: blocks in, the parts of a UN letter out.

A UN letter reads, top to bottom: masthead (symbol, organ, distribution),
title («رسالة مؤرخة … موجهة إلى … من …»), the letter's paragraphs (opening,
body, circulation request), the signature block («(توقيع)», name, title),
then each annex: its heading («مرفق الرسالة المؤرخة …»), its own heading
lines and title, its paragraphs. A rendition may lack any part (the Word text
of the seed starts at the circulation request); the reader takes what is
there, in this order, and never fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from unarchive.grammar.blocks import Block, Layout, blocks, layout
from unarchive.grammar.dates import DateHit, first_date
from unarchive.grammar.languages import Language, compiled
from unarchive.grammar.normalize import clean
from unarchive.grammar.sessions import agenda_items, is_session_line
from unarchive.grammar.signature import Signature, read_signature
from unarchive.grammar.symbols import SYMBOL_LINE
from unarchive.parsed import Line, Rendition

_HEADING_MAX = 90  # a heading line is short and does not end a sentence
_ANNEX_TITLE_MAX = 200  # an annex title (the first line under the heading) may run longer


@dataclass
class Fields:
    """Date, addressee and sender as a title or an annex heading states them."""

    date: DateHit | None = None
    date_line: Line | None = None
    addressee: str | None = None
    sender: str | None = None
    matched: bool = False  # the language's pattern matched, in logical order


@dataclass
class AnnexReading:
    heading: Block | None = None
    fields: Fields = field(default_factory=Fields)
    headings: list[Block] = field(default_factory=list)
    paragraphs: list[Block] = field(default_factory=list)


@dataclass
class Reading:
    """Everything the grammar read in one rendition, with the blocks it came from."""

    rendition: Rendition
    language: Language
    layout: Layout
    blocks: list[Block]
    masthead: list[Block] = field(default_factory=list)
    symbols: list[tuple[Line, int, str]] = field(default_factory=list)
    front_symbols: list[str] = field(default_factory=list)  # printed above the title
    masthead_fields: dict[str, str] = field(default_factory=dict)
    session_cells: list[tuple[int, str]] = field(default_factory=list)  # (column, text)
    title: Block | None = None
    title_fields: Fields = field(default_factory=Fields)
    letter: list[Block] = field(default_factory=list)
    signature: Signature | None = None
    annexes: list[AnnexReading] = field(default_factory=list)


def read(rendition: Rendition, language: Language) -> Reading:
    lay = layout(rendition.lines)
    found = blocks(rendition.id, rendition.lines, lay, language)
    reading = Reading(rendition, language, lay, found)
    _Reader(reading).run()
    return reading


def _is_heading(block: Block, language: Language) -> bool:
    text = block.clean
    return len(text) <= _HEADING_MAX and not text.endswith(tuple(language.final_punctuation))


def _is_title(block: Block, language: Language) -> bool:
    """A long annex title, set as one paragraph ("Chair's summary of … (1 and 2 April 2025)")."""
    text = block.clean
    return len(text) <= _ANNEX_TITLE_MAX and not text.endswith(
        (*language.final_punctuation, *_NOT_A_HEADING_END)
    )


def read_fields(block: Block, pattern: str, language: Language) -> Fields:
    """``pattern`` names the table's pattern: ``"title"`` or ``"annex_heading"``."""
    """Date, addressee and sender of a title or annex heading block."""
    fields = Fields()
    for line in block.lines:
        hit = first_date(line.text, language)
        if hit:
            fields.date, fields.date_line = hit, line
            break
    text = block.clean
    match = language.pattern(pattern).match(text)
    if match:
        fields.addressee = match.group("addressee").strip() or None
        fields.sender = match.group("sender").strip(" .") or None
        fields.matched = not block.reordered
        return fields
    # Order lost: recognise the parts that the language table knows by name.
    fields.addressee = next((a for a in language.addressees if a in text), None)
    sender = language.pattern("sender").search(text)
    fields.sender = sender.group() if sender else None
    return fields


class _Reader:
    """A small state machine over the blocks of one rendition."""

    def __init__(self, reading: Reading) -> None:
        self.r = reading
        self.lang = reading.language
        self.state = "front"
        self.agenda_open: set[int] = set()  # columns whose agenda item's title may follow

    def run(self) -> None:
        items = self.r.blocks
        index = 0
        while index < len(items):
            index = self.step(items, index)
        for annex in self.r.annexes:
            # An annex has content: short lines under its title (a list) are its paragraphs.
            if not annex.paragraphs and len(annex.headings) > 1:
                annex.paragraphs, annex.headings = annex.headings[1:], annex.headings[:1]

    def kind(self, block: Block) -> str:
        text = block.clean
        if block.furniture:
            return "furniture"
        if self.lang.pattern("signed").search(text):
            return "signed"
        if self.lang.pattern("annex_marker").search(text):
            return "annex"
        if self.state == "front" and self.lang.pattern("title_marker").search(text):
            return "title"
        return "text"

    def step(self, items: list[Block], index: int) -> int:
        block = items[index]
        kind = self.kind(block)
        if kind == "furniture":
            self.furniture(block)
            return index + 1
        if kind == "title":
            block, index = _continued(items, index, self.lang, "title")
            self.r.title = block
            self.r.title_fields = read_fields(block, "title", self.lang)
            self.state = "letter"
            return index + 1
        if kind == "signed":
            return self.signature(items, index)
        if kind == "annex":
            block, index = _continued(items, index, self.lang, "annex_heading")
            annex = AnnexReading(heading=block)
            annex.fields = read_fields(block, "annex_heading", self.lang)
            self.r.annexes.append(annex)
            self.state = "annex-head"
            return index + 1
        self.text(block)
        return index + 1

    def text(self, block: Block) -> None:
        if self.state == "front" and self.masthead(block):
            return
        if self.state in ("front", "letter"):
            self.state = "letter"
            self.r.letter.append(block)
            return
        if self.state == "signed":  # text after a signature and no annex heading
            self.r.annexes.append(AnnexReading())
            self.state = "annex-head"
        annex = self.r.annexes[-1]
        if self.state == "annex-head" and (
            _is_heading(block, self.lang) or (not annex.headings and _is_title(block, self.lang))
        ):
            annex.headings.append(block)
            return
        self.state = "annex-body"
        annex.paragraphs.append(block)

    def furniture(self, block: Block) -> None:
        if SYMBOL_LINE.match(block.raw):
            self.r.symbols.append((block.first, _symbol_start(block.first), block.clean))
            self.r.masthead.append(block)
            if self.state == "front":
                self.r.front_symbols.append(block.clean)
        for name, pattern in self.lang.masthead:
            match = compiled(pattern).match(block.clean)
            if match:
                self.r.masthead_fields.setdefault(name, match.group("value"))

    def masthead(self, block: Block) -> bool:
        text = block.clean
        limit = _ANNEX_TITLE_MAX if self.agenda_open else 60  # an agenda title runs longer
        if len(text) > limit or text.endswith(tuple(self.lang.final_punctuation)):
            return False
        for line in block.lines:
            self.session_line(line.text)
        # A text dump of a PDF (pdftotext -layout) keeps the masthead's two columns on
        # one line, «United Nations      S/2016/447»: each column is read on its own.
        cells = _COLUMNS.split(block.raw) if len(block.lines) == 1 else [block.raw]
        for cell in filter(None, (c.strip() for c in cells)):
            self.masthead_cell(block, cell)
        self.r.masthead.append(block)
        return True

    def masthead_cell(self, block: Block, cell: str) -> None:
        text = clean(cell)
        symbol = SYMBOL_LINE.match(cell)
        if symbol:
            start = block.first.text.find(cell) + symbol.start("symbol")
            self.r.symbols.append((block.first, start, clean(symbol.group("symbol"))))
            self.r.front_symbols.append(clean(symbol.group("symbol")))
            return
        for name, pattern in self.lang.masthead:
            match = compiled(pattern).match(text)
            if match:
                self.r.masthead_fields.setdefault(name, match.group("value"))
        # Older documents print the organ in capitals: «GENERAL ASSEMBLY».
        organ = next((o for o in self.lang.organs if o.casefold() == text.casefold()), None)
        if organ is not None:
            self.r.masthead_fields.setdefault("organ", organ)
        hit = first_date(cell, self.lang)
        if hit is not None and hit.value is not None:
            self.r.masthead_fields.setdefault("issue_date", hit.value.isoformat())

    def session_line(self, text: str) -> None:
        """Keep the session block's cells, by column: "General Assembly      Security Council"."""
        cells = [(m.start(), m.group()) for m in _CELL.finditer(text)]
        for index, (start, cell) in enumerate(cells):
            column = index if len(cells) > 1 else int(start >= _RIGHT_COLUMN)
            if is_session_line(cell):
                self.r.session_cells.append((column, cell))
                if agenda_items(cell):
                    self.agenda_open.add(column)
                else:
                    self.agenda_open.discard(column)
            elif column in self.agenda_open and not self.masthead_like(cell):
                self.r.session_cells.append((column, cell))

    def masthead_like(self, cell: str) -> bool:
        """A symbol, date or ``Distr.``-like cell: not part of an agenda item's title."""
        text = clean(cell)
        return bool(
            text.endswith(_NOT_A_HEADING_END)  # a salutation, «سيدي،», "Excellency,"
            or SYMBOL_LINE.match(cell)
            or first_date(cell, self.lang)
            or any(compiled(p).match(text) for _name, p in self.lang.masthead)
        )

    def signature(self, items: list[Block], index: int) -> int:
        block = items[index]
        titles: list[Block] = []
        while index + 1 < len(items):
            following = items[index + 1]
            if following.furniture:  # a page break between the name and the title
                self.furniture(following)
                index += 1
                continue
            if self.kind(following) != "text":
                break
            role = following.clean.startswith(self.lang.roles)  # "Chargé d’affaires a.i."
            if not (role or _is_heading(following, self.lang)):
                break
            if len(following.clean) > 60:
                break
            titles.append(following)
            index += 1
        if self.r.signature is None:  # a second signatory stays in its block, unread
            self.r.signature = read_signature(block, titles, self.lang)
        self.state = "signed"
        return index + 1


_COLUMNS = regex.compile(r"\s{3,}")
_CELL = regex.compile(r"\S+(?:\s{1,2}\S+)*")  # a run of text without a 3-space gap
_RIGHT_COLUMN = 20  # a lone cell indented this far sits in the right column


def _symbol_start(line: Line) -> int:
    match = SYMBOL_LINE.match(line.text)
    return match.start("symbol") if match else 0


def _is_landmark(text: str, language: Language) -> bool:
    return any(
        language.pattern(name).search(text) for name in ("title_marker", "annex_marker", "signed")
    )


def _continued(
    items: list[Block], index: int, language: Language, pattern: str
) -> tuple[Block, int]:
    """A title or annex heading that wraps onto the next blocks is joined with them.

    ``pattern`` names the table's full pattern for the heading (``"title"``,
    ``"annex_heading"``).
    """
    block = items[index]
    whole = language.pattern(pattern)
    while index + 1 < len(items) and _continues(block, items[index + 1], language, whole):
        following = items[index + 1]
        block = Block(
            block.rendition,
            block.lines + following.lines,
            f"{block.text} {following.text}",
            block.reordered or following.reordered,
        )
        index += 1
    return block, index


# A salutation («سيدي،», "Sir,") or a lead-in ("… as follows:") is never part of a heading.
_NOT_A_HEADING_END = (",", "،", ":", ";", "؛")


def _continues(
    block: Block, following: Block, language: Language, whole: regex.Pattern[str]
) -> bool:
    text, next_text = block.clean, following.clean
    if following.furniture or _is_landmark(next_text, language):
        return False
    if not text or next_text.endswith(_NOT_A_HEADING_END):
        return False
    if text.split()[-1] in language.connectors:
        return True
    short = _is_heading(following, language)
    # A sender cut short ("… الممثل الدائم" / "للهند لدى الأمم المتحدة") goes on; a
    # place-and-date line under the title («دمشق، 4 ديسمبر 1983») does not.
    cut = language.pattern("sender").search(text) is None and (
        next_text.startswith(language.roles)
        or (any(role in text for role in language.roles) and short)
    )
    if cut and first_date(next_text, language) is None:
        return True
    # A short line that completes the pattern: "… to the United Nations" / "addressed to …".
    if short and whole.search(text) is None and whole.search(f"{text} {next_text}"):
        return True
    # "and to the President of …": in a cased script no heading starts with a small letter.
    return short and next_text[:1].islower()
