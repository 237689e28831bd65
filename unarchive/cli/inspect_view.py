"""``unarchive inspect``: the metadata and parts found in one document, for a person."""

from __future__ import annotations

from typing import Any

from unarchive.document_report import DocumentReport
from unarchive.model import Paragraph


def _first_words(paragraph: Paragraph | None, words: int = 8) -> str | None:
    if paragraph is None:
        return None
    head = paragraph.text.split()
    return " ".join(head[:words]) + (" …" if len(head) > words else "")


def _origin(paragraph: Paragraph | None) -> str | None:
    if paragraph is None or paragraph.source is None:
        return None
    src = paragraph.source
    return f"{src.rendition} {src.start_line}:{src.start_column}"


def describe(report: DocumentReport) -> dict[str, Any]:
    assert report.parsed is not None
    letter = report.parsed.letter
    meta = letter.metadata.model_dump(mode="json")
    return {
        "path": report.path,
        "sha256": report.sha256,
        "format": letter.provenance.format,
        "encoding": letter.provenance.encoding,
        "renditions": [r.model_dump(mode="json") for r in letter.provenance.renditions],
        "metadata": meta,
        "taken_from": dict(letter.provenance.fields),
        "letter": {
            "paragraphs": [
                {"from": _origin(p), "starts": _first_words(p)} for p in letter.letter.paragraphs
            ],
            "signed": _first_words(letter.letter.signed),
        },
        "annexes": [
            {
                "heading": _first_words(a.heading),
                "title": a.title,
                "headings": [h.text.strip() for h in a.headings],
                "paragraphs": len(a.paragraphs),
                "from": sorted({p.source.rendition for p in a.paragraphs if p.source}),
            }
            for a in letter.annexes
        ],
        "notes": [
            {
                "n": note.n,
                "place": note.place,
                "cited_in": note.anchor.part if note.anchor else None,
                "starts": _first_words(Paragraph(text=note.text)),
            }
            for note in letter.notes
        ],
        "findings": len(report.findings),
    }


def render_text(view: dict[str, Any]) -> str:
    out = [f"{view['path']}  ({view['format']}, {view['encoding'] or 'n/a'})"]
    out.append(f"  sha256     {view['sha256']}")
    for r in view["renditions"]:
        out.append(f"  rendition  {r['id']}: {r['kind']}, lines {r['start_line']}–{r['end_line']}")
    meta = view["metadata"]
    signatory = meta.get("signatory") or {}
    for key in ("symbol", "date", "language", "title", "sender", "addressee"):
        out.append(f"  {key:<10} {_show(meta.get(key))}")
        if key == "symbol" and meta.get("additional_symbols"):
            out.append(f"  {'and':<10} {', '.join(meta['additional_symbols'])}")
    out.append(f"  signatory  {_show(signatory.get('name'))} — {_show(signatory.get('title'))}")
    for key in ("job_number", "organ", "issue_date"):
        if meta.get(key):
            out.append(f"  {key:<10} {meta[key]}")
    out.extend(f"  session    {_session(session)}" for session in meta.get("sessions") or [])
    letter = view["letter"]
    out.append(f"  letter     {len(letter['paragraphs'])} paragraphs")
    for p in letter["paragraphs"]:
        out.append(f"    [{p['from'] or 'no source span'}] {p['starts']}")
    out.append(f"  signed     {_show(letter['signed'])}")
    for number, annex in enumerate(view["annexes"], 1):
        out.append(f"  annex {number}    {_show(annex['title'])}")
        out.append(f"    heading    {_show(annex['heading'])}")
        for heading in annex["headings"]:
            out.append(f"    heading    {heading}")
        out.append(f"    paragraphs {annex['paragraphs']} (from {', '.join(annex['from']) or '-'})")
    for note in view.get("notes", []):
        where = note["cited_in"] or "not cited in a paragraph"
        out.append(f"  {note['place']}note {_show(note['n'])} [{where}] {note['starts']}")
    out.append(f"  findings   {view['findings']} (run 'unarchive validate' for details)")
    return "\n".join(out) + "\n"


def _session(session: dict[str, Any]) -> str:
    """'General Assembly, session 67, agenda item 22 (b): <title>' from a dumped Session."""
    parts = [session.get("organ") or "—"]
    parts += [f"{key} {session[key]}" for key in ("session", "year") if session.get(key)]
    items = session.get("agenda_items") or []
    if items:
        parts.append(f"agenda item{'s' if len(items) > 1 else ''} {', '.join(items)}")
    title = session.get("agenda_title")
    return ", ".join(parts) + (f": {title}" if title else "")


def _show(value: object) -> str:
    return "—" if value in (None, "", []) else str(value)
