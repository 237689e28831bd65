"""Aligning the same parts across renditions, and choosing the cleaner reading of each.

Paragraphs are matched by their words, not their order (a PDF layer in visual
order has the same words as the Word text in another order), monotonically and
within a window, so the cost stays linear in the number of paragraphs. Of two
readings of one paragraph, the one with fewer encoding defects wins: not
reordered from visual order first, then fewer justification tatweels,
visual-order signals and U+FFFD.
"""

from __future__ import annotations

from collections.abc import Sequence

from unarchive.grammar.blocks import Block
from unarchive.grammar.normalize import (
    justification_tatweels,
    similarity,
    visual_signals,
    word_set,
)

Group = list[Block | None]
_WINDOW = 40
_THRESHOLD = 0.5


class WordSets:
    """Word sets of blocks, computed once each."""

    def __init__(self) -> None:
        self._sets: dict[int, frozenset[str]] = {}

    def __call__(self, block: Block) -> frozenset[str]:
        found = self._sets.get(id(block))
        if found is None:
            found = self._sets[id(block)] = word_set(block.text)
        return found


def align(sequences: Sequence[Sequence[Block]], sets: WordSets) -> list[Group]:
    """Groups of blocks that say the same thing, one slot per rendition, in reading order."""
    width = len(sequences)
    groups: list[Group] = []
    for slot, sequence in enumerate(sequences):
        pointer = 0
        for block in sequence:
            best, best_score = None, _THRESHOLD
            for index in range(pointer, min(len(groups), pointer + _WINDOW)):
                score = similarity(sets(_representative(groups[index])), sets(block))
                if score > best_score and groups[index][slot] is None:
                    best, best_score = index, score
            if best is None:
                group: Group = [None] * width
                group[slot] = block
                groups.insert(pointer, group)
                pointer += 1
            else:
                groups[best][slot] = block
                pointer = best + 1
    return groups


def _representative(group: Group) -> Block:
    return next(block for block in group if block is not None)


def dirt(block: Block) -> tuple[bool, int]:
    """How far a block is from clean text: lower is cleaner."""
    raw = block.raw
    count = justification_tatweels(raw) + 10 * raw.count("\ufffd")
    count += sum(visual_signals(line.text) for line in block.lines)
    return block.reordered, count


def cleanest(group: Group) -> Block:
    """The cleaner reading of a group; on a tie, the earlier rendition."""
    return min((b for b in group if b is not None), key=dirt)
