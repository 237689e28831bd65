"""The letter grammar: renditions of lines in, one Letter out (shared by text, PDF and DOCX).

``read_letter`` reads every rendition with the same table-driven grammar
(``grammar_read``; tables in ``languages/``), merges the readings (``merge``)
and returns the Letter. ``analyse`` returns the readings too, for the S and M
rules; it is cached per tuple of renditions, so rules that run after a parse
do not read the document again.

Status:

- [x] title, date, addressee, sender (logical order; visual order rebuilt via the template)
- [x] opening, body and circulation paragraphs; wrapped and visual-order PDF layers
- [x] signature block («(توقيع)», name, title), name and title run together (S008)
- [x] annex heading, annex heading lines and title, annex paragraphs; several annexes
- [x] masthead: symbol line, job number, distribution, original language, organ
- [x] session block: organ, session or year, agenda items and title, by column (``sessions``)
- [x] several renditions merged, cleaner reading first, provenance per part
- [ ] enclosures, notes verbales, several signatories
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from unarchive.findings import Finding
from unarchive.grammar.languages import Language, detect, get
from unarchive.grammar.merge import Merged, merge
from unarchive.grammar.normalize import xml_safe
from unarchive.grammar.read import Reading, read
from unarchive.grammar.symbols import split_joint
from unarchive.model import Letter, Metadata, RenditionInfo
from unarchive.options import Options
from unarchive.parsed import Rendition
from unarchive.text.unicode import UNICODE_VERSION


@dataclass
class Analysis:
    """What the grammar found: one reading per rendition, the merged Letter, and gaps."""

    readings: list[Reading]
    letter: Letter
    missing: dict[str, list[str]] = field(default_factory=dict)
    symbol_origin: str | None = None


_CACHE: dict[int, tuple[tuple[Rendition, ...], list[Reading], Merged]] = {}
_CACHE_SIZE = 2  # parse then validate one document: keep no more alive than that


def language_of(renditions: Sequence[Rendition], code: str | None = None) -> Language:
    if code and (table := get(code)):
        return table
    return detect("\n".join(line.text for r in renditions for line in r.lines[:400]))


def _read_all(renditions: tuple[Rendition, ...]) -> tuple[list[Reading], Merged]:
    """Readings and merge of ``renditions``, cached on the identity of the tuple."""
    cached = _CACHE.get(id(renditions))
    if cached is not None and cached[0] is renditions:
        return cached[1], cached[2]
    language = language_of(renditions)
    readings = [read(r, language) for r in renditions]
    merged = merge(readings)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(renditions)] = (renditions, readings, merged)
    return readings, merged


def analyse(renditions: Sequence[Rendition], options: Options | None = None) -> Analysis:
    """Read and merge ``renditions``; the symbol is the printed one, else ``options.symbol``."""
    options = options or Options()
    frozen = renditions if isinstance(renditions, tuple) else tuple(renditions)
    readings, merged = _read_all(frozen)
    printed = _printed_symbols(readings)
    origin = readings_symbol_origin(readings) if printed else None
    if not printed and options.symbol and options.symbol.strip():
        printed, origin = [options.symbol.strip()], "options"
    parts = [xml_safe(p).strip() for value in printed for p in split_joint(value)]
    symbols = list(dict.fromkeys(p for p in parts if p))
    metadata = Metadata.model_validate(
        {
            **merged.letter.metadata.model_dump(),
            "symbol": symbols[0] if symbols else None,
            "additional_symbols": tuple(symbols[1:]),
        }
    )
    fields = dict(merged.fields)
    if origin:
        fields["symbol"] = origin
    provenance = merged.letter.provenance.model_copy(
        update={
            "fields": fields,
            "renditions": tuple(_info(reading) for reading in readings),
            "unicode_version": UNICODE_VERSION,
        }
    )
    letter = merged.letter.model_copy(update={"metadata": metadata, "provenance": provenance})
    return Analysis(readings, letter, merged.missing, origin)


def _printed_symbols(readings: Sequence[Reading]) -> list[str]:
    """The masthead's symbols (stacked symbols of a joint document), else the first printed."""
    for reading in readings:
        if reading.front_symbols:
            return list(dict.fromkeys(reading.front_symbols))
    return next(([text] for r in readings for _line, _start, text in r.symbols), [])


def readings_symbol_origin(readings: Sequence[Reading]) -> str | None:
    return next((r.rendition.id for r in readings if r.symbols), None)


def _info(reading: Reading) -> RenditionInfo:
    rendition = reading.rendition
    label = "phrase-level visual order" if reading.layout.visual else None
    return RenditionInfo(
        id=rendition.id,
        kind=rendition.kind,
        start_line=rendition.start_line,
        end_line=rendition.end_line,
        label=label,
    )


def read_letter(
    renditions: Sequence[Rendition], options: Options | None = None
) -> tuple[Letter, list[Finding]]:
    """The Letter the renditions hold, and the grammar's own findings (none yet: rules judge)."""
    return analyse(renditions, options).letter, []
