"""PDF text extraction: character error rate and time per page, unarchive against other readers.

    PYTHONPATH=. python benchmarks/pdf_extraction.py [PDF_DIR] [--repeat N] [--pages N]

For every ``<case>.pdf`` with a ``<case>.txt`` (the letter as typed) in
PDF_DIR (default ``samples/pdf``), prints the character error rate (edit
distance / reference length) of unarchive's letter text and of pypdf
``extract_text()``, pdfminer.six, pypdfium2 and poppler's pdftotext (each only
if installed), and each reader's time per page as a ratio to pypdf
``extract_text()`` measured in the same run. "light" CER compares after
folding presentation forms, removing tatweel and bidi controls and collapsing
spaces (what any text post-processor could do); page furniture lines
(masthead, job number, page numbers) are taken out of the other readers'
output, so only the letter text is compared. Then a generated PDF of many
pages shows that unarchive's peak memory does not grow with the page count.
"""

from __future__ import annotations

import argparse
import gc
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import regex

from unarchive.options import Options
from unarchive.readers.pdf.furniture import clean, find
from unarchive.readers.pdf.lines import fold_presentation_forms
from unarchive.readers.pdf.reader import body_paragraphs, parse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "samples" / "pdf"))
from scoring import cer  # samples/pdf/scoring.py: the tests use the same measure

Reader = Callable[[bytes], str]


def light(text: str) -> str:
    text = fold_presentation_forms(text)
    text = regex.sub(r"[\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return " ".join(text.split())


def raw(text: str) -> str:
    return " ".join(text.split())


# readers -----------------------------------------------------------------


def read_unarchive(data: bytes) -> str:
    return "\n".join(body_paragraphs(parse(data, "bench.pdf", Options(), backend="pypdf")))


def read_unarchive_lines(data: bytes) -> str:
    """Extraction alone: glyphs, lines, furniture and paragraphs, without the letter grammar."""
    from unarchive.readers.pdf.furniture import find
    from unarchive.readers.pdf.reader import _lines, read_document

    document, _ = read_document(data, Options(), "pypdf")
    _, rendition, _marks = _lines(document, find(document.lines, document.heights))
    return rendition.text()


def read_unarchive_pdfium(data: bytes) -> str:
    return "\n".join(body_paragraphs(parse(data, "bench.pdf", Options(), backend="pdfium")))


def read_pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    return "\n".join(page.extract_text() for page in reader.pages)


def read_pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(io.BytesIO(data)))


