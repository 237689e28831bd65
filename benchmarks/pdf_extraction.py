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
import io
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import regex

from unarchive.parsers import Options
from unarchive.parsers.pdf import body_paragraphs, parse
from unarchive.parsers.pdf_furniture import clean, find
from unarchive.parsers.pdf_lines import fold_presentation_forms

Reader = Callable[[bytes], str]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, Myers/Hyyrö bit-parallel (Python integers as bit vectors)."""
    if not a:
        return len(b)
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    high = 1 << (len(a) - 1)
    vp, vn, score = full, 0, len(a)
    for ch in b:
        eq = masks.get(ch, 0)
        xv = eq | vn
        xh = (((eq & vp) + vp) ^ vp) | eq
        hp = vn | ~(xh | vp) & full
        hn = vp & xh
        if hp & high:
            score += 1
        elif hn & high:
            score -= 1
        hp = ((hp << 1) | 1) & full
        hn = (hn << 1) & full
        vp = hn | ~(xv | hp) & full
        vn = hp & xv
    return score


def light(text: str) -> str:
    text = fold_presentation_forms(text)
    text = regex.sub(r"[\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return " ".join(text.split())


def raw(text: str) -> str:
    return " ".join(text.split())


def cer(reference: str, hypothesis: str) -> float:
    return edit_distance(reference, hypothesis) / max(len(reference), 1)


# readers -----------------------------------------------------------------


def read_unarchive(data: bytes) -> str:
    return "\n".join(body_paragraphs(parse(data, "bench.pdf", Options())))


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
    readers: dict[str, Reader] = {"unarchive": read_unarchive, "pypdf": read_pypdf}
    for name, module, reader in (
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
    from unarchive.parsers.pdf_furniture import (
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


def timed(reader: Reader, data: bytes, repeat: int) -> tuple[float, str]:
    times, text = [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        text = reader(data)
        times.append(time.perf_counter() - start)
    return min(times), text


def run_fixtures(folder: Path, repeat: int) -> None:
    readers = available()
    print(f"readers: {', '.join(readers)}")
    print(
        f"{'fixture':24} {'reader':12} {'CER raw':>8} {'CER light':>9} {'time/page vs pypdf':>19}"
    )
    for pdf in sorted(folder.glob("*.pdf")):
        known = pdf.with_suffix(".txt")
        if not known.exists():
            continue
        data = pdf.read_bytes()
        reference = known.read_text(encoding="utf-8")
        pages = _page_count(data)
        results = {name: timed(reader, data, repeat) for name, reader in readers.items()}
        base = results["pypdf"][0] / pages
        for name, (seconds, text) in results.items():
            if name != "unarchive":
                text = without_furniture(text)
            print(
                f"{pdf.stem:24} {name:12} {cer(raw(reference), raw(text)):8.2%} "
                f"{cer(light(reference), light(text)):9.2%} "
                f"{seconds / pages / base:18.2f}x"
            )


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data), strict=False).pages)


def many_pages(source: bytes, count: int) -> bytes:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(source))
    writer = PdfWriter()
    for i in range(count):
        writer.add_page(reader.pages[i % len(reader.pages)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def memory(folder: Path, pages: int) -> None:
    source = (folder / "ar-fpdf2-justified.pdf").read_bytes()
    peaks = {}
    for count in (pages // 10, pages):
        data = many_pages(source, count)
        tracemalloc.start()
        start = time.perf_counter()
        parse(data, "many.pdf", Options(timeout=600))
        seconds = time.perf_counter() - start
        peaks[count] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"{count:4} pages: peak {peaks[count] / 2**20:6.1f} MiB traced, "
            f"{seconds / count * 1000:6.1f} ms/page, input {len(data) / 2**20:.1f} MiB"
        )
    small, big = pages // 10, pages
    print(f"peak memory ratio {big} vs {small} pages: {peaks[big] / peaks[small]:.2f}")


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
