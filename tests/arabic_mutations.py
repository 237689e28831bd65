"""A mutation corpus for the Arabic rules: clean Arabic text, and one defect injected into it.

Shared by ``tests/test_arabic_mutations.py`` (hypothesis picks the place) and
``benchmarks/detection_table.py`` (a seeded random picks it). Each injector
returns the mutated line and the span (0-based, end exclusive) where the defect
now is, or None when the line offers no place for it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import regex

from unarchive.model import Letter
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.text.unicode import decomposition, normalize

SEED = (
    Path(__file__).resolve().parent.parent / "samples/letters/ar-text-seed-two-renditions/input.txt"
)

# Common words of UN prose, written for these tests (not taken from the seed).
_WORDS = """
الأمين العام مجلس الأمن الجمعية العامة الدول الأعضاء المنظمة التقرير القرار اللجنة الخاصة
التنمية المستدامة حقوق الإنسان السلام والأمن الدوليين المساعدة الإنسانية اللاجئين الحكومة
الاتفاق الأطراف المعنية البعثة الميزانية البرنامج الوفد الممثل الدائم البلدان النامية
المنطقة الحدود المفاوضات الانتخابات العدالة القانون الدولي التعاون الإقليمي الشعب
يرحب يؤكد يطلب يقرر يدعو يشير يعرب عن قلقه إزاء بشأن وفقا لأحكام في من إلى على مع
هذه هذا التي الذي خلال بين جميع أيضا كما ولا سيما الفترة السنة المقبلة الماضية
تقديم تنفيذ تعزيز دعم حماية مواصلة ضمان تحقيق إنشاء اعتماد متابعة تقييم
"""
VOCABULARY = _WORDS.split()
NUMBERS = ["٢٠١٢", "١٥", "٣", "1999", "48", "٧٠٠"]


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def word_layer() -> list[str]:
    """The seed's Word rendition (lines 172-192) with its three display-order numbers fixed."""
    lines = seed_lines()[171:192]
    return [regex.sub(r"000 (\d+)", "\\1\u00a0000", line) for line in lines]


def generated_lines(rng: random.Random, count: int = 12) -> list[str]:
    out = []
    for _ in range(count):
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(8, 18))]
        if rng.random() < 0.4:
            words.insert(rng.randrange(1, len(words)), rng.choice(NUMBERS))
        if rng.random() < 0.3:
            words[rng.randrange(len(words) - 1)] += "،"
        out.append(" ".join(words) + ".")
    return out


def parsed_of(*renditions: list[str]) -> Parsed:
    """A Parsed whose renditions are the given line lists, numbered one after the other."""
    built, number = [], 1
    for index, lines in enumerate(renditions, start=1):
        built.append(
            Rendition(f"r{index}", "text", tuple(Line(number + i, t) for i, t in enumerate(lines)))
        )
        number += len(lines)
    return Parsed(Letter(), tuple(built))


# --- injectors ---------------------------------------------------------------------

Span = tuple[int, int]
Injected = tuple[str, Span] | None
LETTERS = "\u0621-\u063a\u0641-\u064a"
_WORD = regex.compile(f"[{LETTERS}]+")
_DUAL = regex.compile(r"\p{jt=D}")
_JOINS_AFTER = regex.compile(r"[\p{jt=D}\p{jt=R}]")


def _forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for code in range(0xFE70, 0xFEFD):
        ch = chr(code)
        if decomposition(ch).startswith("<isolated>"):
            forms.setdefault(normalize("NFKC", ch), ch)
    return forms


FORMS = _forms()


def _words(text: str, minimum: int = 1) -> list[regex.Match[str]]:
    return [m for m in _WORD.finditer(text) if len(m.group()) >= minimum]


def _joins(text: str) -> list[int]:
    """Indexes i where text[i] is dual-joining and text[i+1] joins back: a kashida fits."""
    return [
        i + 1
        for m in _words(text, 3)
        for i in range(m.start(), m.end() - 1)
        if _DUAL.match(text[i]) and _JOINS_AFTER.match(text[i + 1])
    ]


def presentation_form(text: str, rng: random.Random) -> Injected:
    places = [i for i, ch in enumerate(text) if ch in FORMS]
    if not places:
        return None
    i = rng.choice(places)
    return text[:i] + FORMS[text[i]] + text[i + 1 :], (i, i + 1)


def tatweel(text: str, rng: random.Random) -> Injected:
    places = _joins(text)
    if not places:
        return None
    i, n = rng.choice(places), rng.randint(1, 3)
    return text[:i] + "\u0640" * n + text[i:], (i, i + n)


