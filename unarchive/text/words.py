"""Arabic words for cross-checks: tokens, comparison keys, the dotless skeleton (rasm).

A *key* is a word's letters without tatweel, marks or joiners, the form in
which two renditions of one document are compared. The *rasm* is the key with
dots and hamza seats erased, so ``التراعات`` and ``النزاعات`` share one: a font
whose ToUnicode map moved the dots of a ligature gives such pairs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

# Plain code-point classes, so the stdlib engine, a quarter faster here than ``regex``.
# A word: Arabic letters with the tatweels and marks inside it.
WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0640\u064b-\u065f\u0670\u200c\u200d]+")
_NOT_LETTER = re.compile(r"[\u0640\u064b-\u065f\u0670\u200c\u200d]+")
_KEY_RUN = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")
_KEY_RUN_OR_BREAK = re.compile(r"[\u0621-\u063a\u0641-\u064a]+|\n")
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


class Word(NamedTuple):
    start: int
    end: int
    text: str
    key: str


def key(word: str) -> str:
    if "\u0640" not in word and word.isalpha():
        return word  # the common case: letters only (tatweel counts as alphabetic)
    return _NOT_LETTER.sub("", word)


# The same mapping as one str.replace per letter: str.translate with a dict looks up every
# character in Python, ~25x slower on a rendition's joined keys. No target is another
# entry's source (ح maps to itself), so the order of the replacements does not matter.
_RASM_PAIRS = tuple(
    (chr(code), skeleton) for code, skeleton in _RASM.items() if chr(code) != skeleton
)
_SHORT = 24  # below this, one translate call costs less than a dozen replace calls


def rasm(word_key: str) -> str:
    if len(word_key) < _SHORT:
        return word_key.translate(_RASM)
    for letter, skeleton in _RASM_PAIRS:
        word_key = word_key.replace(letter, skeleton)
    return word_key


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[Word, ...]:
    """The Arabic words of one line (cached: several rules ask for the same lines)."""
    matches = list(WORD.finditer(text))
    if not matches:
        return ()  # "".split(" ") is [""]
    found = [match.group() for match in matches]
    # Every key in one pass: ``key`` of each word, since a word holds only letters and
    # what ``_NOT_LETTER`` removes, and the space that joins them is neither.
    keys = _NOT_LETTER.sub("", " ".join(found)).split(" ")
    new = tuple.__new__  # Word(...) without its Python-level __new__
    return tuple(
        new(Word, (m.start(), m.end(), w, k))
        for m, w, k in zip(matches, found, keys, strict=True)
        if k
    )


@dataclass(frozen=True)
class Vocabulary:
    """The words of one rendition: counts of keys, and keys by rasm.

    Pieces of words split at a kashida (a word that starts or ends with tatweel) are left out:
    they are fragments, not words another rendition may be checked against.
    """

    counts: Counter[str]
    by_rasm: dict[str, set[str]]
    _longest_unknown: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _by_line: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, texts: Iterable[str]) -> Vocabulary:
        """The vocabulary of ``texts``, counted with C-level passes only (no per-word Python)."""
        counts: Counter[str] = Counter()
        for text in texts:
            whole = [w for w in WORD.findall(text) if w[0] != "\u0640" != w[-1]]
            # Only letters and spaces are left, so str.split finds the letter runs.
            counts.update(_NOT_LETTER.sub("", " ".join(whole)).split())
        keys = list(counts)
        by_rasm: dict[str, set[str]] = {}
        if not keys:
            return cls(counts, by_rasm)  # "".split(" ") is [""]: one skeleton for no key
        for skeleton, word_key in zip(rasm(" ".join(keys)).split(" "), keys, strict=True):
            same = by_rasm.get(skeleton)
            if same is None:
                by_rasm[skeleton] = {word_key}
            else:
                same.add(word_key)
        return cls(counts, by_rasm)

    def __contains__(self, word_key: object) -> bool:
        return word_key in self.counts

    def longest_unknown(self, text: str) -> int:
        """Length of the longest word of ``text`` this vocabulary does not know (0: none)."""
        found = self._longest_unknown.get(text)
        if found is None:
            unknown = [len(k) for k in _KEY_RUN.findall(key(text)) if k not in self.counts]
            found = self._longest_unknown[text] = max(unknown, default=0)
        return found

    def longest_unknown_by_line(self, text: str) -> list[int]:
        """``longest_unknown`` of each line of ``text`` (split at line breaks), in one pass."""
        found = self._by_line.get(text)
        if found is None:
            found = self._by_line[text] = []
            longest = 0
            for run in _KEY_RUN_OR_BREAK.findall(_NOT_LETTER.sub("", text)):
                if run == "\n":
                    found.append(longest)
                    longest = 0
                elif len(run) > longest and run not in self.counts:
                    longest = len(run)
            found.append(longest)
        return found


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
