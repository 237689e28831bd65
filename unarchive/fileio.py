"""Writing files the archival way: atomically, and never over an input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from unarchive.findings import UnarchiveError


class WouldOverwriteInput(UnarchiveError):
    """An output path names one of the inputs."""


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def guard_inputs(output: Path, inputs: Iterable[Path]) -> None:
    for source in inputs:
        if same_file(output, source):
            raise WouldOverwriteInput(f"refusing to write {output}: it is an input")


def default_mode() -> int:
    """The mode ``open()`` would give a new file: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new, never half.

    The temporary file sits in the target's folder so that ``os.replace`` is a
    rename on one file system; it is removed if anything fails.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.fchmod(fd, default_mode())  # mkstemp makes 0600; an output is an ordinary file
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
