"""TEI reader: own TEI back into the exact Letter; other projects' TEI letters as far as they map.

One reader serves both. unarchive's own files (marked by
``appInfo/application[@ident="unarchive-document"]``) are validated against
``schemas/unarchive-tei.rng``; any other TEI P5 document against TEI P5
(``tei_all`` 4.12.0 without six modules no letter uses). Each RelaxNG error is
an X001 finding with its line; the mapping then reads what it can, preferring
unarchive's typed elements and falling back to the shapes other editions use
(``correspDesc`` names of any kind, ``opener/dateline``, ``closer/signed``,
annexes as ``div`` in ``back``, ``note`` inside paragraphs). Whatever is not
mapped is an X002 finding.

Status:
- [x] own TEI: every Letter field, provenance, spans, changes, notes (exact round trip)
- [x] foreign TEI: symbol/job number idno, title, correspDesc sender/addressee/date,
      langUsage or ``text/@xml:lang``, paragraphs, closer/signed, annexes
- [x] X001 for schema errors and values the model refuses; X002 for the rest
- [ ] foreign ``listWit`` witnesses (no line ranges to map them to renditions)
- [ ] partial dates (``when="2011-08"``) are reported, not kept
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from unarchive.model import Annex, Letter, LetterBody, Paragraph
from unarchive.readers.tei.header import iso_date
from unarchive.readers.tei.nodes import NS, local
from unarchive.readers.tei.notes import NotesReader
from unarchive.tei_conventions import APPLICATION, XML_LANG

_ANNEX_TYPES = frozenset({"annex", "appendix", "enclosure", "attachment"})
_BLOCKS = frozenset({"p", "ab"})  # own TEI has only p; the schema check catches an ab there


def is_own(root: etree._Element) -> bool:
    path = f"t:teiHeader/t:encodingDesc/t:appInfo/t:application[@ident='{APPLICATION}']"
    return root.find(path, NS) is not None


class Reader(NotesReader):
    """Maps one TEI tree onto a Letter; findings collect in ``self.findings``."""

    def letter(self) -> Letter:
        self.take(self.root)
        text = self.take(self.first(self.root, "t:text"))
        body = self.take(self.first(text, "t:body"))
        div = self.letter_div(body)
        lang = None if text is None or self.own else text.get(XML_LANG)
        self.read_header(self.body_title(div), lang)
        letter_body = self.letter_body(div) if div is not None else LetterBody()
        annexes = tuple(self.annex(d) for d in self.annex_divs(text, body, div))
        metadata = self.metadata()
        provenance = self.provenance()
        letter = Letter(
            metadata=metadata, letter=letter_body, annexes=annexes, provenance=provenance
        )
        letter = self.with_notes(letter)
        self.report_left_out()
        return letter

    # -- body ---------------------------------------------------------------------------

    def letter_div(self, body: etree._Element | None) -> etree._Element | None:
        if body is None:
            return None
        div = self.first(body, ".//t:div[@type='letter']")
        if div is None and not self.own:
            divs = [d for d in self.all(body, "t:div") if d.get("type") not in _ANNEX_TYPES]
            div = divs[0] if divs else body
        return self.take(div)

    def body_title(self, div: etree._Element | None) -> str | None:
        heads = self.all(div, "t:head")
        typed = [h for h in heads if h.get("type") == "title"]
        chosen = typed[0] if typed else (heads[0] if heads and not self.own else None)
        if chosen is None:
            return None
        return self.text(chosen) or None

    def letter_body(self, div: etree._Element) -> LetterBody:
        paragraphs: list[Paragraph] = []
        signed: Paragraph | None = None
        for child in self.children(div):
            name = local(child)
            if name == "p" and self.own and not len(child) and not child.text:
                self.take(child)  # the writer's placeholder before a closer
            elif name == "p" or (name == "ab" and not self.own):
                paragraphs.extend(self.paragraphs(child))
            elif name == "closer":
                signed = self.closer(child) or signed
            elif name == "opener":
                self.opener(child)
            elif name == "div" and child.get("type") not in _ANNEX_TYPES:
                self.take(child)
                paragraphs.extend(p for e in self.all(child, "t:p") for p in self.paragraphs(e))
        return LetterBody(paragraphs=tuple(paragraphs), signed=signed)

    def opener(self, opener: etree._Element) -> None:
        """The dateline's date is the letter's date when the header gives none."""
        self.take(opener)
        for dateline in self.all(opener, "t:dateline"):
            self.take(dateline)
            for date in self.all(dateline, "t:date"):
                when = date.get("when")
                if "date" not in self.values and iso_date(when) is not None:
                    self.take(date)  # first, so that printed text in it is reported
                    self.put("date", iso_date(when), date)
                elif when is not None and when == self.date_text():
                    self.take(date)

    def closer(self, closer: etree._Element) -> Paragraph | None:
        self.take(closer)
        signed = self.first(closer, "t:signed")
        if signed is None:
            return None
        if not self.own:
            self.signatory_from(signed)
        found = self.paragraphs(signed)
        return found[0] if found else None

    # -- annexes ------------------------------------------------------------------------

    def annex_divs(
        self,
        text: etree._Element | None,
        body: etree._Element | None,
        letter: etree._Element | None,
    ) -> list[etree._Element]:
        back = self.take(self.first(text, "t:back"))
        found = [d for d in self.all(back, "t:div") if d.get("type") in _ANNEX_TYPES]
        for div in self.all(back, "t:div[@type='notes']"):
            self.notes_div(div)
        if not self.own:
            more = self.all(body, "t:div") + self.all(letter, "t:div")
            found += [d for d in more if d.get("type") in _ANNEX_TYPES and d is not letter]
        return found

    def annex(self, div: etree._Element) -> Annex:
        self.take(div)
        parts: dict[str, Any] = {"heading": None, "title": None, "headings": [], "paragraphs": []}
        for child in self.children(div):
            if local(child) == "head":
                self.annex_head(child, parts)
            elif local(child) in _BLOCKS:
                parts["paragraphs"].extend(self.paragraphs(child))
            elif local(child) == "div" and not self.own:
                self.take(child)
                for grandchild in self.children(child):
                    if local(grandchild) == "head":
                        self.annex_head(grandchild, parts, nested=True)
                    elif local(grandchild) in _BLOCKS:
                        parts["paragraphs"].extend(self.paragraphs(grandchild))
        valid: Annex | None = self.valid(Annex, parts, div)
        return valid or Annex()

    def annex_head(self, head: etree._Element, parts: dict[str, Any], nested: bool = False) -> None:
        kind = head.get("type")
        if not self.own and kind is None:
            kind = "title" if nested else "annex"
        if kind == "annex" and parts["heading"] is None:
            found = self.paragraphs(head)
            parts["heading"] = found[0] if found else None
        elif kind == "title" and parts["title"] is None:
            parts["title"] = self.text(head) or None
        else:
            parts["headings"].extend(self.paragraphs(head))
