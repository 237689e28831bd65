"""Footnotes and endnotes of a Word file: text from the notes parts, place from the body.

The body keeps each reference as a ``NoteMark`` (line and column, no text);
``word/footnotes.xml`` and ``word/endnotes.xml`` (found by relationship type)
hold the notes' text by ``w:id``. Once the letter grammar has made the
paragraphs, each mark is tied to the paragraph whose source span holds it, at
the offset it has in the paragraph's text. A mark in a line that became no
paragraph (the title, the masthead) gives an uncited note. Marks are numbered
as Word numbers them: footnotes 1, 2, …, endnotes i, ii, …, unless
``w:footnotePr``/``w:endnotePr`` of the settings give another format, a first
number or a restart in each section; a custom mark
(``w:customMarkFollows``: "*") is its own text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex
from lxml import etree

from unarchive.model import Letter, Note, NoteAnchor, Paragraph, cited_parts
from unarchive.parsed import Line, Rendition
from unarchive.readers.docx.archive import DocxArchive
from unarchive.readers.docx.parts import NoteMark, PartReader, parse_small, w
from unarchive.text.arabic import BIDI_CONTROLS

_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_PARTS = {"foot": "footnotes", "end": "endnotes"}
_DEFAULT_FORMAT = {"foot": "decimal", "end": "lowerRoman"}
_BIDI = regex.compile(f"[{BIDI_CONTROLS}]")


@dataclass(frozen=True)
class Placed:
    """A mark with the body line it stands in."""

    line: Line
    mark: NoteMark


def read_notes(archive: DocxArchive) -> dict[tuple[str, str], str]:
    """``(place, w:id) -> text`` of every ordinary note; separators are left out."""
    found: dict[tuple[str, str], str] = {}
    for place, kind in _PARTS.items():
        name = _part(archive, kind)
        if name is None:
            continue
        root = parse_small(archive.read_part(name), name)
        for note in root.iter(w(kind[:-1])):
            if note.get(w("type"), "normal") != "normal":
                continue
            text = _text(note)
            if text:
                found[(place, note.get(w("id"), ""))] = text
    return found


def _part(archive: DocxArchive, kind: str) -> str | None:
    rels = archive.rels_of(archive.document)
    if archive.has(rels):
        for rel in parse_small(archive.read_part(rels), rels).iter(f"{{{_REL}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("Type", "").endswith(f"/{kind}") and rel.get("TargetMode") != "External":
                folder = rels.split("_rels/")[0]
                name = target.lstrip("/") if target.startswith("/") else f"{folder}{target}"
                return name if archive.has(name) else None
    fallback = f"word/{kind}.xml"
    return fallback if archive.has(fallback) else None


def _text(note: etree._Element) -> str:
    """The note's paragraphs, one per line; the reference mark Word prints is no text."""
    reader = PartReader()
    lines = [
        line.strip()
        for p in note.iter(w("p"))
        if not any(a.tag == w("p") for a in p.iterancestors())
        for line in reader.paragraph(p).lines
    ]
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Numbering:
    """How Word numbers one kind of note: format, first number, restart in each section."""

    format: str
    start: int = 1
    each_section: bool = False


def numbering(settings: etree._Element | None) -> dict[str, Numbering]:
    """The numbering of footnotes and of endnotes, from ``w:footnotePr``/``w:endnotePr``."""
    found = {place: Numbering(fmt) for place, fmt in _DEFAULT_FORMAT.items()}
    for place in _PARTS:
        props = settings.find(w(place + "notePr")) if settings is not None else None
        if props is None:
            continue
        fmt, start, restart = (props.find(w(name)) for name in ("numFmt", "numStart", "numRestart"))
        found[place] = Numbering(
            fmt.get(w("val"), found[place].format) if fmt is not None else found[place].format,
            _int(start.get(w("val"), "1")) if start is not None else 1,
            restart is not None and restart.get(w("val")) == "eachSect",
        )
    return found


def _int(value: str) -> int:
    return int(value) if value.isdigit() and 0 < int(value) < 10**6 else 1