def kashida_split(text: str, rng: random.Random) -> Injected:
    places = _joins(text)
    if not places:
        return None
    i = rng.choice(places)
    end = i + 2 + len(_WORD.match(text, i).group())  # type: ignore[union-attr]
    return text[:i] + " \u0640" + text[i:], (i + 1, end)


def visual_line(text: str, rng: random.Random) -> Injected:
    body = text.rstrip()
    if not body.endswith(".") or len(_words(body, 2)) < 3:
        return None
    stripped = body.lstrip()
    indent = body[: len(body) - len(stripped)]
    moved = indent + "." + stripped[:-1]
    return moved, (len(indent), len(moved))


def reversed_letters(text: str, rng: random.Random) -> Injected:
    """The whole line stored letter by letter in visual order (pdfminer, layout modes)."""
    body = text.strip()
    if not any(m.group()[-1] in "ةى" for m in _words(body, 4)):
        return None
    return body[::-1], (0, len(body))


def glued_digits(text: str, rng: random.Random) -> Injected:
    words = [m for m in _words(text, 3) if m.start() == 0 or text[m.start() - 1] == " "]
    if not words:
        return None
    m = rng.choice(words)
    number = rng.choice(["٢٧", "44", "٣٠٠"])
    return text[: m.start()] + number + text[m.start() :], (m.start(), m.start() + len(number) + 1)


def run_together(text: str, rng: random.Random) -> Injected:
    places = [
        m.end()
        for m in _words(text, 3)
        if text[m.end() - 1] in "ةى" and text[m.end() : m.end() + 1] == " "
    ]
    places = [i for i in places if _WORD.match(text, i + 1)]
    if not places:
        return None
    i = rng.choice(places)
    start = _word_start(text, i)
    end = i + len(_WORD.match(text, i + 1).group())  # type: ignore[union-attr]
    return text[:i] + text[i + 1 :], (start, end)


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    return start


def reversed_groups(text: str, rng: random.Random) -> Injected:
    spaces = [i for i, ch in enumerate(text) if ch == " " and _between_words(text, i)]
    if not spaces:
        return None
    i = rng.choice(spaces)
    number = rng.choice(["000 20", "000 3", "500 12", "000 000 7"])
    return text[: i + 1] + number + " " + text[i + 1 :], (i + 1, i + 1 + len(number))


