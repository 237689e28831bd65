"""The project's single source of Unicode data (unicodedata2, pinned newer than the stdlib).

Python 3.11's ``unicodedata`` is Unicode 14; ``unicodedata2`` follows the
current standard. Newer Arabic marks differ in category and combining class
between the two, so nothing else in the project imports either module.
"""

from __future__ import annotations

import unicodedata2 as _ucd  # type: ignore[import-not-found]  # ships no type information

UNICODE_VERSION: str = _ucd.unidata_version

category = _ucd.category
name = _ucd.name
combining = _ucd.combining
bidirectional = _ucd.bidirectional
decomposition = _ucd.decomposition
normalize = _ucd.normalize
mirrored = _ucd.mirrored
digit = _ucd.digit


def char_name(ch: str) -> str:
    """'ARABIC TATWEEL (U+0640)': how a finding names a character."""
    return f"{_ucd.name(ch, 'UNNAMED')} (U+{ord(ch):04X})"


def is_normalized(form: str, text: str) -> bool:
    """unicodedata2 has no ``is_normalized``; this is its exact equivalent."""
    normalized: str = _ucd.normalize(form, text)
    return normalized == text
