"""TEI P5 documents read into a Letter (``loads``): unarchive's own, losslessly, and others'.

``dumps`` is lossless: every field of the Letter, its provenance, source spans
and repairs come back from ``loads`` equal. ``loads`` also reads TEI letters
written by other projects, as far as they map (see ``tei_read``). The writer,
the reader and the names they share live in ``tei_write``, ``tei_read``,
``tei_read_header``, ``tei_nodes`` and ``tei_common``; the mapping is
documented in ``docs/formats.md``.

Status:
- [x] TEI P5 writer, valid against ``schemas/unarchive-tei.rng`` and ``tei_all``
- [x] reader for own TEI (X001 against the project schema, X002 for the rest)
- [x] reader for other TEI P5 letters (X001 against TEI P5, X002 for the rest)
- [x] hostile XML refused by ``unarchive.xml.parse_xml``
"""

from __future__ import annotations

import hashlib

from lxml import etree

from unarchive.codes import tei_invalid, tei_unmapped
from unarchive.findings import Finding, Location, UnreadableInput
from unarchive.model import SCHEMA_VERSION
from unarchive.parsed import Parsed
from unarchive.readers.tei.read import Reader, is_own
from unarchive.tei_conventions import APPLICATION, tei
from unarchive.xml import SCHEMAS, parse_xml, relaxng, schema_errors

OWN_SCHEMA = SCHEMAS / "unarchive-tei.rng"
TEI_SCHEMA = SCHEMAS / "tei_all-4.12.0-pruned.rng"


def loads(data: bytes, source: str = "<tei>", options: object = None) -> Parsed:
    """Read a TEI document; raise ``UnreadableInput`` when it is not TEI at all."""
    tree = parse_xml(data, "TEI")
    root = tree.getroot()
    if root.tag != tei("TEI"):
        raise UnreadableInput(f"not a TEI P5 document: the root element is {_name(root)}")
    own = is_own(root)
    schema = OWN_SCHEMA if own else TEI_SCHEMA
    findings = [
        tei_invalid.finding(
            f"not valid against {schema.name}: {error.message}",
            Location(path=source, line=error.line or None, column=error.column or None),
        )
        for error in schema_errors(relaxng(schema), tree)
    ]
    findings.extend(_version(root, source) if own else ())
    dtd_url = getattr(tree.docinfo, "system_url", None)  # not in lxml-stubs
    if dtd_url:
        findings.append(
            tei_unmapped.finding(
                f"the DOCTYPE names a DTD ({dtd_url}); it was not loaded",
                Location(path=source, line=1),
            )
        )
    reader = Reader(root, source, own)
    letter = reader.letter()
    if not own:
        provenance = letter.provenance.model_copy(
            update={
                "source": source,
                "sha256": hashlib.sha256(data).hexdigest(),
                "format": "tei",
                "encoding": (tree.docinfo.encoding or "UTF-8").lower(),
            }
        )
        letter = letter.model_copy(update={"provenance": provenance})
    found = sorted(findings + reader.findings, key=lambda f: (f.location.line or 0, f.code))
    return Parsed(letter, findings=found)


def _version(root: etree._Element, source: str) -> list[Finding]:
    """The schema_version a file of ours was written for, said plainly (RelaxNG says it badly)."""
    application = root.find(f"{tei('teiHeader')}//{tei('application')}[@ident='{APPLICATION}']")
    version = application.get("version") if application is not None else None
    if version == SCHEMA_VERSION:
        return []
    line = application.sourceline if application is not None else None
    return [
        tei_invalid.finding(
            f"written for schema_version {version!r}; this unarchive reads {SCHEMA_VERSION!r}",
            Location(path=source, line=line if isinstance(line, int) else None),
        )
    ]


def _name(root: etree._Element) -> str:
    if not isinstance(root.tag, str):
        return "not an element"
    qname = etree.QName(root)
    return f"<{qname.localname}>" + (f" in namespace {qname.namespace}" if qname.namespace else "")


__all__ = ["dumps", "loads"]
