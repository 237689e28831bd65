"""Parse time of the seed, as a ratio to splitlines()+NFC over the same text, in one run.

    PYTHONPATH=. python benchmarks/parse_seed.py [repeats]

Prints the median time of each and their ratio; then the same for a long
letter (the seed's annex paragraphs repeated) at two sizes, whose time ratio
shows whether parsing stays linear.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from unarchive.grammar.analysis import _CACHE
from unarchive.grammar.normalize import _clean_cached, _word_set_cached, visual_signals
from unarchive.readers.text import parse
from unarchive.rules import validate
from unarchive.text.unicode import normalize

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "letters" / "ar-text-seed-two-renditions" / "input.txt"


def median_ms(work: Callable[[], object], repeats: int) -> float:
    """Median wall time in ms (the machine is shared: medians, and ratios in one run)."""
    times = []
    for _ in range(repeats):
        _CACHE.clear()  # measure the grammar, not its caches
        for memo in (visual_signals, _clean_cached, _word_set_cached):
            memo.cache_clear()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def baseline(data: bytes) -> Callable[[], object]:
    return lambda: [normalize("NFC", line) for line in data.decode("utf-8").splitlines()]


def long_letter(paragraphs: int) -> bytes:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    word = lines[171:192]
    body = [word[4 + i % 17].replace("السلام", f"السلام {i}") for i in range(paragraphs)]
    return "\n".join(word[:4] + body).encode("utf-8")


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    data = SEED.read_bytes()
    base = median_ms(baseline(data), repeats)
    seed = median_ms(lambda: parse(data), repeats)
    checked = median_ms(lambda: validate(parse(data)), repeats)
    print(f"seed: {len(data):,} bytes")
    print(f"  splitlines+NFC      {base:8.2f} ms")
    print(f"  text.parse          {seed:8.2f} ms   ratio {seed / base:6.1f}")
    print(f"  parse + validate    {checked:8.2f} ms   ratio {checked / base:6.1f}")
    small, large = long_letter(500), long_letter(2000)
    t_small = median_ms(lambda: parse(small), max(3, repeats // 10))
    t_large = median_ms(lambda: parse(large), max(3, repeats // 10))
    print(f"long letter: {len(small):,} -> {len(large):,} bytes (x{len(large) / len(small):.1f})")
    print(f"  text.parse          {t_small:8.1f} -> {t_large:8.1f} ms (x{t_large / t_small:.1f})")


if __name__ == "__main__":
    main()
