"""Where a value sits in a JSON text: the line and column of the value a pydantic error path names.

The standard ``json`` module forgets positions once it has parsed, so this
walks the text again along the path only (``raw_decode`` skips the values
that are not on the path). It stops at the deepest part of the path that
exists: a missing key is reported at the object that lacks it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.decoder import scanstring  # type: ignore[attr-defined]  # untyped in typeshed

_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


def locate(text: str, path: Sequence[object]) -> tuple[int | None, int | None]:
    """1-based line and column (in code points) of the value at ``path``; None when lost."""
    try:
        index = _walk(text, _skip(text, 0), tuple(path))
    except (ValueError, IndexError, RecursionError):
        return None, None
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _SPACE:
        index += 1
    return index


def _walk(text: str, index: int, path: tuple[object, ...]) -> int:
    while path:
        found = _member(text, index, path[0])
        if found is None:
            return index
        index, path = found, path[1:]
    return index


def _member(text: str, index: int, step: object) -> int | None:
    """Start of the member ``step`` of the object or array at ``index``, or None."""
    opening = text[index]
    if opening not in "{[":
        return None
    position, count = _skip(text, index + 1), 0
    while position < len(text) and text[position] not in "}]":
        if opening == "{":
            key, position = scanstring(text, position + 1)
            position = _skip(text, _skip(text, position) + 1)  # past the colon
            if key == step:
                return position
        elif count == step:
            return position
        _value, end = _DECODER.raw_decode(text, position)
        position, count = _skip(text, end), count + 1
        if text[position] == ",":
            position = _skip(text, position + 1)
    return None
