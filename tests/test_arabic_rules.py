"""Each Arabic rule on small inputs written for it: the defect fires, its clean twin does not."""

from __future__ import annotations

import pytest
from arabic_mutations import parsed_of, validate_ar

CLEAN = "قررت اللجنة الخاصة مواصلة النظر في البند في دورتها المقبلة."

# code, defective line(s), the same text without the defect
CASES = [
    ("E007", ["المنظمة الXكثيرة"], ["المنظمة الكثيرة"]),
    ("E007", ["تقرير (cid:412) اللجنة"], ["تقرير اللجنة"]),
    ("AR001", ["ﺍﻟﺴﻼﻡ عليكم"], ["السلام عليكم"]),
    ("AR002", ["يعقـد مجلـس الأمــن جلسته"], ["يعقد مجلس الأمن جلسته"]),
    ("AR003", ["وبحثت الأمانة ــسألة التمويل"], ["وبحثت الأمانة مسألة التمويل"]),
    ("AR004", [".قررت اللجنة مواصلة النظر في البند"], ["قررت اللجنة مواصلة النظر في البند."]),
    ("AR004", ["ةصاخلا ةنجللا ترقرو ةماعلا ةيعمجلا"], ["وقررت اللجنة الخاصة الجمعية العامة"]),
    ("AR005", ["اعتمد القرار ٤٥وقرر المجلس"], ["اعتمد القرار ٤٥ وقرر المجلس"]),
    ("AR006", ["وأكدت الجمعيةالعامة قرارها"], ["وأكدت الجمعية العامة قرارها"]),
    ("AR007", ["بلغ عدد اللاجئين 000 150 لاجئ"], ["بلغ عدد اللاجئين 150\u00a0000 لاجئ"]),
    ("AR008", ["في عام ٢٠1٩ عقدت اللجنة"], ["في عام ٢٠١٩ عقدت اللجنة"]),
    ("AR008", ["المادة ۴۵ من الميثاق"], ["المادة ٤٥ من الميثاق"]),
    ("AR009", ["\u202bالأمم المتحدة\u202c في نيويورك"], ["الأمم المتحدة في نيويورك"]),
    ("AR009", ["الأمم\u200f المتحدة"], ["الأمم المتحدة"]),
    ("AR010", ["الأمم\u200c المتحدة"], ["الأمم المتحدة"]),
    ("AR011", ["ظ…ط¬ظ„ط³ ط§ظ„ط£ظ…ظ†"], ["مجلس الأمن"]),
    ("AR011", ["ÇáÃãã ÇáãÊÍÏÉ"], ["الأمم المتحدة"]),
    ("AR011", ["Ù…Ø¬Ù„Ø³ Ø§Ù„Ø£Ù…Ù†"], ["مجلس الأمن"]),
    ("AR012", ["وفی الجلسة قرر المجلس"], ["وفي الجلسة قرر المجلس"]),
    ("AR012", ["وذکر الممثل"], ["وذكر الممثل"]),
    ("AR013", ["ا\u0654عربت اللجنة عن قلقها"], ["أعربت اللجنة عن قلقها"]),
    ("AR014", ["األمم المتحدة"], ["الأمم المتحدة"]),
    ("AR015", ["إلا \u0651 للدفاع"], ["إلاّ للدفاع"]),
    ("AR015", ["بَََدأ الاجتماع"], ["بَدأ الاجتماع"]),
    ("AR017", ["بوري. س. هـ) توقيع("], ["(توقيع) هـ. س. بوري"]),
]


