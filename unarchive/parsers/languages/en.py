"""English: how a UN letter is worded, for the letter grammar.

The phrases are those of the DGACM Editorial Manual and real letters
(research ``un-docs.md`` §3): the title "Letter dated 5 August 2011 from …
addressed to …", the opening "I have the honour to …", the circulation
request, "(Signed) …", "Annex to the letter dated …", numbered annexes and
enclosures. Dates are written "5 August 2011"; the Library's abbreviated style
("5 Aug. 2011", "Sept.") and the American order ("August 5, 2011") are read too.
Patterns are anchored on whole lines and tolerate the spacing Word and PDF
text layers leave behind.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

LANGUAGE = "en"

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Day first (UN style) or month first (American); ordinals ("5th") are tolerated.
DATE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))"
)
_DATE = re.compile(rf"\b{DATE}\b", re.IGNORECASE)

_KIND = r"(?:Letter|Identical letters|Note verbale|Joint letter)"
TITLE = re.compile(
    rf"^\s*(?P<kind>{_KIND})\s+dated\s+(?P<date>{DATE})\s+from\s+(?P<sender>.+?)"
    r"\s+addressed\s+to\s+(?P<addressee>.+?)\s*\.?\s*$",
    re.IGNORECASE,
)
OPENING = re.compile(
    r"^\s*(?:I have the honour|I am writing|Upon instructions|On instructions|On behalf of|"
    r"The Permanent (?:Mission|Representative) of .+? presents its compliments)",
    re.IGNORECASE,
)
CIRCULATION = re.compile(
    r"(?:I|We) (?:should|would) be (?:grateful|most grateful|obliged)"
    r".*?circulat(?:ed|e|ing)\b.*?as an? (?:official )?document of the (?P<organ>[^,.;]+)",
    re.IGNORECASE,
)
SIGNED = re.compile(r"^\s*\(\s*Signed\s*\)\s*(?P<name>\S.*?)\s*$", re.IGNORECASE)
_ORDINAL = r"(?:[IVXLC]+|\d+|[A-Z])"
ANNEX = re.compile(
    rf"^\s*(?P<kind>Annex|Enclosure|Appendix)(?:\s+(?P<number>{_ORDINAL}))?"
    r"(?:\s+to\s+the\s+(?:letter|note verbale|annex|identical letters)"
    rf"(?:\s+dated\s+(?P<date>{DATE}))?(?:\s+from\s+(?P<sender>.+?))?"
    r"(?:\s+addressed\s+to\s+(?P<addressee>.+?))?)?\s*\.?\s*$",
    re.IGNORECASE,
)
ORIGINAL_NOTE = re.compile(r"^\s*\[\s*Original\s*:\s*(?P<language>[^\]]+?)\s*\]\s*$", re.I)
SEE_ANNEX = re.compile(r"\(see annex(?:es)?\b|\bannexed (?:hereto|to the present letter)", re.I)


@dataclass(frozen=True)
class Title:
    """What an English title line says."""

    kind: str
    date: dt.date | None
    date_text: str
    sender: str
    addressee: str


@dataclass(frozen=True)
class AnnexHeading:
    kind: str  # "Annex", "Enclosure", "Appendix", as printed
    number: str | None
    date: dt.date | None
    sender: str | None
    addressee: str | None


def parse_date(text: str) -> dt.date | None:
    """The first English date in ``text`` ("5 August 2011", "5 Aug. 2011", "August 5, 2011").

    ``None`` when there is none or it is impossible (31 June): an impossible
    date is a finding for the rules, never a guess here.
    """
    match = _DATE.search(text)
    return _date(match) if match else None


def date_span(text: str) -> tuple[int, int] | None:
    """0-based span of the first English date in ``text``, for findings that point at it."""
    match = _DATE.search(text)
    return match.span() if match else None


def _date(match: re.Match[str]) -> dt.date | None:
    day, month, year = (
        (match["d1"], match["m1"], match["y1"])
        if match["d1"]
        else (match["d2"], match["m2"], match["y2"])
    )
    try:
        return dt.date(int(year), MONTHS[month.rstrip(".").lower()], int(day))
    except (ValueError, KeyError):
        return None


def read_title(line: str) -> Title | None:
    match = TITLE.match(line)
    if not match:
        return None
    return Title(
        kind=match["kind"],
        date=parse_date(match["date"]),
        date_text=match["date"],
        sender=match["sender"],
        addressee=match["addressee"],
    )


def read_annex_heading(line: str) -> AnnexHeading | None:
    match = ANNEX.match(line)
    if not match:
        return None
    return AnnexHeading(
        kind=match["kind"],
        number=match["number"],
        date=parse_date(match["date"]) if match["date"] else None,
        sender=match["sender"],
        addressee=match["addressee"],
    )


def signed_name(line: str) -> str | None:
    """The signatory's name on a "(Signed) …" line."""
    match = SIGNED.match(line)
    return match["name"] if match else None


def is_opening(line: str) -> bool:
    return OPENING.match(line) is not None


def circulation_organ(line: str) -> str | None:
    """The organ named in a circulation request ("… as a document of the Security Council")."""
    match = CIRCULATION.search(line)
    return match["organ"].strip() if match else None
