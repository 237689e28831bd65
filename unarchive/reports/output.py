"""Where a report goes: stdout, or a file written atomically as the report grows.

The file is written to a temporary name beside the target and renamed when
the report is complete, so a reader never sees half a report and a failed
run leaves the previous one in place. Text is encoded with
``surrogateescape`` so a file name that was not UTF-8 comes out as its bytes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Protocol

from unarchive.fileio import default_mode


class _Clearable(Protocol):
    def clear(self) -> None: ...


class ReportOutput:
    def __init__(self, path: str | None, progress: _Clearable | None = None) -> None:
        self.path = Path(path) if path else None
        self.progress = progress
        self._handle: IO[bytes] | None = None
        self._temporary: str | None = None

    def __enter__(self) -> ReportOutput:
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._temporary = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent
            )
            os.fchmod(fd, default_mode())  # mkstemp makes 0600; a report is an ordinary file
            self._handle = os.fdopen(fd, "wb")
        return self

    def write(self, text: str) -> None:
        if not text:
            return
        data = text.encode("utf-8", "surrogateescape")
        if self._handle is not None:
            self._handle.write(data)
            return
        if self.progress is not None:
            self.progress.clear()
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()

    def __exit__(self, kind: Any, error: Any, traceback: Any) -> None:
        if self._handle is None or self._temporary is None or self.path is None:
            return
        try:
            if kind is None:
                self._handle.flush()
                os.fsync(self._handle.fileno())
            self._handle.close()
            if kind is None:
                os.replace(self._temporary, self.path)
        finally:
            if kind is not None or not self.path.exists():
                Path(self._temporary).unlink(missing_ok=True)
