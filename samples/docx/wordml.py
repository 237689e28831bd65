"""A small WordprocessingML writer for test fixtures: known text in, a real-shaped ``.docx`` out.

Paragraph text uses a few markers for what Word stores as elements:
``\\t`` tab, ``\\n`` line break, ``\\f`` page break, ``\\x01`` a rendered page
break, ``\\u2011`` a non-breaking hyphen, ``{{INSTR|result}}`` a complex field
(``w:fldChar``), ``[[INSTR|result]]`` a simple field (``w:fldSimple``),
``^N`` a reference to footnote N (``^eN`` to endnote N, ``^*N`` to footnote N
with the custom mark "*"), ``~~text~~`` a deleted and ``++text++`` an
inserted revision. Text is cut into short runs, as Word does after editing,
so a reader must join runs. The ZIP is written with a fixed timestamp, so the
same spec always gives the same bytes.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
STAMP = (2011, 8, 8, 0, 0, 0)
TOKEN = re.compile(
    r"(\{\{.*?\}\}|\[\[.*?\]\]|~~.*?~~|\+\+.*?\+\+|\^[e*]?\d+|[\t\n\f\x01\u2011])", re.S
)


@dataclass
class Para:
    text: str
    style: str | None = None
    rtl: bool = False
    page_break_before: bool = False
    page: int = 1  # the page a reader should report (known content, not computed)


@dataclass
class Table:
    rows: list[list[list[Para]]]


@dataclass
class Doc:
    body: list[Para]
    header_first: list[Para | Table] = field(default_factory=list)
    header_default: list[Para | Table] = field(default_factory=list)
    footer_first: list[Para | Table] = field(default_factory=list)
    footer_default: list[Para | Table] = field(default_factory=list)
    doc_vars: dict[str, str] = field(default_factory=dict)
    footnotes: dict[str, list[Para]] = field(default_factory=dict)
    endnotes: dict[str, list[Para]] = field(default_factory=dict)


def shown(text: str) -> list[str]:
    """What a reader sees of marked-up text: its visual lines (split at line and page breaks)."""
    out = ""
    for token in TOKEN.split(text):
        if token.startswith(("{{", "[[")):
            out += token[2:-2].split("|", 1)[1]
        elif token.startswith("++"):
            out += token[2:-2]
        elif token.startswith("~~") or token == "\x01" or re.fullmatch(r"\^[e*]?\d+", token):
            continue
        else:
            out += token.replace("\f", "\n")
    return out.split("\n")


def _t(text: str, rtl: bool) -> str:
    props = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    # Cut into runs of at most 23 characters: readers must not assume one run per word.
    chunks = [text[i : i + 23] for i in range(0, len(text), 23)]
    return "".join(
        f'<w:r>{props}<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>' for chunk in chunks
    )


def _token(token: str, rtl: bool) -> str:
    special = {
        "\t": "<w:r><w:tab/></w:r>",
        "\n": "<w:r><w:br/></w:r>",
        "\f": '<w:r><w:br w:type="page"/></w:r>',
        "\x01": "<w:r><w:lastRenderedPageBreak/></w:r>",
        "\u2011": "<w:r><w:noBreakHyphen/></w:r>",
    }
    if token in special:
        return special[token]
    if token.startswith("{{"):
        instr, result = token[2:-2].split("|", 1)
        return (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{_t(result, rtl)}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    if token.startswith("[["):
        instr, result = token[2:-2].split("|", 1)
        return (
            f"<w:fldSimple w:instr={quoteattr(' ' + instr + ' ')}>{_t(result, rtl)}</w:fldSimple>"
        )
    if token.startswith("~~"):
        deleted = escape(token[2:-2])
        return (
            '<w:del w:id="90" w:author="ed" w:date="2011-08-05T00:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'
        )
    if token.startswith("++"):
        return f'<w:ins w:id="91" w:author="ed">{_t(token[2:-2], rtl)}</w:ins>'
    if token.startswith("^e"):
        return f'<w:r><w:endnoteReference w:id="{token[2:]}"/></w:r>'
    if token.startswith("^*"):
        return (
            f'<w:r><w:footnoteReference w:customMarkFollows="1" w:id="{token[2:]}"/>'
            "<w:t>*</w:t></w:r>"
        )
    if token.startswith("^"):
        return f'<w:r><w:footnoteReference w:id="{token[1:]}"/></w:r>'
    return _t(token, rtl)


def para_xml(para: Para) -> str:
    props = ""
    if para.style:
        props += f"<w:pStyle w:val={quoteattr(para.style)}/>"
    if para.page_break_before:
        props += "<w:pageBreakBefore/>"
    if para.rtl:
        props += '<w:bidi/><w:jc w:val="both"/>'
    runs = "".join(_token(token, para.rtl) for token in TOKEN.split(para.text) if token)
    # Word sprinkles proofing and bookmark marks between runs; readers must ignore them.
    noise = '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/>'
    return f'<w:p><w:pPr>{props}</w:pPr>{noise}{runs}<w:bookmarkEnd w:id="0"/></w:p>'


def blocks_xml(blocks: list[Para | Table]) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(para_xml(block))
            continue
        rows = "".join(
            "<w:tr>"
            + "".join("<w:tc>" + "".join(map(para_xml, cell)) + "</w:tc>" for cell in row)
            + "</w:tr>"
            for row in block.rows
        )
        out.append(f"<w:tbl><w:tblPr/><w:tblGrid/>{rows}</w:tbl>")
    return "".join(out)


def _root(tag: str, inner: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{inner}</w:{tag}>'
    )


def _section(doc: Doc) -> str:
    refs = ""
    for kind, rid in (("default", "rIdH1"), ("first", "rIdH3")):
        refs += f'<w:headerReference w:type="{kind}" r:id="{rid}"/>'
    for kind, rid in (("default", "rIdF1"), ("first", "rIdF3")):
        refs += f'<w:footerReference w:type="{kind}" r:id="{rid}"/>'
    return f'<w:sectPr>{refs}<w:pgSz w:w="12240" w:h="15840"/><w:titlePg/></w:sectPr>'


def build(doc: Doc) -> bytes:
    """The ``.docx`` bytes of ``doc``."""
    body = "".join(map(para_xml, doc.body)) + _section(doc)
    parts = {
        "[Content_Types].xml": _content_types(doc),
        "_rels/.rels": _rels([("rId1", "officeDocument", "word/document.xml")]),
        "word/document.xml": _root("document", f"<w:body>{body}</w:body>"),
        "word/_rels/document.xml.rels": _rels(_document_rels(doc)),
        "word/settings.xml": _root("settings", _doc_vars(doc.doc_vars)),
        "word/styles.xml": _root("styles", ""),
        "word/header1.xml": _root("hdr", blocks_xml(doc.header_default) or "<w:p/>"),
        "word/header3.xml": _root("hdr", blocks_xml(doc.header_first) or "<w:p/>"),
        "word/footer1.xml": _root("ftr", blocks_xml(doc.footer_default) or "<w:p/>"),
        "word/footer3.xml": _root("ftr", blocks_xml(doc.footer_first) or "<w:p/>"),
    }
    if doc.footnotes:
        parts["word/footnotes.xml"] = _root("footnotes", _footnotes(doc.footnotes))
    if doc.endnotes:
        parts["word/endnotes.xml"] = _root("endnotes", _footnotes(doc.endnotes, "endnote"))
    return zip_parts(parts)


def zip_parts(parts: dict[str, str | bytes]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            data = content.encode("utf-8") if isinstance(content, str) else content
            archive.writestr(info, data)
    return buffer.getvalue()


def _doc_vars(variables: dict[str, str]) -> str:
    if not variables:
        return ""
    items = "".join(
        f"<w:docVar w:name={quoteattr(k)} w:val={quoteattr(v)}/>" for k, v in variables.items()
    )
    return f"<w:docVars>{items}</w:docVars>"


def _footnotes(notes: dict[str, list[Para]], tag: str = "footnote") -> str:
    separators = (
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{tag}>"
    )
    ref = f"<w:r><w:{tag}Ref/></w:r>"
    return separators + "".join(
        f'<w:{tag} w:id="{nid}">'
        + "".join(
            para_xml(p).replace("<w:r>", ref + "<w:r>", 1 if i == 0 else 0)
            for i, p in enumerate(paras)
        )
        + f"</w:{tag}>"
        for nid, paras in notes.items()
    )


def _document_rels(doc: Doc) -> list[tuple[str, str, str]]:
    rels = [
        ("rIdS", "settings", "settings.xml"),
        ("rIdY", "styles", "styles.xml"),
        ("rIdH1", "header", "header1.xml"),
        ("rIdH3", "header", "header3.xml"),
        ("rIdF1", "footer", "footer1.xml"),
        ("rIdF3", "footer", "footer3.xml"),
    ]
    if doc.footnotes:
        rels.append(("rIdN", "footnotes", "footnotes.xml"))
    if doc.endnotes:
        rels.append(("rIdE", "endnotes", "endnotes.xml"))
    return rels


def _rels(rels: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{OFFICE_REL}/{kind}" Target="{target}"/>'
        for rid, kind, target in rels
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{PKG_REL}">{items}</Relationships>'
    )


def _content_types(doc: Doc) -> str:
    overrides = [
        ("/word/document.xml", f"{MAIN}.document.main+xml"),
        ("/word/settings.xml", f"{MAIN}.settings+xml"),
        ("/word/styles.xml", f"{MAIN}.styles+xml"),
        ("/word/header1.xml", f"{MAIN}.header+xml"),
        ("/word/header3.xml", f"{MAIN}.header+xml"),
        ("/word/footer1.xml", f"{MAIN}.footer+xml"),
        ("/word/footer3.xml", f"{MAIN}.footer+xml"),
    ]
    if doc.footnotes:
        overrides.append(("/word/footnotes.xml", f"{MAIN}.footnotes+xml"))
    if doc.endnotes:
        overrides.append(("/word/endnotes.xml", f"{MAIN}.endnotes+xml"))
    items = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    )
