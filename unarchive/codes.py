"""The codes that readers and importers emit themselves, and the ``Rule`` record every code has.

The lowest floor of the package: readers, writers and rules all import from
here, and it imports nothing of theirs. A code emitted while reading (E001,
E005, X001, J001 …) is declared here with its documentation; the codes a
check finds are declared beside their check in ``unarchive.rules``. Both
kinds are ``Rule`` records, and ``unarchive.rules.RULES`` lists them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from unarchive.findings import Finding, Location, Severity

# A rule's check: Parsed -> Iterator[Hit] (both defined on higher floors).
Check = Callable[[Any], Iterator[Any]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    check: Check | None
    doc: str

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.name

    def finding(self, message: str, location: Location | None = None) -> Finding:
        return Finding(self.code, self.name, self.severity, message, location or Location())


def emitted(code: str, name: str, severity: Severity, doc: str) -> Rule:
    """Declare a rule whose findings come from a parser or importer, not from a check."""
    return Rule(code, name, severity, None, doc)


legacy_encoding = emitted(
    "E001",
    "legacy-encoding",
    Severity.WARNING,
    """The input is not UTF-8 (cp1256, ISO-8859-6, UTF-16 …); it was decoded anyway.

## Why it matters
A file whose encoding must be guessed can be guessed wrong later, by another tool.
Archives keep text as UTF-8.

## Example
A text dump saved by an old Arabic Windows system in code page 1256.

## Hint
Keep the original; store the converted UTF-8 copy that `unarchive convert` writes.
""",
)

byte_order_mark = emitted(
    "E002",
    "byte-order-mark",
    Severity.INFO,
    """A byte-order mark at the start of the file, or U+FEFF inside the text.

## Why it matters
A BOM inside text is an invisible character that breaks comparison and search.

## Example
`EF BB BF` before the first line of a UTF-8 file.

## Hint
Remove U+FEFF inside the text; a leading BOM is harmless but unnecessary in UTF-8.
""",
)

unreadable_input = emitted(
    "E005",
    "unreadable-input",
    Severity.ERROR,
    """The document could not be read: empty, binary, truncated, encrypted or of another format.

## Why it matters
Nothing in it was checked, so it must not pass ingest as valid.

## Example
A PDF renamed `letter.txt`; a 0-byte file.

## Hint
Check that the file is the document it claims to be and that it arrived whole.
""",
)

no_text_layer = emitted(
    "E006",
    "no-text-layer",
    Severity.ERROR,
    """A PDF page (or the whole PDF) has no extractable text: a scanned image.

## Why it matters
What is only a picture of text cannot be searched, checked or exported; a
letter read from the other pages misses what this page says.

## Example
Page 3 of a PDF is a scan of a signed original, with no OCR layer.

## Hint
Run OCR on the page (keep the scan), or find a born-digital copy of the document.
""",
)

damaged_pdf = emitted(
    "E008",
    "damaged-pdf",
    Severity.WARNING,
    """The PDF's structure is damaged; the reader worked around it (pypdf's own report).

## Why it matters
A file repaired on the fly may be read differently by other tools, and part of
its content may be missing.

## Example
`incorrect startxref pointer(1)`: the cross-reference table is not where the trailer says.

## Hint
Keep the file; check it with a second PDF reader, or get a fresh copy from the source.
""",
)

# C0 and C1 controls except TAB, LF and CR (which are layout), and DEL. The stdlib
# engine scans a whole text for one plain character class about four times faster.


tei_invalid = emitted(
    "X001",
    "tei-invalid",
    Severity.ERROR,
    """The TEI file is not valid against the schema: one finding per RelaxNG error.

## Why it matters
What is not valid cannot be mapped reliably into a Letter.

## Example
A `<p>` directly inside `<teiHeader>`.

## Hint
Validate with `jing schemas/unarchive-tei.rng FILE` for a second opinion.
""",
)

tei_unmapped = emitted(
    "X002",
    "tei-unmapped",
    Severity.WARNING,
    """An element the Letter model has no place for: kept out of the Letter, and reported.

## Why it matters
Content that is not carried over must not disappear silently.

## Example
A `<note>` inside a letter paragraph.

## Hint
Keep the TEI original; the finding lists what the conversion leaves out.
""",
)

json_invalid = emitted(
    "J001",
    "json-invalid",
    Severity.ERROR,
    """The JSON does not fit the document schema: one finding per error, with its path.

## Why it matters
What does not fit the schema cannot be read into a Letter.

## Example
`"date": "5 August 2011"` where an ISO date is required.

## Hint
Check the file against `schemas/document.schema.json`.
""",
)

json_version = emitted(
    "J002",
    "json-version",
    Severity.ERROR,
    """The JSON was written for a schema_version this unarchive does not know.

## Why it matters
Fields may mean something else in another version of the schema.

## Example
`"schema_version": "9.0"`.

## Hint
Read it with the unarchive version that wrote it, or upgrade unarchive.
""",
)
