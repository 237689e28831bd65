"""The sessional block under a masthead: organ, session or year, agenda items, agenda title.

A letter to the General Assembly prints, per organ, "General Assembly /
Sixty-seventh session / Agenda item 22 (b) / <agenda title>" beside
"Security Council / Sixty-eighth year" (Arabic «الجمعية العامة / الدورة
السابعة والستون / البند 22 (ب) من جدول الأعمال»; research/un-docs.md §3
"Sessional / agenda lines"). Older letters print capitals ("FIFTY-SECOND
SESSION") and several items ("Items 36, 37, 87 and 154 of the provisional
agenda*"). ``read_sessions`` turns the block's lines, column by column, into
``Session`` values: ordinals in words become numbers, item labels stay as printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from unarchive.grammar.normalize import clean, xml_safe
from unarchive.model import Session


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_UNITS = _words("first second third fourth fifth sixth seventh eighth ninth")
_TEENS = _words(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
    " nineteenth"
)
_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_TENTHS = _words("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")

_EN: dict[str, int] = {w: n for n, w in enumerate(_UNITS, 1)}
_EN.update({w: n for n, w in enumerate(_TEENS, 10)})
_EN.update({w: 10 * n for n, w in enumerate(_TENTHS, 2)})
_EN.update(
    {f"{t}-{u}": 10 * a + b for a, t in enumerate(_TENS, 2) for u, b in _EN.items() if b < 10}
)

# Arabic ordinals of «الدورة»/«السنة» are feminine; tens read nominative (ون) or genitive (ين).
_AR_UNITS = (
    ("الأولى", "الاولى", "الحادية"),
    ("الثانية",),
    ("الثالثة",),
    ("الرابعة",),
    ("الخامسة",),
    ("السادسة",),
    ("السابعة",),
    ("الثامنة",),
    ("التاسعة",),
)
_AR_TENS = ("العشر", "الثلاث", "الأربع", "الخمس", "الست", "السبع", "الثمان", "التسع")
_AR: dict[str, int] = {w: n for n, ws in enumerate(_AR_UNITS, 1) for w in ws}
_AR["العاشرة"] = 10
_AR.update({f"{w} عشرة": 10 + n for n, ws in enumerate(_AR_UNITS, 1) for w in ws[-1:]})
_AR.update({f"{t}{end}": 10 * n for n, t in enumerate(_AR_TENS, 2) for end in ("ون", "ين")})
_AR.update({"الأربعون": 40, "الاربعون": 40, "الأربعين": 40, "الاربعين": 40})

_ORGANS = {
    o.casefold(): o
    for o in (
        "General Assembly",
        "Security Council",
        "Economic and Social Council",
        "Human Rights Council",
        "Trusteeship Council",
        "الجمعية العامة",
        "مجلس الأمن",
        "المجلس الاقتصادي والاجتماعي",
        "مجلس حقوق الإنسان",
    )
}

_SESSION = regex.compile(
    r"(?i)^(?P<n>[a-z-]+(?: [a-z-]+)?|(?:19|20)[0-9]{2})"
    r" (?:(?:emergency )?special |substantive |regular |resumed )?session\**$"
    r"|^الدورة (?P<n>.+?)\**$"
)
_YEAR = regex.compile(r"(?i)^(?P<n>[a-z-]+(?: [a-z-]+)?) year\**$|^السنة (?P<n>.+?)\**$")
_AGENDA = regex.compile(
    r"(?i)^(?:provisional )?agenda items? (?P<items>[0-9].*?)\**$"
    r"|^items? (?P<items>[0-9].*?) of the(?: (?:provisional|preliminary)(?: agenda| list)?)?\**$"
    r"|^(?:البند|البندان|البندين|البنود) (?P<items>[0-9٠-٩].*?) من جدول الأعمال(?: المؤقت)?\**$"
)
# The end of "Items 23, 35 and 78 of the preliminary" / "… of the" when the line wraps.
_WRAPPED_END = regex.compile(r"(?i)^(?:(?:provisional|preliminary) )?(?:agenda|list)\**$")
# "3 (b), 36, 37 and 87" / «36 و 37 و87»: a label never holds a comma or a free-standing «و».
_ITEM_SEP = regex.compile(r"\s*(?:[,،]|(?i:\band\b)|(?<!\S)و(?=\s*[0-9٠-٩]))\s*")


def ordinal(words: str) -> int | None:
    """'Sixty-seventh' -> 67, 'FIFTY-SECOND' -> 52, «السابعة والستون» -> 67; else None."""
    # Typewriters and OCR space or double the hyphen: "Forty - fifth", "Forty--fifth".
    text = regex.sub(r"\s*[-–]+\s*", "-", clean(words).casefold())
    if text in _EN:
        return _EN[text]
    if text.isdigit() and len(text) == 4:  # ECOSOC's "2013 session": the year names it
        return int(text)
    unit, _, tens = text.partition(" و")
    if tens and unit in _AR and _AR[unit] < 10 and _AR.get(tens, 0) >= 20:
        return _AR[unit] + _AR[tens]
    return _AR.get(text) if text != "الحادية" else None


def agenda_items(text: str) -> tuple[str, ...]:
    """The item labels of an agenda line, as printed: "Agenda items 12 and 40" -> ('12', '40')."""
    match = _AGENDA.match(clean(text))
    if match is None:
        return ()
    return tuple(p for p in _ITEM_SEP.split(match.group("items")) if p)


def is_session_line(text: str) -> bool:
    """An organ, session, year or agenda line of the block (not an agenda title)."""
    text = clean(text)
    return bool(
        text.casefold() in _ORGANS
        or _SESSION.match(text)
        or _YEAR.match(text)
        or _AGENDA.match(text)
    )


@dataclass
class _Builder:
    organ: str | None = None
    session: int | None = None
    year: int | None = None
    items: tuple[str, ...] = ()
    title: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return self.session is None and self.year is None and not self.items

    def done(self) -> Session:
        title = xml_safe(" ".join(self.title)).strip() or None
        return Session(
            organ=self.organ,
            session=self.session,
            year=self.year,
            agenda_items=self.items,
            agenda_title=title,
        )


def read_sessions(columns: Iterable[Sequence[str]]) -> tuple[Session, ...]:
    """The sessions the block's lines print, read column by column (left column first)."""
    found: list[_Builder] = []
    for column in columns:
        current = _Builder()
        for raw in column:
            current = _line(clean(raw), current, found)
        found.append(current)
    return tuple(b.done() for b in found if not b.empty())


def _line(text: str, current: _Builder, found: list[_Builder]) -> _Builder:
    """Read one line into ``current``; a new organ, or a field met twice, starts the next."""
    organ = _ORGANS.get(text.casefold())
    session, year = _SESSION.match(text), _YEAR.match(text)
    items = agenda_items(text)
    if (
        organ
        or (session and current.session)
        or (year and current.year)
        or (items and current.items)
    ):
        found.append(current)
        current = _Builder(organ=organ)
        if organ:
            return current
    if session and (number := ordinal(session.group("n"))):
        current.session = number
    elif year and (number := ordinal(year.group("n"))):
        current.year = number
    elif items:
        current.items = tuple(xml_safe(i) for i in items)
    elif current.items and not current.title and _WRAPPED_END.match(text):
        pass
    elif current.items and text:  # the agenda item's title, on one or more lines
        current.title.append(text)
    return current
