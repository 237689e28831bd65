"""What footnotes cost a Word file's reading and its TEI export, in one run.

    PYTHONPATH=. python benchmarks/docx_notes.py [paragraphs]

Baseline: the same document with the same text and no note marks (so no
``footnotes.xml`` is read and no note is placed). Printed: the best time of
``parse`` and of ``tei_writer.dumps`` on the document whose every paragraph cites two
footnotes, each as a ratio to the baseline.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samples.docx.wordml import Doc, Para, build  # noqa: E402
from unarchive.model import Letter  # noqa: E402
from unarchive.pipeline import parse  # noqa: E402
from unarchive.writers import tei as tei_writer  # noqa: E402

SENTENCE = "Peacekeeping has become a central activity of the Organization, {n}."


def document(paragraphs: int, marks: bool) -> bytes:
    body, notes = [], {}
    for n in range(paragraphs):
        first, second = 2 * n + 2, 2 * n + 3
        text = SENTENCE.format(n=n) * 3
        if marks:
            text = SENTENCE.format(n=n) + f"^{first}" + SENTENCE.format(n=n) * 2 + f"^{second}"
            notes[str(first)] = [Para(f"See document S/2011/{n + 1}.")]
            notes[str(second)] = [Para(f"Ibid., paragraph {n + 1}.")]
        body.append(Para(text))
    return build(Doc(body=body, footnotes=notes))


def best(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    paragraphs = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    plain, marked = document(paragraphs, False), document(paragraphs, True)
    letters: dict[str, Letter] = {}

    def read(name: str, data: bytes) -> Callable[[], object]:
        def run() -> None:
            letters[name] = parse(data, format="docx").letter

        return run

    base_parse = best(read("plain", plain))
    notes_parse = best(read("marked", marked))
    assert len(letters["marked"].notes) == 2 * paragraphs
    base_tei = best(lambda: tei_writer.dumps(letters["plain"]))
    notes_tei = best(lambda: tei_writer.dumps(letters["marked"]))
    print(f"{paragraphs} paragraphs, {2 * paragraphs} footnotes")
    for name, timed, base in (
        ("parse", notes_parse, base_parse),
        ("tei_writer.dumps", notes_tei, base_tei),
    ):
        print(f"{name:<10}{timed:.3f} s, without notes {base:.3f} s: ×{timed / base:.2f}")


if __name__ == "__main__":
    main()
