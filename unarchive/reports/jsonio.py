"""JSON text that survives any file name: UTF-8, Arabic unescaped, undecodable bytes escaped.

A file name that was not UTF-8 on disk reaches Python as lone surrogates
(``surrogateescape``). Written raw they would make the report invalid UTF-8,
so they are written as ``\\udcXX`` escapes instead: valid JSON that Python's
``json`` and ``os.fsencode`` turn back into the original bytes.
"""

from __future__ import annotations

import json
import re
from typing import Any

_LONE_SURROGATE = re.compile("[\udc80-\udcff]")


def dumps_json(value: Any, *, indent: int | None = 2) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent, separators=_separators(indent))
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _separators(indent: int | None) -> tuple[str, str] | None:
    return (",", ":") if indent is None else None
