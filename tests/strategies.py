"""Hypothesis strategies for whole Letters and their parts, shared by every test module.

Text is weighted like real input (Arabic 6 : Latin 3 : anything XML can carry 1)
and deliberately awkward at the edges: leading and trailing spaces, tabs,
newlines, carriage returns, bidi controls. ``letters()`` draws the renditions
first so that source spans, provenance fields and changes point at them, as
a parser would make them; ``raw_strings`` feeds the plain ``str`` fields
(rendition ids, change before/after) with anything at all, control characters
and the empty string included. ``hostile_chars`` are for validator properties,
never for round trips.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from unarchive.model import (
    Annex,
    Change,
    Letter,
    LetterBody,
    Metadata,
    Note,
    NoteAnchor,
    Paragraph,
    Provenance,
    RenditionInfo,
    Session,
    Signatory,
    SourceSpan,
    cited_parts,
)

ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))
HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653))
ARABIC_DIGITS = "".join(chr(c) for c in range(0x0660, 0x066A))
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
EDGES = " \t\n\r" + BIDI_CONTROLS + "\u00a0\u0640\u200c\u200d\ufeff"

hostile_chars = st.sampled_from(
    [chr(c) for c in range(0xFE70, 0xFEFD, 7)]  # Arabic presentation forms-B
    + [chr(c) for c in range(0xFB50, 0xFBB2, 9)]  # presentation forms-A
    + list("\u0640\u06cc\u06a9\u06d5\u06f0\u06f9\u200c\u200d")
    + list(BIDI_CONTROLS)
)

arabic_words = st.text(
    st.sampled_from(ARABIC_LETTERS * 4 + HARAKAT + ARABIC_DIGITS), min_size=1, max_size=9
)
arabic_text = st.lists(arabic_words, min_size=1, max_size=12).map(" ".join)
latin_text = st.from_regex(r"\A[A-Za-z][A-Za-z0-9 ,.;:()/'-]{0,60}\Z")
xml_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Co", "Cn"])
    | st.sampled_from(EDGES),
    min_size=1,
    max_size=40,
)
raw_strings = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Non-blank, XML-safe text as the model's ``Text`` accepts it, edges included."""
    core = draw(st.one_of(*[arabic_text] * 6, *[latin_text] * 3, xml_text))
    before = draw(st.text(st.sampled_from(EDGES), max_size=3))
    after = draw(st.text(st.sampled_from(EDGES), max_size=3))
    inside = draw(st.sampled_from(["", "\n", " \n ", "\t", "  ", "\u200f"]))
    cut = draw(st.integers(0, len(core)))
    text = before + core[:cut] + inside + core[cut:] + after
    return text if text.strip() else core + "x"


symbols = st.from_regex(r"\A(A|S|E|A/HRC)/\d{2}/\d{1,4}\Z")
dates = st.dates(dt.date(1945, 10, 24), dt.date(2100, 1, 1))
language_tags = st.sampled_from(["ar", "en", "fr", "es", "ru", "zh", "ar-EG", "und", "x-klingon"])
rendition_ids = st.one_of(
    st.sampled_from(["r1", "r2", "r3", "pdf", "docx"]), raw_strings, st.just("")
)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def source_spans(renditions: list[str]) -> st.SearchStrategy[SourceSpan]:
    positive = st.integers(1, 5000)
    return st.builds(
        SourceSpan,
        rendition=st.sampled_from(renditions) if renditions else rendition_ids,
        start_line=positive,
        start_column=positive,
        end_line=positive,
        end_column=positive,
        page=maybe(st.integers(1, 400)),
    )


def paragraphs(renditions: list[str]) -> st.SearchStrategy[Paragraph]:
    return st.builds(Paragraph, text=texts(), source=maybe(source_spans(renditions)))


def metadata() -> st.SearchStrategy[Metadata]:
    return st.builds(
        Metadata,
        symbol=maybe(symbols | texts()),
        additional_symbols=st.lists(symbols, max_size=2).map(tuple),
        date=maybe(dates),
        language=maybe(language_tags | texts()),
        title=maybe(texts()),
        sender=maybe(texts()),
        addressee=maybe(texts()),
        signatory=st.builds(Signatory, name=maybe(texts()), title=maybe(texts())),
        job_number=maybe(st.from_regex(r"\A\d{2}-\d{5} \([AEFRSC]\)\Z") | texts()),
        organ=maybe(st.sampled_from(["Security Council", "General Assembly"]) | texts()),
        distribution=maybe(st.sampled_from(["General", "Limited"])),
        issue_date=maybe(dates),
        original_language=maybe(st.sampled_from(["English", "Arabic"]) | texts()),
        sessions=st.lists(sessions(), max_size=2).map(tuple),
    )


def sessions() -> st.SearchStrategy[Session]:
    """A sessional line: any organ text, numbers, agenda item labels as printed, any title."""
    numbers = maybe(st.integers(min_value=1, max_value=2100))
    labels = st.sampled_from(["22 (b)", "36", "22 (ب)"])
    return st.builds(
        Session,
        organ=maybe(st.sampled_from(["General Assembly", "مجلس الأمن"]) | texts()),
        session=numbers,
        year=numbers,
        agenda_items=st.lists(labels | texts(), max_size=3).map(tuple),
        agenda_title=maybe(texts()),
    )


