"""S rules: the structure of a UN letter (title, date, addressee, signature, annex, renditions).

The letter grammar finds the parts; these rules say which are missing or do
not fit together. Absent parts are judged on the merged Letter (a part any
rendition has is there); S007 compares the renditions with each other, and
runs only when a document has several.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from unarchive.findings import Location, Severity
from unarchive.grammar.languages import get
from unarchive.grammar.normalize import clean, key
from unarchive.grammar.view import (
    analysis,
    block_location,
    find_in_block,
    rendition_start,
    start,
)
from unarchive.parsed import Parsed, Rendition
from unarchive.rules.base import Hit, Rule, rule


@rule("S001", "missing-title", Severity.ERROR)
def missing_title(parsed: Parsed) -> Iterator[Hit]:
    """No title line ("Letter dated … from … addressed to …" / «رسالة مؤرخة …»).

    ## Why it matters
    The title is what catalogues (MARC 245) and readers identify a letter by; it
    also carries the date, the sender and the addressee.

    ## Example
    A text whose first line is the opening paragraph «يشرفني أن …».

    ## Hint
    Look for another rendition of the document (the PDF has the title when the Word text lacks it).
    """
    if parsed.letter.metadata.title is None:
        yield Hit(start(parsed), "no title line («رسالة مؤرخة … موجهة إلى … من …») was found")


@rule("S002", "missing-date", Severity.ERROR)
def missing_date(parsed: Parsed) -> Iterator[Hit]:
    """No date in the title or the annex heading.

    ## Why it matters
    The date identifies the letter together with its sender, and orders it in the archive.

    ## Example
    «رسالة موجهة إلى الأمين العام من …» without «مؤرخة 5 آب/أغسطس 2011».

    ## Hint
    Take the date from the masthead or the annex heading of another rendition.
    """
    if parsed.letter.metadata.date is None:
        yield Hit(start(parsed), "no date was found in the title or in an annex heading")


@rule("S003", "missing-addressee", Severity.ERROR)
def missing_addressee(parsed: Parsed) -> Iterator[Hit]:
    """No addressee: the title does not say to whom the letter is addressed.

    ## Why it matters
    The addressee (the Secretary-General, the President of the Security Council …)
    decides how the letter is issued and catalogued.

    ## Example
    A title cut after «رسالة مؤرخة 5 آب/أغسطس 2011».

    ## Hint
    The annex heading repeats the addressee («… الموجهة إلى الأمين العام …»).
    """
    if parsed.letter.metadata.addressee is None:
        yield Hit(start(parsed), "no addressee was found in the title or in an annex heading")


@rule("S004", "missing-signature", Severity.WARNING)
def missing_signature(parsed: Parsed) -> Iterator[Hit]:
    """No signature block («(توقيع)» / "(Signed)" and a name).

    ## Why it matters
    Letters are signed; a missing signature block usually means the text was cut.

    ## Example
    A letter whose last paragraph is the circulation request and nothing after it.

    ## Hint
    Notes verbales are unsigned by design; for a letter, check the source for a lost page.
    """
    letter = parsed.letter
    table = get(letter.metadata.language or "")
    title = letter.metadata.title or ""
    if table and table.unsigned and table.pattern("unsigned").search(title):
        return  # notes verbales are unsigned by design
    if letter.letter.signed is None and letter.metadata.signatory.name is None:
        paragraphs = letter.letter.paragraphs
        where = start(parsed)
        if paragraphs and paragraphs[-1].source is not None:
            span = paragraphs[-1].source
            where = Location(rendition=span.rendition, line=span.end_line, column=1, page=span.page)
        marker = table.signed_text if table else "«(توقيع)» or (Signed)"
        yield Hit(where, f"no signature block ({marker} and a name) was found")


@rule("S005", "missing-annex", Severity.ERROR)
def missing_annex(parsed: Parsed) -> Iterator[Hit]:
    """The letter refers to an annex that is not there, or an annex refers to no letter.

    ## Why it matters
    An annex separated from its letter (or a letter without its annex) is an incomplete record.

    ## Example
    «(انظر المرفق)» in the letter, and no «مرفق الرسالة …» after the signature.

    ## Hint
    Check whether the annex was issued separately or lost in conversion.
    """
    found = analysis(parsed)
    if found is None:
        return
    letter = parsed.letter
    for reading in found.readings:
        if letter.annexes:
            break
        for block in reading.letter:
            where = find_in_block(block, reading.language.annex_reference)
            if where is not None:
                yield Hit(where, "the letter refers to an annex, but the document has none")
                return
    has_letter = letter.metadata.title or letter.letter.paragraphs or letter.letter.signed
    if letter.annexes and not has_letter:
        heading = next((a.heading for a in letter.annexes if a.heading), None)
        where = start(parsed)
        if heading is not None and heading.source is not None:
            span = heading.source
            where = Location(
                rendition=span.rendition, line=span.start_line, column=1, page=span.page
            )
        yield Hit(where, "an annex without the letter it belongs to")


@rule("S006", "annex-mismatch", Severity.WARNING)
def annex_mismatch(parsed: Parsed) -> Iterator[Hit]:
    """The annex heading's date, sender or addressee disagree with the letter's.

    ## Why it matters
    The annex heading names its letter; if it names another, one of them is wrong
    or the annex belongs elsewhere.

    ## Example
    Title «رسالة مؤرخة 5 آب/أغسطس 2011 …», annex heading «مرفق الرسالة المؤرخة 6 آب/أغسطس 2011 …».

    ## Hint
    Compare with the printed original; correct the wrong one in a repaired copy.
    """
    found = analysis(parsed)
    if found is None:
        return
    meta = parsed.letter.metadata
    for reading in found.readings:
        for annex in reading.annexes:
            if annex.heading is None:
                continue
            fields = annex.fields
            hit_date = fields.date.value if fields.date else None
            if meta.date and fields.date and hit_date and hit_date != meta.date:
                where = block_location(annex.heading, fields.date_line, fields.date.start)
                yield Hit(where, f"the annex heading is dated {hit_date}, the letter {meta.date}")
            for name, value in (("sender", fields.sender), ("addressee", fields.addressee)):
                letter_value = getattr(meta, name)
                if value and letter_value and key(value) != key(letter_value):
                    where = block_location(annex.heading)
                    yield Hit(
                        where,
                        f"the annex heading's {name} «{clean(value)}» "
                        f"is not the letter's «{letter_value}»",
                    )


@rule("S007", "incomplete-rendition", Severity.WARNING)
def incomplete_rendition(parsed: Parsed) -> Iterator[Hit]:
    """A rendition lacks parts that another rendition of the same document has.

    ## Why it matters
    Renditions of one document should say the same thing; a part present in one
    only means that the other was cut or extracted badly, and that part has a
    single, unconfirmed witness.

    ## Example
    The Word text of the seed starts at the circulation request: it has neither
    the title nor the opening paragraph that the PDF text layer has.

    ## Hint
    The Letter takes each part from the rendition that has it; check those parts against
    the original.
    """
    found = analysis(parsed)
    if found is None or len(found.readings) < 2:
        return
    for reading in found.readings:
        missing = found.missing.get(reading.rendition.id)
        if missing:
            shown = "; ".join(missing[:6]) + (
                f"; and {len(missing) - 6} more" if len(missing) > 6 else ""
            )
            yield Hit(
                rendition_start(reading.rendition),
                f"rendition {reading.rendition.id} lacks {shown}",
            )


@rule("S008", "merged-lines", Severity.WARNING)
def merged_lines(parsed: Parsed) -> Iterator[Hit]:
    """Separate lines run together, such as the signatory's name and title (`بوريالممثل`).

    ## Why it matters
    A lost line break merges two parts of the letter into one; the name of the
    signatory then contains their title, and words are glued together.

    ## Example
    `(توقيع) هـ. س. بوريالممثل الدائم` for `(توقيع) هـ. س. بوري` / `الممثل الدائم`.

    ## Hint
    The grammar splits name and title by the language's table of titles; put the
    line break back in a repaired copy.
    """
    found = analysis(parsed)
    if found is None:
        return
    for reading in found.readings:
        signature = reading.signature
        joined = signature.joined if signature else None
        if signature is None or joined is None:
            continue
        how = "run together" if joined.glued else "on one line"
        where = block_location(signature.block, joined.line, joined.offset)
        yield Hit(
            where,
            f"the signatory's name «{joined.name_end}» and title "
            f"«{clean(joined.title_start)}» are {how}",
        )


_LETTERS = regex.compile(r"[\p{L}\p{N}]")


@rule("S009", "empty-or-duplicate-paragraph", Severity.WARNING)
def empty_or_duplicate(parsed: Parsed) -> Iterator[Hit]:
    """An empty paragraph, or the same paragraph twice in one rendition.

    ## Why it matters
    Empty paragraphs and repeated paragraphs are conversion debris; exported as
    they are, they put noise or a second copy into the archive.

    ## Example
    A paragraph that is only «.», or an annex paragraph pasted twice.

    ## Hint
    Remove the empty paragraph or the copy in a repaired copy, after checking the original.
    """
    found = analysis(parsed)
    if found is None:
        return
    for reading in found.readings:
        yield from _tab_only_lines(reading.rendition)
        seen: dict[str, int] = {}
        for block in reading.blocks:
            if block.furniture:
                continue
            if not _LETTERS.search(block.text):
                yield Hit(block_location(block), "an empty paragraph (no letter or digit in it)")
                continue
            text = key(block.text)
            if len(text.split()) >= 3 and text in seen:
                yield Hit(block_location(block), f"the same paragraph as line {seen[text]}")
            seen.setdefault(text, block.first.number)


def _tab_only_lines(rendition: Rendition) -> Iterator[Hit]:
    """In a Word text (paragraphs start with a tab), a line that is only a tab is a paragraph."""
    filled = [line for line in rendition.lines if line.text.strip()]
    tabbed = sum(1 for line in filled if line.text.lstrip(" ").startswith("\t"))
    if not filled or tabbed * 2 < len(filled):
        return
    for line in rendition.lines:
        if "\t" in line.text and not line.text.strip():
            where = Location(rendition=rendition.id, line=line.number, column=1, page=line.page)
            yield Hit(where, "an empty paragraph (a paragraph mark and nothing else)")


RULES: tuple[Rule, ...] = (
    missing_title,
    missing_date,
    missing_addressee,
    missing_signature,
    missing_annex,
    annex_mismatch,
    incomplete_rendition,
    merged_lines,
    empty_or_duplicate,
)
