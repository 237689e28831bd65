"""Arabic presentation forms: find them and fold each one to its nominal letters.

Presentation Forms-A/B are glyph shapes, not letters. NFKC maps them back, but
NFKC applied to a whole text would also rewrite NBSP, Latin ligatures and
full-width forms, so folding is done per matched character, with two overrides
an archive wants (the rial sign keeps the Arabic yeh; a harakah form becomes a
mark on its letter rather than a space plus a mark).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from unarchive.text.unicode import decomposition, normalize

# Blocks FB50–FDFF and FE70–FEFC, without the noncharacters FDD0–FDEF; only assigned
# characters that have a compatibility decomposition count (U+FDFD has none).
_BLOCKS = regex.compile(r"[\ufb50-\ufdcf\ufdf0-\ufdff\ufe70-\ufefc]+")
_OVERRIDES = {"\ufdfc": "\u0631\u064a\u0627\u0644"}  # RIAL SIGN: Arabic yeh, not Farsi yeh


@lru_cache(maxsize=2048)
def fold_char(ch: str) -> str | None:
    """The nominal letters of one presentation form, or None if ``ch`` is not one."""
    if ch in _OVERRIDES:
        return _OVERRIDES[ch]
    if not decomposition(ch).startswith("<"):
        return None
    folded: str = normalize("NFKC", ch)
    return folded if folded != ch else None


def form_tag(ch: str) -> str:
    """'initial', 'medial', 'final', 'isolated' (or '' when not a positional form)."""
    tag = decomposition(ch).split(" ", 1)[0]
    return tag.strip("<>") if tag.startswith("<") else ""


def presentation_runs(text: str) -> list[tuple[int, int]]:
    """Spans of consecutive presentation forms that fold to something else."""
    spans: list[tuple[int, int]] = []
    for match in _BLOCKS.finditer(text):
        start = None
        for i in range(match.start(), match.end()):
            if fold_char(text[i]) is None:
                if start is not None:
                    spans.append((start, i))
                start = None
            elif start is None:
                start = i
        if start is not None:
            spans.append((start, match.end()))
    return spans


def fold_run(text: str, start: int, end: int) -> str:
    """The folded text of ``text[start:end]``; a spacing harakah joins the letter before it."""
    out: list[str] = []
    for i in range(start, end):
        folded = fold_char(text[i]) or text[i]
        previous = out[-1][-1:] if out else (text[i - 1] if i else "")
        if folded.startswith(" ") and len(folded) > 1 and previous.isalpha():
            folded = folded[1:]
        out.append(folded)
    return "".join(out)
