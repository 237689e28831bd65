"""The repairs of one line: each a function from text to edits, safe or by policy.

*Safe* fixes change only how a character is encoded, never what the text says:
presentation forms folded, justification tatweel and stray controls removed,
NFC, doubled marks collapsed, wrong-code-page text decoded when the round trip
is exact. *Policy* fixes choose a reading (digit-group order, Persian letters,
detached marks) and run only when asked for (``--unsafe-fixes``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from unarchive.repair.edits import Edit
from unarchive.rules.arabic_chars import DUPLICATE_MARK, MARK, non_nfc_spans
from unarchive.rules.scan import arabic_share
from unarchive.text import digits
from unarchive.text.arabic import LETTERS
from unarchive.text.bidi import control_runs
from unarchive.text.forms import fold_run, presentation_runs
from unarchive.text.joining import TatweelKind, redundant_joiners, tatweel_runs
from unarchive.text.mojibake import find_mojibake
from unarchive.text.unicode import normalize


@dataclass(frozen=True)
class Context:
    """What a fix may need to know about the line's place."""

    arabic: bool = True  # the rendition is Arabic-language text
    first_line: bool = False  # the line opens the file (a BOM there is allowed)


LineFix = Callable[[str, Context], Iterator[Edit]]
_REMOVED_TATWEEL = (TatweelKind.JUSTIFICATION, TatweelKind.TAIL)


def mojibake(text: str, ctx: Context) -> Iterator[Edit]:
    for found in find_mojibake(text):
        if found.lossless:
            yield Edit("AR011", found.start, found.end, found.fixed)


def presentation_forms(text: str, ctx: Context) -> Iterator[Edit]:
    for start, end in presentation_runs(text):
        yield Edit("AR001", start, end, fold_run(text, start, end))


def bidi_controls(text: str, ctx: Context) -> Iterator[Edit]:
    for run in control_runs(text):
        yield Edit("AR009", run.start, run.end, "")


def inner_bom(text: str, ctx: Context) -> Iterator[Edit]:
    for match in regex.finditer("\ufeff+", text):
        if ctx.first_line and match.start() == 0:
            if match.end() > 1:
                yield Edit("E002", 1, match.end(), "")
            continue
        yield Edit("E002", match.start(), match.end(), "")


def joiners(text: str, ctx: Context) -> Iterator[Edit]:
    for start, end in redundant_joiners(text):
        yield Edit("AR010", start, end, "")


def tatweel(text: str, ctx: Context) -> Iterator[Edit]:
    for run in tatweel_runs(text):
        if run.kind in _REMOVED_TATWEEL:
            yield Edit("AR002", run.start, run.end, "")


def nfc(text: str, ctx: Context) -> Iterator[Edit]:
    for start, end in non_nfc_spans(text):
        yield Edit("AR013", start, end, normalize("NFC", text[start:end]))


def doubled_marks(text: str, ctx: Context) -> Iterator[Edit]:
    for match in DUPLICATE_MARK.finditer(text):
        yield Edit("AR015", match.start(), match.end(), match.group(1))


SAFE: tuple[LineFix, ...] = (
    mojibake,
    presentation_forms,
    bidi_controls,
    inner_bom,
    joiners,
    tatweel,
    nfc,
    doubled_marks,
)

# --- policy fixes -----------------------------------------------------------------

_NON_FINAL_FARSI_YEH = regex.compile(rf"\u06cc(?=[{LETTERS}\u0640{MARK}]*[{LETTERS}])")
_LOOKALIKE_MAP = {
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u06c1": "\u0647",  # heh goal -> heh
    "\u06be": "\u0647",  # heh doachashmee -> heh
    "\u06d5": "\u0647",  # ae -> heh
    "\u0649\u0654": "\u0626",  # alef maksura + hamza above -> yeh with hamza
    "\u06cc\u0654": "\u0626",
    "\u0627\u0674": "\u0623",  # alef + high hamza -> alef with hamza above
}
_LOOKALIKE = regex.compile("|".join(sorted(_LOOKALIKE_MAP, key=len, reverse=True)))
_DETACHING_SPACE = regex.compile(rf"(?<=[{LETTERS}][{MARK}]*) (?=[{MARK}])")


def digit_groups(text: str, ctx: Context) -> Iterator[Edit]:
    if ctx.arabic and digits.NUMBER.search(text) and arabic_share(text) >= 0.5:
        for start, end, number in digits.reversed_groups(text):
            yield Edit("AR007", start, end, number)


def lookalikes(text: str, ctx: Context) -> Iterator[Edit]:
    if not ctx.arabic:
        return
    for match in _LOOKALIKE.finditer(text):
        yield Edit("AR012", match.start(), match.end(), _LOOKALIKE_MAP[match.group()])
    for match in _NON_FINAL_FARSI_YEH.finditer(text):
        yield Edit("AR012", match.start(), match.end(), "\u064a")


def digit_systems(text: str, ctx: Context) -> Iterator[Edit]:
    for match in digits.NUMBER.finditer(text):
        number = match.group()
        found = digits.systems(number)
        if len(found) > 1:
            yield Edit("AR008", *match.span(), digits.to_system(number, digits.majority(number)))
        elif found == ["extended"] and ctx.arabic:
            yield Edit("AR008", *match.span(), digits.to_system(number, "arabic-indic"))


def detached_marks(text: str, ctx: Context) -> Iterator[Edit]:
    for match in _DETACHING_SPACE.finditer(text):
        yield Edit("AR015", match.start(), match.end(), "")


POLICY: tuple[LineFix, ...] = (digit_groups, lookalikes, digit_systems, detached_marks)
