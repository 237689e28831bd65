"""JSON: the Letter as pydantic dumps it (UTF-8, Arabic unescaped), and the document schema.

``document_schema`` generates ``schemas/document.schema.json`` from the model
(a test keeps the committed file current); ``unarchive.readers.json`` reads
both back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from unarchive.model import SCHEMA_VERSION, Letter

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "document.schema.json"


def document_schema() -> bytes:
    """``schemas/document.schema.json``: the JSON Schema (2020-12) of a document, from the model."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://unarchive.invalid/schemas/document-{SCHEMA_VERSION}.schema.json",
        **Letter.model_json_schema(),
    }
    return (json.dumps(schema, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def dumps(letter: Letter) -> bytes:
    return (letter.model_dump_json(indent=2) + "\n").encode("utf-8")
