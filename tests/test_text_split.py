"""Renditions are found where the document starts over, from the content alone."""

from __future__ import annotations

from pathlib import Path

from unarchive.grammar.languages import get
from unarchive.grammar.split import split_renditions
from unarchive.parsed import Line
from unarchive.readers.text import parse, split_lines

AR = get("ar")
assert AR is not None
LETTERS = Path(__file__).resolve().parent.parent / "samples" / "letters"
CLEAN = (LETTERS / "ar-text-clean-logical" / "input.txt").read_text(encoding="utf-8")


def starts(text: str) -> list[int]:
    assert AR is not None
    return [part[0].number for part in split_renditions(split_lines(text), AR) if part]


def test_one_rendition_stays_one() -> None:
    assert starts(CLEAN) == [1]


def test_the_same_letter_twice_is_two_renditions() -> None:
    n = len(split_lines(CLEAN))
    assert starts(CLEAN + CLEAN) == [1, n + 1]
    assert starts(CLEAN + "\n\n" + CLEAN) == [1, n + 3]


def test_three_renditions() -> None:
    n = len(split_lines(CLEAN))
    assert starts(CLEAN * 3) == [1, n + 1, 2 * n + 1]


def test_a_rendition_that_starts_before_its_first_landmark() -> None:
    lines = CLEAN.split("\n")
    second = "\n".join(lines[4:])  # starts at the opening paragraph, no symbol, no title
    n = len(split_lines(CLEAN))
    assert starts(CLEAN + second) == [1, n + 1]


def test_a_letter_quoting_another_letter_is_not_split() -> None:
    lines = CLEAN.split("\n")
    quoting = "بالإشارة إلى رسالة مؤرخة 3 آب/أغسطس 2011 موجهة إلى الأمين العام من ممثلنا."
    lines.insert(13, quoting)  # a title-like sentence inside the annex
    assert starts("\n".join(lines)) == [1]


def test_different_letters_are_not_renditions_of_one() -> None:
    other = CLEAN.replace("ألبانيا", "كندا").split("\n")
    other = [line for line in other if "تعرب" not in line and "وتؤكد" not in line]
    unrelated = [
        "رسالة مؤرخة 1 أيار/مايو 2015 موجهة إلى رئيس الجمعية العامة من وزير الخارجية",
        "تود الحكومة أن تعرض موقفها من التطورات الأخيرة في مجال نزع السلاح النووي.",
        "وتدعو جميع الدول إلى الانضمام إلى المعاهدة دون إبطاء ودون شروط مسبقة.",
    ]
    assert starts(CLEAN + "\n".join(unrelated)) == [1]


def test_seed_split_points() -> None:
    parsed = parse((LETTERS / "ar-text-renditions-swapped" / "input.txt").read_bytes())
    assert [(r.start_line, r.end_line) for r in parsed.renditions] == [(1, 21), (22, 192)]


def test_no_lines() -> None:
    assert AR is not None
    assert split_renditions([], AR) == [[]]
    assert split_renditions([Line(1, "")], AR) == [[Line(1, "")]]
