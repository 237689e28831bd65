"""Reading a TEI tree while keeping account of every element: what is mapped, and what is left out.

The TEI reader never drops content silently. Each element it maps is
*taken*; at the end every element nobody took (with its subtree) is one X002
finding, and so is non-blank text sitting in a structural element. Text is
read exactly: ``<g>`` glyph escapes become their characters, XML whitespace is
collapsed unless ``xml:space="preserve"`` is in scope, and inline markup the
Letter has no place for (``persName`` inside a paragraph, ``app`` readings) is
flattened to its text and reported once per element name. A ``<note>`` inside
text is not part of it: its place in the text is kept for the note reader.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from unarchive.codes import tei_invalid, tei_unmapped
from unarchive.findings import Finding, Location
from unarchive.tei_conventions import TEI_NS, XML_SPACE, collapse, glyph_char

NS = {"t": TEI_NS}

# Phrase-level elements whose text belongs to the text around them.
_TRANSPARENT = frozenset(
    [
        "hi",
        "emph",
        "persName",
        "orgName",
        "placeName",
        "name",
        "roleName",
        "forename",
        "surname",
        "addName",
        "genName",
        "date",
        "time",
        "ref",
        "term",
        "foreign",
        "seg",
        "rs",
        "title",
        "num",
        "measure",
        "q",
        "quote",
        "said",
        "abbr",
        "expan",
        "w",
        "pc",
        "c",
        "unclear",
        "supplied",
        "add",
        "corr",
        "reg",
        "orig",
        "sic",
        "mentioned",
        "soCalled",
        "gloss",
        "distinct",
        "geogName",
        "country",
        "settlement",
        "region",
        "bloc",
        "idno",
        "email",
        "address",
        "addrLine",
        "street",
        "postCode",
    ]
)
# Of these alternatives only the first present is read; the others are reported.
_PREFERRED = {"choice": ("reg", "corr", "expan", "seg"), "app": ("lem", "rdg")}


def line_of(element: etree._Element | None) -> int | None:
    line = element.sourceline if element is not None else None
    return line if isinstance(line, int) else None


def local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


class Nodes:
    """Consumption bookkeeping and exact text reading over one parsed TEI tree."""

    def __init__(self, root: etree._Element, source: str) -> None:
        self.root = root
        self.source = source
        self.seen: set[etree._Element] = set()
        self.findings: list[Finding] = []
        self.flattened: dict[str, tuple[int, int | None]] = {}
        # The <note>s met by the last text(), with the offset of each in that text.
        self.marks: list[tuple[int, etree._Element]] = []
        self._read: list[str] = []

    # -- finding --------------------------------------------------------------------------

    def at(self, element: etree._Element | None) -> Location:
        return Location(path=self.source, line=line_of(element))

    def invalid(self, element: etree._Element | None, message: str) -> None:
        self.findings.append(tei_invalid.finding(message, self.at(element)))

    def unmapped(self, element: etree._Element | None, message: str) -> None:
        self.findings.append(tei_unmapped.finding(message, self.at(element)))

    def first(self, element: etree._Element | None, path: str) -> etree._Element | None:
        if element is None:
            return None
        found = element.find(path, NS)
        return found

    def all(self, element: etree._Element | None, path: str) -> list[etree._Element]:
        return [] if element is None else list(element.iterfind(path, NS))

    def children(self, element: etree._Element) -> Iterator[etree._Element]:
        return (child for child in element if isinstance(child.tag, str))

    # -- taking -------------------------------------------------------------------------

    def take(self, element: etree._Element | None) -> etree._Element | None:
        """Mark a structural element mapped; report text in it that has nowhere to go."""
        if element is None or element in self.seen:
            return element
        self.seen.add(element)
        stray = [element.text or ""] + [child.tail or "" for child in element]
        text = collapse(" ".join(stray))
        if text:
            self.unmapped(element, f"text {_quote(text)} inside <{local(element)}> is left out")
        return element

    def take_all(self, element: etree._Element) -> None:
        self.seen.update(element.iter())

    def text(self, element: etree._Element) -> str:
        """The text of ``element`` exactly as encoded, marking what it read as mapped."""
        self.seen.add(element)
        self.marks, self._read = [], []
        # _pieces runs lazily, so when it meets a <note> _read holds exactly the text before it.
        for piece in self._pieces(element):
            self._read.append(piece)
        value = "".join(self._read)
        if self.preserved(element):
            return value
        kept = collapse(value)
        self.marks = [
            (min(len(collapse(value[:at] + "\x00")) - 1, len(kept)), note)
            for at, note in self.marks
        ]
        return kept

    def preserved(self, element: etree._Element) -> bool:
        for node in (element, *element.iterancestors()):
            space = node.get(XML_SPACE)
            if space is not None:
                return space == "preserve"
        return False

    def _pieces(self, element: etree._Element) -> Iterator[str]:
        if element.text:
            yield element.text
        for child in element:
            name = local(child)
            if name == "g" and glyph_char(child.get("ref")) is not None:
                self.seen.add(child)
                yield glyph_char(child.get("ref")) or ""
            elif name == "note":
                self.marks.append((sum(map(len, self._read)), child))
            elif name == "lb":
                self._flatten(child)
                yield "\n" if self.preserved(child) else " "
            elif name in _PREFERRED:
                yield from self._preferred(child)
            elif name in _TRANSPARENT:
                self._flatten(child)
                yield from self._pieces(child)
            if child.tail:
                yield child.tail

    def _preferred(self, element: etree._Element) -> Iterator[str]:
        self._flatten(element)
        for name in _PREFERRED[local(element)]:
            chosen = self.first(element, f"t:{name}")
            if chosen is not None:
                self.take_all(element)
                yield from self._pieces(chosen)
                return

    def _flatten(self, element: etree._Element) -> None:
        self.seen.add(element)
        name = local(element)
        count, line = self.flattened.get(name, (0, line_of(element)))
        self.flattened[name] = (count + 1, line)

    # -- the rest -----------------------------------------------------------------------

    def report_left_out(self) -> None:
        """One X002 per element nobody took whose parent was taken; one per flattened name."""
        for name, (count, line) in sorted(self.flattened.items()):
            times = "once" if count == 1 else f"{count} times"
            self.findings.append(
                tei_unmapped.finding(
                    f"<{name}> markup inside text is flattened to its text ({times})",
                    Location(path=self.source, line=line),
                )
            )
        for element in self.root.iter():
            parent = element.getparent()
            if element in self.seen or (parent is not None and parent not in self.seen):
                continue
            if isinstance(element, etree._Entity):
                self.unmapped(parent, f"entity reference {element.text} is not expanded")
            elif isinstance(element.tag, str):
                self.unmapped(element, _left_out(element))


def _left_out(element: etree._Element) -> str:
    text = collapse("".join(str(t) for t in element.itertext()))
    what = f"<{local(element)}>"
    if element.get("type"):
        what += f' (type="{element.get("type")}")'
    if text:
        return f"{what} has no place in the Letter and is left out: {_quote(text)}"
    return f"{what} has no place in the Letter and is left out"


def _quote(text: str, limit: int = 60) -> str:
    return f"«{text}»" if len(text) <= limit else f"«{text[:limit]}…»"
