"""The project's one way to read XML: a safe lxml parser, hostile-input checks, cached RelaxNG.

Every module that parses XML (the TEI importer, the DOCX parser) calls
``parse_xml`` so that the same limits apply everywhere: entities are never
expanded, nothing is fetched from the network, DTDs are not loaded, trees
deeper than libxml2's default limit (256) are refused. A document that declares
entities (the billion-laughs and external-entity attacks) is refused outright.
RelaxNG schemas are compiled once per process and their errors come back as
``(line, column, message)`` triples for the caller to turn into findings.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from unarchive.findings import UnreadableInput

SCHEMAS = Path(__file__).parent / "schemas"


def safe_parser() -> etree.XMLParser:
    """A fresh parser with the project's safety settings (lxml parsers are not thread-safe)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
    )


def parse_xml(data: bytes, what: str = "XML") -> etree._ElementTree:
    """Parse ``data`` safely, or raise ``UnreadableInput`` saying why it cannot be read.

    Refused: input that is not well-formed, trees nested deeper than 256
    levels, and any document type declaration that declares entities.
    An external DTD reference is neither loaded nor fetched.
    """
    if not data.strip():
        raise UnreadableInput(f"empty file: no {what} document")
    try:
        tree = etree.ElementTree(etree.fromstring(data, safe_parser()))
    except etree.XMLSyntaxError as error:
        raise UnreadableInput(f"not well-formed {what}: {_syntax_message(error)}") from None
    except (ValueError, MemoryError) as error:
        raise UnreadableInput(f"not a {what} document: {error}") from None
    dtd = tree.docinfo.internalDTD
    # lxml-stubs does not know DTD.entities(); lxml has had it since 2.x.
    if dtd is not None and any(True for _ in getattr(dtd, "entities")()):  # noqa: B009
        raise UnreadableInput(
            f"the {what} declares entities in its DOCTYPE; unarchive does not expand entities"
        )
    return tree


def _syntax_message(error: etree.XMLSyntaxError) -> str:
    line, column = error.position if error.position else (0, 0)
    message = str(error.msg or error).split(", line ")[0]
    return f"line {line}, column {column}: {message}"


@dataclass(frozen=True)
class SchemaError:
    """One RelaxNG validation error: 1-based line (0 when libxml2 gives none) and message."""

    line: int
    column: int
    message: str


@functools.cache
def relaxng(path: Path) -> etree.RelaxNG:
    """The compiled RelaxNG schema at ``path``, compiled once per process."""
    return etree.RelaxNG(etree.parse(str(path), safe_parser()))


def schema_errors(schema: etree.RelaxNG, tree: etree._ElementTree) -> list[SchemaError]:
    """Every error ``schema`` reports for ``tree``; empty when the tree is valid."""
    if schema.validate(tree):
        return []
    return [SchemaError(e.line, e.column, e.message) for e in schema.error_log]
