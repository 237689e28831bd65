"""The committed .docx fixtures: regenerated identically, and read back to their known content."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import unarchive
from unarchive.readers import sniff

ROOT = Path(__file__).resolve().parent.parent
DOCX = ROOT / "samples" / "docx"
NAMES = sorted(path.stem for path in DOCX.glob("*.docx") if not path.stem.startswith("lo-"))


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(DOCX))
    spec = importlib.util.spec_from_file_location(name, DOCX / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def known(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((DOCX / f"{name}.json").read_text(encoding="utf-8"))
    return data


def test_there_are_arabic_and_english_fixtures() -> None:
    assert "ar-seed-letter" in NAMES
    assert len([n for n in NAMES if n.startswith("en-")]) >= 3


def test_fixtures_are_what_the_script_writes() -> None:
    outputs = _load("make_fixtures").outputs()
    stale = [str(p) for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
    assert stale == [], "run: python samples/docx/make_fixtures.py"


@pytest.mark.parametrize("name", NAMES)
def test_lines_pages_and_styles(name: str) -> None:
    parsed = unarchive.parse(DOCX / f"{name}.docx")
    (rendition,) = parsed.renditions
    assert (rendition.id, rendition.kind) == ("r1", "docx")
    got = [[line.text, line.page, line.style] for line in rendition.lines]
    assert got == known(name)["lines"]
    assert [line.number for line in rendition.lines] == list(range(1, len(got) + 1))
    assert parsed.text == "\n".join(line.text for line in rendition.lines)


@pytest.mark.parametrize("name", NAMES)
def test_masthead_from_fields_headers_and_footers(name: str) -> None:
    parsed = unarchive.parse(DOCX / f"{name}.docx")
    meta = parsed.letter.metadata
    variables = known(name)["variables"]
    assert isinstance(variables, dict)
    symbols = [variables[k] for k in sorted(variables) if k.startswith("sss")]
    assert meta.symbol == symbols[0]
    assert list(meta.additional_symbols) == symbols[1:]
    assert meta.job_number == variables["FooterJN"]
    header = known(name)["header"]
    assert isinstance(header, list)
    assert meta.organ == header[1 + len(symbols)]  # organisation, symbols, then the organ
    assert meta.distribution == "General"
    letter = known(name)["letter"]
    assert isinstance(letter, dict)
    assert str(meta.issue_date) == letter["issue_date"]
    assert meta.original_language in {"English", "Spanish"}
    assert parsed.letter.provenance.fields["symbol"] == "r1"
    assert parsed.letter.provenance.format == "docx"


@pytest.mark.parametrize("name", NAMES)
def test_headers_footers_and_field_codes_stay_out_of_the_body(name: str) -> None:
    parsed = unarchive.parse(DOCX / f"{name}.docx")
    body = parsed.text
    for furniture in ("Distr.: General", "Original:", "DOCVARIABLE", "MERGEFORMAT", "FooterJN"):
        assert furniture not in body
    job = parsed.letter.metadata.job_number
    assert job is not None and job not in body


def test_revisions_footnotes_and_hyphens() -> None:
    parsed = unarchive.parse(DOCX / "en-india-2011.docx")
    text = parsed.text
    assert "attached concept paper" in text and "enclosed" not in text
    assert "27\u2011fold" in text
    # The file has a footnote; it is not a line of the body (the model has no place for it).
    assert "See Article 1" not in text and "Organization. It consumes" in text


def test_arabic_lines_are_the_seed_word_rendition() -> None:
    seed = (ROOT / "samples/letters/ar-text-seed-two-renditions/input.txt").read_text("utf-8")
    word = seed.splitlines()[171:192]
    lines = [
        line.text for line in unarchive.parse(DOCX / "ar-seed-letter.docx").renditions[0].lines
    ]
    # The seed's Word text lost the break between the name and the title; the file keeps it.
    assert lines[3] + lines[4] == word[1]
    assert lines[2] == word[0] and lines[5:] == word[2:]


def test_sniffed_as_docx_whatever_the_name() -> None:
    data = (DOCX / "en-norway-two-annexes.docx").read_bytes()
    assert sniff(data, ".txt") == "docx"
    assert unarchive.parse(data, name="letter.bin").letter.metadata.symbol == "S/2019/231"


@pytest.mark.parametrize("name", ["en-india-2011", "ar-seed-letter"])
def test_libreoffice_output_reads_the_same_text_and_masthead(name: str) -> None:
    """A real writer's file (LibreOffice's own WordprocessingML, different part names)."""
    ours = unarchive.parse(DOCX / f"{name}.docx")
    theirs = unarchive.parse(DOCX / f"lo-{name}.docx")
    assert [line.text for line in theirs.renditions[0].lines] == [
        line.text for line in ours.renditions[0].lines
    ]
    assert theirs.letter.metadata == ours.letter.metadata


@pytest.mark.parametrize("name", NAMES)
def test_a_word_letter_round_trips_through_json(name: str) -> None:
    letter = unarchive.parse(DOCX / f"{name}.docx").letter
    again = unarchive.parse(unarchive.export(letter, "json"), format="json").letter
    assert again == letter
