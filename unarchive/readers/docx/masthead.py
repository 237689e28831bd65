"""The masthead of a Word file: symbol, job number, organ, distribution, date and original language.

UN templates (the Official Document System's) print the masthead in the
first-page header (``word/header3.xml``) and the job number and barcode in the
first-page footer (``word/footer3.xml``); the symbol and job number are
DOCVARIABLE fields ``sss1`` and ``FooterJN`` whose values also sit in
``word/settings.xml``. A field's displayed result wins, then the document
variable, then what the header and footer text says. Nothing here reads the
body: the title, sender and signatory are the letter grammar's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from unarchive.grammar.dates import first_date
from unarchive.grammar.languages import languages
from unarchive.grammar.symbols import split_joint
from unarchive.readers.docx.parts import Field
from unarchive.text.arabic import BIDI_CONTROLS

T = TypeVar("T")

# sss1 and FooterJN are verified on a real ODS file (A/80/590). The ODS templates keep the
# second symbol of a joint document in sss2: every sssN present is read, in the order of N.
SYMBOL_VARIABLE = re.compile(r"sss([1-9][0-9]*)", re.I)
JOB_VARIABLES = ("FooterJN",)

_BIDI_CONTROLS = re.compile(f"[{BIDI_CONTROLS}]")
_SYMBOL = re.compile(r"^[A-Z][A-Z0-9]*(?:/[A-Za-z0-9.()*\- ]*[A-Za-z0-9)*])+$")
_JOB = re.compile(r"(?<![\w-])(?:GE\.|V\.)?\d{2}-\d{5}(?:\s*\([ACEFRS]\))?")
_DISTR = re.compile(r"Distr\.?\s*:?\s*(?P<value>General|Limited|Restricted)\b", re.I)
_ORIGINAL = re.compile(r"Original\s*:\s*(?P<value>[A-Za-z]+)", re.I)


@dataclass(frozen=True)
class Masthead:
    symbol: str | None = None
    additional_symbols: tuple[str, ...] = ()
    job_number: str | None = None
    organ: str | None = None
    distribution: str | None = None
    issue_date: dt.date | None = None
    original_language: str | None = None

    def as_metadata(self) -> dict[str, object]:
        """The fields that were found, keyed as in ``Metadata``."""
        values = {
            "symbol": self.symbol,
            "additional_symbols": self.additional_symbols,
            "job_number": self.job_number,
            "organ": self.organ,
            "distribution": self.distribution,
            "issue_date": self.issue_date,
            "original_language": self.original_language,
        }
        return {key: value for key, value in values.items() if value}


def clean(text: str) -> str:
    """Text as compared here: bidi controls dropped, tatweel dropped, spaces collapsed."""
    return " ".join(_BIDI_CONTROLS.sub("", text).replace("\u0640", "").split())


def split_symbols(text: str) -> list[str]:
    """A joint symbol ("A/47/60-S/23329", or two stacked lines) as its symbols, in order."""
    return [part for part in split_joint(clean(text)) if _SYMBOL.match(part)]


def read_masthead(
    headers: Sequence[str],
    footers: Sequence[str],
    fields: Iterable[Field],
    variables: dict[str, str],
) -> Masthead:
    """The masthead from header and footer lines, field results and document variables."""
    shown = {f.argument.lower(): clean(f.result) for f in fields if f.kind == "DOCVARIABLE"}
    shown.update(
        (f.argument.lower(), clean(f.result)) for f in fields if f.kind == "MERGEFIELD" and f.result
    )
    known = {name.lower(): clean(value) for name, value in variables.items()}

    def variable(names: Sequence[str]) -> list[str]:
        found = [shown.get(n.lower()) or known.get(n.lower()) for n in names]
        return [value for value in found if value]

    names = sorted(
        {n for n in (*shown, *known) if SYMBOL_VARIABLE.fullmatch(n)},
        key=lambda n: int(n[3:]),
    )
    symbols = [s for value in variable(names) for s in split_symbols(value)]
    if not symbols:
        symbols = [s for line in headers for s in split_symbols(line)]
    jobs = _job_numbers(variable(JOB_VARIABLES), footers)
    lines = [clean(line) for line in headers]
    return Masthead(
        symbol=symbols[0] if symbols else None,
        additional_symbols=tuple(dict.fromkeys(s for s in symbols[1:] if s != symbols[0])),
        job_number=jobs[0] if jobs else None,
        organ=_first(_organ(line) for line in lines),
        distribution=_first(_printed(_DISTR, line) for line in lines),
        issue_date=_first(_issue_date(line) for line in lines),
        original_language=_first(_language(line) for line in lines),
    )


def _job_numbers(variables: list[str], footers: Sequence[str]) -> list[str]:
    """The job number: the variable's value, completed by the footer when it prints more.

    A template may keep "11-44797" in the variable and print "11-44797 (E)":
    the printed form, with the language letter, is the job number.
    """
    printed = [m.group() for m in map(_JOB.search, map(clean, footers)) if m]
    if not variables:
        return printed
    value = variables[0]
    fuller = next((p for p in printed if p.startswith(value) and p != value), None)
    return [fuller or value]


def _first(values: Iterable[T | None]) -> T | None:
    return next((value for value in values if value), None)


def _organ(line: str) -> str | None:
    organs = (organ for table in languages().values() for organ in table.organs)
    return next((organ for organ in organs if organ.lower() in line.lower()), None)


def _printed(pattern: re.Pattern[str], line: str) -> str | None:
    match = pattern.search(line)
    return match["value"] if match else None


def _language(line: str) -> str | None:
    # As printed ("English"), as the letter grammar reads it from a text masthead.
    match = _ORIGINAL.search(line)
    return match["value"] if match else None


def _issue_date(line: str) -> dt.date | None:
    """The date of a masthead line that holds a date and nothing else but "Distr.: …".

    Mastheads print it in the document's language or in English («8 آب/أغسطس
    2011», "8 August 2011"), so every language table is tried.
    """
    for table in languages().values():
        hit = first_date(line, table)
        if hit is None:
            continue
        rest = (line[: hit.start] + line[hit.end :]).strip()
        if not rest or _DISTR.fullmatch(rest):
            return hit.value
    return None
