"""Cursive joining: which Arabic characters connect, and what tatweel and joiners are doing.

Joining types come from the ``regex`` module (``\\p{jt=D}`` …), the only installed
source of ArabicShaping.txt data. A tatweel run is *justification* when it only
stretches a connection that would exist anyway, an *abbreviation* mark (``هـ``,
``مـ`` after a year, ``الـ`` before a foreign word or a number: these must survive
every repair), a *carrier* when a mark sits on it, and a *tail* when it opens a
token: the word was split at the kashida.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import NamedTuple

import regex

from unarchive.text.arabic import LETTERS, TATWEEL

# Dual-joining and join-causing characters can connect to what follows them.
_JOINS_FORWARD = regex.compile(r"[\p{jt=D}\p{jt=C}\p{jt=L}]")
# Dual- and right-joining characters (and join-causers) can connect to what precedes them.
_JOINS_BACKWARD = regex.compile(r"[\p{jt=D}\p{jt=R}\p{jt=C}]")
_TRANSPARENT = regex.compile(r"\p{jt=T}")
_LETTER = regex.compile(f"[{LETTERS}]")
# Every maximal tatweel run; group 1 is set (``lastindex``) for the common case, a run
# between two letters, which is justification by that context alone (no per-run lookups).
TATWEEL_RUNS = regex.compile(rf"(?<=[{LETTERS}])({TATWEEL}+)(?=[{LETTERS}])|{TATWEEL}+")
_DIGIT = regex.compile(r"\d")
# The article as a whole token, with its one-letter proclitics: الـ والـ بالـ للـ
_ARTICLE = regex.compile(r"(?:^|[\s(])[وفبك]?(?:ال|لل|بال|كال|فال)$")

ZWNJ = "\u200c"
ZWJ = "\u200d"
_JOINER_RUN = regex.compile(f"[{ZWNJ}{ZWJ}]+")
_ARABIC = regex.compile(r"\p{Script=Arabic}")


class TatweelKind(enum.Enum):
    JUSTIFICATION = "justification"
    ABBREVIATION = "abbreviation"
    CARRIER = "carrier"
    TAIL = "tail"


class TatweelRun(NamedTuple):
    start: int
    end: int
    kind: TatweelKind


def joins_forward(ch: str) -> bool:
    return bool(ch) and _JOINS_FORWARD.match(ch) is not None


def joins_backward(ch: str) -> bool:
    return bool(ch) and _JOINS_BACKWARD.match(ch) is not None


def is_transparent(ch: str) -> bool:
    return bool(ch) and _TRANSPARENT.match(ch) is not None


def previous_joining(text: str, index: int) -> str:
    """The character before ``index`` that takes part in joining (marks are skipped)."""
    i = index - 1
    while i >= 0 and is_transparent(text[i]):
        i -= 1
    return text[i] if i >= 0 else ""


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    """A tatweel that marks, not stretches: ``هـ`` as a token (after space, bracket or a
    year's digits), ``مـ`` right after digits, and the article before a foreign word or
    a number (``الـUN``, ``الـ 50``)."""
    if start == 0:
        return False
    letter, before = text[start - 1], text[start - 2] if start >= 2 else " "
    after = text[end] if end < len(text) else " "
    if _LETTER.match(after) or is_transparent(after):
        return False
    if _ARTICLE.search(text, 0, start):
        return True
    if letter == "\u0647":
        return before.isspace() or before in "(" or _DIGIT.match(before) is not None
    return letter == "\u0645" and _DIGIT.match(before) is not None


def classify_tatweel(text: str, start: int, end: int) -> TatweelKind:
    after = text[end] if end < len(text) else ""
    if after and is_transparent(after):
        return TatweelKind.CARRIER
    if _is_abbreviation(text, start, end):
        return TatweelKind.ABBREVIATION
    before = text[start - 1] if start else ""
    if (not before or before.isspace()) and _LETTER.match(after or " "):
        return TatweelKind.TAIL
    return TatweelKind.JUSTIFICATION


def tatweel_runs(text: str) -> Iterator[TatweelRun]:
    """Every maximal run of U+0640 in ``text``, classified."""
    if TATWEEL not in text:
        return
    justification = TatweelKind.JUSTIFICATION
    for match in TATWEEL_RUNS.finditer(text):
        start, end = match.span()
        if match.lastindex:
            yield TatweelRun(start, end, justification)
        else:
            yield TatweelRun(start, end, classify_tatweel(text, start, end))


def redundant_joiners(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ZWJ/ZWNJ that change no joining: next to non-joining characters, or doubled.

    ZWNJ matters only between a character that could join forward and one that
    could join backward; ZWJ matters only where it makes a join that would not
    happen by itself.
    """
    if ZWNJ not in text and ZWJ not in text:
        return
    for match in _JOINER_RUN.finditer(text):
        start, end = match.span()
        before = previous_joining(text, start)
        after = text[end] if end < len(text) else ""
        if not (_ARABIC.match(before or " ") or _ARABIC.match(after or " ")):
            continue  # Indic conjuncts, emoji sequences: not an Arabic joining question
        kept = _meaningful_joiner(match.group()[0], before, after)
        first_dropped = start + 1 if kept else start
        if first_dropped < end:
            yield first_dropped, end


def _meaningful_joiner(joiner: str, before: str, after: str) -> bool:
    forward, backward = joins_forward(before), joins_backward(after)
    if joiner == ZWNJ:
        return forward and backward
    # ZWJ forces a joining form only where exactly one side would not join by itself.
    return forward != backward
