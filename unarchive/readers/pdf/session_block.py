"""The session block of a PDF letter: organs, sessions and agenda items under the masthead.

A General Assembly letter prints, beside the Security Council's year, its
session and agenda item, and the item's title on the lines below
(``research/un-docs.md`` §3.1). The block is masthead furniture: kept out of
the letter, read column by column into ``Metadata.sessions`` by
``grammar.sessions.read_sessions``. This module finds the block's lines and
splits them into columns; ``pdf_furniture`` marks them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from unarchive.grammar.sessions import agenda_items
from unarchive.readers.pdf.lines import TextLine

# The organs a masthead or a session block names, in the six languages' forms we meet.
ORGANS = (
    "Security Council",
    "General Assembly",
    "Economic and Social Council",
    "Conseil de sécurité",
    "Assemblée générale",
    "Consejo de Seguridad",
    "Asamblea General",
    "مجلس الأمن",
    "الجمعية العامة",
    "المجلس الاقتصادي والاجتماعي",
)
# Laxer than ``grammar.sessions``' patterns on purpose: OCR layers and typewriters add noise
# after "session" and split "Agenda items 3 (b), 36" oddly; the block only needs finding here.
SESSION = regex.compile(
    r"^(?:[\p{L}-]+\s+){1,3}(?:session|year)\b.{0,20}$|^(?:الدورة|السنة)\s+\p{L}",
    regex.IGNORECASE,
)
AGENDA = regex.compile(
    r"^(?:(?:provisional\s+)?agenda\s+items?\s+\d|items?\s+\d+(?:\s+and\s+\d+)?\s+of\s+the\s+"
    r"(?:provisional\s+agenda|preliminary\s+list)|points?\s+\d+.{0,40}ordre du jour"
    r"|البند(?:ان)?\s)",
    regex.IGNORECASE,
)
_ROW = 0.5  # of the font size: lines whose baselines are this close are one row of the block
_STEP = 1.6  # of the font size: a wider step down ends the session block
_ARABIC = regex.compile(r"\p{Arabic}+")
_ORGAN_KEYS = frozenset(organ.casefold() for organ in ORGANS)

Block = tuple[list[int], list[list[str]]]


def is_agenda(text: str) -> bool:
    """An agenda line: this module's pattern, or several items ("Items 36, 37 and 87 of …")."""
    return bool(AGENDA.match(text) or agenda_items(text))


def _is_block_line(text: str) -> bool:
    return bool(SESSION.match(text) or is_agenda(text)) or text.casefold() in _ORGAN_KEYS


def find_block(
    lines: Sequence[TextLine], texts: Sequence[str], taken: Mapping[int, str]
) -> Block | None:
    """The session block between the masthead and the title, or None.

    Returns the block's line indices in reading order, column by column, and
    the texts of each column. It is a table of two columns (the General
    Assembly's session and agenda item beside the Security Council's year),
    read as one line per row unless its cells were split; the agenda item's
    title follows on lines of the same size, one line-step apart. It ends at a
    wider step (before the title), a line of another size, or a line already
    ``taken`` as other furniture.
    """
    page = lines[0].page if lines else 0
    block: list[int] = []
    agenda: TextLine | None = None
    for i, line in enumerate(lines):
        if line.page != page or (i in taken and not block):
            continue
        if i in taken:
            break
        last = lines[block[-1]] if block else None
        row = last is not None and abs(last.y - line.y) < _ROW * line.size
        if not (last is None or row or last.y - line.y <= _STEP * line.size):
            break
        if _is_block_line(texts[i]):
            agenda = line if is_agenda(texts[i]) else agenda
        elif agenda is None or abs(line.size - agenda.size) > 0.1 * agenda.size:
            break
        block.append(i)
    if not any(SESSION.match(texts[i]) or is_agenda(texts[i]) for i in block):
        return None
    # Column by column, in reading order: the General Assembly's column (session, agenda
    # item) first, the left one in English, the right one in Arabic.
    column = _columns(lines, block)
    if sum(map(len, _ARABIC.findall(" ".join(texts[i] for i in block)))) > len(block):
        column = {i: 1 - c for i, c in column.items()}
    ordered = sorted(block, key=lambda i: (column[i], -lines[i].y))
    return ordered, [[texts[i] for i in ordered if column[i] == side] for side in (0, 1)]


def _columns(lines: Sequence[TextLine], block: list[int]) -> dict[int, int]:
    """0 for a line of the left column of the block, 1 for one of the right column.

    A line with a cell left of it on its row is in the right column; a line alone
    on its row (the agenda item, its title) is there when it starts right of every
    left cell (a right-aligned Arabic column), else in the left one.
    """
    column: dict[int, int] = {}
    mates: dict[int, bool] = {}
    for i in block:
        row = [j for j in block if j != i and abs(lines[j].y - lines[i].y) < 1.0]
        column[i] = int(any(lines[j].x1 < lines[i].x0 for j in row))
        mates[i] = bool(row)
    edge = max((lines[i].x1 for i in block if mates[i] and not column[i]), default=None)
    for i in block:
        if not mates[i] and edge is not None and lines[i].x0 > edge:
            column[i] = 1
    return column
