"""Grammar parts one by one: layout, blocks, visual order, the signature block."""

from __future__ import annotations

from unarchive.grammar.blocks import Block, blocks, layout
from unarchive.grammar.languages import get
from unarchive.grammar.normalize import clean, key, logical_order, visual_signals
from unarchive.grammar.signature import read_signature
from unarchive.parsed import Line

AR = get("ar")
assert AR is not None


def lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_clean_keeps_the_abbreviation_tatweel_only() -> None:
    assert clean("هـ. س. بوري") == "هـ. س. بوري"
    assert clean("(هـ) و هـذا مــن") == "(هـ) و هذا من"
    assert clean("\u202bالأمم\u202c   المتحدة\u00a0") == "الأمم المتحدة"
    assert key("٢٠ ٠٠٠ فرد، «نعم».") == "20 000 فرد نعم"


def test_visual_signals() -> None:
    assert visual_signals(".تعاون الدول الأعضاء") >= 1
    assert visual_signals("بوري. س. هـ) توقيع(") >= 1
    assert visual_signals("مــرة تقريبــا؛ وزاد عــدد   ٢٧وفي العقــدين") >= 2
    assert visual_signals("يشرفني أن أبلغكم بما يلي.") == 0


def test_logical_order_of_visual_lines() -> None:
    assert logical_order("  بوري. س. هـ) توقيع(") == "(توقيع) هـ. س. بوري"
    assert logical_order("تقييم للحصيلة: حفظ السلام") == "حفظ السلام: تقييم للحصيلة"
    assert logical_order("ــام من   موجهة إلى الأمين الع") == "موجهة إلى الأمين العــام من"
    assert clean(logical_order("٢٠١١أغسطس  /آب ٢٦")) == "٢٦ آب/أغسطس ٢٠١١"


def test_one_paragraph_per_line_for_a_word_text() -> None:
    found = lines("\tالفقرة الأولى.", "\tالفقرة الثانية.", "", "\tالفقرة الثالثة.")
    lay = layout(found)
    assert not lay.visual and not lay.wrapped
    assert [b.first.number for b in blocks("r1", found, lay, AR)] == [1, 2, 4]


def test_wrapped_logical_text_ends_paragraphs_at_short_and_blank_lines() -> None:
    full = "كلمة " * 15
    found = lines(*[full] * 4, "نهاية الفقرة.", "", *[full] * 4, "نهاية.")
    lay = layout(found)
    assert lay.wrapped and not lay.visual
    assert [(b.first.number, b.last.number) for b in blocks("r1", found, lay, AR)] == [
        (1, 5),
        (7, 11),
    ]


def test_signature_split_where_the_name_runs_into_the_title() -> None:
    assert AR is not None
    line = Line(7, "\t(توقيع) هـ. س. بوريالممثل الدائم")
    signature = read_signature(Block("r2", (line,), line.text.strip(), False), [], AR)
    assert (signature.name, signature.title) == ("هـ. س. بوري", "الممثل الدائم")
    assert signature.signed_text == "(توقيع) هـ. س. بوري"
    assert signature.joined is not None and signature.joined.glued
    assert signature.joined.offset == line.text.index("الممثل")
    assert signature.signed_end == line.text.index("الممثل")


def test_signature_with_its_title_on_the_next_line() -> None:
    assert AR is not None
    first, second = Line(1, "(توقيع) فريد خوجا"), Line(2, "الممثل الدائم")
    signature = read_signature(
        Block("r1", (first,), first.text, False), [Block("r1", (second,), second.text, False)], AR
    )
    assert (signature.name, signature.title, signature.joined) == (
        "فريد خوجا",
        "الممثل الدائم",
        None,
    )
