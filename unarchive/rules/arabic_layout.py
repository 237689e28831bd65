"""AR rules about layout inside a line: tatweel, word and run order, numbers, brackets.

These are the defects a PDF text layer brings: justification kashidas, words
split at a kashida, runs in visual order, digits glued to words, thousands
groups in display order and brackets that were drawn mirrored but not stored so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from unarchive.findings import Severity
from unarchive.parsed import Parsed
from unarchive.rules.base import Hit, at, rule
from unarchive.rules.scan import (
    arabic_share,
    is_arabic,
    line_indexes,
    lines_with,
    matches_by_line,
    rendition_text,
    unmirrored,
    visual_lines,
)
from unarchive.text.arabic import LETTERS, TATWEEL
from unarchive.text.digits import (
    GLUED_HINT,
    REVERSED_GROUPS_HINT,
    glued_digits,
    reversed_groups,
)
from unarchive.text.joining import TATWEEL_RUNS, TatweelKind, classify_tatweel

_TATWEEL = re.compile(TATWEEL)  # a literal: the stdlib engine finds it twice as fast
# A token that opens with tatweel and goes on with a letter (TatweelKind.TAIL), to its end.
TAIL = regex.compile(rf"(?<!\S){TATWEEL}+(?=[{LETTERS}])\S*")
_BRACKET = regex.compile(r"[()\[\]{}]")

NBSP = "\u00a0"


# The message of a run of 1-8 tatweels, made once (hundreds of runs a page).
_RUN_MESSAGES = {n: f"{n} justification tatweel(s)" for n in range(1, 9)}


@rule("AR002", "justification-tatweel", Severity.WARNING)
def justification_tatweel(parsed: Parsed) -> Iterator[Hit]:
    """Tatweel (U+0640) inserted by kashida justification; the abbreviation `هـ` is not one.

    ## Why it matters
    Justification kashidas are layout, not text: `مــن` does not match `من` in any
    search, and the count of letters is wrong.

    ## Example
    `يعقـد مجلـس الأمـن` (one tatweel per word, from a justified PDF line).

    ## Hint
    `unarchive repair` removes every justification run and keeps `هـ` (an initial or
    the Hijri year), `مـ` after a year, the article before a foreign word or a
    number (`الـUN`, `الـ 50`), and a tatweel carrying a mark.
    """
    kept = (TatweelKind.ABBREVIATION, TatweelKind.CARRIER)
    for rendition, line in lines_with(parsed, _TATWEEL):
        text = line.text
        # tatweel_runs, unrolled: ~700 runs in a justified PDF page, most between letters.
        for match in TATWEEL_RUNS.finditer(text):
            start, end = match.span()
            message = _RUN_MESSAGES.get(end - start) or f"{end - start} justification tatweel(s)"
            if not match.lastindex:  # not between two letters: ask the classifier
                kind = classify_tatweel(text, start, end)
                if kind in kept:
                    continue
                if kind is TatweelKind.TAIL:
                    message += " opening a word tail"
            yield Hit(at(rendition, line, start, end), message)


@rule("AR003", "split-at-kashida", Severity.WARNING)
def split_at_kashida(parsed: Parsed) -> Iterator[Hit]:
    """A word split into head and tail at a kashida: a token that starts with tatweel.

    ## Why it matters
    The word exists only in pieces, often with its head at the other end of the line:
    neither piece is a word, and the text no longer says what the document says.

    ## Example
    `ــسؤوليتها … منطق ــة` for `منطقة مسؤوليتها` (a PDF text layer).

    ## Hint
    Re-extract the PDF with glyph positions; from text alone the head cannot be found.
    Repair removes the tatweel (AR002) but cannot rejoin the word.
    """
    for rendition in parsed.renditions:
        if not line_indexes(rendition, _TATWEEL):
            continue
        for line, start, end, tail in matches_by_line(rendition, TAIL):
            yield Hit(at(rendition, line, start, end), f"word tail {tail!r} split off at a kashida")


@rule("AR004", "visual-order", Severity.ERROR)
def visual_order(parsed: Parsed) -> Iterator[Hit]:
    """A line, or the runs inside it, stored in visual (display) order instead of logical order.

    ## Why it matters
    The words are there but in the wrong order: a sentence reads backwards, its full
    stop comes first, numbers stick to the wrong words. No later step can tell.

    ## Example
    `.وأرجو ممتنا تعميم هذه الرسالة` (the full stop of the sentence stored first);
    `مــرة تقريبــا؛ وزاد عــدد  ٢٧وفي العقــدين` (phrases in left-to-right order).

    ## Hint
    Re-extract with a parser that orders glyphs by position (unarchive's PDF parser);
    text-only reordering is a guess and is not done.
    """
    for rendition in parsed.renditions:
        for index, signs in visual_lines(rendition).items():
            line = rendition.lines[index]
            start = len(line.text) - len(line.text.lstrip())
            end = len(line.text.rstrip())
            yield Hit(at(rendition, line, start, end), "visual order: " + ", ".join(signs))


@rule("AR005", "glued-digits", Severity.WARNING)
def glued_digits_rule(parsed: Parsed) -> Iterator[Hit]:
    """A number glued to an Arabic word with no space (`٢٧وفي`, `آب٥رسالة`).

    ## Why it matters
    The number and the word become one token: dates, amounts and article numbers are
    lost to search and to the date parser. It usually means lost order too (AR004).

    ## Example
    `٢٠١١أغسطس` for `أغسطس ٢٠١١`.

    ## Hint
    Re-extract the source; one-letter proclitics (`و5`, `ب50`) and the date letters
    `م`/`هـ` after a year are not reported.
    """
    for rendition, line in lines_with(parsed, GLUED_HINT):
        if not is_arabic(rendition):
            continue
        for start, end in glued_digits(line.text):
            yield Hit(
                at(rendition, line, start, end), f"number glued to a word: {line.text[start:end]!r}"
            )


@rule("AR007", "reversed-digit-group", Severity.WARNING)
def reversed_digit_group(parsed: Parsed) -> Iterator[Hit]:
    """Thousands groups stored in display order (`000 20` for 20 000) in right-to-left text.

    ## Why it matters
    In a right-to-left paragraph `20 000` typed with a plain space displays as
    "000 20", so typists store `000 20`. It looks right but the stored number is wrong.

    ## Example
    `أقل قليلا من 000 20 فرد` (Word text of a UN letter).

    ## Hint
    `repair --unsafe-fixes` stores the groups in logical order joined by a no-break
    space (`20` U+00A0 `000`), which also displays correctly.
    """
    for rendition, line in lines_with(parsed, REVERSED_GROUPS_HINT):
        if not is_arabic(rendition) or arabic_share(line.text) < 0.5:
            continue
        for start, end, number in reversed_groups(line.text):
            yield Hit(
                at(rendition, line, start, end),
                f"digit groups «{line.text[start:end]}» in display order; the number is "
                f"«{number.replace(NBSP, ' ')}» (groups joined by a no-break space)",
            )


@rule("AR017", "unmirrored-brackets", Severity.WARNING)
def unmirrored_brackets_rule(parsed: Parsed) -> Iterator[Hit]:
    """Brackets drawn mirrored but not stored mirrored: `)توقيع(` for `(توقيع)`.

    ## Why it matters
    The closing bracket comes first: the bracketed words are misread and every
    bracket-aware tool (and the signature detector) fails on them.

    ## Example
    `بوري. س. هـ) توقيع(` in a PDF text layer.

    ## Hint
    Re-extract with a bidi-aware parser; pairs that span two lines are not reported.
    """
    for rendition in parsed.renditions:
        if not is_arabic(rendition) or not _BRACKET.search(rendition_text(rendition)):
            continue
        for index, start, end in unmirrored(rendition):
            line = rendition.lines[index]
            yield Hit(
                at(rendition, line, start, end),
                f"brackets {line.text[start]}…{line.text[end - 1]} stored unmirrored",
            )
