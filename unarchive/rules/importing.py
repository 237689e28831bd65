"""X and J rules: findings of the TEI and JSON importers (emitted, not checked)."""

from __future__ import annotations

from unarchive.findings import Severity
from unarchive.rules.base import Rule, emitted

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

RULES: tuple[Rule, ...] = (tei_invalid, tei_unmapped, json_invalid, json_version)
