"""What each CLI command does with its parsed arguments; returns the exit status."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from unarchive.batch import DocumentReport, Selection, check_document, exit_status, iter_inputs
from unarchive.findings import Severity, UnarchiveError
from unarchive.parsers import Options


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


def _selection(args: argparse.Namespace) -> Selection:
    return Selection(
        select=_codes(args.select) or ("",),
        ignore=_codes(args.ignore),
        fail_level=Severity.parse(args.fail_level),
    )


def _options(args: argparse.Namespace) -> Options:
    return Options(symbol=args.symbol)


def _status(args: argparse.Namespace, reports: list[DocumentReport], selection: Selection) -> int:
    status = exit_status(reports, selection.fail_level)
    if args.exit_zero and status == 1:
        return 0
    return status


def validate(args: argparse.Namespace) -> int:
    from unarchive.reports import load_renderer, summarize

    selection = _selection(args)
    started = time.perf_counter()
    paths = list(iter_inputs(args.paths))
    if not paths:
        raise UsageError("no input documents found")
    reports = [check_document(path, _options(args), selection) for path in paths]
    text = load_renderer(args.format)(reports, summarize(reports, time.perf_counter() - started))
    if args.output:
        from unarchive.fileio import atomic_write

        atomic_write(Path(args.output), text.encode("utf-8", "surrogateescape"))
    else:
        emit(text)
    return _status(args, reports, selection)


def convert(args: argparse.Namespace) -> int:
    from unarchive.exporters import export, suffix

    selection = _selection(args)
    paths = list(iter_inputs(args.paths))
    if not paths:
        raise UsageError("no input documents found")
    targets = _targets(paths, args.output, suffix(args.to))
    reports = []
    for path, target in zip(paths, targets, strict=True):
        report = check_document(path, _options(args), selection)
        reports.append(report)
        if report.parsed is None:
            _note(report)
            continue
        data = export(report.parsed.letter, args.to)
        _write_output(data, target, paths, force=args.force)
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


def _write_output(data: bytes, target: Path | None, inputs: list[Path], *, force: bool) -> None:
    from unarchive.fileio import atomic_write, guard_inputs

    if target is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    guard_inputs(target, inputs)
    if target.exists() and not force and len(inputs) > 1:
        emit(f"unarchive: skipped {target}: exists (use --force to replace)\n", sys.stderr)
        return
    atomic_write(target, data)


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
