"""A progress line on stderr for long batches, drawn only when stderr is a terminal.

Updated per document completed (never per byte), at most ten times a second,
and erased at the end, so that stdout stays a clean report and CI logs stay
free of carriage returns. ``NO_PROGRESS``/``TQDM_DISABLE`` in the environment
also turn it off.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO

from unarchive.document_report import DocumentReport


class Progress:
    def __init__(self, total: int, *, stream: TextIO | None = None, enabled: bool | None = None):
        self.total = total
        self.done = 0
        self.undetermined = 0
        self.stream = stream or sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self._started = time.monotonic()
        self._drawn = 0.0

    def __call__(self, report: DocumentReport) -> None:
        self.done += 1
        self.undetermined += not report.readable
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.1 or self.done == self.total):
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        width = 24
        filled = width * self.done // max(1, self.total)
        rate = self.done / max(now - self._started, 1e-9)
        bar = "#" * filled + "-" * (width - filled)
        line = f"\r[{bar}] {self.done}/{self.total} documents, {rate:.0f}/s"
        if self.undetermined:
            line += f", {self.undetermined} not checked"
        self.stream.write(line)
        self.stream.flush()

    def clear(self) -> None:
        """Erase the line (before other output on the terminal); the next document redraws it."""
        if self.enabled and self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = 0.0

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def wanted(stream: TextIO) -> bool:
    if os.environ.get("NO_PROGRESS") or os.environ.get("TQDM_DISABLE"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
