"""unarchive: read, validate, repair and export United Nations letters.

    >>> import unarchive
    >>> parsed = unarchive.parse("samples/letters/ar-text-seed-two-renditions/input.txt")
    >>> findings = unarchive.validate(parsed)
    >>> tei_bytes = unarchive.export(parsed.letter, "tei")

The names below are the public API; everything else is internal. They are
imported on first use (PEP 562), so that ``unarchive validate`` and every
``import unarchive.<module>`` pay only for the modules they need.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_PUBLIC: dict[str, str] = {
    "export": "unarchive.writers",
    "Finding": "unarchive.findings",
    "Location": "unarchive.findings",
    "Severity": "unarchive.findings",
    "UnarchiveError": "unarchive.findings",
    "UnknownFormat": "unarchive.findings",
    "UnreadableInput": "unarchive.findings",
    "Annex": "unarchive.model",
    "Letter": "unarchive.model",
    "LetterBody": "unarchive.model",
    "Metadata": "unarchive.model",
    "Paragraph": "unarchive.model",
    "Signatory": "unarchive.model",
    "Line": "unarchive.parsed",
    "Parsed": "unarchive.parsed",
    "Rendition": "unarchive.parsed",
    "Options": "unarchive.options",
    "parse": "unarchive.pipeline",
    "RULES": "unarchive.rules",
    "validate": "unarchive.rules",
    "safe_repair_letter": "unarchive.repair",
    "repair_file": "unarchive.repair",
}

if TYPE_CHECKING:
    from unarchive.findings import (
        Finding,
        Location,
        Severity,
        UnarchiveError,
        UnknownFormat,
        UnreadableInput,
    )
    from unarchive.model import Annex, Letter, LetterBody, Metadata, Paragraph, Signatory
    from unarchive.options import Options
    from unarchive.parsed import Line, Parsed, Rendition
    from unarchive.pipeline import parse
    from unarchive.repair import repair_file, safe_repair_letter
    from unarchive.rules import RULES, validate
    from unarchive.writers import export


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'unarchive' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_PUBLIC])


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
    "repair_file",
    "safe_repair_letter",
    "validate",
]
