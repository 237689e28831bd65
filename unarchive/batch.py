"""Checking documents one at a time, so that one bad file never stops a batch.

``check_document`` is the unit of work of every command: it reads one input,
validates it, and returns a ``DocumentReport``; it never raises for a bad
document (unreadable input becomes an E005 finding with status
"undetermined"). ``iter_inputs`` expands files, folders and globs.
"""

from __future__ import annotations

import glob
import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from unarchive.findings import Finding, Location, Severity, UnreadableInput
from unarchive.parsed import Parsed
from unarchive.parsers import SUFFIXES, Options, parse

Validity = bool | Literal["undetermined"]


@dataclass
class DocumentReport:
    path: str
    sha256: str | None
    well_formed: bool
    valid: Validity
    findings: list[Finding] = field(default_factory=list)
    parsed: Parsed | None = None
    seconds: float = 0.0

    @property
    def readable(self) -> bool:
        return self.valid != "undetermined"

    def status(self) -> dict[str, Validity]:
        return {"well_formed": self.well_formed, "valid": self.valid}


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] = ("",)
    ignore: tuple[str, ...] = ()
    fail_level: Severity = Severity.WARNING


def iter_inputs(arguments: Iterable[str]) -> Iterator[Path]:
    """Each argument as a file; a folder recursively (known suffixes only); a glob expanded.

    Order is stable (sorted within a folder) so reports are reproducible. A
    path that does not exist is still yielded, to be reported as unreadable.
    """
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in _DOCUMENT_SUFFIXES
                and not p.name.startswith(".")
            )
        elif not path.exists() and glob.has_magic(argument):
            yield from (Path(p) for p in sorted(glob.glob(argument, recursive=True)))
        else:
            yield path


_DOCUMENT_SUFFIXES = {*SUFFIXES, ".pdf", ".docx", ".xml", ".json", ".txt"}


def check_document(path: Path, options: Options, selection: Selection) -> DocumentReport:
    """Read and validate one document; every failure becomes a finding of its own."""
    from unarchive.rules import RULES, validate

    started = time.perf_counter()
    label = os.fsdecode(path)
    try:
        parsed = parse(path, options=options)
    except UnreadableInput as error:
        rule = RULES.get(error.code, RULES["E005"])
        finding = rule.finding(error.reason, Location(path=label))
        return DocumentReport(
            label,
            _sha256(path),
            False,
            "undetermined",
            [finding],
            seconds=time.perf_counter() - started,
        )
    findings = [
        f.with_path(label)
        for f in validate(parsed, select=selection.select, ignore=selection.ignore)
    ]
    failing = any(f.severity >= selection.fail_level for f in findings)
    return DocumentReport(
        label,
        parsed.letter.provenance.sha256,
        True,
        not failing,
        findings,
        parsed,
        time.perf_counter() - started,
    )


def _sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


def exit_status(reports: Iterable[DocumentReport], fail_level: Severity) -> int:
    """DESIGN §3: 3 if any input could not be read or fully checked, else 1 for findings, else 0."""
    status = 0
    for report in reports:
        if not report.readable:
            return 3
        if any(f.severity >= fail_level for f in report.findings):
            status = 1
    return status
