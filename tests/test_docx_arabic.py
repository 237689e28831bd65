"""The Arabic Word file made from the seed reads as the same letter as the seed itself."""

from __future__ import annotations

from pathlib import Path

import regex

import unarchive
from unarchive.model import Letter
from unarchive.text.arabic import ascii_digits

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "letters" / "ar-text-seed-two-renditions" / "input.txt"
WORD = ROOT / "samples" / "docx" / "ar-seed-letter.docx"


def words(text: str) -> list[str]:
    """The words of a text: what a PDF layer and a Word text must agree on.

    Digits are compared as ASCII (Word stores 5, its PDF prints ٥), tatweel and
    punctuation are left out (justification; the order of "(…)." is lost in a
    visual-order PDF layer).
    """
    return regex.findall(r"[\p{L}\p{M}\p{N}]+", ascii_digits(text).replace("\u0640", ""))


def letters() -> tuple[Letter, Letter]:
    return unarchive.parse(SEED).letter, unarchive.parse(WORD).letter


def test_the_same_metadata() -> None:
    seed, word = letters()
    for field in ("date", "language", "sender", "addressee", "signatory"):
        assert getattr(word.metadata, field) == getattr(seed.metadata, field), field
    assert seed.metadata.title is not None and word.metadata.title is not None
    assert words(word.metadata.title) == words(seed.metadata.title)


def test_what_only_the_word_file_has() -> None:
    meta = letters()[1].metadata
    assert (meta.symbol, meta.job_number, meta.organ) == (
        "S/2011/496",
        "11-44795 (A)",
        "مجلس الأمن",
    )


def test_the_same_paragraphs() -> None:
    seed, word = letters()
    assert [words(p.text) for p in word.letter.paragraphs] == [
        words(p.text) for p in seed.letter.paragraphs
    ]
    assert word.letter.signed is not None and seed.letter.signed is not None
    assert word.letter.signed.text == seed.letter.signed.text
    assert len(word.annexes) == len(seed.annexes) == 1
    (seed_annex,), (word_annex,) = seed.annexes, word.annexes
    assert word_annex.heading is not None and seed_annex.heading is not None
    assert word_annex.heading.text == seed_annex.heading.text
    # The Word text is the clean rendition: the annex paragraphs are the same, exactly.
    assert [p.text for p in word_annex.paragraphs] == [p.text for p in seed_annex.paragraphs]
