"""How the .docx parser compares with reading the whole body as one tree, in one run.

    PYTHONPATH=. python benchmarks/docx.py [paragraphs]

Baseline: ``zipfile.read`` + ``lxml.etree.fromstring`` of ``word/document.xml``
and a join of every ``w:t`` per paragraph (no fields, pages, masthead or
grammar). Printed: the best time of the docx reader alone ("lines") and of the
whole parser with the letter grammar ("parse"), each as a ratio to the
baseline, and the growth of peak resident memory in a child process doing
only the baseline or only the reader (streaming keeps only the text).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import zipfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples" / "docx"))

from lxml import etree  # noqa: E402
from wordml import W_NS, Doc, Para, build  # noqa: E402

from unarchive.options import Options  # noqa: E402
from unarchive.readers.docx.archive import DocxArchive  # noqa: E402
from unarchive.readers.docx.reader import _read_body, parse  # noqa: E402

SENTENCE = "Peacekeeping has become a central activity of the Organization, {n}. "


def document(paragraphs: int) -> bytes:
    body = [Para(SENTENCE.format(n=n) * 6, style="SingleTxtG") for n in range(paragraphs)]
    return build(Doc(body=body))


def baseline(data: bytes) -> list[str]:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    t = f"{{{W_NS}}}t"
    return ["".join(node.text or "" for node in p.iter(t)) for p in root.iter(f"{{{W_NS}}}p")]


def lines(data: bytes) -> list[str]:
    """The docx reader alone: the body's lines, no masthead, no grammar."""
    archive = DocxArchive(data, Options().max_bytes)
    try:
        return [line.text for line in _read_body(archive, float("inf")).lines]
    finally:
        archive.close()


def ours(data: bytes) -> list[str]:
    """The whole parser: lines, masthead and the letter grammar."""
    return [line.text for line in parse(data, "bench.docx", Options()).renditions[0].lines]


def timed(function: object, data: bytes, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function(data)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def peak_kib(which: str, path: Path) -> int:
    """Growth of peak RSS in a fresh child that reads the file one way (KiB).

    A child inherits its parent's peak RSS across exec on Linux, so the child
    resets it (``/proc/self/clear_refs``) and reads ``VmHWM`` itself.
    """
    code = (
        "import pathlib, benchmarks.docx as b; "
        f"d=pathlib.Path({str(path)!r}).read_bytes(); b.{which}(b.document(3)); "
        "pathlib.Path('/proc/self/clear_refs').write_text('5'); base=b.vm('VmRSS'); "
        f"b.{which}(d); print(b.vm('VmHWM') - base)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return int(out.stdout.strip())


def vm(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def main() -> None:
    sizes = [int(sys.argv[1])] if len(sys.argv) > 1 else [200, 2000, 10000]
    print(f"{'paragraphs':>10} {'MB xml':>6} {'base s':>7} {'lines s':>7} {'ratio':>5}"
          f" {'parse s':>7} {'ratio':>5} {'base +KiB':>9} {'lines +KiB':>10}")  # fmt: skip
    for size in sizes:
        data = document(size)
        assert [t for t in baseline(data) if t.strip()] == lines(data) == ours(data)
        with zipfile.ZipFile(BytesIO(data)) as archive:
            xml_mb = archive.getinfo("word/document.xml").file_size / 1e6
        repeat = 3 if size <= 2000 else 1
        base, read, whole = (timed(f, data, repeat) for f in (baseline, lines, ours))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.docx"
            path.write_bytes(data)
            memory = f"{peak_kib('baseline', path):>9} {peak_kib('lines', path):>10}"
        print(
            f"{size:>10} {xml_mb:>6.1f} {base:>7.3f} {read:>7.3f} {read / base:>5.2f}"
            f" {whole:>7.3f} {whole / base:>5.2f} {memory}"
        )


if __name__ == "__main__":
    main()
