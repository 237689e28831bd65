"""All rules over the seed, against one plain pass of NFC + regex folding over the same text.

The baseline is the "plain archival normaliser" of the research note (§7): an NFC
check, presentation-form folding by regex, removal of bidi controls, and
tatweel removal that keeps ``هـ``. Both are timed in this process, so the ratio
holds on any machine. Goal: the whole rule set costs at most 3x the baseline.

    PYTHONPATH=. python benchmarks/arabic_rules.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

from unarchive.model import Letter
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.rules import RULES, scan, validate
from unarchive.text.unicode import normalize
from unarchive.text.words import words

SEED = (
    Path(__file__).resolve().parent.parent / "samples/letters/ar-text-seed-two-renditions/input.txt"
)
_FORMS = regex.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]")
_CONTROLS = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
_TATWEEL = regex.compile("\u0640+")


def _keep_abbreviation(match: regex.Match[str]) -> str:
    text, start = match.string, match.start()
    is_abbreviation = start and text[start - 1] == "ه" and (start < 2 or text[start - 2] in " (")
    return match.group() if is_abbreviation else ""


def baseline(text: str) -> str:
    if normalize("NFC", text) != text:
        text = normalize("NFC", text)
    text = _FORMS.sub(lambda m: normalize("NFKC", m.group()), text)
    text = _CONTROLS.sub("", text)
    return _TATWEEL.sub(_keep_abbreviation, text)


def seed_parsed() -> Parsed:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    pdf = Rendition("r1", "pdf-text-layer", tuple(Line(i, t) for i, t in enumerate(lines[:171], 1)))
    word = Rendition("r2", "word-text", tuple(Line(i, t) for i, t in enumerate(lines[171:], 172)))
    return Parsed(Letter(), (pdf, word))


def _fresh() -> Parsed:
    """A new Parsed each run, with the per-rendition caches cleared: no work carried over."""
    for cached in (
        scan.rendition_text,
        scan.is_arabic,
        scan.is_persian,
        scan.vocabulary,
        scan.visual_lines,
        words,
    ):
        cached.cache_clear()  # type: ignore[attr-defined]
    return seed_parsed()


def best_ms(work: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs: on a shared machine the minimum is the least noisy."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def warm_caches(parsed: Parsed) -> None:
    """Build what the rules share (rendition texts, vocabularies, visual-order lines, words)."""
    for rendition in parsed.renditions:
        scan.is_arabic_language(rendition)
        scan.vocabulary(rendition)
        scan.visual_lines(rendition)
        for line in rendition.lines:
            words(line.text)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args(argv)
    text = SEED.read_text(encoding="utf-8")
    warm = seed_parsed()
    warm_caches(warm)
    fresh_cost = best_ms(_fresh, args.repeat)
    base = best_ms(lambda: baseline(text), args.repeat)
    cold = best_ms(lambda: validate(_fresh()), args.repeat) - fresh_cost
    hot = best_ms(lambda: validate(warm), args.repeat)
    shared = best_ms(lambda: warm_caches(_fresh()), args.repeat) - fresh_cost
    per_rule = {
        code: best_ms(lambda check=each.check: list(check(warm)), args.repeat)
        for code, each in RULES.items()
        if each.check is not None
    }
    summed = shared + sum(per_rule.values())
    print(f"seed: {len(text):,} code points, {len(validate(warm))} findings, {len(RULES)} rules")
    print(f"baseline NFC + regex folding        : {base:8.2f} ms")
    print(f"validate, cold caches               : {cold:8.2f} ms  ({cold / base:5.1f}x)")
    print(f"validate, warm caches               : {hot:8.2f} ms  ({hot / base:5.1f}x)")
    print(f"shared work + sum of per-rule bests : {summed:8.2f} ms  ({summed / base:5.1f}x)")
    print("goal: all rules <= 3x the baseline")
    print(f"  shared caches {shared:7.2f} ms")
    for code, ms in per_rule.items():
        print(f"  {code:6} {RULES[code].name:26} {ms:7.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
