"""Test-only documents for the batch tests: a tiny ``.ltr`` format whose text says how to misbehave.

Until the real text parser lands, these give good, defective, unreadable,
crashing, hanging and worker-killing documents. ``register()`` adds the
parser to the registry; the batch ``Settings`` carry it to workers in other
processes (fork, spawn, or a Dask cluster).
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

from unarchive.batch import Selection, Settings
from unarchive.findings import Location
from unarchive.model import Letter, LetterBody, Paragraph, Provenance, RenditionInfo, SourceSpan
from unarchive.options import Options
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.readers import READERS, SUFFIXES

KINDS = ("good", "defective", "legacy", "empty", "crash", "hang")

CONTENT: dict[str, bytes] = {
    "good": "رسالة مؤرخة ٥ آب/أغسطس ٢٠١١\nنص الرسالة.\n".encode(),
    "defective": "رسالة\nحف\ufffdظ السلام\n".encode(),  # E004: information lost
    "legacy": "رسالة مؤرخة".encode("cp1256"),  # E001 warning: not UTF-8
    "empty": b"",
    "crash": b"CRASH: the parser raises\n",
    "hang": b"HANG: the parser loops forever\n",
    "stubborn": b"STUBBORN: hangs with SIGALRM blocked\n",
    "die": b"DIE: the worker process exits\n",
}


def parse_letter(data: bytes, source: str, options: Options) -> Parsed:
    from unarchive.codes import legacy_encoding
    from unarchive.findings import UnreadableInput

    if not data.strip():
        raise UnreadableInput("the file is empty")
    findings = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1256")
        findings.append(legacy_encoding.finding("decoded as cp1256", Location(line=1, column=1)))
    _misbehave(text)
    lines = tuple(Line(n, t) for n, t in enumerate(text.splitlines(), 1))
    paragraphs = tuple(
        Paragraph(
            text=line.text,
            source=SourceSpan(
                rendition="r1",
                start_line=line.number,
                start_column=1,
                end_line=line.number,
                end_column=len(line.text) + 1,
            ),
        )
        for line in lines
        if line.text.strip()
    )
    info = RenditionInfo(id="r1", kind="text", start_line=1, end_line=max(1, len(lines)))
    letter = Letter(
        letter=LetterBody(paragraphs=paragraphs), provenance=Provenance(renditions=(info,))
    )
    return Parsed(letter, (Rendition("r1", "text", lines),), findings, text)


def _misbehave(text: str) -> None:
    if text.startswith("CRASH"):
        raise RuntimeError("parser bug on purpose")
    if text.startswith("HANG"):
        while True:
            time.sleep(0.01)
    if text.startswith("STUBBORN"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        while True:
            time.sleep(0.01)
    if text.startswith("DIE"):
        os._exit(13)


def register() -> None:
    READERS["ltr"] = "batch_helpers:parse_letter"
    SUFFIXES[".ltr"] = "ltr"


def unregister() -> None:
    READERS.pop("ltr", None)
    SUFFIXES.pop(".ltr", None)


def write(folder: Path, kinds: list[str], *, names: list[str] | None = None) -> list[Path]:
    """One file per kind in ``folder``, named ``NNN-kind.ltr`` unless ``names`` are given."""
    paths = []
    for index, kind in enumerate(kinds):
        name = names[index] if names else f"{index:03d}-{kind}.ltr"
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(CONTENT[kind])
        paths.append(path)
    return paths


def comparable(report: object) -> dict[str, object]:
    """A report without what differs between runs (time), for equality across executors."""
    from dataclasses import asdict

    data = asdict(report)  # type: ignore[call-overload]
    data.pop("seconds")
    data.pop("parsed")
    return data


# The test letters are not whole UN letters: the S and M rules would find them incomplete,
# and those rules belong to other tests. Batch tests look at the E rules only.
E_ONLY = Selection(select=("E",))


def e_settings(**fields: Any) -> Settings:
    return Settings.here(selection=E_ONLY, **fields)


def cli(argv: list[str]) -> int:
    """``unarchive`` with only the E rules, unless the test selects codes itself."""
    from unarchive.cli import main

    if argv and argv[0] in ("validate", "convert") and "--select" not in argv:
        argv = [*argv, "--select", "E"]
    return main(argv)
