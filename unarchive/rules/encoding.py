"""E rules: how the file was decoded, and characters that do not belong in text at all."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from unarchive.codes import (
    Rule,
    byte_order_mark,
    damaged_pdf,
    legacy_encoding,
    no_text_layer,
    unreadable_input,
)
from unarchive.findings import Severity
from unarchive.parsed import Parsed
from unarchive.rules.base import Hit, at, rule
from unarchive.rules.scan import ascii_letters, lines_with, rare
from unarchive.text.unicode import char_name

_CONTROL = rare(re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"))
_LOST = rare(regex.compile(r"[\ufffd\p{Co}]"))


@rule("E003", "control-character", Severity.ERROR)
def control_character(parsed: Parsed) -> Iterator[Hit]:
    """A C0 or C1 control character (other than tab and line breaks), or NUL, in the text.

    ## Why it matters
    Controls are not text: XML 1.0 cannot carry most of them, and they usually mean
    the file was damaged or mis-decoded.

    ## Example
    `U+0000` between two words of a text dump.

    ## Hint
    Find out how the file was produced; remove the controls in a repaired copy.
    """
    for rendition, line in lines_with(parsed, _CONTROL, _CONTROL):
        for match in _CONTROL.finditer(line.text):
            yield Hit(
                at(rendition, line, match.start()), f"control character {char_name(match.group())}"
            )


@rule("E004", "replacement-character", Severity.ERROR)
def replacement_character(parsed: Parsed) -> Iterator[Hit]:
    """U+FFFD or a private-use code point: information was already lost before unarchive.

    ## Why it matters
    U+FFFD marks a character a decoder could not read; private-use code points are
    glyph codes of some font, not text. Neither can be repaired from the text alone.

    ## Example
    `حف\ufffdظ` from a file decoded with the wrong code page upstream.

    ## Hint
    Look for another rendition (the Word original, another PDF) of the same document.
    """
    for rendition, line in lines_with(parsed, _LOST, _LOST):
        for match in _LOST.finditer(line.text):
            yield Hit(
                at(rendition, line, match.start()),
                f"{char_name(match.group())}: the character is lost",
            )


# One or two ASCII letters glued to an Arabic letter (glyph codes leaked as their byte
# value), or pdfminer's "(cid:N)" for a glyph with no Unicode mapping at all. After a
# tatweel a Latin acronym is a convention ("الـUN"), not a leak, so letters only.
_LEAKED = regex.compile(
    r"\(cid:\d+\)"
    r"|(?<=[\u0621-\u063a\u0641-\u064a])[A-Za-z]{1,2}(?![A-Za-z])"
    r"|(?<![A-Za-z])[A-Za-z]{1,2}(?=[\u0621-\u063a\u0641-\u064a])"
)
_LEAK_HINT = regex.compile(r"\(cid:|[A-Za-z]")


@rule("E007", "leaked-glyph-code", Severity.ERROR)
def leaked_glyph_code(parsed: Parsed) -> Iterator[Hit]:
    """ASCII letters or `(cid:N)` between Arabic letters: glyph codes with no Unicode mapping.

    ## Why it matters
    The extractor could not map a glyph to a character and emitted its code instead:
    a letter of the word is missing and a Latin letter stands in its place.

    ## Example
    `الXكثيرة` (glyph 0x58 of a two-glyph letter whose `/ActualText` was ignored);
    `(cid:123)` from pdfminer.

    ## Hint
    Re-extract honouring `/ActualText` (unarchive's PDF parser does), or use
    another rendition of the document.
    """
    for rendition, line in lines_with(parsed, _LEAK_HINT, needs=ascii_letters):
        for match in _LEAKED.finditer(line.text):
            yield Hit(
                at(rendition, line, *match.span()),
                f"{match.group()!r} where an Arabic letter should be",
            )


RULES: tuple[Rule, ...] = (
    legacy_encoding,
    byte_order_mark,
    control_character,
    replacement_character,
    unreadable_input,
    no_text_layer,
    leaked_glyph_code,
    damaged_pdf,
)
