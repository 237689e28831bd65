"""Safe repairs of a Letter's texts, for ``convert`` (which exports the text as typed).

Each paragraph (letter, signature, annex heading, headings and paragraphs) and
each metadata text is repaired with the safe fixes only; the changes are added
to ``provenance.changes``, located through the paragraph's source span when it
has one.
"""

from __future__ import annotations

from typing import Any

from unarchive.model import Annex, Change, Letter, Paragraph, SourceSpan
from unarchive.repair import fixes
from unarchive.repair.edits import Applied, TrackedLine
from unarchive.repair.engine import run_fixes

_ALL = (("",), ())
_METADATA_TEXTS = ("title", "sender", "addressee")


def repair_string(text: str) -> tuple[str, list[tuple[int, Applied]]]:
    """``text`` with the safe fixes applied, and each change with its line offset in ``text``."""
    out: list[str] = []
    changes: list[tuple[int, Applied]] = []
    for index, piece in enumerate(text.split("\n")):
        line = TrackedLine(piece)
        changes += [
            (index, a)
            for a in run_fixes(line, fixes.SAFE, fixes.Context(), _ALL, until_stable=True)
        ]
        out.append(line.text)
    repaired = "\n".join(out)
    if not repaired.strip():  # a text that was only noise is kept as read
        return text, []
    return repaired, changes


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

    def paragraph(self, paragraph: Paragraph | None) -> Paragraph | None:
        if paragraph is None:
            return None
        text, found = repair_string(paragraph.text)
        if not found:
            return paragraph
        self.changes += _changes(found, paragraph.source, None)
        return paragraph.model_copy(update={"text": text})

    def paragraphs(self, paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
        return tuple(p for p in map(self.paragraph, paragraphs) if p is not None)

    def text(self, value: str | None, field: str) -> str | None:
        if value is None:
            return None
        text, found = repair_string(value)
        self.changes += _changes(found, None, self.fields.get(field))
        return text

    def annex(self, annex: Annex) -> Annex:
        return annex.model_copy(
            update={
                "heading": self.paragraph(annex.heading),
                "title": self.text(annex.title, "annex.title"),
                "headings": self.paragraphs(annex.headings),
                "paragraphs": self.paragraphs(annex.paragraphs),
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
            "paragraphs": collect.paragraphs(letter.letter.paragraphs),
            "signed": collect.paragraph(letter.letter.signed),
        }
    )
    annexes = tuple(collect.annex(a) for a in letter.annexes)
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
            "provenance": provenance,
        }
    )
