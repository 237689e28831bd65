"""unarchive: read, validate, repair and export United Nations letters.

    >>> import unarchive
    >>> parsed = unarchive.parse("samples/letters/ar-text-seed-two-renditions/input.txt")
    >>> findings = unarchive.validate(parsed)
    >>> tei_bytes = unarchive.export(parsed.letter, "tei")

The names below are the public API; everything else is internal.
"""

from __future__ import annotations

from unarchive.exporters import export
from unarchive.findings import (
    Finding,
    Location,
    Severity,
    UnarchiveError,
    UnknownFormat,
    UnreadableInput,
)
from unarchive.model import Annex, Letter, LetterBody, Metadata, Paragraph, Signatory
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.parsers import Options, parse
from unarchive.rules import RULES, validate

__version__ = "0.1.0"

__all__ = [
    "RULES",
    "Annex",
    "Finding",
    "Letter",
    "LetterBody",
    "Line",
    "Location",
    "Metadata",
    "Options",
    "Paragraph",
    "Parsed",
    "Rendition",
    "Severity",
    "Signatory",
    "UnarchiveError",
    "UnknownFormat",
    "UnreadableInput",
    "export",
    "parse",
    "validate",
]
