"""AR rules about single characters: forms, controls, joiners, code pages, look-alikes, marks.

These rules look at characters and their neighbours only, so they run on every
rendition; the look-alike and digit-system rules ask first whether the
rendition is Arabic text at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from unarchive.findings import Severity
from unarchive.parsed import Parsed
from unarchive.rules.base import Hit, at, rule
from unarchive.rules.scan import is_arabic_language, lines_with, rare, rendition_text
from unarchive.text import digits
from unarchive.text.arabic import BIDI_CONTROLS
from unarchive.text.bidi import control_runs
from unarchive.text.forms import presentation_runs
from unarchive.text.joining import redundant_joiners
from unarchive.text.mojibake import HINT as MOJIBAKE_HINT
from unarchive.text.mojibake import find_mojibake
from unarchive.text.unicode import char_name, is_normalized, normalize

_FORMS = rare(regex.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]"))
# A plain character class: the stdlib engine scans a whole text for it four times faster.
_CONTROLS = rare(re.compile(f"[{BIDI_CONTROLS}\u206a-\u206f]"))  # with the deprecated U+206A-F
_JOINERS = rare(regex.compile(r"[\u200c\u200d]"))
LOOKALIKES = regex.compile(r"[\u06a9\u06cc\u06c1\u06be\u06d5\u06d2]|\u0649\u0654|\u0627\u0674")
MARK = "\u064b-\u065f\u0670"
# Every look-alike match holds one of these letters (or the hamza/high hamza after ى/ا).
_LOOKALIKE_LETTERS = rare(re.compile("[\u06a9\u06cc\u06c1\u06be\u06d5\u06d2\u0654\u0674]"))
DETACHED_MARK = regex.compile(rf"(?<![\p{{L}}\p{{M}}\u0640\u200c\u200d])[{MARK}]+")
DUPLICATE_MARK = regex.compile(rf"([{MARK}])\1+")
_ANY_MARK = rare(re.compile(f"[{MARK}]"))
_CLUSTER = regex.compile(r"\X")


@rule("AR001", "presentation-form", Severity.WARNING)
def presentation_form(parsed: Parsed) -> Iterator[Hit]:
    """Arabic Presentation Forms-A/B (glyph shapes) stored instead of the base letters.

    ## Why it matters
    A presentation form is a shape (final meem, lam-alef ligature), not a letter:
    search, sorting and comparison with any other copy of the text fail on it.

    ## Example
    `ﺍﻟﺴﻼﻡ` (U+FE8D U+FEDF …) for `السلام`, from a PDF whose font maps glyph shapes.

    ## Hint
    `unarchive repair` folds each form to its letters (NFKC per character, never
    for the whole text, which would also rewrite NBSP).
    """
    for rendition, line in lines_with(parsed, _FORMS, _FORMS):
        for start, end in presentation_runs(line.text):
            yield Hit(
                at(rendition, line, start, end),
                f"{end - start} presentation form(s), first {char_name(line.text[start])}",
            )


@rule("AR008", "mixed-digit-systems", Severity.WARNING)
def mixed_digit_systems(parsed: Parsed) -> Iterator[Hit]:
    """One number mixes digit systems, or Extended Arabic-Indic (Persian) digits in Arabic text.

    ## Why it matters
    `2٠11` is not a number any program reads back, and `۴۵۶` (Persian 4, 5, 6) are
    drawn differently from the Arabic-Indic `٤٥٦` that Arabic readers expect.

    ## Example
    `عام ٢٠11`; `المادة ۴۴` in an Arabic letter.

    ## Hint
    Retype the number in one system; `repair --unsafe-fixes` converts a mixed number to
    its majority system and Persian digits to Arabic-Indic. Persian letters are AR012.
    """
    for rendition, line in lines_with(parsed, digits.NUMBER):
        arabic = is_arabic_language(rendition)
        for match in digits.NUMBER.finditer(line.text):
            if match.group().isascii():
                continue  # one system, and not the extended one (the common case)
            found = digits.systems(match.group())
            if len(found) > 1:
                message = f"one number in {' and '.join(found)} digits"
            elif found == ["extended"] and arabic:
                message = f"Extended Arabic-Indic (Persian) digits {match.group()!r} in Arabic text"
            else:
                continue
            yield Hit(at(rendition, line, *match.span()), message)


@rule("AR009", "bidi-control", Severity.WARNING)
def bidi_control(parsed: Parsed) -> Iterator[Hit]:
    """Explicit bidi controls (embeddings, overrides, isolates), unbalanced or unneeded marks.

    ## Why it matters
    Controls carry display intent only; in archival text they are invisible noise that
    breaks search and, unbalanced, changes how everything after them is displayed.

    ## Example
    `الأمم المتحدة` wrapped in U+202B … U+202C, as pdftotext writes every line.

    ## Hint
    `unarchive repair` removes them; keep LRM/RLM only next to a number or neutral.
    """
    for rendition, line in lines_with(parsed, _CONTROLS, _CONTROLS):
        for run in control_runs(line.text):
            names = ", ".join(sorted({char_name(c) for c in line.text[run.start : run.end]}))
            yield Hit(at(rendition, line, run.start, run.end), f"{run.why} bidi control: {names}")


@rule("AR010", "redundant-joiner", Severity.INFO)
def redundant_joiner(parsed: Parsed) -> Iterator[Hit]:
    """A ZWJ or ZWNJ that changes no joining: next to a space or a non-joining letter, or doubled.

    ## Why it matters
    An invisible character that does nothing still makes two equal words compare
    unequal, and survives into every export.

    ## Example
    `الأمم` + U+200C ZWNJ + space + `المتحدة`: the ZWNJ stands before a space.

    ## Hint
    `unarchive repair` removes it; a ZWNJ that separates two joining letters is kept.
    """
    for rendition, line in lines_with(parsed, _JOINERS, _JOINERS):
        for start, end in redundant_joiners(line.text):
            yield Hit(
                at(rendition, line, start, end), f"{char_name(line.text[start])} joins nothing"
            )


@rule("AR011", "mojibake", Severity.ERROR)
def mojibake(parsed: Parsed) -> Iterator[Hit]:
    """Arabic decoded with the wrong code page (`ط§ظ„`, `Ø§Ù„`, `ÇáäÒ`).

    ## Why it matters
    The text is unreadable as stored; every word of it fails search and export.

    ## Example
    `ط§ظ„ط³ظ„ط§ظ…` is `السلام` encoded as UTF-8 and read as cp1256.

    ## Hint
    `unarchive repair` undoes it when the bytes decode strictly and round-trip exactly.
    """
    for rendition, line in lines_with(parsed, MOJIBAKE_HINT):
        for found in find_mojibake(line.text):
            yield Hit(
                at(rendition, line, found.start, found.end),
                f"{found.reading}: reads {found.fixed!r}",
            )


@rule("AR012", "persian-lookalike", Severity.WARNING)
def persian_lookalike(parsed: Parsed) -> Iterator[Hit]:
    """Persian or Urdu look-alike letters (ی ک ە ہ ھ ے) in Arabic-language text.

    ## Why it matters
    `ی` and `ي` look alike but are different characters: a search for `في` misses
    `فی`. They come from Persian keyboards, fonts and OCR.

    ## Example
    `فی الأمم المتحدة` (U+06CC FARSI YEH).

    ## Hint
    `repair --unsafe-fixes` maps ک to ك and non-final ی to ي; final ی needs a reader
    (ي or ى). Persian digits are reported by AR008.
    """
    for rendition, line in lines_with(parsed, LOOKALIKES, _LOOKALIKE_LETTERS):
        if not is_arabic_language(rendition):
            continue
        garbled = [(m.start, m.end) for m in find_mojibake(line.text)]
        for match in LOOKALIKES.finditer(line.text):
            if any(s < match.end() and match.start() < e for s, e in garbled):
                continue  # cp1256 mojibake shows ک and ی: AR011 reports it
            yield Hit(
                at(rendition, line, *match.span()),
                f"{char_name(match.group()[0])} in Arabic text",
            )


@rule("AR013", "not-nfc", Severity.WARNING)
def not_nfc(parsed: Parsed) -> Iterator[Hit]:
    """Text not in Unicode Normalization Form C (decomposed hamza, marks out of canonical order).

    ## Why it matters
    `أ` stored as alef + combining hamza looks the same as `أ` but compares unequal;
    archives store NFC.

    ## Example
    U+0627 U+0654 (alef, combining hamza) for `أ`; shadda typed before fatha.

    ## Hint
    `unarchive repair` applies NFC (never NFKC, which would fold NBSP too).
    """
    for rendition in parsed.renditions:
        if is_normalized("NFC", rendition_text(rendition)):
            continue
        for line in rendition.lines:
            for start, end in non_nfc_spans(line.text):
                yield Hit(
                    at(rendition, line, start, end),
                    f"{line.text[start:end]!r} is not NFC "
                    f"(NFC: {normalize('NFC', line.text[start:end])!r})",
                )


def non_nfc_spans(text: str) -> Iterator[tuple[int, int]]:
    if is_normalized("NFC", text):
        return
    start = end = -1
    for match in _CLUSTER.finditer(text):
        if is_normalized("NFC", match.group()):
            continue
        if match.start() != end:
            if start >= 0:
                yield start, end
            start = match.start()
        end = match.end()
    if start >= 0:
        yield start, end


@rule("AR015", "mark-without-base", Severity.WARNING)
def mark_without_base(parsed: Parsed) -> Iterator[Hit]:
    """An Arabic mark (haraka, shadda) detached from its letter, or the same mark twice.

    ## Why it matters
    A mark after a space or at a line start belongs to no letter; a doubled mark is
    a typing or extraction error. Both render as dotted circles or stacked marks.

    ## Example
    `إلا ّ` (shadda after a space, as pdftotext writes it); `بَّّ`.

    ## Hint
    `unarchive repair` collapses doubled marks; reattaching a detached mark is a
    policy fix (`--unsafe-fixes`). Shadda on alef (`إلاّ`) is spelling, not reported.
    """
    for rendition, line in lines_with(parsed, _ANY_MARK, _ANY_MARK):
        for match in DETACHED_MARK.finditer(line.text):
            yield Hit(at(rendition, line, *match.span()), "mark with no letter before it")
        for match in DUPLICATE_MARK.finditer(line.text):
            yield Hit(at(rendition, line, *match.span()), f"{char_name(match.group(1))} repeated")
