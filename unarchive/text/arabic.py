"""Arabic character classes used by the letter grammar, the rules and the repairs."""

from __future__ import annotations

# Base Arabic letters (hamza to yeh), the range the grammar and most rules reason about.
LETTERS = "\u0621-\u063a\u0641-\u064a"
TATWEEL = "\u0640"
HARAKAT = "\u064b-\u0652"
ARABIC_INDIC_DIGITS = "\u0660-\u0669"
EXTENDED_DIGITS = "\u06f0-\u06f9"
# Explicit bidi formatting: ALM, LRM, RLM, embeddings/overrides and their PDF, isolates and PDI.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Anything written in the Arabic script (blocks Arabic, Supplement, Extended-A/B, forms).
SCRIPT = "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff"

_DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Extended Arabic-Indic digits mapped to ASCII (a key, never stored)."""
    return text.translate(_DIGIT_TABLE)


def strip_tatweel(text: str) -> str:
    """Drop every tatweel: for comparison keys only (it loses the abbreviation ``هـ``)."""
    return text.replace(TATWEEL, "")


def arabic_ratio(text: str) -> float:
    """Share of letters in ``text`` that are Arabic-script letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff")
    return arabic / len(letters)
