"""Numbers in Arabic text: digit systems, digits glued to words, thousands groups in display order.

Arabic-Indic digits (U+0660…) are Bidi AN, ASCII and Extended Arabic-Indic are
EN; all three are Nd, so ``\\d`` covers them. A right-to-left paragraph shows
``20 000`` typed with an ordinary space as "000 20", so typists store the groups
reversed; NBSP (Bidi CS) keeps a number in one run and is the repair's joiner.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from unarchive.text.arabic import LETTERS

ASCII = "0-9"
ARABIC_INDIC = "\u0660-\u0669"
EXTENDED = "\u06f0-\u06f9"
_SYSTEMS = {"ascii": ASCII, "arabic-indic": ARABIC_INDIC, "extended": EXTENDED}
_DIGITS = f"{ASCII}{ARABIC_INDIC}{EXTENDED}"
NUMBER = regex.compile(f"[{_DIGITS}]+")
EXTENDED_RUN = regex.compile(f"[{EXTENDED}]+")
_SYSTEM_OF = {system: regex.compile(f"[{chars}]") for system, chars in _SYSTEMS.items()}

# Groups joined by plain spaces (an NBSP keeps a number in one run, so it displays as
# stored): a first group of exactly three digits, more groups of three, and a last group
# that can lead a number (1-3 digits, not starting with zero). Nothing numeric around.
REVERSED_GROUPS = regex.compile(
    rf"(?<![{_DIGITS}][ \u00a0]?)([{_DIGITS}]{{3}})((?: [{_DIGITS}]{{3}})*)"
    rf" (?![0٠۰])([{_DIGITS}]{{1,3}})(?![ \u00a0]?[{_DIGITS}])"
)
# Where such groups can be: three digits, a space, a digit (a line-by-line pre-filter).
REVERSED_GROUPS_HINT = regex.compile(f"[{_DIGITS}]{{3}} [{_DIGITS}]")
# A digit touching an Arabic letter: where glued_digits can find anything (a pre-filter).
GLUED_HINT = regex.compile(rf"[{_DIGITS}](?=[{LETTERS}])|(?<=[{LETTERS}])[{_DIGITS}]")
# A number: digit runs joined by a single space, NBSP or separator.
_NUMBER_GROUPS = regex.compile(rf"[{_DIGITS}]+(?:[ \u00a0.,٫٬][{_DIGITS}]+)*")
_LETTER = regex.compile(f"[{LETTERS}]")
_PROCLITICS = "وبلفك"  # one-letter words that attach to a number: "و5", "ب50"
_DATE_LETTERS = "مه"  # ٢٠١١م, ١٤٣٢هـ


def systems(number: str) -> list[str]:
    return [name for name, pattern in _SYSTEM_OF.items() if pattern.search(number)]


def glued_digits(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a number plus the Arabic letter glued to it, except proclitics and date letters."""
    for match in _NUMBER_GROUPS.finditer(text):
        start, end = match.span()
        glued_before = start > 0 and _is_letter(text[start - 1]) and not _proclitic(text, start - 1)
        glued_after = end < len(text) and _is_letter(text[end]) and not _date_letter(text, end)
        if glued_before or glued_after:
            yield start - glued_before, end + glued_after


def _is_letter(ch: str) -> bool:
    return _LETTER.match(ch) is not None


def _proclitic(text: str, index: int) -> bool:
    return text[index] in _PROCLITICS and (index == 0 or not _is_letter(text[index - 1]))


def _date_letter(text: str, index: int) -> bool:
    end = index + 1
    while end < len(text) and text[end] == "\u0640":
        end += 1
    return text[index] in _DATE_LETTERS and (end == len(text) or not _is_letter(text[end]))


def reversed_groups(text: str) -> Iterator[tuple[int, int, str]]:
    """Digit groups stored in display order, with the number in logical order (NBSP-joined)."""
    for match in REVERSED_GROUPS.finditer(text):
        groups = match.group().split(" ")
        yield match.start(), match.end(), "\u00a0".join(reversed(groups))


def majority(number: str) -> str:
    """The digit system most digits of ``number`` use (ties: the system of its first digit)."""
    counts = {name: len(pattern.findall(number)) for name, pattern in _SYSTEM_OF.items()}
    first = systems(number[0])[0]
    return max(counts, key=lambda name: (counts[name], name == first))


def to_system(number: str, system: str) -> str:
    """``number`` written with the digits of ``system``."""
    target = _SYSTEMS[system][0]
    base = ord(target)
    out = []
    for ch in number:
        for chars in _SYSTEMS.values():
            if chars[0] <= ch <= chars[-1]:
                ch = chr(base + ord(ch) - ord(chars[0]))
                break
        out.append(ch)
    return "".join(out)
