"""Footnotes of a PDF: the notes at the foot of each page, and the marks in the text citing them.

A UN page prints its footnotes at its foot, below the body and in a smaller
size, each starting with its mark ("1", "12", "*", Arabic-Indic digits); a
note's further lines follow it, and a note whose last lines stand at the foot
of the next page goes on there. Those lines are furniture (kept out of the
paragraphs, style ``footnote``). The marks in the text are the raised digits
and asterisks ``pdf_lines`` finds (``TextLine.marks``); those that a printed
note starts with are taken out of the paragraph text, each is matched to the
first note with the same mark from its page on, and tied to its paragraph and
offset by ``docx_notes.attach``, the same mapping Word's marks go through. A
mark on the title (the ``*`` note) or a note nobody cites gives an uncited note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from unarchive.model import Letter
from unarchive.parsed import Line, Rendition
from unarchive.readers.docx.notes import Placed, attach, numbering
from unarchive.readers.docx.parts import NoteMark
from unarchive.readers.pdf import blocks as pdf_blocks
from unarchive.readers.pdf.furniture import Furniture, clean
from unarchive.readers.pdf.lines import TextLine

# A mark typed at the start of a note line, when it was not set raised.
TYPED_MARK = regex.compile(r"^(\*{1,3}|\d{1,3}|[\u0660-\u0669]{1,3})(?=\s)")
_SMALL = 0.92  # of the body's size: a note line is set smaller
_FOOT = 0.45  # of the page's height: notes stand below this
_RUNNING = ("header", "footer", "masthead", "rule")


@dataclass
class PdfNote:
    """One footnote as printed: its mark, its lines' text, and the page it starts on."""

    mark: str
    text: str
    page: int


@dataclass
class _Area:
    """The note lines of one page, top to bottom."""

    page: int
    lines: list[int]


def find(
    lines: Sequence[TextLine], heights: dict[int, float], furniture: Furniture
) -> list[PdfNote]:
    """The document's footnotes; their lines become furniture (``footnote``)."""
    notes: list[PdfNote] = []
    for area in _areas(lines, heights, furniture):
        for i in area.lines:
            furniture.lines[i] = "footnote"
        for i in area.lines:
            text, mark = _text_and_mark(lines[i])
            if mark is not None:
                notes.append(PdfNote(mark, text, area.page))
            elif notes:  # a further line of the note above, or of the last page's last note
                notes[-1].text = pdf_blocks.join([notes[-1].text, text])
    return [note for note in notes if note.text]


def _body_size(lines: Sequence[TextLine], indices: list[int], furniture: Furniture) -> float:
    """The size most of a page's body characters are set in (a page of a list may be smaller)."""
    sizes: Counter[float] = Counter()
    for i in indices:
        line = lines[i]
        if i not in furniture.lines:
            sizes[round(line.size, 1)] += len(line.text())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _areas(
    lines: Sequence[TextLine], heights: dict[int, float], furniture: Furniture
) -> list[_Area]:
    """Each page's run of small lines at its foot that starts with a mark (or goes on a note)."""
    pages: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        pages.setdefault(line.page, []).append(i)
    areas: list[_Area] = []
    for page, indices in pages.items():
        body = _body_size(lines, indices, furniture)
        foot = _foot(lines, indices, heights.get(page, 842.0), furniture, body)
        # The run starts with a mark, or goes on the note the previous page ended with.
        marked = [n for n, i in enumerate(foot) if _text_and_mark(lines[i])[1] is not None]
        going_on = bool(areas) and areas[-1].page == page - 1
        start = 0 if going_on else (marked[0] if marked else len(foot))
        if foot[start:] and (marked or going_on):
            areas.append(_Area(page, foot[start:]))
    return areas


