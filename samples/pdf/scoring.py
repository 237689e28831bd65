"""How extracted text is scored against the known letters: character error rate (CER).

Shared by the PDF tests and ``benchmarks/pdf_extraction.py``, so that the figures
a benchmark prints and the threshold a test enforces measure the same thing.
"""

from __future__ import annotations


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, bit-parallel (Myers/Hyyrö) on Python integers."""
    if not a:
        return len(b)
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full, high = (1 << len(a)) - 1, 1 << (len(a) - 1)
    vp, vn, score = full, 0, len(a)
    for ch in b:
        eq = masks.get(ch, 0)
        xv = eq | vn
        xh = (((eq & vp) + vp) ^ vp) | eq
        hp = vn | ~(xh | vp) & full
        hn = vp & xh
        score += 1 if hp & high else -1 if hn & high else 0
        hp = ((hp << 1) | 1) & full
        vp = ((hn << 1) & full) | ~(xv | hp) & full
        vn = hp & xv
    return score


def cer(reference: str, hypothesis: str) -> float:
    """Edits needed per character of the reference (0.0 is an exact match)."""
    return edit_distance(reference, hypothesis) / max(len(reference), 1)
