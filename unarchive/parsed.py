"""What a parser hands on: the decoded renditions of a document, and the Letter read from them.

A *rendition* is one complete textual form of the document inside the input:
a PDF text layer, the text of its Word file, the plain text of a dump. Each is
a list of ``Line`` records that remember their place in the decoded input, so
that every rule can point at an exact line and column (and page).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from unarchive.findings import Finding
from unarchive.model import Letter


@dataclass(frozen=True)
class Line:
    """One line of decoded input.

    ``number`` is the 1-based line in the decoded input (for PDF/DOCX: in the
    extracted text). ``text`` is the whole line without its line break;
    ``page`` is the 1-based source page when known; ``style`` is a parser hint
    (a DOCX paragraph style, 'header', 'footer', …).
    """

    number: int
    text: str
    page: int | None = None
    style: str | None = None


@dataclass(frozen=True)
class Rendition:
    id: str
    kind: str
    lines: tuple[Line, ...]

    @property
    def start_line(self) -> int:
        return self.lines[0].number if self.lines else 1

    @property
    def end_line(self) -> int:
        return self.lines[-1].number if self.lines else 1

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Parsed:
    """The one inbound shape, for raw documents and for TEI/JSON importers alike.

    ``findings`` holds what the parser itself found (decoding, E-codes, X/J
    import errors); the rules add theirs in ``unarchive.rules.validate``.
    ``text`` is the whole decoded input, for rules that look across lines.
    """

    letter: Letter
    renditions: tuple[Rendition, ...] = ()
    findings: list[Finding] = field(default_factory=list)
    text: str = ""

    def lines(self) -> Iterator[tuple[Rendition, Line]]:
        for rendition in self.renditions:
            for line in rendition.lines:
                yield rendition, line

    def rendition(self, rendition_id: str) -> Rendition | None:
        return next((r for r in self.renditions if r.id == rendition_id), None)
