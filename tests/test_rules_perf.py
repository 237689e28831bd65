"""The fast paths of the E and AR rules report exactly what the plain per-line checks report.

The rules search a rendition's whole text at once and jump from hit to hit
(``scan.line_indexes``); these properties hold them to the line-by-line answer.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from unarchive.model import Letter
from unarchive.parsed import Line, Parsed, Rendition
from unarchive.rules import scan
from unarchive.rules.arabic_layout import justification_tatweel
from unarchive.text.digits import (
    GLUED_HINT,
    NUMBER,
    REVERSED_GROUPS_HINT,
    glued_digits,
    reversed_groups,
)
from unarchive.text.joining import TatweelKind, classify_tatweel, tatweel_runs
from unarchive.text.mojibake import HINT as MOJIBAKE_HINT
from unarchive.text.mojibake import find_mojibake
from unarchive.text.order import SIGNS, is_visual, unmirrored_brackets, visual_order_signs
from unarchive.text.words import Vocabulary

# What the signs, hints and tatweel classes look at, and line-ish separators that are
# not the line break (str.strip and regex disagree on U+001C-U+001F).
ALPHABET = st.sampled_from(
    list(
        "ابتةىلمنهوـ  \u00a0.،؛!؟()[]{}٢٠١1۴\u202d\u202c\u064e\u0651"
        "\ufe8d\ufedf\ufefb\ufe94\x1c\x1f\x85\u2028\r\x0bA"
    )
)
LINES = st.lists(st.text(ALPHABET, max_size=40), min_size=1, max_size=8)


def _rendition(texts: list[str], rendition_id: str = "r1") -> Rendition:
    return Rendition(rendition_id, "text", tuple(Line(i, t) for i, t in enumerate(texts, 1)))


def _fresh(texts: list[str]) -> Rendition:
    scan.clear_caches()
    return _rendition(texts)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_line_indexes_are_the_lines_with_a_match(texts: list[str]) -> None:
    rendition = _fresh(texts)
    for _, hint, confirm in SIGNS:
        expected = [i for i, text in enumerate(texts) if hint.search(text)]
        found = list(scan.line_indexes(rendition, hint))
        if confirm is None:  # the hint is the check: exactly the lines
            assert found == expected
        else:  # a filter: at least those lines, in order
            assert set(expected) <= set(found) and found == sorted(set(found))


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_visual_lines_are_the_lines_whose_own_signs_are_visual(texts: list[str]) -> None:
    rendition = _fresh(["بالعربية الواضحة", *texts])  # Arabic enough to be judged
    lines = [line.text for line in rendition.lines]
    mirrored = {index for index, _, _ in unmirrored_brackets(lines)}
    expected = {
        i: signs
        for i, text in enumerate(lines)
        if is_visual(signs := visual_order_signs(text, i in mirrored))
    }
    assert scan.visual_lines(rendition) == expected


def test_a_line_holding_a_line_break_is_judged_on_its_own() -> None:
    # ".word" after the inner break is no leading punctuation of this line.
    rendition = _fresh(["كلمة عربية\n.الأمم المتحدة", "نص عربي"])
    assert list(scan.visual_lines(rendition)) == []


@settings(max_examples=150, deadline=None)
@given(st.text(st.one_of(ALPHABET, st.just("\n")), max_size=40))
def test_hints_find_every_line_that_shows_a_sign(text: str) -> None:
    # Even a line that holds a line break: the hint filters, the check decides.
    for name, hint, confirm in SIGNS:
        if confirm is not None and confirm(text):
            assert hint.search(text), name


@settings(max_examples=150, deadline=None)
@given(st.text(st.one_of(ALPHABET, st.sampled_from("ÇáØÙ§طظعغ،")), max_size=30))
def test_mojibake_hint_finds_every_line_with_mojibake(text: str) -> None:
    if any(True for _ in find_mojibake(text)):
        assert MOJIBAKE_HINT.search(text)


@given(st.text(st.sampled_from("12٣٤۴ \u00a0ابوم.,ـ"), max_size=20))
def test_glued_hint_finds_every_line_with_glued_digits(text: str) -> None:
    if any(True for _ in glued_digits(text)):
        assert GLUED_HINT.search(text)


@given(st.text(st.sampled_from("12٣٤۴ \u00a0ا"), max_size=20))
def test_reversed_groups_hint_finds_every_line_with_reversed_groups(text: str) -> None:
    if any(True for _ in reversed_groups(text)):
        assert REVERSED_GROUPS_HINT.search(text)


@given(st.text(ALPHABET, max_size=40))
def test_tatweel_runs_match_the_classifier(text: str) -> None:
    runs = list(tatweel_runs(text))
    assert [(r.start, r.end) for r in runs] == [m.span() for m in regex.finditer("ـ+", text)]
    for run in runs:
        if run.kind is not TatweelKind.JUSTIFICATION:
            assert classify_tatweel(text, run.start, run.end) is run.kind


@settings(max_examples=150, deadline=None)
@given(st.text(ALPHABET, max_size=40))
def test_ar002_reports_the_classified_runs(text: str) -> None:
    # AR002 unrolls tatweel_runs; it must report exactly the runs that are not kept.
    check = justification_tatweel.check
    assert check is not None
    found = [
        (h.location.column, h.location.end_column, h.message.endswith("tail"))
        for h in check(Parsed(Letter(), (_fresh([text]),)))
    ]
    kept = (TatweelKind.ABBREVIATION, TatweelKind.CARRIER)
    expected = [
        (r.start + 1, r.end + 1, r.kind is TatweelKind.TAIL)
        for r in tatweel_runs(text)
        if r.kind not in kept
    ]
    assert found == expected


def test_lines_with_yields_each_matching_line_once_in_order() -> None:
    first, second = _fresh(["a1 2", "none", "٣", ""]), _rendition(["x", "4"], "r2")
    found = [
        (r.id, line.number)
        for r, line in scan.lines_with(Parsed(Letter(), (first, second)), NUMBER)
    ]
    assert found == [("r1", 1), ("r1", 3), ("r2", 2)]


@settings(max_examples=100, deadline=None)
@given(LINES, LINES)
def test_longest_unknown_by_line_is_each_line_s_own(known: list[str], texts: list[str]) -> None:
    vocabulary = Vocabulary.of(known)
    expected = [vocabulary.longest_unknown(text) for text in texts]
    assert vocabulary.longest_unknown_by_line("\n".join(texts)) == expected


def test_vocabulary_of_text_with_only_word_fragments_is_empty() -> None:
    # Every word opens or closes with a kashida: fragments, so no key at all.
    vocabulary = Vocabulary.of(["ـبب ككـ"])
    assert not vocabulary.counts
    assert vocabulary.by_rasm == {}
