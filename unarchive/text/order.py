"""Signs that a line of Arabic is stored in visual rather than logical order.

Three granularities occur (research note, §2.3): whole lines reversed
letter by letter, runs ("phrases") emitted left to right with their letters in
logical order, and reversed presentation-form text from naive producers. Each
sign here is cheap and local; ``visual_order_signs`` says which ones a line shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Sequence

import regex

from unarchive.text.arabic import LETTERS
from unarchive.text.bidi import BRACKETS, OPENERS, OVERRIDE_ARABIC, PAIRS
from unarchive.text.digits import GLUED_HINT, glued_digits
from unarchive.text.forms import form_tag

_LEADING_FINAL_PUNCTUATION = regex.compile(
    rf"^[\s\u00a0]*[)\]}}]?[.،؛!؟](?=[\s\u00a0]*[{LETTERS}])"
)
# Its hint in SIGNS: such punctuation anywhere (an anchored search of a whole text is slow).
_LEADING_HINT = regex.compile(rf"[.،؛!؟](?=\s*[{LETTERS}])")
# A letter, punctuation, a letter; written punctuation first, which the engine finds
# twice as fast as a letter (only whether a line has one matters).
_GLUED_PUNCTUATION = re.compile(rf"[.،؛!؟](?<=[{LETTERS}].)(?=[{LETTERS}])")
_GAP = regex.compile(r"\S[ \u00a0]{3,}\S")
_BLANKS = regex.compile(r"[ \u00a0]{3}")  # its hint: found faster than a pattern opening on \S
_RUN_TOGETHER = re.compile(rf"[ةى](?=[{LETTERS}])")
_TOKEN = regex.compile(rf"[{LETTERS}]{{4,}}")
_IMPOSSIBLE_START = regex.compile(rf"(?<![{LETTERS}\u0640])[ةى][{LETTERS}]{{3}}")
_TAIL = regex.compile(rf"(?<!\S)\u0640+(?=[{LETTERS}])")
_FORM_TOKEN = regex.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]{2,}")

STRONG = (
    "leading final punctuation",
    "override",
    "letters reversed",
    "shapes reversed",
    "brackets unmirrored",
)


def letters_reversed(text: str) -> bool:
    """Words read backwards: words opening with ``ة``/``ى`` (no word does), outnumbering ``ال…``.

    ``…لا`` endings (the article read backwards) add weight but are not enough by
    themselves: ``قليلا`` and ``أولا`` end that way in logical text.
    """
    if not _IMPOSSIBLE_START.search(text):
        return False
    tokens = _TOKEN.findall(text)
    impossible = sum(t[0] in "ةى" for t in tokens)
    backwards = impossible + sum(t.endswith("لا") for t in tokens)
    article = sum(t.startswith("ال") for t in tokens)
    return bool(impossible and backwards >= 2 and backwards > article)


def shapes_reversed(text: str) -> bool:
    """A presentation-form word that starts with a final form and ends with an initial one."""
    for match in _FORM_TOKEN.finditer(text):
        word = match.group()
        if form_tag(word[0]) in ("final", "isolated") and form_tag(word[-1]) == "initial":
            return True
    return False


def _leading_final_punctuation(text: str) -> bool:
    return _LEADING_FINAL_PUNCTUATION.search(text) is not None


def _gap_between_runs(text: str) -> bool:
    return _GAP.search(text.strip()) is not None  # str.strip also drops U+001C-U+001F


def _number_glued(text: str) -> bool:
    return any(True for _ in glued_digits(text))


Confirm = Callable[[str], bool]
# Each sign: (name, hint, confirm). A line shows the sign when ``hint`` matches it and
# ``confirm`` (if any) holds. No hint matches a line break or looks across one
# differently from a line's ends, so a rendition's whole text can be searched at once.
SIGNS: tuple[tuple[str, regex.Pattern[str] | re.Pattern[str], Confirm | None], ...] = (
    ("leading final punctuation", _LEADING_HINT, _leading_final_punctuation),
    ("override", OVERRIDE_ARABIC, None),
    ("letters reversed", _IMPOSSIBLE_START, letters_reversed),
    ("shapes reversed", _FORM_TOKEN, shapes_reversed),
    ("gap between runs", _BLANKS, _gap_between_runs),
    ("number glued to a word", GLUED_HINT, _number_glued),
    ("word tail at a kashida", _TAIL, None),
    ("words run together", _RUN_TOGETHER, None),
    ("punctuation glued to the next word", _GLUED_PUNCTUATION, None),
)
MIRRORED = "brackets unmirrored"


def visual_order_signs(text: str, mirrored: bool = False) -> list[str]:
    """The signs of visual order ``text`` shows; ``mirrored`` comes from the bracket walk."""
    signs = [
        name
        for name, hint, confirm in SIGNS
        if hint.search(text) and (confirm is None or confirm(text))
    ]
    if mirrored:
        signs.append(MIRRORED)
    return signs


def is_visual(signs: Sequence[str]) -> bool:
    return any(s in STRONG for s in signs) or len(signs) >= 2


def unmirrored_brackets(
    lines: Sequence[str], bracketed: Container[int] | None = None
) -> Iterator[tuple[int, int, int]]:
    """(line index, start, end) of ``)…(`` pairs that read as a pair only when mirrored.

    The walk keeps open brackets across lines of a paragraph, so a pair that
    spans two lines (``(انظر`` / ``المرفق)``) is not mistaken for a mirrored one.
    ``bracketed``, when known, holds the index of every line with a bracket: the
    others then cost no search.
    """
    stack: list[str] = []
    for index, text in enumerate(lines):
        if not text.strip():
            stack.clear()
            continue
        if bracketed is not None and index not in bracketed:
            continue
        found = [(m.start(), m.group()) for m in BRACKETS.finditer(text)]
        i = 0
        while i < len(found):
            pos, ch = found[i]
            if ch in OPENERS:
                stack.append(ch)
            elif stack and stack[-1] == PAIRS[ch]:
                stack.pop()
            else:
                j = _mirror_partner(found, i, lines, index)
                if j is not None:
                    yield index, pos, found[j][0] + 1
                    i = j
            i += 1


def _mirror_partner(
    found: list[tuple[int, str]], i: int, lines: Sequence[str], index: int
) -> int | None:
    """The index of the opener that mirrors the stray closer ``found[i]``, if there is one."""
    closer = found[i][1]
    opener = PAIRS[closer]
    for j in range(i + 1, len(found)):
        if found[j][1] == closer:
            return None
        if found[j][1] == opener:
            rest = [ch for _, ch in found[j + 1 :] if ch in (opener, closer)]
            if rest or _closed_later(lines, index + 1, opener, closer):
                return None
            return j
    return None


def _closed_later(lines: Sequence[str], start: int, opener: str, closer: str) -> bool:
    for text in lines[start:]:
        if not text.strip():
            return False
        for ch in BRACKETS.findall(text):
            if ch in (opener, closer):
                return bool(ch == closer)
    return False