def annexes(renditions: list[str]) -> st.SearchStrategy[Annex]:
    return st.builds(
        Annex,
        heading=maybe(paragraphs(renditions)),
        title=maybe(texts()),
        headings=st.lists(paragraphs(renditions), max_size=2).map(tuple),
        paragraphs=st.lists(paragraphs(renditions), max_size=4).map(tuple),
    )


@st.composite
def renditions(draw: st.DrawFn) -> tuple[RenditionInfo, ...]:
    ids = draw(st.lists(rendition_ids, max_size=3, unique=True))
    found = []
    for rid in ids:
        start = draw(st.integers(1, 500))
        found.append(
            RenditionInfo(
                id=rid,
                kind=draw(st.sampled_from(["text", "pdf-text-layer", "word-text"]) | raw_strings),
                start_line=start,
                end_line=start + draw(st.integers(0, 500)),
                label=draw(maybe(texts())),
            )
        )
    return tuple(found)


def changes(ids: list[str]) -> st.SearchStrategy[Change]:
    return st.builds(
        Change,
        code=st.sampled_from(["AR002", "AR009", "E002", "E003", "AR013"]) | raw_strings,
        rendition=maybe(st.sampled_from(ids) if ids else rendition_ids),
        line=maybe(st.integers(1, 5000)),
        column=maybe(st.integers(1, 500)),
        before=raw_strings,
        after=raw_strings,
    )


def provenance(found: tuple[RenditionInfo, ...]) -> st.SearchStrategy[Provenance]:
    ids = [r.id for r in found]
    field_names = st.sampled_from(["symbol", "date", "title", "letter", "annexes.0"]) | raw_strings
    return st.builds(
        Provenance,
        source=maybe(st.sampled_from(["input.txt", "رسالة.pdf", "dir/S-2011-496.docx"]) | texts()),
        sha256=maybe(st.from_regex(r"\A[0-9a-f]{64}\Z") | raw_strings),
        format=maybe(st.sampled_from(["text", "pdf", "docx"]) | raw_strings),
        encoding=maybe(st.sampled_from(["utf-8", "cp1256"]) | raw_strings),
        renditions=st.just(found),
        fields=st.dictionaries(
            field_names, st.sampled_from(ids) if ids else rendition_ids, max_size=4
        ),
        changes=st.lists(changes(ids), max_size=4).map(tuple),
        unicode_version=maybe(st.sampled_from(["15.1.0", "16.0.0"]) | raw_strings),
    )


marks = st.text(
    st.characters(
        codec="utf-8", exclude_categories=["Cc", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Cf"]
    ),
    min_size=1,
    max_size=4,
)


@st.composite
def notes(draw: st.DrawFn, letter: Letter, renditions: list[str]) -> tuple[Note, ...]:
    """Notes for ``letter``: some cited at any offset of any paragraph, some uncited, in order."""
    parts = list(cited_parts(letter))
    anchors: list[NoteAnchor | None] = []
    for _ in range(draw(st.integers(0, 4))):
        if parts and draw(st.booleans()):
            index = draw(st.integers(0, len(parts) - 1))
            part, paragraph = parts[index]
            offset = draw(st.integers(0, len(paragraph.text)))
            anchors.append(NoteAnchor(part=part, offset=offset))
        else:
            anchors.append(None)
    order = {part: index for index, (part, _p) in enumerate(parts)}
    anchors.sort(key=lambda a: (len(order), 0) if a is None else (order[a.part], a.offset))
    ids = draw(
        st.lists(
            st.text(min_size=1, max_size=6),
            min_size=len(anchors),
            max_size=len(anchors),
            unique=True,
        )
    )
    return tuple(
        Note(
            id=note_id,
            n=draw(maybe(st.sampled_from(["1", "2", "*", "iv", "١"]) | marks)),
            place=draw(st.sampled_from(["foot", "end"])),
            text=draw(texts()),
            source=draw(maybe(source_spans(renditions))),
            anchor=anchor,
        )
        for note_id, anchor in zip(ids, anchors, strict=True)
    )


@st.composite
def letters(draw: st.DrawFn) -> Letter:
    """A whole Letter: optional fields absent or present, several annexes, spans, changes, notes."""
    found = draw(renditions())
    ids = [r.id for r in found]
    letter = Letter(
        metadata=draw(metadata()),
        letter=draw(
            st.builds(
                LetterBody,
                paragraphs=st.lists(paragraphs(ids), max_size=5).map(tuple),
                signed=maybe(paragraphs(ids)),
            )
        ),
        annexes=tuple(draw(st.lists(annexes(ids), max_size=3))),
        provenance=draw(provenance(found)),
    )
    return Letter.model_validate({**dict(letter), "notes": draw(notes(letter, ids))})
