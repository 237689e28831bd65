"""Language tables for the letter grammar: one module per UN language, found by discovery.

The grammar knows the *shape* of a UN letter; a table knows the words. A table
module ``languages/<code>.py`` defines ``LANGUAGE = Language(...)``; dropping
such a module in this package is all it takes to add a language (the registry
is built by scanning the package). ``detect`` picks the table whose script
covers most of the letters of a text.
"""

from __future__ import annotations

import pkgutil
from dataclasses import dataclass
from functools import cache
from importlib import import_module

import regex


@dataclass(frozen=True)
class Language:
    """The words and patterns of UN letters in one language.

    Patterns are matched against *cleaned* text (no justification tatweel, no
    bidi controls, single spaces; see ``grammar_text.clean``). Named groups
    ``date``, ``addressee`` and ``sender`` in ``title`` and ``annex_heading``
    carry the parts the metadata is read from.
    """

    code: str
    script: str  # a character class body, e.g. "\u0600-\u06ff"
    rtl: bool
    # Month names: each system is 12 tuples of spellings, the first one canonical.
    month_systems: tuple[tuple[tuple[str, ...], ...], ...]
    month_pair_format: str  # how a date names a month when both systems are printed
    date_format: str  # "{day} {month} {year}"
    title: str  # regex with date/addressee/sender groups (logical order)
    title_marker: str  # regex found anywhere in a title line, whatever its order
    title_template: str
    annex_heading: str
    annex_marker: str
    annex_template: str
    annex_reference: str  # the letter mentions an annex
    signed: str  # the «(توقيع)» / "(Signed)" marker, brackets either way round
    sender: str  # a sender phrase, for a title whose word order is lost
    roles: tuple[str, ...]  # titles a sender or signatory holds, longest first
    addressees: tuple[str, ...]  # usual addressees, for text whose order is lost
    connectors: tuple[str, ...]  # words a wrapped heading line cannot end with
    organs: tuple[str, ...] = ()
    final_punctuation: str = ".!?"
    masthead: tuple[tuple[str, str], ...] = ()  # (metadata field, regex with a 'value' group)
    unsigned: str = ""  # a title of a kind that is not signed (a note verbale)
    signed_text: str = "(Signed)"  # the marker as printed, for messages
    # Other date forms: a day's ordinal suffix ("5th"), a word between day and month
    # ("the 5th of August"), and whether the month may come first ("August 5, 2011").
    ordinal: str = ""
    day_of: str = ""
    month_first: bool = False

    @property
    def letters(self) -> regex.Pattern[str]:
        return compiled(f"[{self.script}]")

    @property
    def others(self) -> regex.Pattern[str]:
        """Everything but the letters of the script (deleting it counts the letters fast)."""
        return compiled(f"[^{self.script}]+")

    def pattern(self, name: str) -> regex.Pattern[str]:
        """The table's pattern ``name`` (``"signed"``, ``"title"`` …), compiled once."""
        value = getattr(self, name)
        assert isinstance(value, str)
        return compiled(value)


@cache
def compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


@cache
def languages() -> dict[str, Language]:
    """Every table in this package, by language code."""
    found: dict[str, Language] = {}
    for module in pkgutil.iter_modules(__path__):
        table = getattr(import_module(f"{__name__}.{module.name}"), "LANGUAGE", None)
        if isinstance(table, Language):
            found[table.code] = table
    return found


def get(code: str) -> Language | None:
    return languages().get(code)


def detect(text: str, default: str = "ar") -> Language:
    """The table whose script has the most letters in ``text`` (a sample is enough)."""
    tables = languages()
    sample = text[:6000]
    best, best_score = tables.get(default) or next(iter(tables.values())), 0
    for table in tables.values():
        # Languages sharing a script (English, French, Spanish) are told apart
        # by the landmarks of a letter, which weigh more than any letter count.
        landmarks = sum(
            1
            for pattern in (table.title_marker, table.annex_marker, table.signed)
            if compiled(pattern).search(sample)
        )
        score = len(table.others.sub("", sample)) + 10000 * landmarks
        if score > best_score:
            best, best_score = table, score
    return best


__all__ = ["Language", "detect", "get", "languages"]
