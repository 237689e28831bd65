"""JSON: the Letter as pydantic dumps it (UTF-8, Arabic unescaped), and its reader.

The reader checks ``schema_version`` first (J002, naming both versions) and
then the document schema; each pydantic error becomes one J001 finding with
the path of the offending value.
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from unarchive.findings import Location, UnreadableInput
from unarchive.model import SCHEMA_VERSION, Letter
from unarchive.parsed import Parsed


def dumps(letter: Letter) -> bytes:
    return (letter.model_dump_json(indent=2) + "\n").encode("utf-8")


def loads(data: bytes, source: str = "<json>", options: object = None) -> Parsed:
    from unarchive.rules.importing import json_invalid, json_version

    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise UnreadableInput(f"not a JSON document: {error}") from None
    if not isinstance(raw, dict):
        raise UnreadableInput("not a JSON document of unarchive: the top level is not an object")
    version = raw.get("schema_version")
    if version != SCHEMA_VERSION:
        finding = json_version.finding(
            f"written for schema_version {version!r}; this unarchive reads {SCHEMA_VERSION!r}",
            Location(path=source),
        )
        return Parsed(Letter(), findings=[finding])
    try:
        letter = Letter.model_validate(raw)
    except ValidationError as error:
        findings = [
            json_invalid.finding(
                f"{'.'.join(str(p) for p in e['loc']) or '(document)'}: {e['msg']}",
                Location(path=source),
            )
            for e in error.errors()
        ]
        return Parsed(Letter(), findings=findings)
    return Parsed(letter)
