"""Plain text: decode the bytes, cut lines, find the renditions, read the letter.

Decoding (``decode``) accepts UTF-8 with or without BOM, UTF-16 and the
legacy Arabic code pages, and reports each case that is not plain UTF-8.
Lines end at LF, CRLF or CR. A file that holds the same document twice is
split into renditions where the document starts over (``grammar_split``).
The symbol comes from the text when printed, else from ``options.symbol``,
else from a sidecar ``<input>.meta.json`` (``{"symbol": "S/2011/496"}``),
read only when ``source`` names a real file.

Status:

- [x] UTF-8, UTF-8 with BOM, UTF-16 LE/BE (with or without BOM), cp1256, ISO-8859-6
- [x] damaged UTF-8 read with U+FFFD (E001 names the byte offsets); U+FEFF inside text (E002)
- [x] empty, binary, PDF/ZIP/image renamed ``.txt``: ``UnreadableInput`` (E005)
- [x] LF, CRLF, CR line ends; several renditions in one file; sidecar symbol
- [ ] other legacy code pages (Mac Arabic, ASMO 449)
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import regex

from unarchive.codes import byte_order_mark
from unarchive.findings import Finding, Location, UnreadableInput
from unarchive.grammar.analysis import analyse, language_of
from unarchive.grammar.blocks import layout
from unarchive.grammar.split import split_renditions
from unarchive.options import Options
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.readers.decode import decode

_LINE_END = regex.compile(r"\r\n|\r|\n")
_SIDECAR_MAX = 64 * 1024


def split_lines(text: str) -> list[Line]:
    """Lines at LF, CRLF or CR; a final line break does not start an empty line."""
    pieces = _LINE_END.split(text)
    if len(pieces) > 1 and pieces[-1] == "":
        pieces.pop()
    return [Line(number, piece) for number, piece in enumerate(pieces, start=1)]


def renditions_of(lines: list[Line]) -> tuple[Rendition, ...]:
    probe = Rendition("r1", "text", tuple(lines[:2000]))
    language = language_of([probe])
    found = []
    for number, part in enumerate(split_renditions(lines, language), start=1):
        kind = "pdf-text-layer" if layout(part).visual else "text"
        found.append(Rendition(f"r{number}", kind, tuple(part)))
    return tuple(found)


def sidecar_symbol(source: str) -> str | None:
    """The symbol of ``<source>.meta.json``, when ``source`` is a file that has one."""
    if not source or source.startswith("<"):
        return None
    path = Path(source + ".meta.json")
    try:
        if not path.is_file() or path.stat().st_size > _SIDECAR_MAX:
            return None
        meta = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    symbol = meta.get("symbol") if isinstance(meta, dict) else None
    return symbol.strip() or None if isinstance(symbol, str) else None


def _inner_boms(renditions: tuple[Rendition, ...]) -> list[Finding]:
    found = []
    for rendition in renditions:
        for line in rendition.lines:
            if "\ufeff" not in line.text:
                continue
            for match in regex.finditer("\ufeff", line.text):
                found.append(
                    byte_order_mark.finding(
                        "U+FEFF (byte-order mark) inside the text",
                        Location(
                            rendition=rendition.id, line=line.number, column=match.start() + 1
                        ),
                    )
                )
    return found


def parse(data: bytes, source: str = "<text>", options: Options | None = None) -> Parsed:
    """Read a text document. Raises ``UnreadableInput`` when it is no text at all."""
    options = options or Options()
    if len(data) > options.max_bytes:
        raise UnreadableInput(
            f"the file is {len(data):,} bytes, over the limit of {options.max_bytes:,} bytes"
        )
    decoded = decode(data, source)
    renditions = renditions_of(split_lines(decoded.text))
    supplied, origin = options.symbol, "options"
    if supplied is None:
        supplied, origin = sidecar_symbol(os.fspath(source)), "sidecar"
    analysis = analyse(renditions, dataclasses.replace(options, symbol=supplied))
    fields = dict(analysis.letter.provenance.fields)
    if analysis.symbol_origin == "options":
        fields["symbol"] = origin
    provenance = analysis.letter.provenance.model_copy(
        update={"encoding": decoded.encoding, "fields": fields}
    )
    letter = analysis.letter.model_copy(update={"provenance": provenance})
    findings = decoded.findings + _inner_boms(renditions)
    return Parsed(letter=letter, renditions=renditions, findings=findings, text=decoded.text)