def _between_words(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and not (text[i - 1].isdigit() or text[i + 1].isdigit())


def mixed_digits(text: str, rng: random.Random) -> Injected:
    spaces = [i for i, ch in enumerate(text) if ch == " " and _between_words(text, i)]
    if not spaces:
        return None
    i = rng.choice(spaces)
    number = rng.choice(["20١١", "١٩9٥", "۴۵", "۱۳۹۰"])
    return text[: i + 1] + number + " " + text[i + 1 :], (i + 1, i + 1 + len(number))


def _insert(
    char: str, code_places: Callable[[str], list[int]]
) -> Callable[[str, random.Random], Injected]:
    def inject(text: str, rng: random.Random) -> Injected:
        places = code_places(text)
        if not places:
            return None
        i = rng.choice(places)
        return text[:i] + char + text[i:], (i, i + len(char))

    return inject


def _word_ends(text: str) -> list[int]:
    return [m.end() for m in _words(text, 2)]


bidi_control = _insert("\u202b", lambda t: [m.start() for m in _words(t, 2)])
redundant_joiner = _insert("\u200c", _word_ends)
leaked_glyph = None  # defined below (replaces a letter)


def mojibake(text: str, rng: random.Random) -> Injected:
    words = _words(text, 2)
    if not words:
        return None
    m = rng.choice(words)
    bad = m.group().encode("utf-8").decode("cp1256")
    return text[: m.start()] + bad + text[m.end() :], (m.start(), m.start() + len(bad))


def _replace_letter(
    mapping: dict[str, str], non_final: bool = False
) -> Callable[[str, random.Random], Injected]:
    def inject(text: str, rng: random.Random) -> Injected:
        places = [
            i
            for i, ch in enumerate(text)
            if ch in mapping and (not non_final or (i + 1 < len(text) and _WORD.match(text[i + 1])))
        ]
        if not places:
            return None
        i = rng.choice(places)
        return text[:i] + mapping[text[i]] + text[i + 1 :], (i, i + len(mapping[text[i]]))

    return inject


persian_lookalike = _replace_letter({"ي": "ی", "ك": "ک"}, non_final=True)
not_nfc = _replace_letter({"أ": "ا\u0654", "إ": "ا\u0655", "آ": "ا\u0653", "ؤ": "و\u0654"})


def leaked_glyph_code(text: str, rng: random.Random) -> Injected:
    places = [i for m in _words(text, 4) for i in range(m.start() + 1, m.end() - 1)]
    if not places:
        return None
    i = rng.choice(places)
    return text[:i] + "X" + text[i + 1 :], (i, i + 1)


def lam_alef(text: str, rng: random.Random) -> Injected:
    places = [m for m in regex.finditer("ال[أإآ]", text)]
    if not places:
        return None
    m = rng.choice(places)
    swapped = "ا" + m.group()[2] + "ل"
    return text[: m.start()] + swapped + text[m.end() :], (m.start(), m.end())


def detached_mark(text: str, rng: random.Random) -> Injected:
    ends = _word_ends(text)
    if not ends:
        return None
    i = rng.choice(ends)
    if rng.random() < 0.5:
        return text[:i] + " \u064e" + text[i:], (i + 1, i + 2)
    return text[:i] + "\u064e\u064e" + text[i:], (i, i + 2)


def unmirrored(text: str, rng: random.Random) -> Injected:
    if regex.search(r"[()]", text):
        return None
    words = _words(text, 2)
    if not words:
        return None
    m = rng.choice(words)
    return text[: m.start()] + ")" + m.group() + "(" + text[m.end() :], (m.start(), m.end() + 2)


_SAME_RASM = {
    "ن": "ت",
    "ت": "ن",
    "ز": "ر",
    "ر": "ز",
    "ب": "ي",
    "ج": "خ",
    "س": "ش",
    "ع": "غ",
    "ف": "ق",
    "د": "ذ",
}


def glyph_mismapping(text: str, rng: random.Random) -> Injected:
    places = [
        (m, i) for m in _words(text, 5) for i in range(m.start(), m.end()) if text[i] in _SAME_RASM
    ]
    if not places:
        return None
    m, i = rng.choice(places)
    return text[:i] + _SAME_RASM[text[i]] + text[i + 1 :], (m.start(), m.end())


@dataclass(frozen=True)
class Defect:
    code: str
    inject: Callable[[str, random.Random], Injected]
    cross: bool = False  # needs a second, clean rendition to be seen


DEFECTS: tuple[Defect, ...] = (
    Defect("E007", leaked_glyph_code),
    Defect("AR001", presentation_form),
    Defect("AR002", tatweel),
    Defect("AR003", kashida_split),
    Defect("AR004", visual_line),
    Defect("AR004", reversed_letters),
    Defect("AR005", glued_digits),
    Defect("AR006", run_together),
    Defect("AR007", reversed_groups),
    Defect("AR008", mixed_digits),
    Defect("AR009", bidi_control),
    Defect("AR010", redundant_joiner),
    Defect("AR011", mojibake),
    Defect("AR012", persian_lookalike),
    Defect("AR013", not_nfc),
    Defect("AR014", lam_alef),
    Defect("AR015", detached_mark),
    Defect("AR016", glyph_mismapping, cross=True),
    Defect("AR017", unmirrored),
)


def mutate(lines: list[str], defect: Defect, rng: random.Random) -> tuple[Parsed, int, Span] | None:
    """Inject ``defect`` into one line; the Parsed, that line's number and the defect's span."""
    order = list(range(len(lines)))
    rng.shuffle(order)
    for index in order:
        injected = defect.inject(lines[index], rng)
        if injected is None:
            continue
        changed = [*lines[:index], injected[0], *lines[index + 1 :]]
        parsed = parsed_of(changed, lines) if defect.cross else parsed_of(changed)
        return parsed, index + 1, injected[1]
    return None


def caught(findings: list, code: str, line: int, span: Span) -> bool:  # type: ignore[type-arg]
    """A finding of ``code`` on ``line`` (rendition r1) overlapping ``span``."""
    for f in findings:
        loc = f.location
        if f.code != code or loc.rendition != "r1" or loc.line != line:
            continue
        start = loc.column - 1
        end = (loc.end_column - 1) if loc.end_column else start + 1
        if start < span[1] and span[0] < end:
            return True
    return False


def load(path: Path) -> Parsed:
    """A text file as the project reads it (the text parser splits its renditions)."""
    from unarchive import parse

    return parse(path)


def validate_ar(
    parsed: Parsed, select: tuple[str, ...] = ("AR", "E"), ignore: tuple[str, ...] = ()
) -> list:  # type: ignore[type-arg]
    """The E and AR findings only: structure and metadata rules (S, M) judge whole letters."""
    from unarchive.rules import validate

    return validate(parsed, select=select, ignore=ignore)
