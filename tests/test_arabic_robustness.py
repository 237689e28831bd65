"""Any text at all: the Arabic rules and the repairs never raise, and repairing is idempotent."""

from __future__ import annotations

import os

from arabic_mutations import parsed_of, validate_ar
from hypothesis import given, settings
from hypothesis import strategies as st

from unarchive.repair import repair_parsed

# Arabic letters, marks, tatweel, digits of three systems, controls, joiners, forms, mojibake
# look-alikes and brackets: the characters the rules reason about, mixed with anything.
ALPHABET = st.one_of(
    st.sampled_from(
        list(
            "ابتثجحخدذرزسشصضطظعغفقكلمنهوية ىءأإآؤئ ـ ً ٌ ٍ َ ُ ِ ّ ْ ٰ ٠١٢٣٤٥٦٧٨٩0123456789۰۱۲۳۴۵۶۷۸۹"
            "()[]{}.،؛؟ \u00a0\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
            "\u2066\u2067\u2068\u2069\ufeffﺍﻟﺴﻼﻡﻻﷲ\ufdfcیکەÇáØ§ÙطظعغX"
        )
    ),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)
LINES = st.lists(st.text(ALPHABET, max_size=60), min_size=1, max_size=6)


@settings(max_examples=int(os.environ.get("AR_EXAMPLES", "60")), deadline=None)
@given(first=LINES, second=st.none() | LINES, unsafe=st.booleans())
def test_rules_and_repairs_never_raise_and_repair_is_idempotent(first, second, unsafe):
    parsed = parsed_of(first) if second is None else parsed_of(first, second)
    findings = validate_ar(parsed)
    for f in findings:
        text = next(line.text for _, line in parsed.lines() if line.number == f.location.line)
        assert f.location.column is not None and 1 <= f.location.column <= max(len(text), 1)
    result = repair_parsed(parsed, unsafe=unsafe)
    again = parsed_of(*[[result.lines[x.number] for x in r.lines] for r in parsed.renditions])
    assert repair_parsed(again, unsafe=unsafe).changes == []
