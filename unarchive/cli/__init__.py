"""The ``unarchive`` command: argument parsing, dispatch, and exit statuses. Thin on purpose.

Exit statuses (DESIGN §3): 0 nothing at or above the fail level; 1 findings;
2 usage or internal error; 3 an input could not be read or fully checked.
Precedence 2 > 3 > 1 > 0. No traceback reaches the user unless
``UNARCHIVE_DEBUG=1`` is set.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

from unarchive.cli import commands

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="unarchive",
        description="Read, validate, repair and export United Nations letters.",
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add_command in (_validate, _convert, _inspect, _repair, _rules):
        add_command(sub)
    return parser


def _validate(sub: Subparsers) -> None:
    validate = sub.add_parser("validate", help="report findings for documents")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or globs")
    _add_selection(validate)
    _add_reading(validate)
    validate.add_argument("--format", choices=commands.report_formats(), default="text")
    validate.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    validate.add_argument(
        "--statistics", action="store_true", help="print how many findings of each code, only"
    )
    validate.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="write a baseline accepting every current finding (keyed by sha256 and code)",
    )
    _add_batch(validate)
    validate.set_defaults(run=commands.validate)


def _convert(sub: Subparsers) -> None:
    convert = sub.add_parser("convert", help="export documents as TEI or JSON")
    convert.add_argument("paths", nargs="+", metavar="PATH")
    convert.add_argument("--to", required=True, choices=commands.export_formats())
    convert.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="one input: the output file (stdout if absent); several: the output folder",
    )
    convert.add_argument("--force", action="store_true", help="replace outputs that exist")
    convert.add_argument(
        "--no-repair",
        action="store_true",
        help="export the source characters as read (by default the safe repairs are applied "
        "to the exported text and recorded in it)",
    )
    _add_selection(convert)
    _add_reading(convert)
    _add_batch(convert)
    convert.set_defaults(run=commands.convert)


def _inspect(sub: Subparsers) -> None:
    inspect = sub.add_parser("inspect", help="show the metadata and parts found, for a person")
    inspect.add_argument("path", metavar="PATH")
    inspect.add_argument("--format", choices=("text", "json"), default="text")
    _add_reading(inspect)
    inspect.set_defaults(run=commands.inspect)


def _repair(sub: Subparsers) -> None:
    repair = sub.add_parser(
        "repair", help="write a repaired copy of a text document (never in place)"
    )
    repair.add_argument("path", metavar="PATH")
    repair.add_argument("-o", "--output", required=True, metavar="OUT", help="the repaired copy")
    repair.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="also apply policy fixes: digit groups, Persian look-alikes, readings confirmed "
        "by another rendition",
    )
    repair.add_argument("--select", action="append", default=[], metavar="CODES")
    repair.add_argument("--ignore", action="append", default=[], metavar="CODES")
    repair.set_defaults(run=commands.repair)


def _rules(sub: Subparsers) -> None:
    rules = sub.add_parser("rules", help="list the rule codes")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(run=commands.rules)


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="CODES",
        help="only these code prefixes (comma-separated; repeatable), e.g. AR,S00",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="CODES",
        help="never these code prefixes (comma-separated; repeatable); ignore wins over select",
    )
    parser.add_argument(
        "--fail-level",
        choices=("info", "warning", "error"),
        default=None,
        help="lowest severity that makes the exit status 1 (default: warning, or the config's)",
    )
    parser.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when there are findings (unreadable input still exits 3)",
    )


def _add_batch(parser: argparse.ArgumentParser) -> None:
    batch = parser.add_argument_group("batches and configuration")
    batch.add_argument(
        "-j",
        "--jobs",
        type=_count,
        metavar="N",
        help="worker processes (0: one per CPU; default 1)",
    )
    batch.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="time limit per document (default 60; 0: none); over it, the document is E005",
    )
    batch.add_argument(
        "--executor", metavar="SPEC", help="serial, process, or dask://HOST:PORT (a Dask scheduler)"
    )
    batch.add_argument("--chunk-size", type=_count, metavar="N", help="documents per task")
    batch.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    batch.add_argument("--config", metavar="FILE", help="use this unarchive.toml or pyproject.toml")
    batch.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    batch.add_argument("--baseline", metavar="FILE", help="accept the findings listed in FILE")


def _seconds(value: str) -> float:
    number = float(value)
    if not number >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError("must be a number of seconds, 0 or more")
    return number


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def _add_reading(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--symbol", help="the document symbol, when the source does not print it")


def _version() -> str:
    from unarchive import __version__

    return f"unarchive {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except commands.UsageError as error:
        print(f"unarchive: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("unarchive: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the promise is: no traceback, a clear line, exit 2
        if os.environ.get("UNARCHIVE_DEBUG"):
            raise
        print(f"unarchive: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        print("unarchive: set UNARCHIVE_DEBUG=1 for the traceback", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
