"""The shared pre-scans of the E and AR rules answer exactly what the plain searches answer.

``scan.uncommon`` (one search for characters outside the common set) lets rules with
a rare hint skip a rendition, ``scan.rendition_share`` counts the Arabic share by
character class, ``scan.line_indexes`` keeps its answers and ``words.rasm`` replaces
letter by letter on long texts; each is held here to the slow, obvious answer.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from unarchive.model import Letter
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.rules import arabic_chars, encoding, scan
from unarchive.rules.arabic_layout import TAIL
from unarchive.text.order import unmirrored_brackets
from unarchive.text.words import _RASM, WORD, Word, key, rasm, words

# Common characters, the rare ones the rules look for, letters of other scripts,
# private use and astral characters, and the line-ish separators.
RARE = (
    "\x00\x07\x1c\x7f\x85\ufffd\ue000\U000f0001\ufb50\ufef5\ufefc\ufd3e\u200c\u200d"
    "\u202b\u202c\u202d\u2066\u061c\u064e\u0651\u0670\u0654\u0674\u06a9\u06cc\u06d5"
    "\u0649\u0620\u063b\u06fd\u00e9\u00aa\u0436\U0001d400\u2028\r\u00a0"
)
ALPHABET = st.sampled_from(list("ابتةىلمنهوـ يك aZ(cid:)1٢،.\t" + RARE))
TEXTS = st.lists(st.text(ALPHABET, max_size=30), min_size=1, max_size=6)
RULE_HINTS = (
    (encoding._CONTROL, encoding._CONTROL),
    (encoding._LOST, encoding._LOST),
    (arabic_chars._FORMS, arabic_chars._FORMS),
    (arabic_chars._CONTROLS, arabic_chars._CONTROLS),
    (arabic_chars._JOINERS, arabic_chars._JOINERS),
    (arabic_chars.LOOKALIKES, arabic_chars._LOOKALIKE_LETTERS),
    (arabic_chars._ANY_MARK, arabic_chars._ANY_MARK),
    (encoding._LEAK_HINT, scan.ascii_letters),
)


def _parsed(*texts: list[str]) -> Parsed:
    scan.clear_caches()
    renditions = tuple(
        Rendition(f"r{n}", "text", tuple(Line(i, t) for i, t in enumerate(lines, 1)))
        for n, lines in enumerate(texts, 1)
    )
    return Parsed(Letter(), renditions)


def test_a_rare_class_may_not_hold_a_common_character() -> None:
    with pytest.raises(ValueError, match="common character"):
        scan.rare(re.compile("[\u0627\u06cc]"))
    assert scan.rare(re.compile("[\u06cc]")).pattern == "[\u06cc]"


def test_uncommon_is_what_falls_outside_the_common_set() -> None:
    parsed = _parsed(["الأمم المتحدة\tUN 2012", "«١٢» \u200c"])
    found = scan.uncommon_text(parsed.renditions[0])
    assert found == "«١٢»\u200c"  # hamza-on-alef (U+0623) is common; guillemets are not
    assert sorted(scan.uncommon(parsed.renditions[0])) == sorted(set(found))


@settings(max_examples=120, deadline=None)
@given(TEXTS, TEXTS)
def test_rare_hints_skip_only_renditions_without_a_match(one: list[str], two: list[str]) -> None:
    """What each rule says it ``needs`` holds of every rendition its hint matches in."""
    parsed = _parsed(one, two)
    for hint, needs in RULE_HINTS:
        plain = [(r.id, line.number) for r, line in scan.lines_with(parsed, hint)]
        skipping = [(r.id, line.number) for r, line in scan.lines_with(parsed, hint, needs)]
        assert skipping == plain


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_rendition_share_is_the_arabic_share_of_the_text(texts: list[str]) -> None:
    rendition = _parsed(texts).renditions[0]
    expected = scan.arabic_share(scan.rendition_text(rendition))
    assert scan.rendition_share(rendition) == expected


def test_rendition_share_of_a_mixed_text() -> None:
    rendition = _parsed(["ab ابت", "\u06cc\u0651 ١"]).renditions[0]
    assert scan.rendition_share(rendition) == 4 / 6  # ا ب ت ی of a b ا ب ت ی; the shadda is a mark


def test_line_indexes_keeps_one_answer_per_engine() -> None:
    """The stdlib and ``regex`` disagree on whether U+001C is a space: one key each."""
    rendition = _parsed(["a", "b\x1cc"]).renditions[0]
    assert scan.line_indexes(rendition, re.compile(r"(?!\n)\s")) == (1,)
    assert scan.line_indexes(rendition, regex.compile(r"(?!\n)\s")) == ()
    assert scan.line_indexes(rendition, re.compile(r"(?!\n)\s")) == (1,)


@given(st.text(st.sampled_from(list("بتثنيئجحخذزشضظغفقةأإآؤ اله")), max_size=60))
def test_rasm_of_a_long_text_is_the_translation(text: str) -> None:
    assert rasm(text) == text.translate(_RASM)
    assert rasm(text * 3) == (text * 3).translate(_RASM)


WORDY = st.text(st.sampled_from(list("ابتةىلـ يك a.\u064e\u0651\u200c\u200d\u0670")), max_size=40)


@settings(max_examples=150, deadline=None)
@given(WORDY)
def test_words_are_the_word_matches_with_their_keys(text: str) -> None:
    words.cache_clear()
    expected = [
        Word(m.start(), m.end(), m.group(), key(m.group()))
        for m in WORD.finditer(text)
        if key(m.group())
    ]
    found = words(text)
    assert list(found) == expected
    assert all(type(w) is Word for w in found)


BRACKETY = st.lists(st.text(st.sampled_from(list("()[]{} اب\t")), max_size=12), max_size=8)


@settings(max_examples=150, deadline=None)
@given(BRACKETY)
def test_bracket_walk_of_a_rendition_skips_only_lines_without_brackets(texts: list[str]) -> None:
    rendition = _parsed(texts).renditions[0]
    assert scan.unmirrored(rendition) == list(unmirrored_brackets(texts))


SPACY = st.lists(
    st.text(st.sampled_from(list("ابةـ ـب\t\x1c\x85\u2028\r\u00a0.")), max_size=16), max_size=6
)


@settings(max_examples=150, deadline=None)
@given(SPACY)
def test_tails_found_in_the_whole_text_are_the_tails_of_each_line(texts: list[str]) -> None:
    rendition = _parsed(texts).renditions[0]
    expected = [
        (line.number, *m.span(), m.group())
        for line in rendition.lines
        for m in TAIL.finditer(line.text)
    ]
    found = [(line.number, s, e, g) for line, s, e, g in scan.matches_by_line(rendition, TAIL)]
    assert found == expected
