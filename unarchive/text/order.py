"""Signs that a line of Arabic is stored in visual rather than logical order.

Three granularities occur (research note, §2.3): whole lines reversed
letter by letter, runs ("phrases") emitted left to right with their letters in
logical order, and reversed presentation-form text from naive producers. Each
sign here is cheap and local; ``visual_order_signs`` says which ones a line shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from unarchive.text.arabic import LETTERS
from unarchive.text.bidi import BRACKETS, OPENERS, PAIRS, override_with_arabic
from unarchive.text.digits import glued_digits
from unarchive.text.forms import form_tag

_LEADING_FINAL_PUNCTUATION = regex.compile(
    rf"^[\s\u00a0]*[)\]}}]?[.،؛!؟](?=[\s\u00a0]*[{LETTERS}])"
)
_GLUED_PUNCTUATION = regex.compile(rf"[{LETTERS}][.،؛!؟][{LETTERS}]")
_GAP = regex.compile(r"\S[ \u00a0]{3,}\S")
_RUN_TOGETHER = regex.compile(rf"[ةى](?=[{LETTERS}])")
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


def visual_order_signs(text: str, mirrored: bool = False) -> list[str]:
    """The signs of visual order ``text`` shows; ``mirrored`` comes from the bracket walk."""
    signs = []
    if _LEADING_FINAL_PUNCTUATION.search(text):
        signs.append("leading final punctuation")
    if any(override_with_arabic(text)):
        signs.append("override")
    if letters_reversed(text):
        signs.append("letters reversed")
    if shapes_reversed(text):
        signs.append("shapes reversed")
    if _GAP.search(text.strip()):
        signs.append("gap between runs")
    if any(True for _ in glued_digits(text)):
        signs.append("number glued to a word")
    if _TAIL.search(text):
        signs.append("word tail at a kashida")
    if _RUN_TOGETHER.search(text):
        signs.append("words run together")
    if _GLUED_PUNCTUATION.search(text):
        signs.append("punctuation glued to the next word")
    if mirrored:
        signs.append("brackets unmirrored")
    return signs


def is_visual(signs: Sequence[str]) -> bool:
    return any(s in STRONG for s in signs) or len(signs) >= 2


def unmirrored_brackets(lines: Sequence[str]) -> Iterator[tuple[int, int, int]]:
    """(line index, start, end) of ``)…(`` pairs that read as a pair only when mirrored.

    The walk keeps open brackets across lines of a paragraph, so a pair that
    spans two lines (``(انظر`` / ``المرفق)``) is not mistaken for a mirrored one.
    """
    stack: list[str] = []
    for index, text in enumerate(lines):
        if not text.strip():
            stack.clear()
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
