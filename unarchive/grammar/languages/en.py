"""English: the words of a UN letter as the Secretariat prints them, for the letter grammar.

Sources: the DGACM Editorial Manual and real letters (``research/un-docs.md``
§3): the title "Letter dated 5 August 2011 from … addressed to …" (also
identical letters, joint letters, notes verbales), "I have the honour to …",
the circulation request, "(Signed) …", "Annex to the letter dated …",
numbered annexes (Annex I, II …), enclosures and appendices. Dates are
"5 August 2011"; the Library's abbreviations ("5 Aug. 2011", "Sept."), the
upper-case titles of older documents ("2 FEBRUARY 1994") and the forms of
letters written outside the Secretariat ("August 5, 2011", "5th August 2011",
"5 August, 2011", "the 5th of August 2011") are read too. Patterns
see cleaned text (single spaces) and ignore case where older layouts shout.
"""

from __future__ import annotations

from unarchive.grammar.languages import Language

_MONTHS = (
    ("January", "Jan.", "Jan", "JANUARY"),
    ("February", "Feb.", "Feb", "FEBRUARY"),
    ("March", "Mar.", "Mar", "MARCH"),
    ("April", "Apr.", "Apr", "APRIL"),
    ("May", "MAY"),
    ("June", "Jun.", "Jun", "JUNE"),
    ("July", "Jul.", "Jul", "JULY"),
    ("August", "Aug.", "Aug", "AUGUST"),
    ("September", "Sept.", "Sep.", "Sept", "Sep", "SEPTEMBER"),
    ("October", "Oct.", "Oct", "OCTOBER"),
    ("November", "Nov.", "Nov", "NOVEMBER"),
    ("December", "Dec.", "Dec", "DECEMBER"),
)
_KINDS = r"(?:letter|identical letters|joint letter|note verbale|identical notes verbales)"
_PART = r"(?:annex|enclosure|appendix)(?: (?:[IVXLC]+|[0-9]+))?"
_TO_THE = rf"to the (?:{_KINDS}|annex)"

LANGUAGE = Language(
    code="en",
    script="A-Za-z\u00c0-\u024f",
    rtl=False,
    month_systems=(_MONTHS,),
    month_pair_format="{0}",
    date_format="{day} {month} {year}",
    title=(
        rf"(?i)^{_KINDS} dated (?P<date>.+?) from (?P<sender>.+?)"
        r" addressed to (?P<addressee>.+?)\.?$"
    ),
    title_marker=rf"(?i)^\s*{_KINDS} dated\b",
    title_template="Letter dated {date} from {sender} addressed to {addressee}",
    annex_heading=(
        rf"(?i)^{_PART} {_TO_THE} dated (?P<date>.+?) from (?P<sender>.+?)"
        r" addressed to (?P<addressee>.+?)\.?$"
    ),
    # "Annex", "Annex II", "Enclosure", "Annex to the letter dated …": never "Annexes I and II".
    annex_marker=rf"(?i)^\s*{_PART}(?: {_TO_THE}\b.*)?$",
    annex_template="Annex to the letter dated {date} from {sender} addressed to {addressee}",
    annex_reference=r"(?i)\bannex(?:es|ed)?\b|\benclos(?:ure|ures|ed)\b",
    signed=r"(?i)\(\s*signed\s*\)",
    sender=(
        r"(?i)(?:the )?(?:(?:deputy |acting )?permanent representative|permanent observer"
        r"|charg[ée] d[’']affaires a\.i\.|permanent mission|minister for foreign affairs)"
        r"(?: \S+){0,12}? (?:to|of) the United Nations"
    ),
    roles=(
        "Ambassador and Permanent Representative",
        "Deputy Permanent Representative",
        "Acting Permanent Representative",
        "Permanent Representative",
        "Permanent Observer",
        "Chargé d’affaires a.i.",
        "Chargé d'affaires a.i.",
        "Minister for Foreign Affairs",
        "Ambassador",
        "Secretary-General",
    ),
    addressees=(
        "the Secretary-General",
        "the President of the Security Council",
        "the President of the General Assembly",
        "the President of the Economic and Social Council",
        "the President of the Human Rights Council",
    ),
    connectors=("of", "to", "from", "the", "and", "addressed", "dated", "for", "on", "in"),
    organs=(
        "Security Council",
        "General Assembly",
        "Economic and Social Council",
        "Human Rights Council",
        "Trusteeship Council",
    ),
    final_punctuation=".!?",
    ordinal=r"(?i:st|nd|rd|th)",
    day_of="of",
    month_first=True,
    masthead=(
        ("distribution", r"(?i)^Distr\.?:? ?(?P<value>general|limited|restricted)$"),
        ("original_language", r"(?i)^original:? ?(?P<value>[a-z]+)$"),
        ("job_number", r"^(?P<value>(?:[A-Z]{1,2}\.)?[0-9]{2}-[0-9]{5} ?\([A-Z]\))"),
    ),
)
