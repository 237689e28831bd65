"""What the Arabic rules share: which renditions are right-to-left Arabic, and their lines.

A rendition counts as RTL Arabic by its content (the share of Arabic letters),
never by what the letter grammar concluded, so the rules judge the text as it
is. Results are cached per rendition: every rule asks the same questions.
Lines are found by searching a rendition's whole text once and jumping from hit
to hit (``line_indexes``), so a clean line costs no Python work in any rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import regex

from unarchive.parsed import Line, Parsed, Rendition
from unarchive.text.bidi import BRACKETS
from unarchive.text.order import (
    MIRRORED,
    SIGNS,
    is_visual,
    unmirrored_brackets,
    visual_order_signs,
)
from unarchive.text.words import Vocabulary, words

T = TypeVar("T")
P = TypeVar("P", regex.Pattern[str], re.Pattern[str])
Pattern = regex.Pattern[str] | re.Pattern[str]  # a plain character class may use the stdlib
ARABIC_SHARE = 0.5
REFERENCE_VISUAL_SHARE = 0.05
CACHE_SIZE = 64
_NOT_LETTER = regex.compile(r"\P{L}+")
_NOT_ARABIC_LETTER = regex.compile(
    r"[^\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufefc]+"
)


def arabic_share(text: str) -> float:
    """Share of the letters of ``text`` that are Arabic-script letters (0 when there are none)."""
    letters = _NOT_LETTER.sub("", text)  # two C-level passes: no per-character Python work
    return len(_NOT_ARABIC_LETTER.sub("", letters)) / len(letters) if letters else 0.0


_CACHES: list[dict[int, Any]] = []


def clear_caches() -> None:
    """Forget every per-rendition result and every cached line analysis (for benchmarks)."""
    for cache in _CACHES:
        cache.clear()
    words.cache_clear()


def per_rendition(compute: Callable[[Rendition], T]) -> Callable[[Rendition], T]:
    """Cache ``compute`` by rendition *identity*.

    Hashing a rendition hashes every line, which costs more than most rules;
    renditions are immutable, so the object itself is the key (kept alive in
    the cache, which is bounded and cleared with ``cache_clear``).
    """
    cache: dict[int, tuple[Rendition, T]] = {}
    _CACHES.append(cache)

    def cached(rendition: Rendition) -> T:
        hit = cache.get(id(rendition))
        if hit is not None and hit[0] is rendition:
            return hit[1]
        if len(cache) >= CACHE_SIZE:
            cache.clear()
        value = compute(rendition)
        cache[id(rendition)] = (rendition, value)
        return value

    cached.cache_clear = cache.clear  # type: ignore[attr-defined]
    cached.__doc__ = compute.__doc__
    return cached


@per_rendition
def rendition_text(rendition: Rendition) -> str:
    return rendition.text()


# The characters of almost every line of an Arabic or English letter: tab, line break,
# printable ASCII and the basic Arabic letters. One search of a rendition for anything
# else (``uncommon``) tells every rule whose hint needs a rarer character (a control, a
# presentation form, a private-use glyph, ...) whether to search at all, and leaves
# ``rendition_share`` only a handful of characters to ask the Unicode tables about.
COMMON = "\t\n" + "".join(
    map(chr, [*range(0x20, 0x7F), *range(0x0621, 0x063B), *range(0x0640, 0x064B)])
)
_UNCOMMON = re.compile("[^\t\n -~\u0621-\u063a\u0640-\u064a]")
_ASCII_NOT_LETTER = bytes(b for b in range(128) if not chr(b).isascii() or not chr(b).isalpha())


@per_rendition
def uncommon_text(rendition: Rendition) -> str:
    """The characters of the rendition that are not in ``COMMON``, in order."""
    return "".join(_UNCOMMON.findall(rendition_text(rendition)))


@per_rendition
def uncommon(rendition: Rendition) -> str:
    """Each character of the rendition that is not in ``COMMON``, once."""
    return "".join(set(uncommon_text(rendition)))


@per_rendition
def ascii_text(rendition: Rendition) -> bytes:
    """The ASCII characters of the rendition, as bytes (one C-level pass)."""
    return rendition_text(rendition).encode("ascii", "ignore")


@per_rendition
def ascii_letters(rendition: Rendition) -> int:
    """How many ASCII letters the rendition has."""
    return len(ascii_text(rendition).translate(None, _ASCII_NOT_LETTER))


def rendition_share(rendition: Rendition) -> float:
    """``arabic_share`` of the rendition's text, the same figure counted by class.

    ASCII letters and the basic Arabic letters (all of them letters, all Arabic) are
    counted with C-level string operations; only the ``uncommon`` characters go
    through ``arabic_share``'s two Unicode-property passes.
    """
    text, other = rendition_text(rendition), uncommon_text(rendition)
    ascii_bytes = ascii_text(rendition)
    other_ascii = len(other.encode("ascii", "ignore"))
    basic_arabic = len(text) - len(ascii_bytes) - (len(other) - other_ascii)
    other_letters = _NOT_LETTER.sub("", other)
    arabic = basic_arabic + len(_NOT_ARABIC_LETTER.sub("", other_letters))
    letters = ascii_letters(rendition) + basic_arabic + len(other_letters)
    return arabic / letters if letters else 0.0


@per_rendition
def is_arabic(rendition: Rendition) -> bool:
    """True when most letters of the rendition are Arabic: it is read right to left."""
    return rendition_share(rendition) >= ARABIC_SHARE


@per_rendition
def is_persian(rendition: Rendition) -> bool:
    """More Persian yeh/keheh than Arabic yeh/kaf: Persian or Urdu text, not Arabic."""
    text = rendition_text(rendition)
    persian = text.count("\u06cc") + text.count("\u06a9")
    return persian > text.count("\u064a") + text.count("\u0643")


def is_arabic_language(rendition: Rendition) -> bool:
    return is_arabic(rendition) and not is_persian(rendition)


@per_rendition
def vocabulary(rendition: Rendition) -> Vocabulary:
    return Vocabulary.of([rendition_text(rendition)])


@per_rendition
def line_starts(rendition: Rendition) -> list[int]:
    """Offset of each line in ``rendition_text`` (lines joined by one line break)."""
    starts, offset = [], 0
    for line in rendition.lines:
        starts.append(offset)
        offset += len(line.text) + 1
    return starts


@per_rendition
def _asked(rendition: Rendition) -> dict[tuple[type, str, int], tuple[int, ...]]:
    """``line_indexes`` answers so far: rules and visual-order signs share hints."""
    return {}


def line_indexes(rendition: Rendition, pattern: Pattern) -> tuple[int, ...]:
    """The indexes of the lines of ``rendition`` that contain a match of ``pattern``, in order.

    The rendition's whole text is searched, and after a hit the search resumes at
    the next line: lines without a match cost no Python at all. ``pattern`` must
    not match a line break nor look at one differently from a line's ends (a
    character class, a short literal), so that a hit in the whole text is a hit
    in its line. Answers are kept per rendition and pattern (engine, text, flags).
    """
    asked = _asked(rendition)
    key = (type(pattern), pattern.pattern, pattern.flags)
    found = asked.get(key)
    if found is None:
        found = asked[key] = tuple(_search_lines(rendition, pattern))
    return found


def _search_lines(rendition: Rendition, pattern: Pattern) -> Iterator[int]:
    text = rendition_text(rendition)
    match = pattern.search(text)
    if match is None:
        return
    starts = line_starts(rendition)
    while match is not None:
        index = bisect_right(starts, match.start()) - 1
        yield index
        if index + 1 == len(starts):
            return
        match = pattern.search(text, starts[index + 1])


def rare(pattern: P) -> P:
    """``pattern``, a one-character class, checked to hold no ``COMMON`` character: a
    rendition can then match it only if ``uncommon`` does (see ``lines_with``)."""
    if pattern.search(COMMON):
        raise ValueError(f"{pattern!r} matches a common character")
    return pattern


Needs = Pattern | Callable[[Rendition], object] | None


def may_match(rendition: Rendition, needs: Needs) -> bool:
    """False when the rendition lacks what ``needs`` asks for: a character of a ``rare``
    class, or a true answer of a per-rendition test (``ascii_letters``)."""
    if needs is None:
        return True
    if callable(needs):
        return bool(needs(rendition))
    return needs.search(uncommon(rendition)) is not None


def matches_by_line(rendition: Rendition, pattern: Pattern) -> Iterator[tuple[Line, int, int, str]]:
    """Each match of ``pattern`` in the rendition's whole text: (line, start, end, text),
    offsets within the line, in order.

    One ``finditer`` instead of one per line. ``pattern`` must not match a line
    break and must see one as it sees a line's ends (``\\S``, a letter class), so
    that the matches in the whole text are the matches in each line.
    """
    starts, lines = line_starts(rendition), rendition.lines
    for match in pattern.finditer(rendition_text(rendition)):
        index = bisect_right(starts, match.start()) - 1
        offset = starts[index]
        yield lines[index], match.start() - offset, match.end() - offset, match.group()


def lines_with(
    parsed: Parsed, pattern: Pattern, needs: Needs = None
) -> Iterator[tuple[Rendition, Line]]:
    """The lines that contain a match of ``pattern`` (see ``line_indexes``), in order.

    ``needs`` (see ``may_match``), which every rendition with a match of ``pattern``
    satisfies, lets a rendition that does not be skipped without searching it.
    """
    for rendition in parsed.renditions:
        if needs is not None and not may_match(rendition, needs):
            continue
        lines = rendition.lines
        for index in line_indexes(rendition, pattern):
            yield rendition, lines[index]


def others(parsed: Parsed, rendition: Rendition) -> list[Rendition]:
    """The other Arabic renditions of the same document (empty when there is only one)."""
    return [r for r in parsed.renditions if r is not rendition and is_arabic(r)]


@per_rendition
def unmirrored(rendition: Rendition) -> list[tuple[int, int, int]]:
    """``unmirrored_brackets`` of the rendition's lines (AR004 and AR017 both ask)."""
    bracketed = set(line_indexes(rendition, BRACKETS))
    if not bracketed:
        return []
    return list(unmirrored_brackets([line.text for line in rendition.lines], bracketed))


