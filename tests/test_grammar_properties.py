"""Properties of the grammar on arbitrary letter-like text: it never fails, spans stay true."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unarchive.findings import UnreadableInput
from unarchive.grammar.normalize import clean, logical_order
from unarchive.readers.text import parse
from unarchive.rules import validate

PIECES = [
    "رسالة مؤرخة",
    "5 آب/أغسطس 2011",
    "٢٠١١أغــسطس / آب٥",
    "موجهة إلى الأمين العام",
    "من الممثل الدائم للهند لدى الأمم المتحدة",
    "(توقيع)",
    ")توقيع(",
    "هـ. س. بوري",
    "الممثل الدائم",
    "بوريالممثل",
    "مرفق الرسالة المؤرخة",
    "يشرفني أن",
    "وأرجو ممتنا تعميم هذه الرسالة",
    "(انظر المرفق).",
    "حفظ السلام:",
    "ــل",
    "مــن",
    ".",
    "،",
    "“",
    "”",
    "S/2012/80",
    "s/2011/0496",
    "31 حزيران/يونيه 2011",
    "000 20",
    "\t",
    "   ",
    "\u202b",
    "\ufeff",
    "\x00",
]

lines = st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join)
documents = st.lists(lines, min_size=1, max_size=25).map("\n".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_grammar_never_fails_and_spans_point_into_the_input(text: str) -> None:
    try:
        parsed = parse(text.encode("utf-8"))
    except UnreadableInput:
        return
    validate(parsed)
    lines_of = {r.id: {line.number: line.text for line in r.lines} for r in parsed.renditions}
    letter = parsed.letter
    paragraphs = [
        *letter.letter.paragraphs,
        *(p for a in letter.annexes for p in (*a.headings, *a.paragraphs)),
    ]
    for paragraph in paragraphs:
        span = paragraph.source
        assert span is not None
        assert span.start_line in lines_of[span.rendition]
        assert span.end_line in lines_of[span.rendition]
        first = lines_of[span.rendition][span.start_line]
        assert 1 <= span.start_column <= len(first) + 1


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ـ٠١٢٣٤٥.،:()/“”-", max_size=80))
def test_logical_order_keeps_every_letter(line: str) -> None:
    letters = sorted(c for c in clean(line) if c.isalpha())
    assert sorted(c for c in clean(logical_order(line)) if c.isalpha()) == letters


@given(st.text(max_size=60))
def test_clean_is_idempotent(text: str) -> None:
    assert clean(clean(text)) == clean(text)
