"""Safe repairs of a Letter's texts, for ``convert`` (which exports the text as typed).

Each paragraph (letter, signature, annex heading, headings and paragraphs) and
each metadata text and each note is repaired with the safe fixes only; the
changes are added to ``provenance.changes``, located through the paragraph's
source span when it has one. A note's mark moves with the text it stands in.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from unarchive.model import Annex, Change, Letter, Note, Paragraph, SourceSpan
from unarchive.repair import fixes
from unarchive.repair.edits import Applied, TrackedLine
from unarchive.repair.engine import run_fixes

_ALL = (("",), ())
_METADATA_TEXTS = ("title", "sender", "addressee")


def repair_string(text: str) -> tuple[str, list[tuple[int, Applied]]]:
    """``text`` with the safe fixes applied, and each change with its line offset in ``text``."""
    repaired, changes, _origins = repair_tracked(text)
    return repaired, changes


def repair_tracked(text: str) -> tuple[str, list[tuple[int, Applied]], list[int]]:
    """``repair_string``, and where in ``text`` each character of the result (and its end) was."""
    out: list[str] = []
    changes: list[tuple[int, Applied]] = []
    origins: list[int] = []
    base = 0
    for index, piece in enumerate(text.split("\n")):
        line = TrackedLine(piece)
        changes += [
            (index, a)
            for a in run_fixes(line, fixes.SAFE, fixes.Context(), _ALL, until_stable=True)
        ]
        out.append(line.text)
        origins += [base + column for column in line.origin[:-1]] + [base + len(piece)]
        base += len(piece) + 1
    repaired = "\n".join(out)
    if not repaired.strip():  # a text that was only noise is kept as read
        return text, [], list(range(len(text) + 1))
    return repaired, changes, origins


def _changes(
    found: list[tuple[int, Applied]], span: SourceSpan | None, rendition: str | None
) -> list[Change]:
    changes = []
    for index, a in found:
        line = column = None
        if span is not None:
            line = span.start_line + index
            column = a.column + 1 + (span.start_column - 1 if index == 0 else 0)
        changes.append(
            Change(
                code=a.code,
                rendition=span.rendition if span else rendition,
                line=line,
                column=column,
                before=a.before,
                after=a.after,
            )
        )
    return changes


class _Collector:
    def __init__(self, letter: Letter) -> None:
        self.changes: list[Change] = []
        self.fields = letter.provenance.fields
        self.origins: dict[str, list[int]] = {}  # part -> offsets in the text as read

    def paragraph(self, paragraph: Paragraph | None, part: str) -> Paragraph | None:
        if paragraph is None:
            return None
        text, found, origins = repair_tracked(paragraph.text)
        if not found:
            return paragraph
        self.changes += _changes(found, paragraph.source, None)
        self.origins[part] = origins
        return paragraph.model_copy(update={"text": text})

    def paragraphs(self, paragraphs: tuple[Paragraph, ...], part: str) -> tuple[Paragraph, ...]:
        repaired = (self.paragraph(p, f"{part}.{i}") for i, p in enumerate(paragraphs))
        return tuple(p for p in repaired if p is not None)

    def notes(self, notes: tuple[Note, ...]) -> tuple[Note, ...]:
        """Notes with their text repaired and their marks where the repaired text has them."""
        out = []
        for note in notes:
            text, found = repair_string(note.text)
            self.changes += _changes(found, note.source, None)
            anchor = note.anchor
            if anchor is not None and anchor.part in self.origins:
                offset = bisect_left(self.origins[anchor.part], anchor.offset)
                anchor = anchor.model_copy(update={"offset": offset})
            out.append(note.model_copy(update={"text": text, "anchor": anchor}))
        return tuple(out)

    def text(self, value: str | None, field: str) -> str | None:
        if value is None:
            return None
        text, found = repair_string(value)
        self.changes += _changes(found, None, self.fields.get(field))
        return text

    def annex(self, number: int, annex: Annex) -> Annex:
        at = f"annexes.{number}"
        return annex.model_copy(
            update={
                "heading": self.paragraph(annex.heading, f"{at}.heading"),
                "title": self.text(annex.title, "annex.title"),
                "headings": self.paragraphs(annex.headings, f"{at}.headings"),
                "paragraphs": self.paragraphs(annex.paragraphs, f"{at}.paragraphs"),
            }
        )


def safe_repair_letter(letter: Letter) -> Letter:
    """``letter`` with safe repairs applied to its texts and recorded in ``provenance.changes``."""
    collect = _Collector(letter)
    metadata: dict[str, Any] = {
        name: collect.text(getattr(letter.metadata, name), name) for name in _METADATA_TEXTS
    }
    signatory = letter.metadata.signatory.model_copy(
        update={
            "name": collect.text(letter.metadata.signatory.name, "signatory.name"),
            "title": collect.text(letter.metadata.signatory.title, "signatory.title"),
        }
    )
    body = letter.letter.model_copy(
        update={
            "paragraphs": collect.paragraphs(letter.letter.paragraphs, "letter.paragraphs"),
            "signed": collect.paragraph(letter.letter.signed, "letter.signed"),
        }
    )
    annexes = tuple(collect.annex(n, a) for n, a in enumerate(letter.annexes))
    notes = collect.notes(letter.notes)
    if not collect.changes:
        return letter
    provenance = letter.provenance.model_copy(
        update={"changes": (*letter.provenance.changes, *collect.changes)}
    )
    return letter.model_copy(
        update={
            "metadata": letter.metadata.model_copy(update={**metadata, "signatory": signatory}),
            "letter": body,
            "annexes": annexes,
            "notes": notes,
            "provenance": provenance,
        }
    )
