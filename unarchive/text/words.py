"""Arabic words for cross-checks: tokens, comparison keys, the dotless skeleton (rasm).

A *key* is a word's letters without tatweel, marks or joiners, the form in
which two renditions of one document are compared. The *rasm* is the key with
dots and hamza seats erased, so ``التراعات`` and ``النزاعات`` share one: a font
whose ToUnicode map moved the dots of a ligature gives such pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

# A word: Arabic letters with the tatweels and marks inside it.
WORD = regex.compile(r"[\u0621-\u063a\u0641-\u064a\u0640\u064b-\u065f\u0670\u200c\u200d]+")
_NOT_LETTER = regex.compile(r"[\u0640\u064b-\u065f\u0670\u200c\u200d]+")
_RASM = str.maketrans(
    {
        **dict.fromkeys("بتثنيئ", "ٮ"),
        **dict.fromkeys("جحخ", "ح"),
        "ذ": "د",
        "ز": "ر",
        "ش": "س",
        "ض": "ص",
        "ظ": "ط",
        "غ": "ع",
        **dict.fromkeys("فق", "ڡ"),
        "ة": "ه",
        **dict.fromkeys("أإآ", "ا"),
        "ؤ": "و",
    }
)


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    key: str


def key(word: str) -> str:
    return _NOT_LETTER.sub("", word)


def rasm(word_key: str) -> str:
    return word_key.translate(_RASM)


def words(text: str) -> Iterator[Word]:
    for match in WORD.finditer(text):
        word_key = key(match.group())
        if word_key:
            yield Word(match.start(), match.end(), match.group(), word_key)


@dataclass(frozen=True)
class Vocabulary:
    """The words of one rendition: counts of keys, and keys by rasm.

    Pieces of words split at a kashida (a tatweel at either edge) are left out:
    they are fragments, not words another rendition may be checked against.
    """

    counts: Counter[str]
    by_rasm: dict[str, set[str]]

    @classmethod
    def of(cls, texts: Iterable[str]) -> Vocabulary:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(w.key for w in words(text) if not _is_fragment(w.text))
        by_rasm: dict[str, set[str]] = {}
        for word_key in counts:
            by_rasm.setdefault(rasm(word_key), set()).add(word_key)
        return cls(counts, by_rasm)

    def __contains__(self, word_key: object) -> bool:
        return word_key in self.counts


def _is_fragment(word: str) -> bool:
    return word[0] == "\u0640" or word[-1] == "\u0640"


def split_known(word_key: str, vocabulary: Vocabulary, minimum: int = 3) -> tuple[str, str] | None:
    """A split of an unknown word into two words both known to ``vocabulary``, if exactly one."""
    if len(word_key) < 2 * minimum or word_key in vocabulary:
        return None
    splits = [
        (word_key[:i], word_key[i:])
        for i in range(minimum, len(word_key) - minimum + 1)
        if word_key[:i] in vocabulary and word_key[i:] in vocabulary
    ]
    return splits[0] if len(splits) == 1 else None


def respell(word: str, target_key: str) -> str:
    """``word`` with its letters replaced one for one by ``target_key``'s (tatweel, marks kept)."""
    letters = iter(target_key)
    return "".join(ch if _NOT_LETTER.fullmatch(ch) else next(letters) for ch in word)
