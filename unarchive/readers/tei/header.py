"""TEI reader, header half: metadata and provenance from the ``teiHeader``.

Values are gathered into a plain dict first (the body may still supply the
date from ``opener/dateline`` or the signatory from ``closer/signed``) and
validated into ``Metadata`` field by field, so that one bad value is one X001
finding and the rest of the metadata survives.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lxml import etree
from pydantic import BaseModel, ValidationError

from unarchive.model import Change, Metadata, Provenance, RenditionInfo, Session
from unarchive.readers.tei.nodes import Nodes, local
from unarchive.tei_conventions import (
    APPLICATION,
    UNTITLED,
    XML_ID,
    parse_position,
    rendition_of,
)

_NAMES = frozenset({"name", "persName", "orgName", "roleName"})
_SYMBOL_TYPES = frozenset({"symbol", "UNDocSymbol"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LINES = re.compile(r"(\d+)-(\d+)")


def iso_date(value: str | None) -> dt.date | None:
    if value is None or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def reason(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


_SESSION_PARTS = {
    ("orgName", "organ"): "organ",
    ("idno", "session"): "session",
    ("idno", "year"): "year",
    ("idno", "agendaItem"): "agenda_items",
    ("title", "agendaItem"): "agenda_title",
}


class HeaderReader(Nodes):
    def __init__(self, root: etree._Element, source: str, own: bool) -> None:
        super().__init__(root, source)
        self.own = own
        self.values: dict[str, Any] = {}
        self.where: dict[str, etree._Element] = {}
        self.header = self.take(self.first(root, "t:teiHeader"))
        self.file_desc = self.take(self.first(self.header, "t:fileDesc"))

    def put(self, field: str, value: Any, element: etree._Element) -> None:
        """Keep the first value found for ``field``; a later equal one is simply taken."""
        if field not in self.values and value is not None:
            self.values[field] = value
            self.where[field] = element
            self.seen.add(element)
        elif self.values.get(field) == value:
            self.seen.add(element)
        else:  # a second, different value: left out, and reported as such
            self.seen.discard(element)

    def valid(
        self, model: type[BaseModel], values: dict[str, Any], where: etree._Element | None
    ) -> Any:
        try:
            return model.model_validate(values)
        except ValidationError as error:
            name = local(where) if where is not None else "teiHeader"
            self.invalid(where, f"<{name}>: {reason(error)}")
            return None

    # -- metadata -----------------------------------------------------------------------

    def read_header(self, body_title: str | None, text_lang: str | None) -> None:
        if body_title is not None:
            self.values["title"] = body_title
        self.titles()
        self.idnos()
        profile = self.take(self.first(self.header, "t:profileDesc"))
        self.languages(profile, text_lang)
        self.correspondence(self.take(self.first(profile, "t:correspDesc")))
        self.document_bibl()

    def titles(self) -> None:
        stmt = self.take(self.first(self.file_desc, "t:titleStmt"))
        for title in self.all(stmt, "t:title"):
            if title.get("type") == "desc" and (self.own or self.text(title) == UNTITLED):
                self.take_all(title)
                continue
            self.put("title", self.text(title) or None, title)

    def idnos(self) -> None:
        stmt = self.take(self.first(self.file_desc, "t:publicationStmt"))
        if self.own:
            for publisher in self.all(stmt, "t:publisher"):
                self.take_all(publisher)
        additional: list[str] = []
        for idno in self.all(self.file_desc, ".//t:idno"):
            kind = idno.get("type")
            if kind in _SYMBOL_TYPES and idno.get("subtype") == "additional":
                additional.append(self.text(idno))
            elif kind in _SYMBOL_TYPES:
                value = self.text(idno)
                if "symbol" not in self.values:
                    self.put("symbol", value, idno)
                elif self.values["symbol"] != value and value not in additional:
                    additional.append(value)
            elif kind == "jobNumber":
                self.put("job_number", self.text(idno), idno)
        if additional:
            self.values["additional_symbols"] = tuple(additional)

    def document_bibl(self) -> None:
        desc = self.take(self.first(self.file_desc, "t:sourceDesc"))
        for bibl in self.all(desc, "t:bibl"):
            if bibl.get("type") == "file" and self.own:
                continue
            self.take(bibl)
            for child in self.children(bibl):
                self.bibl_part(child)

    def bibl_part(self, child: etree._Element) -> None:
        name, kind = local(child), child.get("type")
        if name == "orgName" and kind in ("organ", None):
            self.put("organ", self.text(child) or None, child)
        elif name == "date" and kind == "issue":
            self.take(child)
            self.put("issue_date", self.date(child), child)
        elif name == "note" and kind == "distribution":
            self.put("distribution", self.text(child) or None, child)
        elif name == "note" and kind == "originalLanguage":
            self.put("original_language", self.text(child) or None, child)
        elif name == "relatedItem" and kind == "session":
            self.session(child)
        elif name == "textLang" and not self.own:
            self.put("language", child.get("mainLang"), child)
        elif name == "date" and not self.own and child.get("when") == self.date_text():
            self.take(child)

    def session(self, related: etree._Element) -> None:
        """``<relatedItem type="session">``: one organ's session, year and agenda items."""
        bibl = self.first(related, "t:bibl")
        if bibl is None:
            return
        self.take(related)
        self.take(bibl)
        values: dict[str, Any] = {"agenda_items": []}
        for child in self.children(bibl):
            name, kind = local(child), child.get("type", "")
            field = _SESSION_PARTS.get((name, kind))
            if field == "agenda_items":
                values[field].append(self.text(child))
            elif field is not None:
                values[field] = self.text(child) or None
            else:
                continue
            self.take(child)
        session = self.valid(Session, values, bibl)
        if session is not None:
            self.values["sessions"] = (*self.values.get("sessions", ()), session)

    def date(self, element: etree._Element) -> dt.date | None:
        when = element.get("when")
        value = iso_date(when)
        if value is None:
            self.invalid(
                element, f"<{local(element)} when={when!r}>: not a valid date (YYYY-MM-DD)"
            )
        return value

    def date_text(self) -> str | None:
        date = self.values.get("date")
        return date.isoformat() if isinstance(date, dt.date) else None

    def languages(self, profile: etree._Element | None, text_lang: str | None) -> None:
        usage = self.take(self.first(profile, "t:langUsage"))
        if text_lang:
            self.values["language"] = text_lang
        for language in self.all(usage, "t:language"):
            ident = language.get("ident")
            term = self.first(language, "t:term")
            if ident == "und" and term is not None:
                self.take(language)
                self.put("language", self.text(term) or None, term)
            elif ident:
                self.put("language", ident, language)
                if language in self.seen:  # its content only names the language
                    self.take_all(language)

    def correspondence(self, corresp: etree._Element | None) -> None:
        for action in self.all(corresp, "t:correspAction"):
            kind = action.get("type")
            if kind not in ("sent", "received"):
                continue
            self.take(action)
            for child in self.children(action):
                self.action_part(kind, child)

    def action_part(self, kind: str, child: etree._Element) -> None:
        name, role = local(child), child.get("type")
        if name == "date" and kind == "sent":
            self.take(child)  # first, so that a printed date inside it is reported
            self.put("date", self.date(child), child)
        elif name == "persName" and role == "signatory":
            self.put("signatory.name", self.text(child) or None, child)
        elif name == "roleName" and role == "signatory":
            self.put("signatory.title", self.text(child) or None, child)
        elif name in _NAMES:
            field = "sender" if kind == "sent" else "addressee"
            self.put(field, self.text(child) or None, child)

    def signatory_from(self, signed: etree._Element) -> None:
        """Other editions name the signatory inside ``closer/signed``."""
        for name, field in (("persName", "signatory.name"), ("roleName", "signatory.title")):
            found = self.first(signed, f".//t:{name}")
            if found is not None:
                self.put(field, self.text(found) or None, found)

    def metadata(self) -> Metadata:
        values = dict(self.values)
        prefix = "signatory."
        values["signatory"] = {
            key[len(prefix) :]: values.pop(key) for key in list(values) if key.startswith(prefix)
        }
        for field in list(values):
            try:
                Metadata.model_validate({field: values[field]})
            except ValidationError as error:
                element = self.where.get(field)
                self.invalid(element, f"{field}: {reason(error)}")
                del values[field]
        return Metadata.model_validate(values)

    # -- provenance ---------------------------------------------------------------------

    def provenance(self) -> Provenance:
        if not self.own:
            return Provenance()
        desc = self.first(self.file_desc, "t:sourceDesc")
        values: dict[str, Any] = self.source_file(self.first(desc, "t:bibl[@type='file']"))
        witnesses = self.all(self.take(self.first(desc, "t:listWit")), "t:witness")
        values["renditions"] = [w for w in map(self.witness, witnesses) if w is not None]
        fields = self.all(self.take(self.first(desc, "t:list[@type='fields']")), "t:item")
        values["fields"] = {self.text(item): rendition_of(item.get("source")) for item in fields}
        values.update(self.encoding())
        return self.valid(Provenance, values, self.header) or Provenance()

    def source_file(self, bibl: etree._Element | None) -> dict[str, Any]:
        self.take(bibl)
        values: dict[str, Any] = {}
        for child in self.children(bibl) if bibl is not None else ():
            key = {"name": "source", "note": "encoding"}.get(local(child), child.get("type"))
            if key in ("source", "sha256", "format", "encoding"):
                values[key] = self.text(child)
        return values

    def witness(self, witness: etree._Element) -> RenditionInfo | None:
        self.take(witness)
        lines = _LINES.fullmatch(witness.get("n") or "")
        values: dict[str, Any] = {"id": rendition_of("#" + (witness.get(XML_ID) or ""))}
        if lines:
            values.update(start_line=int(lines.group(1)), end_line=int(lines.group(2)))
        for label in self.all(witness, "t:label"):
            key = {"kind": "kind", "name": "label"}.get(label.get("type") or "")
            if key:
                values[key] = self.text(label) or (None if key == "label" else "")
        valid: RenditionInfo | None = self.valid(RenditionInfo, values, witness)
        return valid

    def encoding(self) -> dict[str, Any]:
        encoding = self.take(self.first(self.header, "t:encodingDesc"))
        values: dict[str, Any] = {}
        app_info = self.take(self.first(encoding, "t:appInfo"))
        application = self.first(app_info, f"t:application[@ident='{APPLICATION}']")
        if application is not None:
            self.take_all(application)
            version = self.first(application, "t:label[@type='unicodeVersion']")
            values["unicode_version"] = self.text(version) if version is not None else None
        declared = self.take(self.first(encoding, "t:charDecl"))
        if declared is not None:
            self.take_all(declared)
        decl = self.take(self.first(encoding, "t:editorialDecl"))
        normalization = self.take(self.first(decl, "t:normalization"))
        for p in self.all(normalization, "t:p"):
            self.take_all(p)
        items = self.all(normalization, "t:p/t:list[@type='changes']/t:item")
        values["changes"] = [c for c in map(self.change, items) if c is not None]
        return values

    def change(self, item: etree._Element) -> Change | None:
        label, orig, reg = (self.first(item, p) for p in ("t:label", ".//t:orig", ".//t:reg"))
        position = parse_position(item.get("n")) or (None, None)
        values = {
            "code": self.text(label) if label is not None else "",
            "rendition": rendition_of(item.get("source")),
            "line": position[0],
            "column": position[1],
            "before": self.text(orig) if orig is not None else "",
            "after": self.text(reg) if reg is not None else "",
        }
        valid: Change | None = self.valid(Change, values, item)
        return valid
