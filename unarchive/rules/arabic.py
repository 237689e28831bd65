"""AR rules: Arabic encoding defects, AR001–AR017, in code order.

The checks live in three modules by what they look at: single characters
(``arabic_chars``), the layout of a line (``arabic_layout``) and whole words,
confirmed across renditions (``arabic_words``). This module only orders them.
"""

from __future__ import annotations

from unarchive.rules import arabic_chars, arabic_layout, arabic_words
from unarchive.rules.base import Rule

RULES: tuple[Rule, ...] = (
    arabic_chars.presentation_form,
    arabic_layout.justification_tatweel,
    arabic_layout.split_at_kashida,
    arabic_layout.visual_order,
    arabic_layout.glued_digits_rule,
    arabic_words.run_together_words,
    arabic_layout.reversed_digit_group,
    arabic_chars.mixed_digit_systems,
    arabic_chars.bidi_control,
    arabic_chars.redundant_joiner,
    arabic_chars.mojibake,
    arabic_chars.persian_lookalike,
    arabic_chars.not_nfc,
    arabic_words.lam_alef_order,
    arabic_chars.mark_without_base,
    arabic_words.glyph_mismapping,
    arabic_layout.unmirrored_brackets_rule,
)
