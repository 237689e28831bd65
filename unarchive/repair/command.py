"""``unarchive repair PATH -o OUT``: write a repaired copy of a text input, never in place.

The copy is the input's text with only the repaired characters changed (same
lines, same line endings; written as UTF-8), so ``unarchive validate OUT`` runs
on it. The output must not be the input, by path or by inode, and is written
atomically (temporary file in the same folder, then rename).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TextIO

import regex

from unarchive.findings import UnarchiveError, UnreadableInput
from unarchive.model import Change, Letter
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.parsers import sniff
from unarchive.repair.engine import repair_parsed

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE = 0, 2, 3
_WORD_LAYER = regex.compile(r"^ ?\t")


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
    """The repaired text of a text input and its changes (nothing is written)."""
    data = Path(input_path).read_bytes()
    kind = sniff(data, Path(input_path).suffix)
    if kind != "text":
        raise NotText(f"{kind} input: repair writes text copies only (convert repairs PDF/DOCX)")
    text, renditions = _read(data, os.fspath(input_path))
    raw_lines = text.split("\n")
    parsed = Parsed(Letter(), _on_lines(renditions, raw_lines))
    result = repair_parsed(parsed, unsafe=unsafe, select=select, ignore=ignore)
    for number, repaired in result.lines.items():
        ending = "\r" if raw_lines[number - 1].endswith("\r") else ""
        raw_lines[number - 1] = repaired + ending
    return RepairedFile("\n".join(raw_lines), result.changes)


def _read(data: bytes, source: str) -> tuple[str, tuple[Rendition, ...]]:
    """Decoded text and its renditions, from the text parser when it is installed."""
    if find_spec("unarchive.parsers.text") is not None:
        from unarchive.parsers import parse

        parsed = parse(data, format="text", name=source)
        encoding = parsed.letter.provenance.encoding or "utf-8"
        return _decode(data, encoding), parsed.renditions
    text = _decode(data, "utf-8")
    return text, _split_renditions(text)


def _decode(data: bytes, encoding: str) -> str:
    for codec in dict.fromkeys((encoding, "utf-8", "cp1256")):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    raise UnreadableInput("the text could not be decoded")


def _split_renditions(text: str) -> tuple[Rendition, ...]:
    """Without the text parser: a Word layer starts at the first line opening with a TAB."""
    lines = [Line(i, t.removesuffix("\r")) for i, t in enumerate(text.split("\n"), start=1)]
    cut = next((i for i, line in enumerate(lines) if i and _WORD_LAYER.match(line.text)), None)
    if cut is None:
        return (Rendition("r1", "text", tuple(lines)),)
    return (
        Rendition("r1", "text", tuple(lines[:cut])),
        Rendition("r2", "text", tuple(lines[cut:])),
    )


def _on_lines(renditions: tuple[Rendition, ...], raw_lines: list[str]) -> tuple[Rendition, ...]:
    """The renditions' line ranges over our own split, so the copy changes only what is fixed."""
    out = []
    for r in renditions:
        lines = tuple(
            Line(line.number, raw_lines[line.number - 1].removesuffix("\r"), line.page, line.style)
            for line in r.lines
            if 0 < line.number <= len(raw_lines)
        )
        out.append(Rendition(r.id, r.kind, lines))
    return tuple(out)


def format_change(change: Change) -> str:
    """``CODE line:col before -> after``, invisible characters shown as <U+XXXX>."""
    where = f"{change.line}:{change.column}"
    return f"{change.code} {where} {_show(change.before)} -> {_show(change.after)}"


def _show(text: str) -> str:
    shown = regex.sub(
        r"[\p{Cf}\p{Cc}\p{Zs}--[ ]]", lambda m: f"<U+{ord(m.group()):04X}>", text, flags=regex.V1
    )
    return f"'{shown}'"


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
    if _same_file(source, target):
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
        write_atomic(target, repaired.text.encode("utf-8"))
    except OSError as error:
        print(f"unarchive repair: cannot write {target}: {error.strerror or error}", file=err)
        return EXIT_USAGE
    for change in repaired.changes:
        print(format_change(change), file=err)
    return EXIT_OK
