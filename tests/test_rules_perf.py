"""The fast paths of the E and AR rules report exactly what the plain per-line checks report."""

from __future__ import annotations

from unarchive.text.words import Vocabulary


def test_vocabulary_of_text_with_only_word_fragments_is_empty() -> None:
    # Every word opens or closes with a kashida: fragments, so no key at all.
    vocabulary = Vocabulary.of(["ـبب ككـ"])
    assert not vocabulary.counts
    assert vocabulary.by_rasm == {}