def read_pypdfium2(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    out = []
    for page in document:
        out.append(page.get_textpage().get_text_range())
    return "\n".join(out)


def read_pdftotext(data: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def available() -> dict[str, Reader]:
    readers: dict[str, Reader] = {
        "unarchive": read_unarchive,
        "pypdf": read_pypdf,
        "unarchive:lines": read_unarchive_lines,
    }
    for name, module, reader in (
        ("unarchive+pdfium", "pypdfium2", read_unarchive_pdfium),
        ("pdfminer.six", "pdfminer", read_pdfminer),
        ("pypdfium2", "pypdfium2", read_pypdfium2),
    ):
        try:
            __import__(module)
        except ImportError:
            continue
        readers[name] = reader
    if shutil.which("pdftotext"):
        readers["pdftotext"] = read_pdftotext
    return readers


def without_furniture(text: str) -> str:
    """Another reader's text less the lines unarchive would call page furniture."""
    from unarchive.readers.pdf.furniture import (
        BARCODE,
        DATE_CODES,
        DISTR,
        JOB,
        ORIGINAL,
        PAGE_NUMBER,
        SYMBOL,
        _is_masthead_line,
    )

    kept = []
    for line in text.splitlines():
        c = clean(line)
        flipped = c[::-1]
        if (
            any(
                p.match(s) or (p is JOB and p.search(s))
                for p in (SYMBOL, JOB, BARCODE, PAGE_NUMBER, DATE_CODES, DISTR, ORIGINAL)
                for s in (c, flipped)
            )
            or _is_masthead_line(c)
            or _is_masthead_line(flipped)
        ):
            continue
        kept.append(line)
    return "\n".join(kept)


def timed(readers: dict[str, Reader], data: bytes, repeat: int) -> dict[str, tuple[float, str]]:
    """Each reader's best time and its text; the readers take turns, so load shifts hit all.

    The heap is collected before each reading: otherwise a reader pays for the
    garbage the one before it left (pdfminer's is large), and on a one-page PDF
    that one collection is a fifth of the time measured.
    """
    best: dict[str, float] = {}
    texts: dict[str, str] = {}
    for _ in range(repeat):
        for name, reader in readers.items():
            gc.collect()
            start = time.perf_counter()
            texts[name] = reader(data)
            seconds = time.perf_counter() - start
            best[name] = min(best.get(name, seconds), seconds)
    return {name: (best[name], texts[name]) for name in readers}


def run_fixtures(folder: Path, repeat: int) -> None:
    readers = available()
    print(f"readers: {', '.join(readers)}")
    print(f"{'fixture':20} {'reader':16} {'CER raw':>8} {'CER light':>9} {'time/page':>10}")
    for pdf in sorted(folder.glob("*.pdf")):
        known = pdf.with_suffix(".txt")
        if not known.exists():
            continue
        data = pdf.read_bytes()
        reference = known.read_text(encoding="utf-8")
        pages = _page_count(data)
        results = timed(readers, data, repeat)
        base = results["pypdf"][0] / pages
        for name, (seconds, text) in results.items():
            if not name.startswith("unarchive"):
                text = without_furniture(text)
            print(
                f"{pdf.stem:20} {name:16} {cer(raw(reference), raw(text)):8.2%} "
                f"{cer(light(reference), light(text)):9.2%} "
                f"{seconds / pages / base:9.2f}x"
            )


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data), strict=False).pages)


def many_pages(source: bytes, count: int) -> bytes:
    """A PDF of ``count`` pages, each with its own content stream (no object shared and cached)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    reader = PdfReader(io.BytesIO(source))
    contents = [page.get_contents().get_data() for page in reader.pages]  # type: ignore[union-attr]
    writer = PdfWriter()
    for i in range(count):
        page = writer.add_page(reader.pages[i % len(reader.pages)])
        stream = DecodedStreamObject()
        stream.set_data(contents[i % len(contents)] + f"\n% page {i + 1}\n".encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_CHILD = """
import resource, sys, time
from unarchive.options import Options
from unarchive.readers.pdf.reader import parse
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
parsed = parse(data, "many.pdf", Options(timeout=3600))
seconds = time.perf_counter() - start
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, seconds, len(parsed.renditions[0].lines))
"""


def memory(folder: Path, pages: int) -> None:
    """Peak resident memory of a process that parses N pages, for N and N/10 pages."""
    source = (folder / "ar-fpdf2-justified.pdf").read_bytes()
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in (pages // 10, pages):
            path = Path(tmp) / f"many-{count}.pdf"
            path.write_bytes(many_pages(source, count))
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            rss, seconds, paragraphs = done.stdout.split()
            peaks[count] = int(rss)
            print(
                f"{count:4} pages: peak RSS {int(rss) / 1024:6.1f} MiB, "
                f"{float(seconds) / count * 1000:6.1f} ms/page, {paragraphs} paragraphs, "
                f"input {path.stat().st_size / 2**20:.1f} MiB"
            )
    small, big = pages // 10, pages
    print(f"peak memory {big} pages / {small} pages: {peaks[big] / peaks[small]:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("samples/pdf"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args(argv)
    run_fixtures(args.folder, args.repeat)
    if args.pages:
        memory(Path("samples/pdf"), args.pages)
    _ = statistics, sys, find
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
