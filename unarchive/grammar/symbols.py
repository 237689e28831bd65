"""The UN document symbol grammar: parse a symbol into its components, or say what is wrong.

Follows ``research/un-docs.md`` §2.1 (after the DHL guide "UN Document
Symbols" and the UNBIS series manual): components separated by ``/``, a root
of capitals (organ ``A``, ``S``, ``E``, ``T``, ``ST`` or a series root such as
``CRC`` or ``E/ESCWA``), then bodies (``AC.109``, ``WG.6``), sessions, years,
serial numbers, typed serials (``L.12``, ``PV.6603``), flags (``RES``,
``PRST``), modifiers (``Add.1``, ``Rev.2``), an optional parenthesised extra
(``(Resumption 1)``, ``(PartI)``, ``(2011)``) and a trailing ``*`` for a
reissue. Joint symbols (``A/47/60-S/23329``, ``A/47/60 — S/23329``) are split
by ``split_joint``, the one splitter of the project.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from unarchive.text.arabic import BIDI_CONTROLS

_NUM = r"[1-9][0-9]*"
_ROMAN = r"[IVXLC]+"
_BODY = rf"(?:AC|C|CN|CONF|GC|SC|Sub|WG|IG|EC|GE|CRP|WP|SR|PV|L|R|DP|MISC|INF)\.{_NUM}"
_FLAG = r"(?:RES|PRST|INF|NGO|PET|DEC|Agenda|AGENDA|Summary|SUMMARY)"
_WORD = r"[A-Z]+(?: [A-Z]+)*"
_MODIFIER = rf"(?:Add|Corr|Rev|Amend|ADD|CORR|REV|AMEND)\.{_NUM}"
_PAREN = (
    rf"\((?:Resumption ?{_NUM}|Part ?{_ROMAN}|PART ?{_ROMAN}|SUPP|Supp\.|Vol\. ?{_ROMAN}"
    rf"|Sect\. ?{_NUM}|SECT\. ?{_NUM}|[12][0-9]{{3}}|{_ROMAN}|{_NUM})\)"
)

_ROOT = regex.compile(r"[A-Z][A-Z0-9]*")
_ELEMENT = regex.compile(rf"(?:{_BODY}|{_FLAG}|{_NUM}|{_WORD})(?:{_PAREN})?")
_MODIFIER_RE = regex.compile(_MODIFIER)
_TAIL = regex.compile(rf"^(?P<rest>.*?)(?: ?(?P<paren>{_PAREN}))?(?P<star>\*)?$")
_BIDI = regex.compile(f"[{BIDI_CONTROLS}]")


class SymbolError(ValueError):
    """A string that is not a UN document symbol; the message says why, in one sentence."""


@dataclass(frozen=True)
class Symbol:
    text: str
    root: str
    elements: tuple[str, ...]
    modifiers: tuple[str, ...]
    extra: str | None  # the parenthesised part: "(Resumption 1)", "(2011)"
    reissued: bool

    def __str__(self) -> str:
        return self.text


def _surface(text: str) -> None:
    """Errors a person makes in the characters of a symbol, named before the structure."""
    if _BIDI.search(text):
        raise SymbolError("it contains bidi control characters; strip them first")
    if regex.search(r"[٠-٩۰-۹]", text):
        raise SymbolError("it uses Arabic-Indic digits; symbols are written with 0-9")
    if not text.isascii():
        raise SymbolError("it contains non-ASCII characters")
    if text != text.strip():
        raise SymbolError("it has leading or trailing spaces")
    if "/" not in text:
        if regex.fullmatch(r"[A-Za-z]+[ _\-][0-9A-Za-z_\- ]+", text):
            raise SymbolError("its components are not separated by '/'")
        raise SymbolError("it has no '/' between components")
    if regex.search(r"\([A-Z]\)$", text) and not regex.search(rf"\({_ROMAN}\)$", text):
        raise SymbolError("it ends in a language letter, which belongs to the job number")


def _check_modifier(part: str) -> None:
    if regex.fullmatch(r"(?i:add|corr|rev|amend)\.?[0-9]*", part):
        if regex.fullmatch(r"(?i:add|corr|rev|amend)\.[0-9]+", part):
            raise SymbolError(f"modifier {part!r} is numbered from 1, without a leading zero")
        raise SymbolError(f"modifier {part!r} needs a '.' and a number, as in 'Add.1'")


def parse_symbol(text: str) -> Symbol:
    """Parse a symbol as printed; raise ``SymbolError`` saying what is wrong."""
    _surface(text)
    tail = _TAIL.match(text)
    assert tail is not None  # the pattern matches every string
    body, extra, star = tail.group("rest"), tail.group("paren"), bool(tail.group("star"))
    parts = body.split("/")
    if any(p == "" for p in parts):
        raise SymbolError("it has an empty component (a doubled or trailing '/')")
    root, rest = parts[0], parts[1:]
    if not _ROOT.fullmatch(root):
        if root.upper() != root:
            raise SymbolError(f"root {root!r} must be in capitals")
        raise SymbolError(f"root {root!r} is not a symbol root")
    elements: list[str] = []
    modifiers: list[str] = []
    for part in rest:
        if _MODIFIER_RE.fullmatch(part):
            modifiers.append(part)
            continue
        if modifiers:
            raise SymbolError(f"component {part!r} follows a modifier; modifiers come last")
        _check_modifier(part)
        if not _ELEMENT.fullmatch(part):
            raise SymbolError(_why_not_element(part))
        elements.append(part)
    if not elements and not modifiers:
        raise SymbolError("it has a root but no other component")
    return Symbol(text, root, tuple(elements), tuple(modifiers), extra, star)


def _why_not_element(part: str) -> str:
    if regex.fullmatch(r"0[0-9]*", part):
        return f"number {part!r} has a leading zero (numbering starts at 1)"
    if regex.fullmatch(r"[A-Za-z]+[0-9]+", part):
        return f"component {part!r} lacks the '.' or '/' between its letters and its number"
    if part.lower() == part and part.isalpha():
        return f"component {part!r} must be in capitals"
    return f"component {part!r} is not a symbol component"


def problem(text: str) -> str | None:
    """Why ``text`` is not a valid symbol, or None when it is one."""
    try:
        for part in split_joint(text):
            parse_symbol(part)
    except SymbolError as error:
        return str(error)
    return None


def is_symbol(text: str) -> bool:
    return problem(text) is None


# Between the symbols of a joint document: a hyphen or any dash, spaces around it or not,
# or spaces alone ("A/47/60 S/23329", two stacked lines joined); then a root and its '/'.
_DASH_JOIN = regex.compile(r"(?<=[A-Za-z0-9)*])\s*[-\u2010-\u2015\u2212]\s*(?=[A-Z][A-Z0-9]*/)")
_SPACE_JOIN = regex.compile(r"(?<=[A-Za-z0-9)*])\s+(?=[A-Z][A-Z0-9]*/)")


def split_joint(text: str) -> list[str]:
    """A joint symbol as its symbols, in order; anything else stays one piece.

    ``A/47/60-S/23329``, ``A/47/60–S/23329``, ``A/47/60 — S/23329`` and
    ``A/47/60 S/23329`` give ``['A/47/60', 'S/23329']``. Dashes are tried
    first; a piece is split at spaces only when it is not a symbol as it
    stands, so ``TD/B/C.1/IRON ORE/1`` stays whole. Nothing inside a symbol
    (``A/ES-10/123``, ``S/2011/496/Add.1``) is split: a piece always starts
    at a root followed by ``/``.
    """
    if is_single(text):
        return [text]
    pieces = [
        part
        for piece in _DASH_JOIN.split(text)
        for part in ([piece] if is_single(piece) else _SPACE_JOIN.split(piece))
    ]
    return pieces if len(pieces) > 1 and all("/" in p for p in pieces) else [text]


def is_single(text: str) -> bool:
    """Whether ``text`` is one valid symbol (not a joint one)."""
    try:
        parse_symbol(text)
    except SymbolError:
        return False
    return True


# A line that is nothing but something shaped like a symbol (masthead, page header).
# A capital root (or any root before a '/'), separators, and a digit somewhere: so that
# "S_2011_496" or "s/2011/496" are caught as malformed, and "Seventy-fourth session" is no symbol.
# Dashes and spaces inside: a joint symbol may be joined by any dash, with spaces (no-break
# ones too) around it ("A/47/60 — S/23329").
SYMBOL_LINE = regex.compile(
    rf"^[\s{BIDI_CONTROLS}]*"
    r"(?=[^\n]*[0-9٠-٩])"
    r"(?P<symbol>(?:[A-Z]{1,10}|[A-Za-z]{1,10}(?=/))"
    r"(?:[/_\-\u2010-\u2015\u2212]"
    r"[A-Za-z0-9.()*٠-٩\-\u2010-\u2015\u2212 \t\u00a0]*[A-Za-z0-9)*٠-٩])+)"
    rf"[\s{BIDI_CONTROLS}]*$"
)
