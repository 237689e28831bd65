"""``unarchive repair PATH -o OUT``: write a repaired copy of a text input, never in place.

The copy is the input's text with only the repaired characters changed (same
lines, same line endings; written as UTF-8), so ``unarchive validate OUT`` runs
on it. The output must not be the input, by path or by inode, and is written
atomically (temporary file in the same folder, then rename).
"""

from __future__ import annotations

import codecs
import errno
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import regex

from unarchive.fileio import atomic_write, same_file
from unarchive.findings import UnarchiveError, UnreadableInput
from unarchive.model import Change
from unarchive.pipeline import parse
from unarchive.readers import sniff
from unarchive.repair.engine import repair_parsed

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE = 0, 2, 3
_LINE_END = regex.compile(r"(\r\n|\r|\n)")


class NotText(UnarchiveError):
    """The input is a PDF, DOCX, TEI or JSON document: not something repair copies."""


@dataclass(frozen=True)
class RepairedFile:
    text: str
    changes: list[Change]


def repair_file(
    input_path: str | os.PathLike[str],
    *,
    unsafe: bool = False,
    select: Iterable[str] = ("",),
    ignore: Iterable[str] = (),
) -> RepairedFile:
    """The repaired text of a text input and its changes (nothing is written).

    Lines and renditions are the text parser's, so changes are located exactly
    as ``validate`` locates findings; line endings are kept as they were.
    """
    data = Path(input_path).read_bytes()
    kind = sniff(data, Path(input_path).suffix)
    if kind != "text":
        raise NotText(f"{kind} input: repair writes text copies only (convert repairs PDF/DOCX)")
    parsed = parse(data, format="text", name=os.fspath(input_path))
    pieces = _LINE_END.split(parsed.text)  # text, ending, text, ending, …, text
    lines, endings = pieces[0::2], [*pieces[1::2], ""]
    result = repair_parsed(parsed, unsafe=unsafe, select=select, ignore=ignore)
    for number, repaired in result.lines.items():
        lines[number - 1] = repaired
    bom = "\ufeff" if data.startswith(codecs.BOM_UTF8) else ""  # kept as the input had it
    return RepairedFile(
        bom + "".join(t + e for t, e in zip(lines, endings, strict=True)), result.changes
    )


def format_change(change: Change) -> str:
    """``CODE line:col before -> after``, invisible characters shown as <U+XXXX>."""
    where = f"{change.line}:{change.column}"
    return f"{change.code} {where} {_show(change.before)} -> {_show(change.after)}"


def _show(text: str) -> str:
    shown = regex.sub(
        r"[\p{Cf}\p{Cc}\p{Zs}--[ ]]", lambda m: f"<U+{ord(m.group()):04X}>", text, flags=regex.V1
    )
    return f"'{shown}'"


def run_repair(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    unsafe: bool = False,
    select: Iterable[str] = ("",),
    ignore: Iterable[str] = (),
    stderr: TextIO | None = None,
) -> int:
    """Write the repaired copy and print each change to ``stderr``; return the exit status.

    0 when the copy was written, 2 when the output is the input (or cannot be
    written there) or the input is not text, 3 when the input cannot be read.
    """
    err = stderr or sys.stderr
    source, target = Path(input_path), Path(output_path)
    if same_file(source, target):
        print(f"unarchive repair: refusing to overwrite the input {source}", file=err)
        return EXIT_USAGE
    try:
        repaired = repair_file(source, unsafe=unsafe, select=select, ignore=ignore)
    except NotText as error:
        print(f"unarchive repair: {source}: {error}", file=err)
        return EXIT_USAGE
    except UnreadableInput as error:
        print(f"{source}: E005 {error.reason}", file=err)
        return EXIT_UNREADABLE
    except (OSError, UnarchiveError) as error:
        print(f"{source}: E005 cannot be read: {error}", file=err)
        return EXIT_UNREADABLE
    try:
        if not target.parent.is_dir():  # atomic_write would make it: repair writes only into one
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(target.parent))
        atomic_write(target, repaired.text.encode("utf-8"))
    except OSError as error:
        print(f"unarchive repair: cannot write {target}: {error.strerror or error}", file=err)
        return EXIT_USAGE
    for change in repaired.changes:
        print(format_change(change), file=err)
    return EXIT_OK
