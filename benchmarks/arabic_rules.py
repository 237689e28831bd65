"""The E and AR rules over the seed, against one plain pass of NFC + regex folding.

The baseline is the "plain archival normaliser" of the research note (§7): an NFC
check, presentation-form folding by regex, removal of bidi controls, and
tatweel removal that keeps ``هـ``. Both are timed in this process, as thread CPU
time, fastest of N runs (the least noisy figure on a shared machine), so the
ratio holds on any machine. Goal: the rule set costs at most 3x the baseline. "Cold" clears the
per-rendition caches (Arabic share, vocabularies, visual-order lines, words)
before each run, outside the timer; "warm" is a second validation of the same
document. The series take turns round after round, so load bursts hit all alike.

    PYTHONPATH=. python benchmarks/arabic_rules.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from unarchive.model import Letter
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.rules import RULES, scan, validate
from unarchive.text.unicode import normalize

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
    scan.clear_caches()
    return seed_parsed()


def _warmed(parsed: Parsed) -> Parsed:
    """``parsed`` after one untimed validation, which fills the caches again."""
    validate(parsed, select=FAMILIES)
    return parsed


def best_ms(work: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs in thread CPU time: other processes on a shared
    machine then cost the least."""
    times = []
    for _ in range(repeat):
        start = time.thread_time()
        work()
        times.append((time.thread_time() - start) * 1000)
    return min(times)


Series = dict[str, tuple[Callable[[], Any], Callable[[Any], object]]]


def interleaved_ms(series: Series, repeat: int) -> dict[str, float]:
    """Fastest run of each series (name -> (untimed setup, timed work)), in thread CPU time.

    The series take turns, round after round, so a burst of load on a shared
    machine slows all of them alike instead of skewing one ratio.
    """
    best = dict.fromkeys(series, float("inf"))
    for _ in range(repeat):
        for name, (setup, work) in series.items():
            prepared = setup()
            start = time.thread_time()
            work(prepared)
            best[name] = min(best[name], (time.thread_time() - start) * 1000)
    return best


FAMILIES = ("E", "AR")  # the encoding and Arabic rules; S and M read the whole letter


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args(argv)
    text = SEED.read_text(encoding="utf-8")
    warm = seed_parsed()
    ours = {c: r for c, r in RULES.items() if c.startswith(FAMILIES) and r.check is not None}
    ms = interleaved_ms(
        {
            "base": (lambda: text, baseline),
            "cold": (_fresh, lambda parsed: validate(parsed, select=FAMILIES)),
            "warm": (lambda: _warmed(warm), lambda parsed: validate(parsed, select=FAMILIES)),
        },
        args.repeat,
    )
    base, cold, hot = ms["base"], ms["cold"], ms["warm"]
    every = interleaved_ms({"all": (_fresh, validate)}, max(3, args.repeat // 10))["all"]
    per_rule = {
        code: best_ms(lambda check=each.check: list(check(warm)), args.repeat)
        for code, each in ours.items()
    }
    found = len(validate(warm, select=FAMILIES))
    print(f"seed: {len(text):,} code points; {len(ours)} E/AR rules with checks, {found} findings")
    print(f"baseline NFC + regex folding     : {base:8.2f} ms")
    print(f"E+AR rules, cold caches          : {cold:8.2f} ms  ({cold / base:5.1f}x, goal <= 3x)")
    print(f"E+AR rules, warm caches          : {hot:8.2f} ms  ({hot / base:5.1f}x)")
    print(f"every rule (S, M too), cold      : {every:8.2f} ms  (for information)")
    print("per rule, caches warm (ms):")
    for code, ms_rule in per_rule.items():
        print(f"  {code:6} {RULES[code].name:26} {ms_rule:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
