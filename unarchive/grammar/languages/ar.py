"""Arabic: the words of a UN letter as the Arabic translation service prints them.

Sources: ``research/un-docs.md`` §3.2 (title, circulation request, «(توقيع)»,
annex heading) and the Arabic date convention of two month-name systems,
Levantine and transliterated, printed as a pair («5 آب/أغسطس 2011»); either
name alone is accepted too.
"""

from __future__ import annotations

from unarchive.grammar.languages import Language

_LEVANTINE = (
    ("كانون الثاني",),
    ("شباط",),
    ("آذار", "اذار"),
    ("نيسان",),
    ("أيار", "ايار"),
    ("حزيران",),
    ("تموز",),
    ("آب", "اب"),
    ("أيلول", "ايلول"),
    ("تشرين الأول", "تشرين الاول"),
    ("تشرين الثاني",),
    ("كانون الأول", "كانون الاول"),
)
_TRANSLITERATED = (
    ("يناير",),
    ("فبراير",),
    ("مارس",),
    ("أبريل", "ابريل", "إبريل"),
    ("مايو",),
    ("يونيه", "يونيو"),
    ("يوليه", "يوليو"),
    ("أغسطس", "اغسطس"),
    ("سبتمبر",),
    ("أكتوبر", "اكتوبر"),
    ("نوفمبر",),
    ("ديسمبر",),
)

_TO = r"(?:إلى|الى)"
_SENT = r"(?:موجهة|موجهتان)"
# A letter, identical letters, a note verbale (and "of the letter …" in an annex heading).
_KINDS = r"(?:رسالة|رسالتان متطابقتان|مذكرة شفوية|مذكرتان شفويتان متطابقتان)"
_OF_KINDS = (
    r"(?:ال|لل)(?:رسالة|رسالتين(?:\s+المتطابقتين)?|مذكرة\s+الشفوية"
    r"|مذكرتين\s+الشفويتين(?:\s+المتطابقتين)?)"
)

LANGUAGE = Language(
    code="ar",
    script="\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc",
    rtl=True,
    month_systems=(_LEVANTINE, _TRANSLITERATED),
    month_pair_format="{0}/{1}",
    date_format="{day} {month} {year}",
    # The UN's order, «مؤرخة … موجهة إلى … من …»; letters copied or translated
    # elsewhere also print «بتاريخ …» and the sender first, «من … (موجهة) إلى …».
    title=(
        rf"^{_KINDS} (?:مؤرخة|مؤرختان|بتاريخ)(?: في)? (?P<date>.+?) "
        rf"(?:{_SENT} {_TO} (?P<addressee>.+?) من (?P<sender>.+?)"
        rf"|(?:{_SENT} )?من (?P<sender>.+?) (?:{_SENT} )?{_TO} (?P<addressee>.+?))\.?$"
    ),
    title_marker=(
        r"(?:رسالة|رسالتان|مذكرة\s+شفوية|مذكرتان\s+شفويتان)\s+(?:متطابقتان\s+)?"
        r"(?:مؤرخت?ا?ن?|بتاريخ)"
    ),
    title_template="رسالة مؤرخة {date} موجهة إلى {addressee} من {sender}",
    annex_heading=(
        rf"^(?:ال)?مرفق\S*(?: \S+)? {_OF_KINDS} (?:ال)?مؤرخ(?:ة|تين) (?P<date>.+?) "
        rf"(?:ال)?موجه(?:ة|تين) {_TO} (?P<addressee>.+?) من (?P<sender>.+?)\.?$"
    ),
    annex_marker=(
        rf"(?<!\p{{L}})(?:ال)?مرفق\S*\s+(?:\S+\s+)?{_OF_KINDS}\s+(?:ال)?مؤرخ(?:ة|تين)"
        r"|^(?:ال)?مرفق(?:ان)?(?:\s+(?:الأول|الثاني|الثالث|الرابع|الخامس|[0-9]+))?$"
    ),
    annex_template="مرفق الرسالة المؤرخة {date} الموجهة إلى {addressee} من {sender}",
    annex_reference=r"المرفق|ومرفقها|ومرفقاتها|مرفقة|المرفقة",
    signed=r"[()]\s*توقيع\s*[()]",
    signed_text="«(توقيع)»",
    sender=(
        r"(?:الممثل|الممثلة|القائم|القائمة|نائب|نائبة|المندوب|المندوبة|البعثة|وزير|وزيرة)"
        r"(?: \S+){0,12}? لدى الأمم المتحدة"
    ),
    roles=(
        "الممثل الدائم بالنيابة",
        "الممثلة الدائمة بالنيابة",
        "القائم بالأعمال بالنيابة",
        "القائمة بالأعمال بالنيابة",
        "نائب الممثل الدائم",
        "نائبة الممثل الدائم",
        "الممثلة الدائمة",
        "الممثل الدائم",
        "المندوب الدائم",
        "المندوبة الدائمة",
        "القائم بالأعمال",
        "القائمة بالأعمال",
        "السفير",
        "السفيرة",
        "الأمين العام",
        "وزير الخارجية",
        "وزيرة الخارجية",
    ),
    addressees=(
        "الأمين العام",
        "رئيس مجلس الأمن",
        "رئيسة مجلس الأمن",
        "رئيس الجمعية العامة",
        "رئيسة الجمعية العامة",
        "رئيس المجلس الاقتصادي والاجتماعي",
        "رئيسة المجلس الاقتصادي والاجتماعي",
        "رئيس مجلس حقوق الإنسان",
        "رئيسة مجلس حقوق الإنسان",
    ),
    connectors=("من", "إلى", "الى", "لدى", "في", "و", "عن", "على", "بين"),
    organs=("مجلس الأمن", "الجمعية العامة", "المجلس الاقتصادي والاجتماعي", "مجلس حقوق الإنسان"),
    final_punctuation=".!?؟",
    unsigned=r"^(?:مذكرة شفوية|مذكرتان شفويتان)",
    masthead=(
        ("distribution", r"^Distr\.?:? ?(?P<value>[A-Za-z]+)$"),
        ("original_language", r"^(?i:original):? ?(?P<value>[A-Za-z]+)$"),
        ("job_number", r"^(?P<value>(?:[A-Z]{1,2}\.)?[0-9]{2}-[0-9]{5} ?\([A-Z]\))"),
    ),
)
