"""Renditions merged into one Letter: each part from the rendition that has it, cleanest first.

Where several renditions have a part, the cleaner reading wins (see
``grammar_align``); every paragraph keeps its source span and so names its
rendition, and ``provenance.fields`` names the rendition of each metadata
field and part. Text that had to be put back into logical order, or a title
rebuilt from its recognised parts with the language's template, is recorded
in ``provenance.changes`` (code AR004, before and after). ``missing`` lists
what each rendition lacks that another has, for rule S007.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from unarchive.grammar.align import WordSets, align, cleanest, dirt
from unarchive.grammar.blocks import Block
from unarchive.grammar.dates import DateHit, find_dates, format_date
from unarchive.grammar.normalize import clean, similarity, word_set, xml_safe
from unarchive.grammar.read import AnnexReading, Fields, Reading
from unarchive.grammar.sessions import read_sessions
from unarchive.model import (
    Annex,
    Change,
    Letter,
    LetterBody,
    Metadata,
    Paragraph,
    Provenance,
    Session,
    Signatory,
)

_CONFIRM = 0.6  # word overlap a rebuilt title needs with the printed one
_QUOTED = regex.compile(r"[“”«»\"]([^“”«»\"]{4,200})[“”«»\"]")


@dataclass
class Merged:
    letter: Letter
    missing: dict[str, list[str]] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)


def _text(value: str | None) -> str | None:
    value = clean(xml_safe(value)) if value else None
    return value or None


class _Builder:
    def __init__(self, readings: Sequence[Reading]) -> None:
        self.readings = list(readings)
        self.ids = [r.rendition.id for r in readings]
        self.sets = WordSets()
        self.changes: list[Change] = []
        self.fields: dict[str, str] = {}
        self.missing: dict[str, list[str]] = {i: [] for i in self.ids}

    # -- parts -------------------------------------------------------------
    def paragraph(self, block: Block, name: str | None = None) -> Paragraph:
        text = xml_safe(block.text).strip()
        if block.reordered and text != block.raw:
            self.changes.append(reorder_change(block, text))
        if name:
            self.fields[name] = block.rendition
        return Paragraph(text=text, source=block.span())

    def groups(self, sequences: Sequence[Sequence[Block]], label: str) -> list[Block]:
        # A block of nothing but controls has no text to export (rule E003 reports it).
        sequences = [[b for b in seq if xml_safe(b.text).strip()] for seq in sequences]
        chosen: list[Block] = []
        for number, group in enumerate(align(sequences, self.sets), start=1):
            best = cleanest(group)
            self.note_missing(group, f"{label} {number} («{_opening_words(best)}…»)")
            chosen.append(best)
        return chosen

    def note_missing(self, group: Sequence[object | None], what: str) -> None:
        if any(member is not None for member in group):
            for rid, member in zip(self.ids, group, strict=True):
                if member is None:
                    self.missing[rid].append(what)

    # -- metadata ----------------------------------------------------------
    def sources(self) -> list[tuple[tuple[int, int, int], Fields, str]]:
        found = []
        for order, reading in enumerate(self.readings):
            rid = reading.rendition.id
            if reading.title is not None:
                rank = 0 if reading.title_fields.matched else 2
                found.append(((rank, 0, order), reading.title_fields, rid))
            for annex in reading.annexes[:1]:
                if annex.heading is not None:
                    rank = 1 if annex.fields.matched else 3
                    found.append(((rank, 1, order), annex.fields, rid))
        return sorted(found, key=lambda item: item[0])

    def field(self, name: str) -> str | None:
        for _rank, fields, rid in self.sources():
            value = _text(getattr(fields, name))
            if value:
                self.fields[name] = rid
                return value
        return None

    def date(self) -> DateHit | None:
        """The letter's date: its title's first (in any order, dates read both ways)."""
        for _rank, fields, rid in sorted(self.sources(), key=lambda item: item[0][1:]):
            if fields.date is not None and fields.date.day is not None:
                self.fields["date"] = rid
                return fields.date
        return None


def _iso(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _opening_words(block: Block, count: int = 4) -> str:
    return " ".join(block.clean.split()[:count])


def _uses_indic(hit: DateHit | None) -> bool:
    return hit is not None and regex.search("[٠-٩]", hit.text) is not None


def _rebuilt(
    b: _Builder, block: Block, template: str, parts: tuple[DateHit | None, str | None, str | None]
) -> str | None:
    """A title or heading rebuilt from date, addressee and sender, if the printed words agree."""
    hit, addressee, sender = parts
    value = hit.value if hit else None
    if value is None or not addressee or not sender:
        return None
    language = b.readings[0].language
    date = format_date(value, language, arabic_indic=_uses_indic(hit))
    text = template.format(date=date, addressee=addressee, sender=sender)
    if similarity(word_set(text), word_set(block.text)) < _CONFIRM:
        return None
    b.changes.append(reorder_change(block, text))
    return text


def reorder_change(block: Block, text: str) -> Change:
    """The record of a block put back in logical order (AR004): where, what it was, what it is."""
    span = block.span()
    return Change(
        code="AR004",
        rendition=block.rendition,
        line=span.start_line,
        column=span.start_column,
        before=xml_safe(block.raw),
        after=text,
    )


def _title(b: _Builder, parts: tuple[DateHit | None, str | None, str | None]) -> str | None:
    titles = [r.title for r in b.readings]
    b.note_missing(titles, "the title")
    present = [t for t in titles if t is not None]
    if not present:
        return None
    best = min(present, key=dirt)
    b.fields["title"] = best.rendition
    if best.reordered:
        template = b.readings[0].language.title_template
        rebuilt = _rebuilt(b, best, template, parts)
        if rebuilt:
            return rebuilt
        b.paragraph(best)  # records the reordering
    return _text(best.text)


def _signature(b: _Builder) -> tuple[Signatory, Paragraph | None]:
    signatures = [r.signature for r in b.readings]
    b.note_missing(signatures, "the signature")
    present = [s for s in signatures if s is not None]
    if not present:
        return Signatory(), None
    best = min(present, key=lambda s: dirt(s.block))
    name = best.name or next((s.name for s in present if s.name), None)
    title = best.title or next((s.title for s in present if s.title), None)
    for key, value in (("signatory.name", name), ("signatory.title", title)):
        owner = best if value in (best.name, best.title) else None
        owner = owner or next(s for s in present if value in (s.name, s.title))
        if value:
            b.fields[key] = owner.block.rendition
    span = best.block.span()
    if best.signed_end is not None:
        span = span.model_copy(
            update={"end_line": span.start_line, "end_column": best.signed_end + 1}
        )
    b.fields["letter.signed"] = best.block.rendition
    signed = Paragraph(text=xml_safe(best.signed_text), source=span)
    return Signatory(name=_text(name), title=_text(title)), signed


def _annex_title(b: _Builder, headings: list[Block], letter_text: str) -> int | None:
    """Which heading line is the annex title: the one the letter quotes, else the longest."""
    quoted = [word_set(m.group(1)) for m in _QUOTED.finditer(letter_text)]
    for index, heading in enumerate(headings):
        if any(similarity(q, b.sets(heading)) >= 0.8 for q in quoted):
            return index
    language = b.readings[0].language
    candidates = [
        (len(h.clean), i)
        for i, h in enumerate(headings)
        if not any(len(d.text) * 2 > len(h.clean) for d in find_dates(h.clean, language))
    ]
    return max(candidates)[1] if candidates else None


def _annex(b: _Builder, number: int, members: list[AnnexReading | None], letter: str) -> Annex:
    headed = [m.heading if m else None for m in members]
    b.note_missing(headed, f"the heading of annex {number}")
    heading = None
    present = [(h, m) for h, m in zip(headed, members, strict=True) if h is not None and m]
    if present:
        block, member = min(present, key=lambda item: dirt(item[0]))
        text = None
        if block.reordered:
            fields = member.fields
            parts = (fields.date, fields.addressee, fields.sender)
            text = _rebuilt(b, block, b.readings[0].language.annex_template, parts)
        paragraph = b.paragraph(block, f"annexes[{number - 1}].heading")
        heading = paragraph.model_copy(update={"text": text}) if text else paragraph
    lines = b.groups([m.headings if m else [] for m in members], f"annex {number} heading line")
    body = b.groups([m.paragraphs if m else [] for m in members], f"annex {number} paragraph")
    title_index = _annex_title(b, lines, letter)
    title = None
    if title_index is not None:
        title_block = lines.pop(title_index)
        title = _text(b.paragraph(title_block, f"annexes[{number - 1}].title").text)
    return Annex(
        heading=heading,
        title=title,
        headings=tuple(b.paragraph(h) for h in lines),
        paragraphs=tuple(b.paragraph(p) for p in body),
    )


def _masthead(b: _Builder) -> dict[str, str]:
    found: dict[str, str] = {}
    for reading in b.readings:
        for name, value in reading.masthead_fields.items():
            if name not in found:
                found[name] = value
                b.fields[name] = reading.rendition.id
    return found


def _sessions(b: _Builder) -> tuple[Session, ...]:
    """The first rendition's session block that reads as sessions (a Word text may lack one)."""
    for reading in b.readings:
        columns: dict[int, list[str]] = {}
        for column, text in reading.session_cells:
            columns.setdefault(column, []).append(text)
        found = read_sessions(columns[c] for c in sorted(columns))
        if found:
            b.fields["sessions"] = reading.rendition.id
            return found
    return ()


