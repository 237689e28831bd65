"""AR rules about whole words: run-together words, lam-alef order, dot-level mis-mappings.

Each reports the proposals of ``unarchive.rules.crosscheck``; where a second
rendition of the document exists it confirms them (and then ``repair
--unsafe-fixes`` can apply them), otherwise only the self-evident cases are
reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from unarchive.findings import Severity
from unarchive.parsed import Parsed
from unarchive.rules import crosscheck
from unarchive.rules.base import Hit, at, rule


def _hits(proposals: Iterator[crosscheck.Proposal]) -> Iterator[Hit]:
    for p in proposals:
        yield Hit(at(p.rendition, p.line, p.start, p.end), p.message)


@rule("AR006", "run-together-words", Severity.WARNING)
def run_together_words(parsed: Parsed) -> Iterator[Hit]:
    """Two words joined where a space was lost (`قوةالسلام`).

    ## Why it matters
    Neither word can be found any more, and the joined token is not a word.
    Extractors lose the space where two text runs meet.

    ## Example
    `قوةالسلام` (teh marbuta can only end a word); `عادالمتعددة` when another
    rendition of the document has `عاد المتعددة`.

    ## Hint
    `repair --unsafe-fixes` inserts the space when another rendition confirms the
    split; otherwise correct it by hand.
    """
    yield from _hits(crosscheck.run_together(parsed))


@rule("AR014", "lam-alef-order", Severity.ERROR)
def lam_alef_order(parsed: Parsed) -> Iterator[Hit]:
    """A lam-alef ligature extracted in the wrong order (`األمم` for `الأمم`).

    ## Why it matters
    The ligature glyph maps to two letters; extractors that reverse runs reverse
    them too, and the word is no longer itself.

    ## Example
    `األمم المتحدة`; `السالم` for `السلام` when another rendition has `السلام`.

    ## Hint
    `repair --unsafe-fixes` swaps the two letters back when another rendition
    confirms the word.
    """
    yield from _hits(crosscheck.lam_alef(parsed))


@rule("AR016", "glyph-mismapping", Severity.ERROR)
def glyph_mismapping(parsed: Parsed) -> Iterator[Hit]:
    """A word whose dotless skeleton matches another rendition's word but whose letters differ.

    ## Why it matters
    The font's ToUnicode map put the dots on the wrong letters: `التراعات` ("the
    fields") for `النزاعات` ("the conflicts"). It reads as a real word, so only the
    comparison with another rendition reveals it.

    ## Example
    `التراعات` in a PDF text layer whose Word rendition has `النزاعات`.

    ## Hint
    `repair --unsafe-fixes` takes the other rendition's spelling. Runs only when
    the document has two renditions; words of five letters or more.
    """
    yield from _hits(crosscheck.glyph_mismapping(parsed))
