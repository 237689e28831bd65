"""The Letter: what a UN letter says, and where each part of it came from.

The model holds shape, not policy. A missing symbol or an empty annex is a
*finding* (see ``unarchive.rules``), never a validation error here, so that an
imperfect archival document can still be represented, reported and exported.
Pydantic enforces only what must always hold: types, ISO dates, text that XML
1.0 can carry, and ``None`` (never ``""``) for an absent value.

No I/O happens in this module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from unarchive.text.arabic import BIDI_CONTROLS

SCHEMA_VERSION: Literal["1.0"] = "1.0"

# XML 1.0 Char production, minus the discouraged U+FFFE/U+FFFF: anything else
# would make the TEI exporter fail half-way, so it is refused at the model.
_NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(value: str) -> str:
    bad = _NOT_XML_CHAR.search(value)
    if bad:
        raise ValueError(f"U+{ord(bad.group()):04X} cannot be carried by XML 1.0")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("empty text: use null for an absent value")
    return value


Text = Annotated[str, AfterValidator(_xml_safe), AfterValidator(_not_blank)]
"""Non-empty, XML-safe text. Leading and trailing spaces are kept as read."""

# A note's mark is an attribute in TEI: no spaces (XML normalises them), no bidi controls.
_NOT_MARK = re.compile(f"[\\s{BIDI_CONTROLS}]")


def _mark(value: str) -> str:
    if _NOT_MARK.search(value):
        raise ValueError("a note mark has no spaces or bidi controls: '1', '*', 'iv'")
    return value


Mark = Annotated[str, AfterValidator(_xml_safe), AfterValidator(_not_blank), AfterValidator(_mark)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SourceSpan(_Model):
    """Where a part was read: a rendition and a 1-based line/column range in the decoded input.

    Columns count code points. ``end_column`` is exclusive: the span covers
    ``line[start_column-1:end_column-1]`` when it sits on one line.
    """

    rendition: str = Field(description="id of the rendition, e.g. 'r1'")
    start_line: int = Field(ge=1)
    start_column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)
    page: int | None = Field(default=None, ge=1)


class Paragraph(_Model):
    """One paragraph (or heading line) of text, as it will be exported."""

    text: Text
    source: SourceSpan | None = None


class Signatory(_Model):
    name: Text | None = None
    title: Text | None = None


class Session(_Model):
    """One organ's line of the sessional block under the masthead, as printed.

    "General Assembly / Sixty-seventh session / Agenda item 22 (b) / <title>"
    is one Session; "Security Council / Sixty-eighth year" beside it another.
    Ordinals in words become numbers; agenda item labels stay as printed
    ("22 (b)", «22 (ب)»), several per line when the line names several.
    """

    organ: Text | None = Field(default=None, description="e.g. 'General Assembly'")
    session: int | None = Field(default=None, ge=1, description="'Sixty-seventh session' -> 67")
    year: int | None = Field(default=None, ge=1, description="'Sixty-eighth year' -> 68")
    agenda_items: tuple[Text, ...] = Field(
        default=(), description="item labels as printed: '22 (b)', '36', «22 (ب)»"
    )
    agenda_title: Text | None = Field(default=None, description="the agenda item's title")


class Metadata(_Model):
    """What identifies the document. Every field may be absent; absence is a finding."""

    symbol: Text | None = Field(default=None, description="UN document symbol, e.g. S/2011/496")
    additional_symbols: tuple[Text, ...] = Field(
        default=(), description="further symbols of a joint document (A/47/60-S/23329)"
    )
    date: dt.date | None = Field(default=None, description="the date of the letter")
    language: Text | None = Field(default=None, description="BCP 47 tag of the text, e.g. 'ar'")
    title: Text | None = Field(default=None, description="the title line as printed")
    sender: Text | None = None
    addressee: Text | None = None
    signatory: Signatory = Signatory()
    job_number: Text | None = Field(default=None, description="e.g. '11-44795 (A)'")
    organ: Text | None = Field(default=None, description="e.g. 'Security Council'")
    distribution: Text | None = Field(default=None, description="e.g. 'General'")
    issue_date: dt.date | None = Field(default=None, description="masthead date of issue")
    original_language: Text | None = None
    sessions: tuple[Session, ...] = Field(
        default=(), description="the sessional block: organ, session or year, agenda items"
    )


class LetterBody(_Model):
    """The letter itself, between its title and its signature."""

    paragraphs: tuple[Paragraph, ...] = ()
    signed: Paragraph | None = Field(
        default=None, description="the signature line as printed, e.g. '(توقيع) هـ. س. بوري'"
    )


class Annex(_Model):
    heading: Paragraph | None = Field(
        default=None, description="'Annex to the letter dated …' / «مرفق الرسالة المؤرخة …»"
    )
    title: Text | None = None
    headings: tuple[Paragraph, ...] = Field(
        default=(), description="the annex's other heading lines, in reading order"
    )
    paragraphs: tuple[Paragraph, ...] = ()


class NoteAnchor(_Model):
    """Where a note is cited: a paragraph of the Letter, and the offset in its text."""

    part: str = Field(
        description="the citing paragraph: 'letter.paragraphs.0', 'letter.signed', "
        "'annexes.0.heading', 'annexes.0.headings.1', 'annexes.0.paragraphs.2'"
    )
    offset: int = Field(ge=0, description="code points of the paragraph's text before the mark")


class Note(_Model):
    """A footnote or endnote: its mark, its text, and the paragraph that cites it (if any)."""

    id: str = Field(min_length=1, description="unique in the Letter, e.g. 'fn1', 'en2'")
    n: Mark | None = Field(default=None, description="the mark as printed: '1', '*'")
    place: Literal["foot", "end"] = "foot"
    text: Text
    source: SourceSpan | None = None
    anchor: NoteAnchor | None = Field(
        default=None, description="where the note is cited; null when no paragraph cites it"
    )


class RenditionInfo(_Model):
    """One rendition of the document inside the input (a PDF text layer, a Word text, …)."""

    id: str
    kind: str = Field(description="'text', 'pdf-text-layer', 'word-text', 'pdf', 'docx', …")
    start_line: int = Field(ge=1)
    end_line: int = Field(ge=1)
    label: Text | None = None


class Change(_Model):
    """One repair applied to the text: what it was, what it became, and where."""

    code: str
    rendition: str | None = None
    line: int | None = Field(default=None, ge=1)
    column: int | None = Field(default=None, ge=1)
    before: str
    after: str


class Provenance(_Model):
    source: Text | None = Field(default=None, description="file name as given")
    sha256: str | None = None
    format: str | None = Field(default=None, description="parser that read it: text, pdf, …")
    encoding: str | None = Field(default=None, description="how the bytes were decoded")
    renditions: tuple[RenditionInfo, ...] = ()
    fields: dict[str, str] = Field(
        default_factory=dict,
        description="metadata field or part name -> id of the rendition it was taken from",
    )
    changes: tuple[Change, ...] = Field(default=(), description="repairs applied to the text")
    unicode_version: str | None = None


class Letter(_Model):
    """A UN letter with its annexes, metadata, notes and provenance."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    metadata: Metadata = Metadata()
    letter: LetterBody = LetterBody()
    annexes: tuple[Annex, ...] = ()
    notes: tuple[Note, ...] = Field(
        default=(),
        description="footnotes and endnotes, in the order they are cited; uncited ones last",
    )
    provenance: Provenance = Provenance()

    @model_validator(mode="after")
    def _notes_fit(self) -> Letter:
        """Anchors point inside paragraphs, ids are unique, notes come in citing order.

        The order is part of the shape: a TEI file carries notes where they are
        cited, so only notes in that order come back from it as they went in.
        """
        if not self.notes:
            return self
        if len({note.id for note in self.notes}) != len(self.notes):
            raise ValueError("two notes have the same id")
        parts = dict(cited_parts(self))
        order = {part: index for index, part in enumerate(parts)}
        keys = [_anchor_key(note, parts, order) for note in self.notes]
        if keys != sorted(keys):
            raise ValueError("notes must come in the order they are cited, uncited ones last")
        return self


