"""What each CLI command does with its parsed arguments; returns the exit status."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unarchive.batch import (
    Job,
    Selection,
    Settings,
    check_document,
    iter_inputs,
    judge,
)
from unarchive.document_report import DocumentReport
from unarchive.findings import Severity, UnarchiveError
from unarchive.options import Options

if TYPE_CHECKING:
    from collections.abc import Iterator

    from unarchive.baseline import Baseline
    from unarchive.config import Config
    from unarchive.progress import Progress
    from unarchive.reports import Tally


class UsageError(UnarchiveError):
    """The command line asks for something impossible: exit status 2."""


def report_formats() -> list[str]:
    from unarchive.reports import FORMATS

    return list(FORMATS)


def export_formats() -> list[str]:
    from unarchive.writers import WRITERS

    return list(WRITERS)


def emit(text: str, stream: Any = None) -> None:
    """Write ``text`` as UTF-8 bytes, so that any file name comes out byte-exact.

    Names that were not UTF-8 on disk reach us as surrogate escapes; encoding
    them back with ``surrogateescape`` restores the original bytes.
    """
    target = stream or sys.stdout
    target.flush()
    target.buffer.write(text.encode("utf-8", "surrogateescape"))
    target.buffer.flush()


def _codes(values: list[str]) -> tuple[str, ...]:
    return tuple(
        code.strip().upper() for value in values for code in value.split(",") if code.strip()
    )


def _config(args: argparse.Namespace) -> Config:
    from unarchive.config import ConfigError, resolve

    try:
        return resolve(args.config, args.isolated)
    except ConfigError as error:
        raise UsageError(str(error)) from None


def _selection(args: argparse.Namespace, config: Config | None = None) -> Selection:
    config = config or _config(args)
    fail_level = args.fail_level or config.fail_level or "warning"
    return Selection(
        select=_codes(args.select) or config.select or ("",),
        ignore=(*config.ignore, *_codes(args.ignore)),
        fail_level=Severity.parse(str(fail_level)),
        per_path=config.per_file_ignores,
        root=str(config.root) if config.root else None,
    )


def _options(args: argparse.Namespace) -> Options:
    return Options(symbol=args.symbol)


def _exit(args: argparse.Namespace, status: int) -> int:
    return 0 if args.exit_zero and status == 1 else status


def _inputs(args: argparse.Namespace) -> list[Path]:
    paths = list(iter_inputs(args.paths))
    if not paths:
        raise UsageError("no input documents found")
    return paths


def validate(args: argparse.Namespace) -> int:
    """Check every input; the report is written as documents finish, unless it needs them all."""
    from unarchive.reports import STREAMS, Tally, load_renderer, load_stream, statistics
    from unarchive.reports.output import ReportOutput

    config = _config(args)
    selection = _selection(args, config)
    started = time.perf_counter()
    jobs = [Job(path) for path in _inputs(args)]
    settings = _settings(args, config, selection)
    baseline = None if args.write_baseline else _read_baseline(args, config)
    whole = args.statistics or args.write_baseline or args.format not in STREAMS
    stream = None if whole else load_stream(args.format)
    settings = replace(settings, render=None if whole else args.format)
    tally, kept = Tally(selection.fail_level), []
    # Reports that need every document at once are kept whole; the others are streamed.
    with _progress(args, len(jobs)) as progress, ReportOutput(args.output, progress) as out:
        reports = _reports(args, config, jobs, settings, progress)
        if stream is None:
            kept = _accept_all(args, list(reports), baseline, tally)
        else:
            out.write(stream.opening())
            for index, report in enumerate(reports):
                report = _accept(report, baseline, tally)
                out.write(stream.prefix(index) + (report.rendered or stream.record(report)))
        summary = tally.summary(time.perf_counter() - started)
        if stream is not None:
            out.write(stream.closing(summary, len(jobs)))
        elif args.statistics:
            out.write(statistics(kept, args.format))
        else:
            out.write(load_renderer(args.format)(kept, summary))
    return _exit(args, tally.status)


def _settings(
    args: argparse.Namespace, config: Config, selection: Selection, export: str | None = None
) -> Settings:
    timeout = args.timeout if args.timeout is not None else config.timeout
    return Settings.here(
        options=_options(args),
        selection=selection,
        export=export,
        repair=not getattr(args, "no_repair", False),
        timeout=60.0 if timeout is None else timeout,
    )


def _progress(args: argparse.Namespace, total: int) -> Progress:
    from unarchive.progress import Progress

    return Progress(total, enabled=False if args.no_progress else None)


def _reports(
    args: argparse.Namespace,
    config: Config,
    jobs: list[Job],
    settings: Settings,
    progress: Progress,
) -> Iterator[DocumentReport]:
    """Every job's report, in input order, on the executor the user chose."""
    from unarchive.executors import ExecutorSpecError, default_workers, run

    workers = args.jobs if args.jobs is not None else config.jobs or 1
    if workers == 0:
        workers = default_workers()
    try:
        return run(
            jobs,
            settings,
            workers=workers if len(jobs) > 1 else 1,
            executor=args.executor,
            chunk_size=args.chunk_size,
            on_result=progress,
        )
    except ExecutorSpecError as error:
        raise UsageError(str(error)) from None


