"""Parse a large generated text (default 50 MB) and print time and peak memory.

    PYTHONPATH=. python benchmarks/parse_large.py [MB] [word|pdf] [--validate]

The text is the seed's Word paragraphs (``word``) or its PDF text layer in
visual order (``pdf``) repeated up to the size asked for: one letter with a
very long annex. Shows that parsing stays linear and bounded in memory.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from unarchive.readers.text import parse
from unarchive.rules import validate

SEED = Path(__file__).resolve().parent.parent / "samples/letters/ar-text-seed-two-renditions"


def generate(megabytes: int, mode: str) -> bytes:
    lines = (SEED / "input.txt").read_text(encoding="utf-8").split("\n")
    head, body = (lines[171:175], lines[175:192]) if mode == "word" else (lines[:29], lines[29:171])
    out, size, index = list(head), 0, 0
    while size < megabytes * 1024 * 1024:
        line = body[index % len(body)]
        out.append(line)
        size += len(line.encode("utf-8")) + 1
        index += 1
    return "\n".join(out).encode("utf-8")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    megabytes = int(args[0]) if args else 50
    mode = args[1] if len(args) > 1 else "word"
    data = generate(megabytes, mode)
    start = time.perf_counter()
    parsed = parse(data)
    parsed_at = time.perf_counter()
    findings = validate(parsed) if "--validate" in sys.argv else []
    done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    paragraphs = sum(len(a.paragraphs) for a in parsed.letter.annexes)
    print(f"{len(data) / 1e6:.1f} MB ({mode}): parse {parsed_at - start:.1f} s", end="")
    if "--validate" in sys.argv:
        print(f", validate {done - parsed_at:.1f} s ({len(findings)} findings)", end="")
    print(f"; {paragraphs} annex paragraphs; peak RSS {peak} MB")


if __name__ == "__main__":
    main()
