"""The known texts of the PDF fixtures: realistic UN letters, typed in logical order.

The Arabic body comes from the Word rendition of the seed (S/2011/496's letter
and annex, lines 172-192 of ``samples/letters/ar-text-seed-two-renditions``),
with the title, opening paragraph and signature in the conventions of
``research/un-docs.md`` §3.2, and a few sentences added to carry what PDFs get
wrong: numbers with spaces and no-break spaces, brackets, quotation marks,
shadda, hamza and lam-alef forms, a Latin symbol inside Arabic text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Masthead:
    organisation: str
    organ: str
    symbol: str
    distribution: str
    issue_date: str
    language_line: str | None
    original: str
    job_footer: str
    barcode: str
    running_job: str


@dataclass(frozen=True)
class KnownLetter:
    """A letter as typed: paragraphs in reading order (title first), and its masthead."""

    language: str
    masthead: Masthead
    letter: tuple[str, ...]
    annex: tuple[str, ...]
    metadata: dict[str, str] = field(default_factory=dict)

    def paragraphs(self) -> tuple[str, ...]:
        return self.letter + self.annex


AR_MASTHEAD = Masthead(
    organisation="الأمم المتحدة",
    organ="مجلس الأمن",
    symbol="S/2011/496",
    distribution="Distr.: General",
    issue_date="8 آب/أغسطس 2011",
    language_line="Arabic",
    original="Original: English",
    job_footer="11-44795 (A)    090811    090811",
    barcode="*1144795*",
    running_job="11-44795",
)

AR_LETTER = KnownLetter(
    language="ar",
    masthead=AR_MASTHEAD,
    letter=(
        "رسالة مؤرخة 5 آب/أغسطس 2011 موجهة إلى الأمين العام من الممثل الدائم للهند لدى الأمم المتحدة",
        "يشرفني أن أبلغكم أن من المقرر أن يعقد مجلس الأمن، تحت رئاسة الهند، مناقشة مفتوحة بشأن"
        " موضوع ”عمليات الأمم المتحدة لحفظ السلام“، وذلك يوم الجمعة 26 آب/أغسطس 2011. وللمساعدة"
        " في توجيه النقاش بشأن الموضوع، أعدت الهند الورقة المفاهيمية المرفقة بعنوان ”حفظ السلام:"
        " تقييم للحصيلة وإعداد للمستقبل“ (انظر المرفق).",
        "وأرجو ممتنا تعميم هذه الرسالة ومرفقها باعتبارهما من وثائق مجلس الأمن.",
        "(توقيع) هـ. س. بوري",
        "الممثل الدائم",
    ),
    annex=(
        "مرفق الرسالة المؤرخة 5 آب/أغسطس 2011 الموجهة إلى الأمين العام من الممثل الدائم للهند لدى"
        " الأمم المتحدة",
        "حفظ السلام: تقييم للحصيلة وإعداد للمستقبل",
        "ورقة مفاهيمية",
        "أصبح حفظ السلام، الذي لم يرد مصطلحا في ميثاق الأمم المتحدة، نشاطا مركزيا في المنظمة. وهو"
        " يستهلك قدرا أكبر من الموارد ويشغل عددا أكبر من الناس ويحتل حيزا زمنيا أوسع من وقت مجلس"
        " الأمن قياسا إلى أي مسألة أخرى. وليس ثمة من صكوك أخرى للمجلس أثّرت تأثيرا كبيرا على"
        " القانون الدولي والقانون الإنساني الدولي تأصيلا وتطبيقا مثل ولاياته المتعلقة بحفظ السلام.",
        "وفي العقدين الأخيرين، زادت ميزانيات حفظ السلام 27 مرة تقريبا؛ وزاد عدد حفظة السلام بنحو"
        " عشرة أضعاف؛ وبلغ عدد عمليات حفظ السلام رقما غير مسبوق. ورغم النقائص الجسيمة والعيوب"
        " الكثيرة فلا شك أن عمليات حفظ السلام وحفظة السلام حققوا نتائج.",
        "وكانت ثمة أجيال كثيرة من عمليات حفظ السلام. فبعثات الأمم المتحدة لحفظ السلام كانت إلى"
        " حد كبير في العقود الخمسة الأولى من وجودها عمليات لمراقبة الهدنة أو\xa0عمليات لفصل"
        " المقاتلين من خلال نشر الأفراد العسكريين لحفظ السلام. وفيما بعد، تغيرت بعثات حفظ"
        " السلام تغيرا مثيرا من حيث حجمها ونطاقها وطبيعتها. ونشرت في غالب الأحيان في سياق"
        " نزاعات داخل الدول (في مقابل نزاعات بين الدول). واتسع نطاق الولايات ليشمل إنفاذ معايير"
        " معينة وتولي مهام معينة كانت تضطلع بها عادة السلطات الحكومية (مثل الانتخابات، وإقامة"
        " العدل، وإنفاذ القانون). كما بدأ المجلس يصدر ولايات تعتد بالفصلين السادس والسابع معا"
        " من الميثاق. ومؤدى ذلك أن عدد الحالات التي أمكن فيها استخدام القوة - أو لزم فيها"
        " استخدامها - من جانب أفراد حفظ السلام قد زادت كثيرا. وفي إطار هذه الصيرورة، بدأت هذه"
        " العمليات ”المعقدة“ أو ”المتعددة الأبعاد“ لحفظ السلام التي أطلقت خلال العقدين الأخيرين"
        " تكتسب بعدا إضافيا هو ”بناء السلام“. كما ظهر جيل أحدث من البعثات التي تتولى حصرا بناء"
        " السلام. ومن المعترف به الآن أن أفراد حفظ السلام كانوا ولا يزالون ”بناة سلام في وقت"
        " مبكر“.",
        "وتحتاج العلاقة بين هذه الابتكارات والمبادئ التوجيهية لحفظ السلام، بما فيها موافقة الأطراف،"
        " وعدم استخدام القوة إلاّ للدفاع عن النفس أو الدفاع عن الولاية، والحياد، إلى أن توضح لكي"
        " تحتفظ عمليات حفظ السلام بالمصداقية وبالقبول على الصعيد العالمي. وكثيرا ما يدعى حفظة"
        " السلام إلى اتخاذ قرارات مصيرية في حالات من الالتباس القانوني.",
        "والتحدي الأساسي الذي تواجهه بعثات حفظ السلام الآن هو نقص الموارد. فالإنفاق السنوي الحالي"
        " على عمليات حفظ السلام يقل عن 8\u00a0بلايين دولار. ولغرض المقارنة، تشير التقارير إلى أن"
        " الإنفاق الإجمالي على عمليات الأمم المتحدة لحفظ السلام في العقدين الأخيرين (أقل من 50"
        " بليون دولار) يقل عن الإنفاق السنوي على القوة الدولية للمساعدة الأمنية.",
        "وهناك تفاوت حاد بين موارد وولايات عمليات حفظ السلام. فقد نشرت الأمم المتحدة أقل قليلا من"
        " 000 20 فرد من أفراد حفظ السلام في الكونغو عام 1961 في إطار عملية الأمم المتحدة في"
        " الكونغو. وفصلت ولايتها في موقع الأمم المتحدة على الإنترنت في أقل من 300 كلمة. وبعد"
        " أربعة عقود تقريبا، نشرت الأمم المتحدة مرة أخرى قرابة 20\u00a0000 فرد من أفراد حفظ السلام في"
        " البلد نفسه. واستخدم موقع الأمم المتحدة على الإنترنت نحو 000 3 كلمة لوصف ولايتها.",
        "وتتجلى ضآلة الموارد في عدد من الحالات. فمنظمة الأمم المتحدة لتحقيق الاستقرار في جمهورية"
        " الكونغو الديمقراطية على سبيل المثال تعمل في منطقة حجمها حجم قارة تقريبا لكنها تعمل بنسبة"
        " فرد واحد من أفراد حفظ السلام لمئات عديدة من الكيلومترات المربعة في منطقة مسؤوليتها.",
        "إن حفظ السلام شراكة. إنه شراكة بين مجلس الأمن الذي يمثل إرادة المجتمع الدولي، والجمعية"
        " العامة التي تقر الميزانيات، والبلد المضيف الذي يوافق على عملية لحفظ السلام. وتعد البلدان"
        " المساهمة بقوات وبأفراد شرطة جزءا لا يتجزأ من هذه الشراكة وتيسر هذا التعاون.",
        "وضرورة قيام مجلس الأمن باستشارتها تستند لا إلى الأحكام الصريحة للمادة 44 من الميثاق فحسب"
        " ولكنها أيضا تصب في مصلحة تحقيق كفاءة الأداء وفعاليته. ولا شك أيضا أن المجلس يحتاج إلى"
        " زيادة حصوله على المعلومات في نطاق أدائه الذي زاد كثيرا (انظر الوثيقة S/2011/496).",
        "وقد أحرز تقدم في تحسين عملية الاستشارات لكن هناك مجالا للتحرك إلى الأمام في سبيل استغلال"
        " كامل الإمكانات التي توفرها هذه العلاقة. ويتعين أن تكون الاجتماعات الاستشارية منظمة وقابلة"
        " للتنبؤ من حيث التوقيت وجدول الأعمال، وأن تعقد قبل 15 يوما على الأقل من انتهاء الولاية.",
        "ولا تعني الشراكة تنازلا. فعدد الفاعلين في حالات النزاعات يتزايد وينبغي للمجتمع الدولي أن"
        " يوجد أوجه تآزر بين هؤلاء الفاعلين مع اتقاء التكرار والتبديد. ويعد حفظ السلام من الكفاءات"
        " الأساسية في الأمم المتحدة، ومن الضروري أن تصان هذه الخبرة.",
    ),
    metadata={
        "symbol": "S/2011/496",
        "job_number": "11-44795 (A)",
        "issue_date": "2011-08-08",
        "distribution": "General",
        "original_language": "en",
        "organ": "مجلس الأمن",
    },
)

EN_MASTHEAD = Masthead(
    organisation="United Nations",
    organ="Security Council",
    symbol="S/2011/496",
    distribution="Distr.: General",
    issue_date="8 August 2011",
    language_line=None,
    original="Original: English",
    job_footer="11-44795 (E)    090811    090811",
    barcode="*1144795*",
    running_job="11-44795",
)

EN_LETTER = KnownLetter(
    language="en",
    masthead=EN_MASTHEAD,
    letter=(
        "Letter dated 5 August 2011 from the Permanent Representative of India to the United"
        " Nations addressed to the Secretary-General",
        "I have the honour to inform you that the Security Council, under the presidency of"
        " India, will hold an open debate on “United Nations peacekeeping operations” on Friday,"
        " 26 August 2011. To help steer the discussion on the subject, India has prepared the"
        " attached concept paper entitled “Peacekeeping: taking stock and preparing for the"
        " future” (see annex).",
        "I should be grateful if the present letter and its annex could be circulated as a"
        " document of the Security Council.",
        "(Signed) H. S. Puri",
        "Permanent Representative",
    ),
    annex=(
        "Annex to the letter dated 5 August 2011 from the Permanent Representative of India to"
        " the United Nations addressed to the Secretary-General",
        "Peacekeeping: taking stock and preparing for the future",
        "Concept paper",
        "Peacekeeping, a term not mentioned in the Charter of the United Nations, has become a"
        " central activity of the Organization. It consumes more resources, employs more people"
        " and takes more of the Security Council's time than any other matter.",
        "In the last two decades, peacekeeping budgets have grown about 27 times; the number of"
        " peacekeepers has grown about tenfold; and the number of operations has reached an"
        " unprecedented level. Despite serious shortcomings, peacekeepers have delivered results.",
        "There have been many generations of peacekeeping operations. For much of their first five"
        " decades, United Nations peacekeeping missions were largely truce monitoring or the separation"
        " of combatants through the deployment of military peacekeepers. Thereafter, peacekeeping"
        " missions changed dramatically in size, scope and nature. They were deployed more often in"
        " intra-State conflicts (as opposed to inter-State conflicts). Mandates were broadened to"
        " include the enforcement of certain norms and tasks usually performed by governmental"
        " authorities (elections, the administration of justice and law enforcement). The Council also"
        " began to issue mandates invoking Chapters VI and VII of the Charter together, and the number"
        " of situations in which force could be used by peacekeepers grew considerably.",
        "There is a sharp mismatch between the resources and the mandates of peacekeeping"
        " operations. The United Nations deployed slightly fewer than 20,000 peacekeepers in the"
        " Congo in 1961. Four decades later it again deployed some 20 000 peacekeepers in the same"
        " country, and its website used about 3,000 words to describe their mandate.",
        "Current annual spending on peacekeeping is less than $8 billion (about 0.5 per cent of"
        " global military spending). Total spending over two decades (less than $50 billion) is"
        " below the annual cost of the International Security Assistance Force.",
        "Peacekeeping is a partnership between the Security Council, which represents the will of"
        " the international community, the General Assembly, which approves the budgets, and the"
        " host country, which consents to the operation. Troop- and police-contributing countries"
        " are an integral part of this partnership under Article 44 of the Charter.",
        "Consultative meetings should be structured and predictable in timing and agenda, and held"
        " at least 15 days before a mandate expires, as proposed in document S/2011/496.",
    ),
    metadata={
        "symbol": "S/2011/496",
        "job_number": "11-44795 (E)",
        "issue_date": "2011-08-08",
        "distribution": "General",
        "original_language": "en",
        "organ": "Security Council",
    },
)

# A joint document of the General Assembly and the Security Council, laid out as the UN's
# Word template of 2025 sets it: a two-column session block (organs, session and year, the
# agenda item and its title) under the masthead, and an annex title long enough to wrap.
EN_JOINT_MASTHEAD = Masthead(
    organisation="United Nations",
    organ="General Assembly",
    symbol="A/65/980-S/2011/496",
    distribution="Distr.: General",
    issue_date="8 August 2011",
    language_line=None,
    original="Original: English",
    job_footer="11-44795 (E)    090811    090811",
    barcode="*1144795*",
    running_job="11-44795",
)
EN_SESSION = (
    ("General Assembly", "Security Council"),
    ("Sixty-fifth session", "Sixty-sixth year"),
    ("Agenda item 33", ""),
    ("Prevention of armed conflict", ""),
)

EN_JOINT_LETTER = KnownLetter(
    language="en",
    masthead=EN_JOINT_MASTHEAD,
    letter=(
        EN_LETTER.letter[0],
        EN_LETTER.letter[1],
        "I should be grateful if the present letter and its annex could be circulated as a"
        " document of the General Assembly, under agenda item 33, and of the Security Council.",
        "(Signed) H. S. Puri",
        "Permanent Representative",
    ),
    annex=(
        EN_LETTER.annex[0],
        "Summary of the open debate of the Security Council on United Nations peacekeeping"
        " operations: taking stock and preparing for the future (26 August 2011)",
        "30 August 2011",
        *EN_LETTER.annex[3:],
    ),
    metadata={
        "symbol": "A/65/980",
        "additional_symbols": "S/2011/496",
        "job_number": "11-44795 (E)",
        "issue_date": "2011-08-08",
        "distribution": "General",
        "original_language": "en",
        "organ": "General Assembly",
    },
)

# The English letter as a typist of the 1990s set it, with an annex title in two centred lines.
EN_TYPED_LETTER = KnownLetter(
    language="en",
    masthead=EN_MASTHEAD,
    letter=EN_LETTER.letter,
    annex=(
        "ANNEX",
        "Peacekeeping: taking stock of six decades of operations in the field and preparing"
        " for the future",
        *EN_LETTER.annex[2:],
    ),
    metadata=EN_LETTER.metadata,
)


# Letters with footnotes. A mark is written "{1}" after the word it follows; ``unmarked``
# gives the letter as the .txt holds it (the notes are not paragraphs of the body).
@dataclass(frozen=True)
class NotedLetter:
    """A letter whose text carries "{mark}" where a raised note mark stands, and its notes.

    ``notes`` are (mark, text) in citing order; the note named by ``split`` is
    printed in two pieces, the second at the foot of the next page.
    """

    known: KnownLetter
    notes: tuple[tuple[str, str], ...]
    split: str = ""

    def unmarked(self) -> KnownLetter:
        import re

        def strip(texts: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(re.sub(r"\{[^}]+\}", "", text) for text in texts)

        known = self.known
        return KnownLetter(
            known.language, known.masthead, strip(known.letter), strip(known.annex), known.metadata
        )


def _mark_after(text: str, word: str, mark: str) -> str:
    assert text.count(word) >= 1, word
    return text.replace(word, word + "{" + mark + "}", 1)


EN_NOTED = NotedLetter(
    known=KnownLetter(
        language="en",
        masthead=EN_MASTHEAD,
        letter=(
            EN_LETTER.letter[0] + "{*}",
            _mark_after(_mark_after(EN_LETTER.letter[1], "open debate", "1"), "concept paper", "2"),
            *EN_LETTER.letter[2:],
        ),
        annex=(
            *EN_LETTER.annex[:4],
            _mark_after(EN_LETTER.annex[4], "tenfold;", "3"),
            *EN_LETTER.annex[5:8],
            _mark_after(EN_LETTER.annex[8], "Article 44 of the Charter", "4"),
            *EN_LETTER.annex[9:],
        ),
        metadata=EN_LETTER.metadata,
    ),
    notes=(
        ("*", "Reissued for technical reasons on 12 August 2011."),
        ("1", "See S/PV.6603 for the record of the debate held on 26 August 2011."),
        (
            "2",
            "The paper was prepared by the Permanent Mission of India in consultation with the"
            " Department of Peacekeeping Operations and the Department of Field Support, and"
            " draws on the reports of the Special Committee on Peacekeeping Operations"
            " (A/65/19) and on the non-paper of 2009 known as the New Horizon initiative, which"
            " the Secretariat circulated to Member States in July of that year.",
        ),
        ("3", "Figures of the Department of Peacekeeping Operations as at 30 June 2011."),
        ("4", "Article 44 of the Charter of the United Nations."),
    ),
    split="2",
)

# The Arabic letter with Arabic-Indic note marks and the title's "*"; note ٢ goes on over a page.
AR_NOTED = NotedLetter(
    known=KnownLetter(
        language="ar",
        masthead=AR_MASTHEAD,
        letter=(
            AR_LETTER.letter[0] + "{*}",
            _mark_after(
                _mark_after(AR_LETTER.letter[1], "مناقشة مفتوحة", "١"), "الورقة المفاهيمية", "٢"
            ),
            *AR_LETTER.letter[2:],
        ),
        annex=(
            *AR_LETTER.annex[:4],
            _mark_after(AR_LETTER.annex[4], "عشرة أضعاف", "٣"),
            *AR_LETTER.annex[5:],
        ),
        metadata=AR_LETTER.metadata,
    ),
    notes=(
        ("*", "أعيد إصدارها لأسباب فنية في 12 آب/أغسطس 2011."),
        ("١", "انظر S/PV.6603 للاطلاع على محضر المناقشة التي عقدت في 26 آب/أغسطس 2011."),
        (
            "٢",
            "أعدت الورقة البعثة الدائمة للهند بالتشاور مع إدارة عمليات حفظ السلام وإدارة الدعم"
            " الميداني، وهي تستند إلى تقارير اللجنة الخاصة المعنية بعمليات حفظ السلام وإلى ورقة"
            " غير رسمية صدرت عام 2009 تعرف بمبادرة الأفق الجديد، عممتها الأمانة العامة على الدول"
            " الأعضاء في تموز/يوليه من ذلك العام.",
        ),
        ("٣", "أرقام إدارة عمليات حفظ السلام في 30 حزيران/يونيه 2011."),
    ),
    split="٢",
)