def attach(
    letter: Letter,
    rendition: Rendition,
    placed: Sequence[Placed],
    texts: dict[tuple[str, str], str],
    formats: dict[str, Numbering],
) -> Letter:
    """``letter`` with the notes its marks cite, in the order the model asks for."""
    parts = list(cited_parts(letter))
    places = _Places(parts, rendition)
    counters = {place: (0, formats[place].start - 1) for place in _PARTS}  # (section, last)
    anchored: list[tuple[tuple[int, int], Note]] = []
    seen: set[tuple[str, str]] = set()
    for item in placed:
        key = (item.mark.place, item.mark.id)
        if key in seen or key not in texts:
            continue
        seen.add(key)
        n = _mark(item.mark)
        if n is None:  # a custom mark takes no number of the sequence, as in Word
            n = _next(counters, item.mark, formats[item.mark.place])
        where = places.anchor(item)
        key_of = (where[0], where[1].offset) if where else (len(parts), 0)
        note = Note(
            id=f"{item.mark.place[0]}n{item.mark.id}",
            n=n,
            place="foot" if item.mark.place == "foot" else "end",
            text=_without_mark(texts[key], item.mark.custom),
            anchor=where[1] if where else None,
        )
        anchored.append((key_of, note))
    notes = tuple(note for _key, note in sorted(anchored, key=lambda pair: pair[0]))
    return Letter.model_validate({**dict(letter), "notes": notes}) if notes else letter


def _next(counters: dict[str, tuple[int, int]], mark: NoteMark, rule: Numbering) -> str:
    """The next number of the mark's sequence, restarted in a new section when Word would."""
    section, last = counters[mark.place]
    if rule.each_section and mark.section != section:
        last = rule.start - 1
    counters[mark.place] = (mark.section, last + 1)
    return _number(last + 1, rule.format)


class _Places:
    """Which paragraphs cover each line of the rendition, to place marks in one lookup."""

    def __init__(self, parts: list[tuple[str, Paragraph]], rendition: Rendition) -> None:
        self.parts = parts
        self.lines = {line.number: line.text for line in rendition.lines}
        self.by_line: dict[int, list[int]] = {}
        for index, (_part, paragraph) in enumerate(parts):
            span = paragraph.source
            if span is not None and span.rendition == rendition.id:
                for number in range(span.start_line, span.end_line + 1):
                    self.by_line.setdefault(number, []).append(index)

    def anchor(self, item: Placed) -> tuple[int, NoteAnchor] | None:
        """The paragraph whose span holds the mark, and the mark's offset in its text."""
        number, column = item.line.number, item.mark.column
        for index in self.by_line.get(number, []):
            part, paragraph = self.parts[index]
            span = paragraph.source
            assert span is not None
            if number == span.start_line and column + 1 < span.start_column:
                continue
            if number == span.end_line and column + 1 > span.end_column:
                continue
            before = range(span.start_line, number)
            offset = sum(len(self.lines[n].strip()) + 1 for n in before)
            text = self.lines[number]
            indent = len(text) - len(text.lstrip())
            lead = span.start_column - 1 if number == span.start_line else indent
            offset = max(0, min(offset + column - lead, len(paragraph.text)))
            return index, NoteAnchor(part=part, offset=offset)
        return None


def _mark(mark: NoteMark) -> str | None:
    """A custom mark as printed ("*"), if it can be a mark: no spaces, nothing invisible."""
    custom = _BIDI.sub("", mark.custom).strip()
    usable = all(ch.isprintable() and not ch.isspace() for ch in custom)
    return custom if custom and usable else None


def _without_mark(text: str, custom: str) -> str:
    mark = custom.strip()
    if mark and text.startswith(mark) and text[len(mark) :].strip():
        return text[len(mark) :].strip()
    return text


def _number(count: int, fmt: str) -> str:
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = _roman(count)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in {"lowerLetter", "upperLetter"}:
        letter = chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "chicago":
        symbol = "*†‡§"[(count - 1) % 4]
        return symbol * ((count - 1) // 4 + 1)
    return str(count)


def _roman(count: int) -> str:
    values = (
        *((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")),
        *((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")),
    )
    out = ""
    for value, numeral in values:
        while count >= value:
            out, count = out + numeral, count - value
    return out