def cited_parts(letter: Letter) -> Iterator[tuple[str, Paragraph]]:
    """Every paragraph that may cite a note, with its anchor path, in reading order."""
    for index, paragraph in enumerate(letter.letter.paragraphs):
        yield f"letter.paragraphs.{index}", paragraph
    if letter.letter.signed is not None:
        yield "letter.signed", letter.letter.signed
    for number, annex in enumerate(letter.annexes):
        if annex.heading is not None:
            yield f"annexes.{number}.heading", annex.heading
        for index, heading in enumerate(annex.headings):
            yield f"annexes.{number}.headings.{index}", heading
        for index, paragraph in enumerate(annex.paragraphs):
            yield f"annexes.{number}.paragraphs.{index}", paragraph


def _anchor_key(note: Note, parts: dict[str, Paragraph], order: dict[str, int]) -> tuple[int, int]:
    if note.anchor is None:
        return (len(order), 0)
    if note.anchor.part not in parts:
        raise ValueError(f"note {note.id!r} is cited in {note.anchor.part!r}: no such paragraph")
    if note.anchor.offset > len(parts[note.anchor.part].text):
        raise ValueError(f"note {note.id!r} is cited past the end of {note.anchor.part!r}")
    return (order[note.anchor.part], note.anchor.offset)