def _foot(
    lines: Sequence[TextLine],
    indices: list[int],
    height: float,
    furniture: Furniture,
    body: float,
) -> list[int]:
    """The page's lines under its body, set smaller than it; [] if the page has no such foot.

    The line over them must be set larger than they are: a page wholly in a
    smaller size (a list, an annex set small) has no foot. Typed footnotes
    (furniture already) are set in the body's size and count whatever theirs.
    """
    foot: list[int] = []
    for i in reversed(indices):
        style = furniture.lines.get(i)
        if style in _RUNNING:
            continue
        if style == "footnote":
            foot.insert(0, i)
            continue
        small = lines[i].size <= _SMALL * body and lines[i].y < height * _FOOT
        sizes = [lines[j].size for j in foot if furniture.lines.get(j) != "footnote"]
        if not small:
            return foot if not sizes or max(sizes) <= _SMALL * lines[i].size else []
        foot.insert(0, i)
    return []


def _text_and_mark(line: TextLine) -> tuple[str, str | None]:
    """A note line's text and the mark it starts with, raised or typed (None if it has none)."""
    if line.marks and line.marks[0][0] <= 1:
        offset, mark = line.marks[0]
        return clean(line.text()[offset + len(mark) :]), mark
    text = clean(line.text())
    typed = TYPED_MARK.match(text)
    if typed:
        return text[typed.end() :].strip(), typed[1]
    return text, None


def attach_notes(
    letter: Letter,
    rendition: Rendition,
    marks: dict[int, list[tuple[int, str]]],
    notes: Sequence[PdfNote],
) -> Letter:
    """``letter`` with ``notes``, each cited where the first mark like its own stands.

    ``marks`` gives the raised marks of each rendition line (by number), with
    their offsets in the line's text.
    """
    if not notes:
        return letter
    placed: list[Placed] = []
    free = list(range(len(notes)))
    for line in rendition.lines:
        for offset, mark in marks.get(line.number, []):
            index = next((k for k in free if _same(notes[k], mark, line.page)), None)
            if index is not None:
                free.remove(index)
                placed.append(Placed(line, NoteMark("foot", str(index + 1), 0, offset, mark)))
    nowhere = Line(0, "", None)
    for index in free:  # printed at the foot, cited nowhere we could see
        placed.append(Placed(nowhere, NoteMark("foot", str(index + 1), 0, 0, notes[index].mark)))
    texts = {("foot", str(k + 1)): note.text for k, note in enumerate(notes)}
    return attach(letter, rendition, placed, texts, numbering(None))


def _same(note: PdfNote, mark: str, page: int | None) -> bool:
    return note.mark == mark and (page is None or note.page >= page)


def line_marks(
    texts: Sequence[str], marks: Sequence[tuple[tuple[int, str], ...]]
) -> list[tuple[int, str]]:
    """The marks of a paragraph's lines, at their offsets in ``pdf_blocks.join(texts)``."""
    found: list[tuple[int, str]] = []
    for k, line in enumerate(marks):
        if not line:
            continue
        start = len(pdf_blocks.join(texts[: k + 1])) - len(texts[k])
        found.extend((start + offset, mark) for offset, mark in line)
    return found


_UNIT = regex.compile(r"(?<!\p{L})(?:[kcmd]?m|ft|in)$")  # km2, m3: a power, not a note


def take_out(
    text: str, marks: tuple[tuple[int, str], ...], printed: frozenset[str]
) -> tuple[str, tuple[tuple[int, str], ...]]:
    """A line's text without the raised marks that cite a note, and where those stood.

    Only a mark that some note at a page's foot starts with cites one; "km2"
    is a square kilometre, whatever notes there are. A mark set apart by
    spaces takes one of them with it.
    """
    out, shift = text, 0
    kept: list[tuple[int, str]] = []
    for offset, mark in marks:
        at = offset - shift
        if out[at : at + len(mark)] != mark or mark not in printed:
            continue
        if mark in ("2", "3") and _UNIT.search(out[:at]):
            continue
        end = at + len(mark)
        if at and out[at - 1] == " " and out[end : end + 1] in ("", " "):
            at -= 1  # "2025. ¹": the space before the mark goes with it
        elif at == 0 and out[end : end + 1] == " ":
            end += 1
        out, shift = out[:at] + out[end:], shift + end - at
        kept = [(min(before, at), other) for before, other in kept]  # a space before them went
        kept.append((at, mark))
    return out, tuple(kept)
