"""Merging renditions: alignment by words, the cleaner reading wins, gaps are recorded."""

from __future__ import annotations

from unarchive.grammar.align import WordSets, align, cleanest, dirt
from unarchive.grammar.analysis import analyse
from unarchive.grammar.blocks import Block
from unarchive.parsed import Line, Rendition

CLEAN = "وأرجو ممتنا تعميم هذه الرسالة ومرفقها باعتبارهما من وثائق مجلس الأمن."
STRETCHED = "وأرجو ممتـنا تعمـيم هـذه الرسـالة ومرفقـها باعتبـارهما مـن وثـائق مجلـس الأمـن."
OTHER = "وتؤكد الحكومة استعدادها للتعاون التام مع الأمم المتحدة ومع المنظمات الإقليمية."
VISUAL = "مجلس الأمن.   ومرفقها باعتبارهما من وثائق   وأرجو ممتنا تعميم هذه الرسالة"


def block(rendition: str, number: int, text: str, reordered: bool = False) -> Block:
    return Block(rendition, (Line(number, text),), text, reordered)


def test_cleaner_reading_wins_whatever_the_order() -> None:
    a, b = block("r1", 1, STRETCHED), block("r2", 9, CLEAN)
    assert cleanest([a, b]) is b
    assert cleanest([b, a]) is b
    assert dirt(a) > dirt(b)


def test_reordered_text_loses_to_logical_text() -> None:
    reordered = block("r1", 1, CLEAN, reordered=True)
    logical = block("r2", 9, STRETCHED)
    assert cleanest([reordered, logical]) is logical


def test_alignment_matches_words_not_order() -> None:
    first = [block("r1", 1, OTHER), block("r1", 2, VISUAL)]
    second = [block("r2", 5, CLEAN)]
    groups = align([first, second], WordSets())
    assert [[b.first.number if b else None for b in g] for g in groups] == [[1, None], [2, 5]]


def test_parts_only_one_rendition_has_are_inserted_in_place() -> None:
    first = [block("r1", 1, CLEAN)]
    second = [block("r2", 5, OTHER), block("r2", 6, CLEAN)]
    groups = align([first, second], WordSets())
    assert [[b.first.number if b else None for b in g] for g in groups] == [[None, 5], [1, 6]]


def test_analysis_lists_what_each_rendition_lacks() -> None:
    full = [
        "رسالة مؤرخة 6 شباط/فبراير 2012 موجهة إلى رئيس مجلس الأمن "
        "من الممثل الدائم لكندا لدى الأمم المتحدة",
        "يشرفني أن أحيل إليكم طيه بيانا بشأن الحالة (انظر المرفق).",
        CLEAN,
        "(توقيع) جون سميث",
        "الممثل الدائم",
    ]
    partial = ["\t" + CLEAN, "\t(توقيع) جون سميث", "\tالممثل الدائم"]
    renditions = (
        Rendition("r1", "text", tuple(Line(n, t) for n, t in enumerate(full, 1))),
        Rendition("r2", "text", tuple(Line(n, t) for n, t in enumerate(partial, 6))),
    )
    analysis = analyse(renditions)
    assert list(analysis.missing) == ["r2"]
    assert analysis.missing["r2"][0] == "the title"
    assert analysis.missing["r2"][1].startswith("letter paragraph 1")
    letter = analysis.letter
    assert [p.source.rendition for p in letter.letter.paragraphs if p.source] == ["r1", "r1"]
    assert letter.provenance.fields["signatory.name"] == "r1"
    assert analyse(renditions) is not analysis  # a new Letter per call
    assert analyse(renditions).readings is analysis.readings  # the reading is cached
