"""What a caller may tell a reader that the document does not say, and the limits of a read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    """What a caller may tell a parser that the document does not say, and its limits.

    ``symbol`` is the document symbol when the document does not carry one.
    ``max_bytes`` bounds the file as read from disk. ``max_inflated_bytes`` bounds
    what a compressed container (``.docx``) may inflate to, all parts together: a
    separate budget, because a legitimate 5 MB Word file can hold far more XML
    than its own size. ``timeout`` bounds, in seconds, the parsers whose work
    depends on the file's structure rather than its size (PDF pages, DOCX parts);
    the text parser is linear in its input, which ``max_bytes`` already bounds.
    A batch (``unarchive validate``) also bounds each whole document by its own
    time limit.
    """

    symbol: str | None = None
    max_bytes: int = 64 * 1024 * 1024
    max_inflated_bytes: int = 256 * 1024 * 1024
    timeout: float = 60.0
