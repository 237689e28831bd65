"""E rules: how the file was decoded, and characters that do not belong in text at all."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from unarchive.findings import Severity
from unarchive.parsed import Parsed
from unarchive.rules.base import Hit, Rule, at, emitted, rule
from unarchive.rules.scan import ascii_letters, lines_with, rare
from unarchive.text.unicode import char_name

legacy_encoding = emitted(
    "E001",
    "legacy-encoding",
    Severity.WARNING,
    """The input is not UTF-8 (cp1256, ISO-8859-6, UTF-16 …); it was decoded anyway.

## Why it matters
A file whose encoding must be guessed can be guessed wrong later, by another tool.
Archives keep text as UTF-8.

## Example
A text dump saved by an old Arabic Windows system in code page 1256.

## Hint
Keep the original; store the converted UTF-8 copy that `unarchive convert` writes.
""",
)

byte_order_mark = emitted(
    "E002",
    "byte-order-mark",
    Severity.INFO,
    """A byte-order mark at the start of the file, or U+FEFF inside the text.

## Why it matters
A BOM inside text is an invisible character that breaks comparison and search.

## Example
`EF BB BF` before the first line of a UTF-8 file.

## Hint
Remove U+FEFF inside the text; a leading BOM is harmless but unnecessary in UTF-8.
""",
)

unreadable_input = emitted(
    "E005",
    "unreadable-input",
    Severity.ERROR,
    """The document could not be read: empty, binary, truncated, encrypted or of another format.

## Why it matters
Nothing in it was checked, so it must not pass ingest as valid.

## Example
A PDF renamed `letter.txt`; a 0-byte file.

## Hint
Check that the file is the document it claims to be and that it arrived whole.
""",
)

no_text_layer = emitted(
    "E006",
    "no-text-layer",
    Severity.ERROR,
    """A PDF page (or the whole PDF) has no extractable text: a scanned image.

## Why it matters
What is only a picture of text cannot be searched, checked or exported; a
letter read from the other pages misses what this page says.

## Example
Page 3 of a PDF is a scan of a signed original, with no OCR layer.

## Hint
Run OCR on the page (keep the scan), or find a born-digital copy of the document.
""",
)

damaged_pdf = emitted(
    "E008",
    "damaged-pdf",
    Severity.WARNING,
    """The PDF's structure is damaged; the reader worked around it (pypdf's own report).

## Why it matters
A file repaired on the fly may be read differently by other tools, and part of
its content may be missing.

## Example
`incorrect startxref pointer(1)`: the cross-reference table is not where the trailer says.

## Hint
Keep the file; check it with a second PDF reader, or get a fresh copy from the source.
""",
)

# C0 and C1 controls except TAB, LF and CR (which are layout), and DEL. The stdlib
# engine scans a whole text for one plain character class about four times faster.
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
