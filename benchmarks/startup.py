"""Whole-process time of ``unarchive validate`` on one document, and what its imports cost.

Runs each command ``--runs`` times in fresh processes and prints the minimum
and median wall time, next to bare Python and to importing lxml, pydantic and
pypdf together (the reference the goal was set against: validate <= 0.3 s).
Then lists the heaviest imports of the validate path from ``-X importtime``
and whether lxml or pypdf were imported at all (they must not be, for text).

    PYTHONPATH=. python benchmarks/startup.py [--runs 10] [DOCUMENT]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "letters" / "ar-text-seed-two-renditions" / "input.txt"


def timed(argv: list[str], runs: int) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def import_profile(document: Path) -> list[tuple[int, str]]:
    """(cumulative microseconds, module) for every import of the validate path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-X", "importtime", "-m", "unarchive", "validate", str(document)]
    err = subprocess.run(argv, env=env, capture_output=True, text=True).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, cumulative, name = (part.strip() for part in line.split("|"))
            rows.append((int(cumulative), name))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", nargs="?", type=Path, default=SEED)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    py = sys.executable
    print(f"document: {args.document}; {args.runs} runs each; load {os.getloadavg()[0]:.2f}")
    bare = timed([py, "-c", "pass"], args.runs)
    trio = timed([py, "-c", "import lxml.etree, pydantic, pypdf"], args.runs)
    pyd = timed([py, "-c", "import pydantic; from pydantic import BaseModel"], args.runs)
    command = timed([py, "-m", "unarchive", "validate", str(args.document)], args.runs)
    rules = timed([py, "-m", "unarchive", "rules"], args.runs)
    for label, (best, median) in [
        ("python -c pass", bare),
        ("import lxml, pydantic, pypdf", trio),
        ("import pydantic BaseModel", pyd),
        ("unarchive rules", rules),
        ("unarchive validate DOCUMENT", command),
    ]:
        print(f"{label:<30} min {best * 1000:6.0f} ms   median {median * 1000:6.0f} ms")
    print(f"validate / bare python: {command[0] / bare[0]:.1f}x; goal: validate <= 300 ms")
    rows = import_profile(args.document)
    names = {name.strip() for _, name in rows}
    print(
        "lxml imported:",
        "yes" if "lxml" in names else "no",
        "| pypdf imported:",
        "yes" if "pypdf" in names else "no",
    )
    print("heaviest imports (cumulative ms):")
    top = [r for r in sorted(rows, reverse=True) if not r[1].startswith(" " * 4)][:12]
    for micro, name in top:
        print(f"  {micro / 1000:6.1f}  {name}")


if __name__ == "__main__":
    main()