def _nth(annexes: list[AnnexReading], n: int) -> AnnexReading | None:
    return annexes[n] if n < len(annexes) else None


def merge(readings: Sequence[Reading]) -> Merged:
    """One Letter from the readings of every rendition (the symbol is set by the caller)."""
    b = _Builder(readings)
    hit = b.date()
    addressee, sender = b.field("addressee"), b.field("sender")
    title = _title(b, (hit, addressee, sender))
    paragraphs = [
        b.paragraph(block) for block in b.groups([r.letter for r in readings], "letter paragraph")
    ]
    signatory, signed = _signature(b)
    letter_text = " ".join(p.text for p in paragraphs)
    count = max((len(r.annexes) for r in readings), default=0)
    annexes = tuple(
        _annex(b, n + 1, [_nth(r.annexes, n) for r in readings], letter_text) for n in range(count)
    )
    masthead = _masthead(b)
    metadata = Metadata(
        date=hit.value if hit else None,
        language=readings[0].language.code if readings else None,
        title=title,
        sender=sender,
        addressee=addressee,
        signatory=signatory,
        job_number=_text(masthead.get("job_number")),
        organ=_text(masthead.get("organ")),
        distribution=_text(masthead.get("distribution")),
        original_language=_text(masthead.get("original_language")),
        issue_date=_iso(masthead.get("issue_date")),
        sessions=_sessions(b),
    )
    provenance = Provenance(fields=dict(b.fields), changes=tuple(b.changes))
    letter = Letter(
        metadata=metadata,
        letter=LetterBody(paragraphs=tuple(paragraphs), signed=signed),
        annexes=annexes,
        provenance=provenance,
    )
    return Merged(letter, {k: v for k, v in b.missing.items() if v}, dict(b.fields))
