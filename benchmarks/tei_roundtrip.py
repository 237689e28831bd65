"""TEI and JSON conversion costs, as ratios against baselines measured in the same run.

Run from the repository root: ``PYTHONPATH=. python benchmarks/tei_roundtrip.py``.
Prints, for the seed letter (``samples/json/ar-seed-letter``): TEI write and read
against JSON write and read; loading ``unarchive-tei.rng`` against loading the
pruned tei_all; refusing a million-deep document against reading the seed TEI.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from unarchive.findings import UnreadableInput
from unarchive.readers import json as json_reader
from unarchive.readers import tei as tei_reader
from unarchive.writers import json as json_writer
from unarchive.writers import tei as tei_writer
from unarchive.xml import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent


def best(action: Callable[[], object], repeat: int = 7) -> float:
    """Best wall time of ``repeat`` runs, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def refuse_deep() -> None:
    deep = (
        b"<TEI xmlns='http://www.tei-c.org/ns/1.0'>" + b"<div>" * 1_000_000 + b"</div>" * 1_000_000
    )
    try:
        tei_reader.loads(deep + b"</TEI>")
    except UnreadableInput:
        return
    raise AssertionError("a million-deep document was accepted")


def main() -> None:
    letter = json_reader.loads(
        (ROOT / "samples/json/ar-seed-letter/input.json").read_bytes()
    ).letter
    as_json, as_tei = json_writer.dumps(letter), tei_writer.dumps(letter)
    json_write = best(lambda: json_writer.dumps(letter))
    json_read = best(lambda: json_reader.loads(as_json))
    tei_write = best(lambda: tei_writer.dumps(letter))
    tei_read = best(lambda: tei_reader.loads(as_tei))
    own_schema = best(lambda: etree.RelaxNG(etree.parse(str(SCHEMAS / "unarchive-tei.rng"))))
    pruned = best(lambda: etree.RelaxNG(etree.parse(str(SCHEMAS / "tei_all-4.12.0-pruned.rng"))), 3)
    deep = best(refuse_deep, 3)
    rows = [
        ("TEI write / JSON write (seed letter)", tei_write, json_write),
        ("TEI read (incl. validation) / JSON read", tei_read, json_read),
        ("load unarchive-tei.rng / load pruned tei_all", own_schema, pruned),
        ("refuse 1,000,000-deep XML / read seed TEI", deep, tei_read),
    ]
    for label, measured, baseline in rows:
        ratio = measured / baseline
        print(f"{label:48} {ratio:8.3g}x   ({measured * 1e3:.2f} vs {baseline * 1e3:.2f} ms)")


if __name__ == "__main__":
    main()
