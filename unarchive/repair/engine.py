"""Run the repairs over renditions: safe fixes until stable, and policy fixes when asked for.

Safe fixes are repeated until a pass changes nothing (folding a form can make
text that NFC then composes), so repairing a repaired text changes nothing.
Every applied edit becomes a ``model.Change`` located in the original input.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from unarchive.model import Change
from unarchive.parsed import Parsed, Rendition
from unarchive.repair import fixes
from unarchive.repair.edits import Applied, Edit, TrackedLine
from unarchive.rules import crosscheck
from unarchive.rules.base import is_selected
from unarchive.rules.scan import is_arabic_language

MAX_ROUNDS = 4
# Safe fixes first (a policy fix must not touch the letters of mojibake that decoding
# will replace), then policy fixes, then safe ones again for what the policy exposed.
_SAFE_THEN_POLICY = (fixes.SAFE, fixes.POLICY, fixes.SAFE)


@dataclass
class RepairResult:
    """Repaired text of every line (by line number) and the changes, in input order."""

    lines: dict[int, str] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)


def run_fixes(
    line: TrackedLine,
    line_fixes: Sequence[fixes.LineFix],
    ctx: fixes.Context,
    selected: tuple[tuple[str, ...], tuple[str, ...]],
    *,
    until_stable: bool,
) -> list[Applied]:
    """Apply each fix in turn (repeating the sequence until stable if asked)."""
    applied: list[Applied] = []
    for _ in range(MAX_ROUNDS if until_stable else 1):
        before = len(applied)
        for fix in line_fixes:
            edits = [e for e in fix(line.text, ctx) if is_selected(e.code, *selected)]
            applied.extend(line.apply(edits))
        if len(applied) == before:
            break
    return applied


def repair_parsed(
    parsed: Parsed,
    *,
    unsafe: bool = False,
    select: Iterable[str] = ("",),
    ignore: Iterable[str] = (),
) -> RepairResult:
    """Repair every line of every rendition of ``parsed``; the input is not modified."""
    selected = (tuple(select), tuple(ignore))
    tracked = {
        (r.id, line.number): TrackedLine(line.text) for r in parsed.renditions for line in r.lines
    }
    applied: dict[tuple[str, int], list[Applied]] = {k: [] for k in tracked}
    if unsafe:
        for where, edits in _confirmed_word_edits(parsed, selected).items():
            applied[where].extend(tracked[where].apply(edits))
    for rendition in parsed.renditions:
        ctx_arabic = is_arabic_language(rendition)
        for line in rendition.lines:
            where = (rendition.id, line.number)
            ctx = fixes.Context(arabic=ctx_arabic, first_line=line.number == 1)
            for group in _SAFE_THEN_POLICY if unsafe else (fixes.SAFE,):
                applied[where] += run_fixes(tracked[where], group, ctx, selected, until_stable=True)
    return _result(parsed.renditions, tracked, applied)


def _confirmed_word_edits(
    parsed: Parsed, selected: tuple[tuple[str, ...], tuple[str, ...]]
) -> dict[tuple[str, int], list[Edit]]:
    found: dict[tuple[str, int], list[Edit]] = {}
    for proposals in (
        crosscheck.glyph_mismapping(parsed),
        crosscheck.lam_alef(parsed),
        crosscheck.run_together(parsed),
    ):
        for p in proposals:
            if p.replacement is not None and is_selected(p.code, *selected):
                edit = Edit(p.code, p.start, p.end, p.replacement)
                found.setdefault((p.rendition.id, p.line.number), []).append(edit)
    return found


def _result(
    renditions: Sequence[Rendition],
    tracked: dict[tuple[str, int], TrackedLine],
    applied: dict[tuple[str, int], list[Applied]],
) -> RepairResult:
    result = RepairResult()
    for rendition in renditions:
        for line in rendition.lines:
            where = (rendition.id, line.number)
            result.lines[line.number] = tracked[where].text
            result.changes.extend(
                Change(
                    code=a.code,
                    rendition=rendition.id,
                    line=line.number,
                    column=a.column + 1,
                    before=a.before,
                    after=a.after,
                )
                for a in sorted(applied[where], key=lambda a: a.column)
            )
    return result
