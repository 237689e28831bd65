"""Edits to one line of text, applied while remembering where each character came from.

Repairs run as a sequence of passes over the same line. Every pass reports its
changes against the *original* input, so a line keeps, for each of its current
characters, the column it had in the input; a replaced span maps to the start
of what it replaced.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``after``; ``code`` is the rule the repair answers."""

    code: str
    start: int
    end: int
    after: str


@dataclass(frozen=True)
class Applied:
    """One edit as it is reported: original column (0-based), text before and after."""

    code: str
    column: int
    before: str
    after: str


@dataclass
class TrackedLine:
    """A line being repaired: its current text and each character's original column."""

    text: str
    origin: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.origin:
            self.origin = list(range(len(self.text) + 1))

    def apply(self, edits: Iterable[Edit]) -> list[Applied]:
        """Apply non-overlapping edits (overlapping ones after the first are skipped)."""
        chosen: list[Edit] = []
        for edit in sorted(edits, key=lambda e: (e.start, e.end)):
            if chosen and edit.start < chosen[-1].end:
                continue
            if self.text[edit.start : edit.end] != edit.after:
                chosen.append(edit)
        if not chosen:
            return []
        pieces: list[str] = []
        origin: list[int] = []
        applied: list[Applied] = []
        cursor = 0
        for edit in chosen:
            pieces.append(self.text[cursor : edit.start])
            origin.extend(self.origin[cursor : edit.start])
            pieces.append(edit.after)
            origin.extend([self.origin[edit.start]] * len(edit.after))
            before = self.text[edit.start : edit.end]
            applied.append(Applied(edit.code, self.origin[edit.start], before, edit.after))
            cursor = edit.end
        pieces.append(self.text[cursor:])
        origin.extend(self.origin[cursor:])
        self.text, self.origin = "".join(pieces), origin
        return applied
