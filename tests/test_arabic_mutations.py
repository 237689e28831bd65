"""Mutation corpus: a defect injected at a random place is reported there; clean text is silent."""

from __future__ import annotations

import random

from arabic_mutations import (
    DEFECTS,
    Defect,
    caught,
    generated_lines,
    mutate,
    parsed_of,
    validate_ar,
    word_layer,
)
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

WORD_LAYER = word_layer()


def _corpus(rng: random.Random, which: int) -> list[str]:
    return WORD_LAYER if which == 0 else generated_lines(rng)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    defect=st.sampled_from(DEFECTS), rng=st.randoms(use_true_random=False), which=st.integers(0, 1)
)
def test_injected_defect_is_reported_at_its_place(defect: Defect, rng: random.Random, which: int):
    mutated = mutate(_corpus(rng, which), defect, rng)
    if which == 1:
        # Generated text may lack the context a defect needs (e.g. a word ending in ة for
        # AR004); the seed's Word layer never may.
        assume(mutated is not None)
    assert mutated is not None, f"no place for {defect.code} in the corpus"
    parsed, line, span = mutated
    findings = validate_ar(parsed)
    assert caught(findings, defect.code, line, span), (
        defect.code,
        parsed.renditions[0].lines[line - 1].text,
        [(f.code, f.location.line, f.location.column) for f in findings],
    )


@settings(max_examples=25, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_clean_generated_text_raises_no_alarm(rng: random.Random):
    lines = generated_lines(rng)
    assert validate_ar(parsed_of(lines)) == []
    assert validate_ar(parsed_of(lines, generated_lines(rng))) == []


def test_clean_word_layer_raises_no_alarm_alone_or_paired():
    assert validate_ar(parsed_of(WORD_LAYER)) == []
    assert validate_ar(parsed_of(WORD_LAYER, WORD_LAYER)) == []


def test_every_arabic_code_has_an_injector():
    from unarchive.rules.arabic import RULES

    assert {r.code for r in RULES} <= {d.code for d in DEFECTS}
