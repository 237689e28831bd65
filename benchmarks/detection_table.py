"""Detection table of the Arabic rules on a mutation corpus built on the fly.

Clean texts (the seed's Word rendition, and Arabic generated from a word list)
are checked as they are (valid: passed / false alarms) and with one defect
injected at a random place (invalid: caught at that place / missed). The
corpus and injectors are those of the tests (``tests/arabic_mutations.py``).

    PYTHONPATH=. python benchmarks/detection_table.py [--cases N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from arabic_mutations import (
    DEFECTS,
    caught,
    generated_lines,
    mutate,
    parsed_of,
    validate_ar,
    word_layer,
)


def corpus(rng: random.Random, index: int) -> list[str]:
    return word_layer() if index % 4 == 0 else generated_lines(rng)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100, help="clean and mutated texts per rule")
    parser.add_argument("--seed", type=int, default=20260501)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    codes = sorted({d.code for d in DEFECTS}, key=lambda c: (c[0] != "E", c))
    false_alarms: Counter[str] = Counter()
    for i in range(args.cases):
        lines = corpus(rng, i)
        found = {
            f.code for f in validate_ar(parsed_of(lines)) + validate_ar(parsed_of(lines, lines))
        }
        false_alarms.update(found)
    caught_, missed, collateral = Counter[str](), Counter[str](), {c: Counter[str]() for c in codes}
    for defect in DEFECTS:
        for i in range(args.cases):
            mutated = mutate(corpus(rng, i), defect, rng)
            if mutated is None:
                continue
            parsed, line, span = mutated
            findings = validate_ar(parsed)
            hit = caught(findings, defect.code, line, span)
            (caught_ if hit else missed)[defect.code] += 1
            collateral[defect.code].update({f.code for f in findings} - {defect.code})
    print(f"{args.cases} clean texts and {args.cases} mutated texts per injector, seed {args.seed}")
    header = f"{'code':6} {'valid passed':>12} {'false alarm':>12} {'caught':>8} {'missed':>8}"
    print(header + "  also reported")
    for code in codes:
        passed = args.cases - false_alarms[code]
        also = ", ".join(f"{c} x{n}" for c, n in collateral[code].most_common(3))
        row = f"{code:6} {passed:12} {false_alarms[code]:12} {caught_[code]:8} {missed[code]:8}"
        print(f"{row}  {also}")
    print("also reported: other codes found on the mutated texts (one defect often shows as two)")
    return 0 if not false_alarms and not missed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
