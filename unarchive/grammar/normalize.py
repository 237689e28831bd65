"""Text helpers of the letter grammar: cleaning for matching, comparison keys, visual order.

``clean`` is what patterns and metadata values see: no justification tatweel
(the abbreviation ``هـ`` is kept), no bidi controls, single spaces. ``key`` is
coarser, for comparing renditions: digits folded to ASCII and punctuation
dropped. ``visual_signals`` counts the marks of phrase-level visual order
(``research/arabic.md`` §1.4) and ``logical_order`` undoes it heuristically:
a line is cut into runs at wide gaps, digit runs and neutral punctuation,
the runs are reversed, and kashida tails are rejoined with their heads.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from unarchive.text.arabic import BIDI_CONTROLS, ascii_digits

# The hot paths use the standard ``re``: these patterns need no Unicode properties,
# and ``re`` runs them several times faster than ``regex`` (benchmarks/parse_seed.py).
_BIDI_CONTROLS = re.compile(f"[{BIDI_CONTROLS}]")
_TATWEEL_RUN = re.compile("\u0640+")
_TATWEEL_NOT_AFTER_HEH = re.compile("(?<!\u0647)\u0640+")  # the common case, no callback
_LETTER = re.compile("[\u0621-\u064a]")
_INDIC_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_WORD = re.compile(r"[^\W_]+")
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# Visual-order signals, per line (research/arabic.md §1.4).
_LEADING_FINAL = re.compile(r"^\s*[.،؛:!؟]")
_DIGIT_GLUE = re.compile(r"[0-9٠-٩][\u0621-\u063a\u0641-\u064a]|[\u0621-\u064a][0-9٠-٩]")
_REVERSED_BRACKETS = re.compile(r"^[^()]*\)[^()]*\([^()]*$")
_GAP = re.compile(r"\S {3,}\S")
# Phrase-level visual order is a right-to-left defect: a line with no Arabic letter
# (an English masthead laid out in columns, say) shows none of it, whatever its gaps.
_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a]")
_TAIL = re.compile(r"(?:^|\s)\u0640")


def _tatweel(match: re.Match[str]) -> str:
    """Keep the abbreviation هـ (a lone ه before the tatweel, no letter after it) (§2.2)."""
    text, start, end = match.string, match.start(), match.end()
    alone = start >= 1 and text[start - 1] == "ه" and (start < 2 or text[start - 2] in " \t(\u00a0")
    if alone and not (end < len(text) and _LETTER.match(text, end)):
        return match.group()
    return ""


def clean(text: str) -> str:
    """Text for matching and for metadata values: tatweel, bidi controls and extra spaces gone."""
    # Lines are cleaned by several passes (split, blocks, rules): short ones are memoised.
    return _clean_cached(text) if len(text) < _MEMO_MAX else _clean(text)


_MEMO_MAX = 1000  # bounds the memo: 4096 entries of at most this many characters


@lru_cache(maxsize=4096)
def _clean_cached(text: str) -> str:
    return _clean(text)


def _clean(text: str) -> str:
    if _BIDI_CONTROLS.search(text):
        text = _BIDI_CONTROLS.sub("", text)
    if "\u0640" in text:
        text = _TATWEEL_NOT_AFTER_HEH.sub("", text)
        if "\u0640" in text:
            text = _TATWEEL_RUN.sub(_tatweel, text)
    return " ".join(text.split())


def xml_safe(text: str) -> str:
    """Drop what XML 1.0 cannot carry (controls, NUL); rule E003 reports them at their place."""
    return _NOT_XML.sub("", text)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def key(text: str) -> str:
    """A comparison key: cleaned, digits in ASCII, punctuation gone, single spaces."""
    text = clean(text)
    if _INDIC_DIGIT.search(text):
        text = ascii_digits(text)
    return " ".join(words(text))


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` worth comparing (two letters or more), on the key."""
    return _word_set_cached(text) if len(text) < _MEMO_MAX else _word_set(text)


@lru_cache(maxsize=4096)
def _word_set_cached(text: str) -> frozenset[str]:
    return _word_set(text)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(w for w in key(text).split() if len(w) > 1)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two word sets: order-blind, so visual order does not matter."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


@lru_cache(maxsize=4096)
def visual_signals(text: str) -> int:
    """How many of the phrase-level visual-order signals one line shows (0 to 5)."""
    stripped = text.strip()
    if not stripped or not _ARABIC_LETTER.search(stripped):
        return 0
    return sum(
        1
        for found in (
            _LEADING_FINAL.search(stripped),
            _DIGIT_GLUE.search(stripped),
            _REVERSED_BRACKETS.search(stripped),
            _GAP.search(stripped),
            _TAIL.search(stripped),
        )
        if found
    )


def justification_tatweels(text: str) -> int:
    if "\u0640" not in text:
        return 0
    return len(text) - len(_TATWEEL_RUN.sub(_tatweel, text))


# Runs of a visual line: wide gaps are dropped, digit groups, neutral punctuation
# and words are kept as units. Sentence punctuation glues to what it follows.
_RUN = regex.compile(
    r"(?P<gap>\s{2,})"
    r"|(?P<num>[0-9٠-٩]+(?:[ \u00a0][0-9٠-٩]{3})*(?:[.,٫][0-9٠-٩]+)?)"
    # A closing bracket and the full stop after it stay one unit, in their order.
    r"|(?P<close>\s*[)\]»][.،:]\s*)"
    r"|(?P<sep>\s*[.:/“”«»()\[\]\-–]\s*)"
    r"|(?P<text>[^\s0-9٠-٩.:/“”«»()\[\]\-–]+(?:\s[^\s0-9٠-٩.:/“”«»()\[\]\-–]+)*)"
    r"|(?P<space>\s)"
)
_CLOSING = ".:،؛!؟)]»"
_OPENING = "([«"
_JOINING_LETTER = regex.compile(r"[\u0626\u0628\u062a-\u062e\u0633-\u063a\u0641-\u0647\u064a]$")


def _runs(line: str) -> list[str]:
    runs: list[str] = []
    for match in _RUN.finditer(line.strip()):
        kind = match.lastgroup
        if kind in ("gap", "space"):
            continue
        piece = match.group().strip()
        if piece:
            runs.append(piece)
    return runs


def logical_order(line: str) -> str:
    """One visual-order line put back into logical order, as far as plain text allows.

    The result is heuristic (``research/arabic.md`` §1.6): it must be recorded
    as a reconstruction wherever it is stored.
    """
    runs = _runs(line)
    runs.reverse()
    out = ""
    quotes = 0
    for run in runs:
        if not out:
            out = run
        elif run[0] == "\u0640" and _JOINING_LETTER.search(out):
            out += run  # a kashida tail meets its head again
        elif run[0] in _CLOSING or run == "/" or out.endswith(("/", *_OPENING)):
            out += run
        elif run in "“”":
            quotes += 1
            out += run if quotes % 2 == 0 else " " + run
        elif out[-1] in "“”" and quotes % 2 == 1:
            out += run
        else:
            out += " " + run
    return out