def _read_baseline(args: argparse.Namespace, config: Config) -> Baseline | None:
    from unarchive.baseline import BaselineError, load

    path = args.baseline or config.baseline
    if not path:
        return None
    try:
        return load(Path(path))
    except BaselineError as error:
        raise UsageError(str(error)) from None


def _accept(report: DocumentReport, baseline: Baseline | None, tally: Tally) -> DocumentReport:
    """The report less what the baseline accepts, judged again, and counted."""
    if baseline is not None:
        report, accepted = baseline.apply(report)
        if accepted:
            report = replace(judge(report, tally.fail_level), rendered=None)
        tally.baselined += accepted
    tally.add(report)
    return report


def _accept_all(
    args: argparse.Namespace,
    reports: list[DocumentReport],
    baseline: Baseline | None,
    tally: Tally,
) -> list[DocumentReport]:
    """For reports made whole: apply the baseline, or write one that accepts every finding."""
    if args.write_baseline:
        from unarchive.baseline import Baseline, build, dumps
        from unarchive.fileio import atomic_write

        atomic_write(Path(args.write_baseline), dumps(reports))
        baseline = Baseline({sha: e["codes"] for sha, e in build(reports)["documents"].items()})
        emit(f"unarchive: wrote baseline {args.write_baseline}\n", sys.stderr)
    return [_accept(report, baseline, tally) for report in reports]


def convert(args: argparse.Namespace) -> int:
    from unarchive.reports import Tally
    from unarchive.writers import suffix

    config = _config(args)
    selection = _selection(args, config)
    paths = _inputs(args)
    targets = _targets(paths, args.output, suffix(args.to))
    _guard(targets, paths)
    replace = args.force or len(paths) == 1
    jobs = [Job(path, target, replace) for path, target in zip(paths, targets, strict=True)]
    settings = _settings(args, config, selection, export=args.to)
    tally = Tally(selection.fail_level)
    with _progress(args, len(jobs)) as progress:
        for report in _reports(args, config, jobs, settings, progress):
            tally.add(report)
            progress.clear()
            if report.exported is not None:
                sys.stdout.flush()
                sys.stdout.buffer.write(report.exported)
                sys.stdout.buffer.flush()
            for note in report.notes:
                emit(f"unarchive: {note}\n", sys.stderr)
            _note(report)
    return _exit(args, tally.status)


def _targets(paths: list[Path], output: str | None, ext: str) -> list[Path | None]:
    """Where each input's export goes: stdout (None), one file, or a mirrored folder tree."""
    if len(paths) == 1 and (output is None or not Path(output).is_dir()):
        return [Path(output) if output else None]
    if output is None:
        raise UsageError("several inputs: give an output folder with -o")
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"several inputs: {output} must be a folder")
    root = Path(os.path.commonpath([p.resolve().parent for p in paths]))
    return [folder / p.resolve().relative_to(root).with_suffix(ext) for p in paths]


def _guard(targets: list[Path | None], inputs: list[Path]) -> None:
    """Refuse to run at all if an output would land on an input, or two outputs on one file."""
    seen = {key for key in map(_identity, inputs) if key}
    claimed: dict[Path, Path] = {}
    for target, source in zip(targets, inputs, strict=True):
        if target is None:
            continue
        if _identity(target) in seen:
            raise UsageError(f"refusing to write {os.fsdecode(target)}: it is an input")
        if target in claimed:
            raise UsageError(
                f"{os.fsdecode(claimed[target])} and {os.fsdecode(source)} would both be "
                f"written to {os.fsdecode(target)}"
            )
        claimed[target] = source


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _note(report: DocumentReport) -> None:
    """One line on stderr per document with findings; details come from ``validate``."""
    if not report.findings:
        return
    if not report.readable:
        emit(f"{report.path}: {report.findings[0].code} {report.findings[0].message}\n", sys.stderr)
        return
    emit(
        f"{report.path}: {len(report.findings)} findings (run 'unarchive validate' for details)\n",
        sys.stderr,
    )


def inspect(args: argparse.Namespace) -> int:
    from unarchive.cli.inspect_view import describe

    report = check_document(Path(args.path), _options(args), Selection())
    if report.parsed is None:
        _note(report)
        return 3
    if args.format == "json":
        emit(json.dumps(describe(report), ensure_ascii=False, indent=2) + "\n")
    else:
        from unarchive.cli.inspect_view import render_text

        emit(render_text(describe(report)))
    return 0


def repair(args: argparse.Namespace) -> int:
    from unarchive.repair import run_repair

    return run_repair(
        args.path,
        args.output,
        unsafe=args.unsafe_fixes,
        select=_codes(args.select) or ("",),
        ignore=_codes(args.ignore),
    )


def rules(args: argparse.Namespace) -> int:
    from unarchive.rules import RULES

    table = [
        {"code": r.code, "name": r.name, "severity": str(r.severity), "summary": r.summary}
        for r in RULES.values()
    ]
    if args.format == "json":
        emit(json.dumps(table, ensure_ascii=False, indent=2) + "\n")
    else:
        emit(
            "".join(
                f"{r['code']:<6} {r['name']:<30} {r['severity']:<8} {r['summary']}\n" for r in table
            )
        )
    return 0
