"""Checking documents one at a time, so that one bad file never stops a batch.

``check_document`` is the unit of work of every command: it reads one input,
validates it, and returns a ``DocumentReport``; it never raises for a bad
document (unreadable input becomes an E005 finding with status
"undetermined"). ``run_job`` wraps it for batches: a time bound, any crash of
a parser or rule turned into an E005 record, the export written for
``convert``, and the parsed document dropped so that a finished report holds
findings only. ``iter_inputs`` expands files, folders and globs.
"""

from __future__ import annotations

import glob
import hashlib
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from unarchive.document_report import DocumentReport, JobEnd
from unarchive.findings import Location, Severity, UnreadableInput
from unarchive.options import Options
from unarchive.pipeline import parse
from unarchive.readers import SUFFIXES


@dataclass(frozen=True)
class Selection:
    """Which codes run and which severity fails; ``per_path`` adds ignores by path pattern."""

    select: tuple[str, ...] = ("",)
    ignore: tuple[str, ...] = ()
    fail_level: Severity = Severity.WARNING
    per_path: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: str | None = None

    def ignores_for(self, path: str) -> tuple[str, ...]:
        if not self.per_path:
            return self.ignore
        from unarchive.config import matches

        extra = [
            c
            for pattern, codes in self.per_path
            if matches(pattern, path, self.root)
            for c in codes
        ]
        return (*self.ignore, *extra)


def iter_inputs(arguments: Iterable[str]) -> Iterator[Path]:
    """Each argument as a file; a folder recursively (known suffixes only); a glob expanded.

    Order is stable (sorted within a folder) so reports are reproducible. A
    path that does not exist (or a glob that matches nothing) is still
    yielded, to be reported as unreadable.
    """
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in document_suffixes()
                and not p.name.startswith(".")
            )
        elif not path.exists() and glob.has_magic(argument):
            # A glob that matches nothing is reported like a missing file, never skipped.
            yield from (Path(p) for p in sorted(glob.glob(argument, recursive=True)) or [argument])
        else:
            yield path


def document_suffixes() -> set[str]:
    """Suffixes a folder scan picks up: every registered one (read now: plugins count)."""
    return {*SUFFIXES, ".pdf", ".docx", ".xml", ".json", ".txt"}


def check_document(path: Path, options: Options, selection: Selection) -> DocumentReport:
    """Read and validate one document; every failure to read becomes a finding of its own."""
    from unarchive.rules import validate

    started = time.perf_counter()
    label = os.fsdecode(path)
    try:
        parsed = parse(path, options=options)
    except UnreadableInput as error:
        report = unreadable(path, error.reason, code=error.code)
        report.seconds = time.perf_counter() - started
        return report
    findings = [
        f.with_path(label)
        for f in validate(parsed, select=selection.select, ignore=selection.ignores_for(label))
    ]
    return DocumentReport(
        label,
        parsed.letter.provenance.sha256,
        True,
        not any(f.severity >= selection.fail_level for f in findings),
        findings,
        parsed,
        time.perf_counter() - started,
    )


def unreadable(
    path: Path, reason: str, *, code: str = "E005", job_end: JobEnd = "normal"
) -> DocumentReport:
    """The record of a document that could not be read or fully checked: status undetermined."""
    from unarchive.rules import RULES

    label = os.fsdecode(path)
    rule = RULES.get(code, RULES["E005"])
    finding = rule.finding(reason, Location(path=label))
    return DocumentReport(label, _sha256(path), False, "undetermined", [finding], job_end=job_end)


def judge(report: DocumentReport, fail_level: Severity) -> DocumentReport:
    """``valid`` again from the findings (after a baseline removed some); undetermined stays."""
    if not report.readable:
        return report
    return replace(report, valid=not any(f.severity >= fail_level for f in report.findings))


def _sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


