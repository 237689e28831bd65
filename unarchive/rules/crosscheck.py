"""Word-level checks of one rendition, confirmed where possible by another rendition.

Each check proposes a finding and, when another rendition of the same document
confirms it, a replacement. The AR006, AR014 and AR016 rules report the
proposals; ``repair --unsafe-fixes`` applies the confirmed replacements. Both
use these functions, so what is repaired is exactly what was reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from unarchive.parsed import Line, Parsed, Rendition
from unarchive.rules.scan import (
    Pattern,
    is_arabic,
    line_indexes,
    references,
    rendition_text,
    vocabulary,
)
from unarchive.text.arabic import LETTERS
from unarchive.text.words import Vocabulary, Word, key, rasm, respell, split_known, words

# Explicit classes and literals only: the stdlib engine, faster here (same answers).
_RUN_TOGETHER = re.compile(rf"[ةى](?=[{LETTERS}])")
_LAM_ALEF_SWAPPED = re.compile("ا[أإآ]ل")
_ALEF_LAM = regex.compile("[اأإآ]ل")
MIN_MISMAPPED = 5


@dataclass(frozen=True)
class Proposal:
    code: str
    rendition: Rendition
    line: Line
    start: int
    end: int
    message: str
    replacement: str | None = None  # set only when another rendition confirms it


def _union(parsed: Parsed, rendition: Rendition) -> Vocabulary | None:
    other = references(parsed, rendition)
    if not other:
        return None
    if len(other) == 1:
        return vocabulary(other[0])
    return Vocabulary.of(rendition_text(r) for r in other)


def _arabic_renditions(parsed: Parsed) -> Iterator[tuple[Rendition, Vocabulary | None]]:
    for rendition in parsed.renditions:
        if is_arabic(rendition):
            yield rendition, _union(parsed, rendition)


def _lines(
    rendition: Rendition,
    other: Vocabulary | None,
    minimum: int,
    also: Pattern | None = None,
) -> Iterator[tuple[Line, tuple[Word, ...]]]:
    """Lines worth a word-by-word look: a word of ``minimum`` letters unknown to ``other``,
    or a match of ``also`` (the check that needs no other rendition), in order."""
    chosen = set(line_indexes(rendition, also)) if also is not None else set()
    if other is not None:
        longest = _longest_unknown(rendition, other)
        chosen.update(index for index, length in enumerate(longest) if length >= minimum)
    lines = rendition.lines
    for index in sorted(chosen):
        yield lines[index], words(lines[index].text)


def _longest_unknown(rendition: Rendition, other: Vocabulary) -> list[int]:
    """The length of the longest word of each line that ``other`` does not know."""
    longest = other.longest_unknown_by_line(rendition_text(rendition))
    if len(longest) == len(rendition.lines):
        return longest
    # Some line holds a line break itself (or there are no lines): line by line.
    return [other.longest_unknown(line.text) for line in rendition.lines]


def run_together(parsed: Parsed) -> Iterator[Proposal]:
    """AR006: ``ة``/``ى`` inside a word, or a word another rendition has as two words."""
    for rendition, other in _arabic_renditions(parsed):
        for line, found in _lines(rendition, other, 6, _RUN_TOGETHER):
            for word in found:
                # Most words can be neither split nor run together: no generator for them.
                unsplit = other is None or len(word.key) < 6 or word.key in other
                if unsplit and _RUN_TOGETHER.search(word.key) is None:
                    continue
                yield from _run_together_word(rendition, line, word, other)


def _run_together_word(
    rendition: Rendition, line: Line, word: Word, other: Vocabulary | None
) -> Iterator[Proposal]:
    split = None
    if other is not None and len(word.key) >= 6 and word.key not in other:
        split = split_known(word.key, other)
    if split is not None:
        cut = _raw_index(word.text, len(split[0]))
        yield Proposal(
            "AR006",
            rendition,
            line,
            word.start,
            word.end,
            f"{word.text!r} is {split[0]!r} + {split[1]!r} in another rendition",
            word.text[:cut] + " " + word.text[cut:],
        )
    elif _RUN_TOGETHER.search(word.key):
        message = f"{word.text!r}: a word-final letter inside a word"
        yield Proposal("AR006", rendition, line, word.start, word.end, message)


def _raw_index(text: str, letters: int) -> int:
    """The index in ``text`` just after its first ``letters`` letters (tatweel, marks skipped)."""
    count = 0
    for index, ch in enumerate(text):
        if key(ch):
            count += 1
            if count == letters:
                end = index + 1
                while end < len(text) and not key(text[end]):
                    end += 1  # marks on the last letter stay with it
                return end
    return len(text)


def lam_alef(parsed: Parsed) -> Iterator[Proposal]:
    """AR014: lam-alef extracted as alef-lam (``األمم``), confirmed by another rendition if any."""
    for rendition, other in _arabic_renditions(parsed):
        for line, found in _lines(rendition, other, 4, _LAM_ALEF_SWAPPED):
            for word in found:
                fixed = _swap_confirmed(word.key, other) if other is not None else None
                if fixed is not None:
                    yield Proposal(
                        "AR014",
                        rendition,
                        line,
                        word.start,
                        word.end,
                        f"{word.text!r}: lam-alef reversed; another rendition has {fixed!r}",
                        respell(word.text, fixed),
                    )
                elif _LAM_ALEF_SWAPPED.search(word.key):
                    message = f"{word.text!r}: alef before lam-alef"
                    yield Proposal("AR014", rendition, line, word.start, word.end, message)


def _swap_confirmed(word_key: str, other: Vocabulary) -> str | None:
    if len(word_key) < 4 or word_key in other or "ا" not in word_key:
        return None
    for match in _ALEF_LAM.finditer(word_key, overlapped=True):
        i = match.start()
        candidate = word_key[:i] + "ل" + word_key[i] + word_key[i + 2 :]
        if candidate in other:
            return candidate
    return None


def glyph_mismapping(parsed: Parsed) -> Iterator[Proposal]:
    """AR016: a word whose rasm matches a word of another rendition that it does not match.

    When both spellings are unknown to each other's rendition, the one with less
    support in the whole document (its stem, without the article) is reported.
    """
    corpus: list[str] = []  # built on the first candidate only
    for rendition, other in _arabic_renditions(parsed):
        if other is None:
            continue
        for line, found in _lines(rendition, other, MIN_MISMAPPED):
            for word in found:
                if len(word.key) < MIN_MISMAPPED or word.key in other:
                    continue
                candidates = sorted(other.by_rasm.get(rasm(word.key), ()))
                if not candidates:
                    continue
                # key of the joined lines = the joined keys (the space is kept): one pass.
                corpus = corpus or [key(" ".join(x.text for _, x in parsed.lines()))]
                best = max(candidates, key=lambda c: _support(c, corpus[0]))
                if _less_likely(best, word.key, corpus[0], parsed, rendition):
                    continue
                yield _mismapped(rendition, line, word, candidates)


def _mismapped(rendition: Rendition, line: Line, word: Word, candidates: list[str]) -> Proposal:
    """The proposal for one mis-mapped word; a repair only when one spelling is possible."""
    if len(candidates) == 1:
        message = (
            f"{word.text!r} has the dotless skeleton of {candidates[0]!r} in another rendition"
        )
        replacement = respell(word.text, candidates[0])
    else:
        spellings = ", ".join(repr(c) for c in candidates)
        message = f"{word.text!r} has the dotless skeleton of {spellings} in another rendition"
        replacement = None
    return Proposal("AR016", rendition, line, word.start, word.end, message, replacement)


def _less_likely(
    candidate: str, word_key: str, corpus: str, parsed: Parsed, rendition: Rendition
) -> bool:
    """True when the other rendition's spelling is the suspect one, not this rendition's.

    Less support in the document decides; on a tie, a PDF text layer is the suspect
    against a rendition that is not one (both are reported when neither decides).
    """
    ours, theirs = _support(word_key, corpus), _support(candidate, corpus)
    if ours != theirs:
        return theirs < ours
    pdf = ["pdf" in r.kind for r in parsed.renditions if is_arabic(r)]
    return "pdf" not in rendition.kind and any(pdf)


def _support(word_key: str, corpus: str) -> int:
    stem = word_key[2:] if word_key.startswith("ال") and len(word_key) > 4 else word_key
    return corpus.count(stem)