@per_rendition
def visual_lines(rendition: Rendition) -> dict[int, list[str]]:
    """Index of each line that shows visual order -> the signs it shows (AR004)."""
    if not is_arabic(rendition):
        return {}
    texts = [line.text for line in rendition.lines]
    mirrored = {index for index, _, _ in unmirrored(rendition)}
    if any("\n" in text for text in texts):  # not one text line by line: ask each line
        shown = {i: visual_order_signs(text, i in mirrored) for i, text in enumerate(texts)}
    else:
        shown = _signs_by_line(rendition, texts, mirrored)
    return {index: shown[index] for index in sorted(shown) if is_visual(shown[index])}


def _signs_by_line(
    rendition: Rendition, texts: list[str], mirrored: set[int]
) -> dict[int, list[str]]:
    """``visual_order_signs`` of every line, each sign's hint searched once in the whole text."""
    shown: dict[int, list[str]] = {}
    for name, hint, confirm in SIGNS:
        if not may_match(rendition, _SIGN_NEEDS.get(name)):
            continue
        for index in line_indexes(rendition, hint):
            if confirm is None or confirm(texts[index]):
                shown.setdefault(index, []).append(name)
    for index in mirrored:
        shown.setdefault(index, []).append(MIRRORED)
    return shown


# What the signs with a rare hint need (``rare``): U+202D, presentation forms.
_SIGN_NEEDS = {
    "override": rare(re.compile("\u202d")),
    "shapes reversed": rare(re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")),
}


def is_reference(rendition: Rendition) -> bool:
    """A rendition clean enough to confirm another's words: almost no line in visual order."""
    lines = sum(1 for line in rendition.lines if line.text.strip())
    return is_arabic(rendition) and len(visual_lines(rendition)) <= REFERENCE_VISUAL_SHARE * lines


def references(parsed: Parsed, rendition: Rendition) -> list[Rendition]:
    """The other renditions whose words may confirm a repair of ``rendition``'s words."""
    return [r for r in others(parsed, rendition) if is_reference(r)]