# -- the batch unit of work ------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One document of a batch: where to read it and, for ``convert``, where its export goes.

    ``target`` None with ``Settings.export`` set means: hand the bytes back
    (stdout). ``replace`` allows writing over an existing output.
    """

    path: Path
    target: Path | None = None
    replace: bool = False


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs besides the job: picklable, so it travels to other processes.

    ``parsers``/``suffixes`` carry the caller's registry tables, so that a worker
    in another process (spawned, or on another machine) reads with the same
    parsers as the caller, including any registered at run time.
    """

    options: Options = field(default_factory=Options)
    selection: Selection = field(default_factory=Selection)
    export: str | None = None
    repair: bool = True
    timeout: float = 60.0
    render: str | None = None
    parsers: tuple[tuple[str, str], ...] = ()
    suffixes: tuple[tuple[str, str], ...] = ()

    @classmethod
    def here(cls, **fields: Any) -> Settings:
        from unarchive.readers import READERS

        return cls(parsers=tuple(READERS.items()), suffixes=tuple(SUFFIXES.items()), **fields)


class DocumentTimeout(BaseException):
    """Raised in a check out of time; a BaseException, so ``except Exception`` misses it."""


def run_chunk(jobs: Sequence[Job], settings: Settings) -> list[DocumentReport]:
    """The task sent to a worker: each job in turn, each isolated and time-bound."""
    prepare(settings)
    return [run_job(job, settings) for job in jobs]


def prepare(settings: Settings) -> None:
    """Before the first document: the caller's registries, and the rules imported.

    Importing the rules (and the grammar behind them) takes a good part of a
    second on a busy machine; it must not count against the first document's
    time limit.
    """
    import unarchive.rules  # noqa: F401

    _adopt_registries(settings)


def run_job(job: Job, settings: Settings) -> DocumentReport:
    """Check (and export) one document; never raises for anything the document does."""
    started = time.perf_counter()
    try:
        with time_bound(settings.timeout):
            report = check_document(job.path, settings.options, settings.selection)
            if settings.export and report.parsed is not None:
                _export(report, job, settings.export, repair=settings.repair)
    except DocumentTimeout:
        report = unreadable(
            job.path,
            f"not fully checked: stopped after the time limit of {settings.timeout:g} s",
            job_end="timeout",
        )
    except Exception as error:  # a crash in a parser, rule or exporter is this document's finding
        report = unreadable(
            job.path,
            f"not fully checked: internal error {type(error).__name__}: {error}",
            job_end="error",
        )
    report.parsed = None
    report.seconds = time.perf_counter() - started
    if settings.render:
        from unarchive.reports import load_stream

        report.rendered = load_stream(settings.render).record(report)
    return report


def _export(report: DocumentReport, job: Job, fmt: str, *, repair: bool = True) -> None:
    """Write the document's export; with ``repair``, the text as typed (safe repairs, recorded).

    Validation has already judged the source as it is: repairs touch only what is
    exported, and each one is listed in the export's provenance.
    """
    from unarchive.fileio import atomic_write
    from unarchive.writers import export

    assert report.parsed is not None
    letter = report.parsed.letter
    if repair:
        from unarchive.repair import safe_repair_letter

        letter = safe_repair_letter(letter)
    if job.target is None:
        report.exported = export(letter, fmt)
        return
    if job.target.exists() and not job.replace:
        report.notes.append(f"skipped {os.fsdecode(job.target)}: exists (use --force to replace)")
        return
    atomic_write(job.target, export(letter, fmt))
    report.output = os.fsdecode(job.target)


@contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    """Raise ``DocumentTimeout`` in the block after ``seconds`` (main thread, POSIX only).

    Elsewhere (Dask runs tasks in threads) the caller's deadline is the bound.
    """
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _adopt_registries(settings: Settings) -> None:
    from unarchive.readers import READERS

    _update(READERS, settings.parsers)
    _update(SUFFIXES, settings.suffixes)


def _update(table: dict[str, str], items: Iterable[tuple[str, str]]) -> None:
    wanted: Mapping[str, str] = dict(items)
    if wanted and any(table.get(k) != v for k, v in wanted.items()):
        table.update(wanted)
