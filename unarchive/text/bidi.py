"""Bidi controls and mirrored brackets: what UAX #9 machinery left in the stored text.

Explicit embeddings, overrides and isolates carry display intent only and are
dropped from archival text; the implicit marks (LRM, RLM, ALM) are kept where
they stand next to a number or a neutral, the one place they change display.
Brackets are paired with a small table (``regex`` has no Bidi_Paired_Bracket).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from unarchive.text.unicode import bidirectional

EMBEDDINGS = "\u202a\u202b\u202c\u202d\u202e"
ISOLATES = "\u2066\u2067\u2068\u2069"
MARKS = "\u200e\u200f\u061c"
DEPRECATED = "\u206a-\u206f"
_CONTROL_RUN = regex.compile(f"[{EMBEDDINGS}{ISOLATES}{MARKS}{DEPRECATED}]+")
_OPENERS = {"\u202a", "\u202b", "\u202d", "\u202e"}
_ISOLATE_OPENERS = {"\u2066", "\u2067", "\u2068"}
_NEUTRAL_CLASSES = {"EN", "AN", "CS", "ES", "ET", "ON"}
OVERRIDE_ARABIC = regex.compile("\u202d[^\u202c\n]*\\p{Script=Arabic}")

PAIRS = {")": "(", "]": "[", "}": "{"}
OPENERS = {v: k for k, v in PAIRS.items()}
BRACKETS = regex.compile(r"[()\[\]{}]")


@dataclass(frozen=True)
class ControlRun:
    start: int
    end: int
    why: str


def control_runs(text: str) -> Iterator[ControlRun]:
    """Bidi controls that carry no meaning for archival text, with the reason."""
    if not _CONTROL_RUN.search(text):
        return
    depth = {"embedding": 0, "isolate": 0}
    for match in _CONTROL_RUN.finditer(text):
        why = _judge(text, match.start(), match.end(), depth)
        if why:
            yield ControlRun(match.start(), match.end(), why)


def _judge(text: str, start: int, end: int, depth: dict[str, int]) -> str:
    run = text[start:end]
    reasons: list[str] = []
    for ch in run:
        if ch in _OPENERS:
            depth["embedding"] += 1
        elif ch == "\u202c":
            reasons.append("unmatched" if depth["embedding"] == 0 else "")
            depth["embedding"] = max(0, depth["embedding"] - 1)
        elif ch in _ISOLATE_OPENERS:
            depth["isolate"] += 1
        elif ch == "\u2069":
            reasons.append("unmatched" if depth["isolate"] == 0 else "")
            depth["isolate"] = max(0, depth["isolate"] - 1)
    if any(ch not in MARKS for ch in run):
        return "unmatched" if "unmatched" in reasons else "display-only"
    if len(run) > 1:
        return "repeated"
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if any(c and bidirectional(c) in _NEUTRAL_CLASSES for c in (before, after)):
        return ""
    return "unneeded"


def override_with_arabic(text: str) -> Iterator[tuple[int, int]]:
    """LRO spans holding Arabic letters: legacy systems storing Arabic visually."""
    for match in OVERRIDE_ARABIC.finditer(text):
        yield match.span()
