"""TEI reader, notes: ``<note>`` where a paragraph cites it, and the uncited ones in ``back``.

A paragraph's text is read without its notes (``Nodes.text`` records where
each stood); each note is read as its own ``<p>`` (with the span unarchive
writes there) or, in TEI written by others, as its text. Once the whole
Letter is read, every note is tied to the paragraph that cites it by the
paragraph's place in the Letter (``letter.paragraphs.0`` …), in reading
order, which is the order the model asks for.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from pydantic import ValidationError

from unarchive.model import Letter, Note, NoteAnchor, Paragraph, SourceSpan, cited_parts
from unarchive.readers.tei.header import HeaderReader, reason
from unarchive.readers.tei.nodes import local
from unarchive.tei_conventions import XML_ID, note_of, parse_span, rendition_of


@dataclass(frozen=True)
class _Read:
    """A note as read, before its anchor is known."""

    element: etree._Element
    values: dict[str, object]


class NotesReader(HeaderReader):
    def __init__(self, root: etree._Element, source: str, own: bool) -> None:
        super().__init__(root, source, own)
        self.citing: dict[int, list[tuple[int, _Read]]] = {}
        self.uncited: list[_Read] = []
        self.note_count = 0

    def cite(self, paragraph: Paragraph, marks: list[tuple[int, etree._Element]]) -> None:
        """Keep the notes ``paragraph`` cites (marks from the ``text()`` that read it)."""
        found = [(at, note) for at, element in marks if (note := self.read_note(element))]
        if found:
            self.citing[id(paragraph)] = found

    def read_note(self, element: etree._Element) -> _Read | None:
        """A note as its values; unarchive writes one ``<p>``, others often bare text."""
        self.note_count += 1
        values: dict[str, object] = {
            "id": note_of(element.get(XML_ID)) or f"note{self.note_count}",
            "n": element.get("n"),
            "place": "end" if element.get("place") == "end" else "foot",
        }
        inner = [child for child in self.children(element) if local(child) == "p"]
        if self.own or inner:
            self.take(element)
            paragraphs = [p for child in inner for p in self.paragraphs(child)]
            if not paragraphs:
                return None
            values["text"] = "\n".join(p.text for p in paragraphs)
            values["source"] = paragraphs[0].source if len(paragraphs) == 1 else None
        else:
            values["text"] = self.text(element)
        return _Read(element, values)

    def paragraphs(self, element: etree._Element) -> list[Paragraph]:
        text = self.text(element)
        if not text.strip():
            self.unmapped(element, f"an empty <{local(element)}> is left out")
            return []
        marks = self.marks
        span = self.span(element)
        try:
            paragraph = Paragraph(text=text, source=span)
        except ValidationError as error:
            self.invalid(element, f"<{local(element)}>: {reason(error)}")
            return []
        self.cite(paragraph, marks)
        return [paragraph]

    def span(self, element: etree._Element) -> SourceSpan | None:
        rendition = rendition_of(element.get("source"))
        label = parse_span(element.get("n"))
        if rendition is None or label is None:
            return None
        try:
            return SourceSpan(rendition=rendition, **label.__dict__)
        except ValidationError as error:
            self.invalid(element, f"source span n={element.get('n')!r}: {reason(error)}")
            return None

    def notes_div(self, div: etree._Element) -> None:
        self.take(div)
        for child in self.children(div):
            if local(child) == "note":
                found = self.read_note(child)
                if found:
                    self.uncited.append(found)

    def with_notes(self, letter: Letter) -> Letter:
        """``letter`` with its notes, each anchored where it was read."""
        anchored = [
            (read, NoteAnchor(part=part, offset=at))
            for part, paragraph in cited_parts(letter)
            for at, read in self.citing.get(id(paragraph), [])
        ]
        notes: list[Note] = []
        for read, anchor in [*anchored, *((r, None) for r in self.uncited)]:
            try:
                notes.append(Note.model_validate({**read.values, "anchor": anchor}))
            except ValidationError as error:
                self.invalid(read.element, f"<note>: {reason(error)}")
        if not notes:
            return letter
        try:
            return Letter.model_validate({**dict(letter), "notes": tuple(notes)})
        except ValidationError as error:
            self.invalid(None, f"the notes: {reason(error)}")
            return letter