@pytest.mark.parametrize(
    ("code", "bad", "good"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_rule_fires_on_defect_and_not_on_clean_twin(code, bad, good):
    fired = [f for f in validate_ar(parsed_of([*bad, CLEAN])) if f.code == code]
    assert fired, f"{code} missed {bad!r}"
    assert all(f.location.line == 1 for f in fired)
    clean = validate_ar(parsed_of([*good, CLEAN]), select=("AR", "E"))
    assert [f for f in clean if f.code == code] == []


@pytest.mark.parametrize(
    "text",
    [
        "وقع الاتفاق في ١٤٣٢هـ الموافق ٢٠١١م في جنيف",  # Hijri and Gregorian date letters
        "(توقيع) هـ. س. بوري",  # the abbreviation tatweel
        "تبرعت و5 دول أخرى ب50 مليون دولار",  # one-letter proclitics on numbers
        "رقم الهاتف 212 963 1234 في نيويورك",  # three groups of a phone number
        "ﷲ أكبر",  # U+FDF2 folds; see AR001 below — here: no other rule fires
        "ذهب إلى (انظر",  # a bracket pair that continues on the next line
        "المرفق) وما بعده.",
        "يبلغ معدل النمو ٣٠٪\u200f في المنطقة",  # RLM next to a percent sign
        "إلاّ للدفاع عن النفس",  # shadda on alef after lam: spelling, not an error
        "”المعقدة“ أو ”المتعددة الأبعاد“",  # Word's right-to-left quotes
        "قليلا أولا مثلا فعلا",  # words ending in لا are not reversed articles
        "أعلن الـUN أن برنامج UNDP في المنطقة",  # an acronym after the article's tatweel
    ],
)
def test_clean_text_raises_no_alarm(text):
    found = [
        f for f in validate_ar(parsed_of([text, CLEAN]), select=("AR", "E")) if f.code != "AR001"
    ]
    assert found == []


def test_persian_text_is_not_reported_as_lookalike():
    persian = "من می‌خواهم کتاب را بخوانم و یک نامه بنویسم"
    codes = {f.code for f in validate_ar(parsed_of([persian]))}
    assert "AR012" not in codes
    assert "AR010" not in codes  # the ZWNJ in می‌خواهم separates two joining letters


def test_zwj_outside_arabic_is_left_alone():
    assert validate_ar(parsed_of(["👩\u200d💻 الأمم المتحدة"]), select=("AR010",)) == []


def test_zwj_forcing_a_form_is_kept():
    assert validate_ar(parsed_of(["ه\u200d. س. بوري"]), select=("AR010",)) == []


def test_latin_rendition_is_not_judged_as_arabic():
    english = "The Secretary-General reported 000 20 troops (see annex."
    codes = {f.code for f in validate_ar(parsed_of([english]))}
    assert not codes & {"AR004", "AR007", "AR017"}


def test_cross_rendition_rules_need_two_renditions():
    line = "وتحققت اللجنة من التراعات في المنطقة"
    assert validate_ar(parsed_of([line]), select=("AR016",)) == []
    both = validate_ar(
        parsed_of([line], ["وتحققت اللجنة من النزاعات في المنطقة"]), select=("AR016",)
    )
    # Two equally trusted renditions disagree: both spellings are reported.
    assert [(f.location.rendition, f.location.line, f.location.column) for f in both] == [
        ("r1", 1, 18),
        ("r2", 2, 18),
    ]


def test_run_together_confirmed_by_other_rendition():
    found = validate_ar(
        parsed_of(["وقررت عادالمتعددة الأطراف"], ["وقررت عاد المتعددة الأطراف"]), select=("AR006",)
    )
    assert [(f.location.line, f.location.column) for f in found] == [(1, 7)]


def test_lam_alef_swap_confirmed_by_other_rendition():
    found = validate_ar(parsed_of(["حفظ السالم"], ["حفظ السلام"]), select=("AR014",))
    assert [(f.location.line, f.location.column) for f in found] == [(1, 5)]


def test_select_and_ignore_by_prefix_ignore_wins():
    parsed = parsed_of(["يعقـد ا\u0654عربت \u202bالأمم"])
    codes = {f.code for f in validate_ar(parsed, select=("AR",), ignore=("AR00",))}
    assert codes == {"AR013"}
    assert validate_ar(parsed, select=("AR002",), ignore=("AR",)) == []


def test_tie_between_renditions_suspects_the_pdf_layer():
    from unarchive.model import Letter
    from unarchive.parsed import Line, Parsed, Rendition

    pdf = Rendition("r1", "pdf-text-layer", (Line(1, "وتحققت اللجنة من التراعات في المنطقة"),))
    word = Rendition("r2", "word-text", (Line(2, "وتحققت اللجنة من النزاعات في المنطقة"),))
    found = validate_ar(Parsed(Letter(), (pdf, word)), select=("AR016",))
    assert [(f.location.rendition, f.location.line) for f in found] == [("r1", 1)]
