"""What each CLI command does with its parsed arguments; returns the exit status."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unarchive.batch import (
    DocumentReport,
    Job,
    Selection,
    Settings,
    check_document,
    exit_status,
    iter_inputs,
    judge,
)
from unarchive.findings import Severity, UnarchiveError
from unarchive.parsers import Options

if TYPE_CHECKING:
    from unarchive.config import Config


class UsageError(UnarchiveError):
    """The command line asks for something impossible: exit status 2."""


def report_formats() -> list[str]:
    from unarchive.reports import FORMATS

    return list(FORMATS)


def export_formats() -> list[str]:
    from unarchive.exporters import EXPORTERS

    return list(EXPORTERS)


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


def _status(args: argparse.Namespace, reports: list[DocumentReport], selection: Selection) -> int:
    status = exit_status(reports, selection.fail_level)
    if args.exit_zero and status == 1:
        return 0
    return status


def _inputs(args: argparse.Namespace) -> list[Path]:
    paths = list(iter_inputs(args.paths))
    if not paths:
        raise UsageError("no input documents found")
    return paths


def validate(args: argparse.Namespace) -> int:
    from unarchive.reports import load_renderer, statistics, summarize

    config = _config(args)
    selection = _selection(args, config)
    started = time.perf_counter()
    jobs = [Job(path) for path in _inputs(args)]
    settings = _settings(args, config, selection)
    reports = _run(args, config, jobs, settings)
    baselined = _baseline(args, config, reports)
    if args.statistics:
        text = statistics(reports, args.format)
    else:
        summary = summarize(
            reports,
            time.perf_counter() - started,
            fail_level=selection.fail_level,
            baselined=baselined,
        )
        text = load_renderer(args.format)(reports, summary)
    if args.output:
        from unarchive.fileio import atomic_write

        atomic_write(Path(args.output), text.encode("utf-8", "surrogateescape"))
    else:
        emit(text)
    return _status(args, reports, selection)


def _settings(
    args: argparse.Namespace, config: Config, selection: Selection, export: str | None = None
) -> Settings:
    timeout = args.timeout if args.timeout is not None else config.timeout
    return Settings.here(
        options=_options(args),
        selection=selection,
        export=export,
        timeout=60.0 if timeout is None else timeout,
    )


def _run(
    args: argparse.Namespace, config: Config, jobs: list[Job], settings: Settings
) -> list[DocumentReport]:
    """Every job's report, in input order, on the executor the user chose."""
    from unarchive.executors import ExecutorSpecError, default_workers, run
    from unarchive.progress import Progress

    workers = args.jobs if args.jobs is not None else config.jobs or 1
    if workers == 0:
        workers = default_workers()
    enabled = False if args.no_progress else None
    try:
        with Progress(len(jobs), enabled=enabled) as progress:
            return list(
                run(
                    jobs,
                    settings,
                    workers=workers if len(jobs) > 1 else 1,
                    executor=args.executor,
                    chunk_size=args.chunk_size,
                    on_result=progress,
                )
            )
    except ExecutorSpecError as error:
        raise UsageError(str(error)) from None


def _baseline(args: argparse.Namespace, config: Config, reports: list[DocumentReport]) -> int:
    """Apply the baseline (or write one that accepts every finding); how many were accepted."""
    from unarchive.baseline import Baseline, BaselineError, build, dumps, load

    fail_level = _selection(args, config).fail_level
    if getattr(args, "write_baseline", None):
        from unarchive.fileio import atomic_write

        atomic_write(Path(args.write_baseline), dumps(reports))
        baseline = Baseline({sha: e["codes"] for sha, e in build(reports)["documents"].items()})
        emit(f"unarchive: wrote baseline {args.write_baseline}\n", sys.stderr)
    elif args.baseline or config.baseline:
        try:
            baseline = load(Path(args.baseline) if args.baseline else Path(str(config.baseline)))
        except BaselineError as error:
            raise UsageError(str(error)) from None
    else:
        return 0
    accepted = 0
    for i, report in enumerate(reports):
        kept, count = baseline.apply(report)
        reports[i] = judge(kept, fail_level)
        accepted += count
    return accepted


def convert(args: argparse.Namespace) -> int:
    from unarchive.exporters import suffix

    config = _config(args)
    selection = _selection(args, config)
    paths = _inputs(args)
    targets = _targets(paths, args.output, suffix(args.to))
    _guard(targets, paths)
    replace = args.force or len(paths) == 1
    jobs = [Job(path, target, replace) for path, target in zip(paths, targets, strict=True)]
    reports = _run(args, config, jobs, _settings(args, config, selection, export=args.to))
    for report in reports:
        if report.exported is not None:
            sys.stdout.flush()
            sys.stdout.buffer.write(report.exported)
            sys.stdout.buffer.flush()
        for note in report.notes:
            emit(f"unarchive: {note}\n", sys.stderr)
        _note(report)
    return _status(args, reports, selection)


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
    """Refuse to run at all if any output would land on an input (one stat per file)."""
    seen = {key for key in map(_identity, inputs) if key}
    for target in targets:
        if target is not None and _identity(target) in seen:
            raise UsageError(f"refusing to write {os.fsdecode(target)}: it is an input")


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
