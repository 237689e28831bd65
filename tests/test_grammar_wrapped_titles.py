"""Titles and annex headings hard-wrapped over several lines, as text dumps print them."""

from __future__ import annotations

from unarchive.pipeline import parse

ENGLISH = """\
Letter dated 2 March 2009 from the Chargé d'affaires a.i. of the
Permanent Mission of Ruritania to the United Nations
addressed to the President of the Security Council

I have the honour to transmit the statement of my Government on the elections (see annex).

(Signed) Rudolf Rassendyll
Chargé d'affaires a.i.

Annex to the letter dated 2 March 2009 from the Chargé d'affaires a.i.
of the Permanent Mission of Ruritania to the United Nations
addressed to the President of the Security Council

Statement on the elections

The elections were held in good order.
"""

ARABIC = """\
رسالة مؤرخة 2 آذار/مارس 2009 موجهة إلى رئيس مجلس الأمن
من القائم بالأعمال بالنيابة للبعثة الدائمة لروريتانيا لدى الأمم المتحدة

يشرفني أن أحيل إليكم بيان حكومتي بشأن الانتخابات.

(توقيع) رودولف راسينديل
القائم بالأعمال بالنيابة
"""


def test_an_english_title_wrapped_over_three_lines_is_one_title() -> None:
    meta = parse(ENGLISH.encode("utf-8")).letter.metadata
    assert meta.addressee == "the President of the Security Council"
    assert meta.sender == (
        "the Chargé d'affaires a.i. of the Permanent Mission of Ruritania to the United Nations"
    )
    assert meta.date is not None and meta.date.isoformat() == "2009-03-02"


def test_the_wrapped_lines_do_not_become_paragraphs() -> None:
    letter = parse(ENGLISH.encode("utf-8")).letter
    first = letter.letter.paragraphs[0].text
    assert first.startswith("I have the honour")
    [annex] = letter.annexes
    assert annex.heading is not None
    assert annex.heading.text.endswith("addressed to the President of the Security Council")
    assert annex.title == "Statement on the elections"


def test_an_arabic_title_wrapped_before_the_sender_is_one_title() -> None:
    meta = parse(ARABIC.encode("utf-8")).letter.metadata
    assert meta.addressee == "رئيس مجلس الأمن"
    assert meta.sender is not None and meta.sender.startswith("القائم بالأعمال بالنيابة")


IDENTICAL = """\
GENERAL ASSEMBLY                    SECURITY COUNCIL
Fifty-fifth session                 Fifty-fifth year
Agenda items 12 and 40
QUESTION OF RURITANIA

Identical letters dated 2 October 2000 from the Permanent Observer of
Ruritania to the United Nations addressed to the Secretary-General
and to the President of the Security Council

In follow-up to my letter dated 29 September 2000, I regret to inform you of the floods.

(Signed) Rudolf RASSENDYLL
Permanent Observer of Ruritania
to the United Nations
"""


def test_a_title_line_that_starts_small_goes_on_the_title() -> None:
    letter = parse(IDENTICAL.encode("utf-8")).letter
    meta = letter.metadata
    assert meta.addressee == "the Secretary-General and to the President of the Security Council"
    assert letter.letter.paragraphs[0].text.startswith("In follow-up")
    assert meta.signatory.title == "Permanent Observer of Ruritania to the United Nations"


def test_an_organ_in_capitals_is_read() -> None:
    assert parse(IDENTICAL.encode("utf-8")).letter.metadata.organ == "General Assembly"


FROM_FIRST = """\
رسالة بتاريخ 9 شباط/فبراير 2004 من وزير خارجية روريتانيا موجهة إلى رئيس مجلس الأمن
زندا، 9 شباط/فبراير 2004
سيدي،
يشرفني أن أنقل إليكم ما يلي:
شهدت البلاد فيضانات واسعة خلال الأسبوع الماضي.
"""


def test_an_arabic_title_with_the_sender_first_is_read() -> None:
    letter = parse(FROM_FIRST.encode("utf-8")).letter
    meta = letter.metadata
    assert meta.date is not None and meta.date.isoformat() == "2004-02-09"
    assert (meta.sender, meta.addressee) == ("وزير خارجية روريتانيا", "رئيس مجلس الأمن")


def test_a_place_date_line_and_a_salutation_do_not_join_the_title() -> None:
    letter = parse(FROM_FIRST.encode("utf-8")).letter
    assert letter.metadata.title is not None and letter.metadata.title.endswith("مجلس الأمن")
    assert [p.text for p in letter.letter.paragraphs[:2]] == ["زندا، 9 شباط/فبراير 2004", "سيدي،"]
