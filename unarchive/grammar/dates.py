"""Dates as UN letters print them, from a language table's month names.

Arabic prints a month by two names, Levantine and transliterated
(«5 آب/أغسطس 2011»), or by either alone, with Western or Arabic-Indic digits.
A PDF text layer in visual order gives the same date backwards
(«٢٠١١أغسطس / آب٥»), so both orders are read. A table may allow more forms:
ordinal days, "the 5th of August", the month first ("August 5, 2011"). Month names tolerate
justification tatweel, so that positions stay those of the source line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from unarchive.grammar.languages import Language
from unarchive.grammar.normalize import clean
from unarchive.text.arabic import ascii_digits

_DIGIT = "[0-9٠-٩]"


@dataclass(frozen=True)
class DateHit:
    """A date found in a line: where, what it says, and whether it is a real day."""

    start: int
    end: int
    text: str
    year: int
    month: int
    day: int | None  # None for a month-and-year line («آب/أغسطس 2011»)
    problem: str | None = None  # why it is not a possible date (month names disagree, 31 June)

    @property
    def value(self) -> dt.date | None:
        if self.day is None or self.problem:
            return None
        return dt.date(self.year, self.month, self.day)


@dataclass(frozen=True)
class _Patterns:
    full: regex.Pattern[str]
    partial: regex.Pattern[str]
    months: dict[str, int]


def _name_pattern(name: str) -> str:
    parts = [r"\s+" if ch == " " else regex.escape(ch) for ch in name]
    return "\u0640*".join(parts)


@cache
def _patterns(language: Language) -> _Patterns:
    months: dict[str, int] = {}
    for system in language.month_systems:
        for number, spellings in enumerate(system, start=1):
            for spelling in spellings:
                months[spelling] = number
    names = sorted(months, key=len, reverse=True)
    name = "(?:" + "|".join(_name_pattern(n) for n in names) + ")"
    month = rf"(?<!\p{{L}})(?P<m>{name}(?:\s*/\s*{name})?)(?![\p{{L}}\u0640])"
    day, year = _day(language), rf"(?P<y>{_DIGIT}{{4}})"
    edge_l, edge_r = rf"(?<!{_DIGIT})", rf"(?!{_DIGIT})"
    of = rf"(?:\s+{language.day_of}\b)?" if language.day_of else ""
    forms = [rf"{day}{of}\s*{month},?\s*{year}", rf"{year}\s*{month}\s*{day}"]
    if language.month_first:
        forms.append(rf"{month}\s*{day},?\s*{year}")
    full = regex.compile(rf"{edge_l}(?:{'|'.join(forms)}){edge_r}")
    partial = regex.compile(rf"(?:{month}\s*{year}|{edge_l}{year}\s*{month}){edge_r}")
    return _Patterns(full, partial, months)


def _day(language: Language) -> str:
    """A day of the month: one or two digits, and the language's ordinal suffix ("5th")."""
    suffix = rf"(?:(?:{language.ordinal})(?!\p{{L}}))?" if language.ordinal else ""
    return rf"(?<!{_DIGIT})(?P<d>{_DIGIT}{{1,2}})(?!{_DIGIT}){suffix}"


def _month(names: str, patterns: _Patterns) -> tuple[int, str | None]:
    found = [patterns.months.get(clean(part)) for part in names.split("/")]
    numbers = [n for n in found if n is not None]
    if not numbers:
        return 0, "unknown month name"
    if len(set(numbers)) > 1:
        return numbers[0], "its two month names name different months"
    return numbers[0], None


def _hit(match: regex.Match[str], patterns: _Patterns, with_day: bool) -> DateHit:
    month, problem = _month(match.group("m"), patterns)
    year = int(ascii_digits(match.group("y")))
    day = int(ascii_digits(match.group("d"))) if with_day else None
    if problem is None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            problem = f"day {day} does not exist in month {month} of {year}"
    return DateHit(match.start(), match.end(), match.group(), year, month, day, problem)


def find_dates(text: str, language: Language) -> list[DateHit]:
    """Every full date in ``text``, then month-and-year dates where no full date overlaps."""
    patterns = _patterns(language)
    hits = [_hit(m, patterns, True) for m in patterns.full.finditer(text)]
    taken = [(h.start, h.end) for h in hits]
    for match in patterns.partial.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            hits.append(_hit(match, patterns, False))
    return sorted(hits, key=lambda h: h.start)


def first_date(text: str, language: Language) -> DateHit | None:
    return next((h for h in find_dates(text, language) if h.day is not None), None)


def format_date(date: dt.date, language: Language, arabic_indic: bool = False) -> str:
    """A date as the language prints it: «5 آب/أغسطس 2011» (every month system named)."""
    names = [system[date.month - 1][0] for system in language.month_systems]
    month = language.month_pair_format.format(*names) if len(names) > 1 else names[0]
    text = language.date_format.format(day=date.day, month=month, year=date.year)
    return text.translate(_TO_INDIC) if arabic_indic else text


_TO_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
