"""JSON documents written by unarchive, read back into a Letter, with J001/J002 findings.

The reader checks ``schema_version`` first (J002, naming both versions), then
the document schema (``schemas/document.schema.json``, generated from the
model) in pydantic's strict JSON mode, so that ``"3"`` is not silently taken
for the number 3. Each error becomes one J001 finding with the dotted path of
the offending value and its line and column in the file. A key given twice in
one object is a J001 finding too (JSON parsers silently keep the last one).
Input that is not JSON at all raises ``UnreadableInput``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from unarchive.findings import Finding, Location, UnreadableInput
from unarchive.model import SCHEMA_VERSION, Letter
from unarchive.parsed import Parsed
from unarchive.readers.json_locate import locate


def loads(data: bytes, source: str = "<json>", options: object = None) -> Parsed:
    from unarchive.codes import json_invalid, json_version

    text = _decode(data)
    duplicates: list[str] = []
    raw = _parse(text, duplicates)
    version = raw.get("schema_version")
    if version != SCHEMA_VERSION:
        line, column = locate(text, ("schema_version",)) if "schema_version" in raw else (1, 1)
        where = Location(path=source, line=line, column=column)
        message = _version_message(version, "schema_version" in raw)
        return Parsed(Letter(), findings=[json_version.finding(message, where)])
    findings = [
        json_invalid.finding(
            f"the key {key!r} appears twice in one object; the last value is used",
            Location(path=source),
        )
        for key in duplicates
    ]
    try:
        letter = Letter.model_validate_json(text, strict=True)
    except ValidationError as error:
        findings.extend(_errors(error, text, source))
        return Parsed(Letter(), findings=findings)
    return Parsed(letter, findings=findings)


def _decode(data: bytes) -> str:
    if not data.strip():
        raise UnreadableInput("empty file: no JSON document")
    try:
        return data.decode(json.detect_encoding(data)).lstrip("\ufeff")
    except (UnicodeDecodeError, LookupError) as error:
        raise UnreadableInput(f"not a JSON document: not valid Unicode text ({error})") from None


def _parse(text: str, duplicates: list[str]) -> dict[str, Any]:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in items:
            if key in seen:
                duplicates.append(key)
            seen[key] = value
        return seen

    try:
        raw = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise UnreadableInput(f"not a JSON document: {error.msg} at {where}") from None
    except (ValueError, RecursionError) as error:  # e.g. an integer of 5,000 digits
        raise UnreadableInput(f"not a JSON document unarchive can read: {error}") from None
    if not isinstance(raw, dict):
        raise UnreadableInput("not a JSON document of unarchive: the top level is not an object")
    return raw


def _version_message(version: object, given: bool) -> str:
    if not given:
        return f"no schema_version given; this unarchive reads schema_version {SCHEMA_VERSION!r}"
    if not isinstance(version, str):
        return (
            f"schema_version must be a string such as {SCHEMA_VERSION!r}, not {json.dumps(version)}"
        )
    return f"written for schema_version {version!r}; this unarchive reads {SCHEMA_VERSION!r}"


def _errors(error: ValidationError, text: str, source: str) -> list[Finding]:
    from unarchive.codes import json_invalid

    findings = []
    for each in error.errors():
        path = tuple(each["loc"])
        dotted = ".".join(str(p) for p in path) or "(document)"
        line, column = locate(text, path)
        where = Location(path=source, line=line, column=column)
        findings.append(json_invalid.finding(f"{dotted}: {each['msg']}", where))
    return findings
