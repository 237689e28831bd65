"""The project TEI schema describes what the writer writes, and is a strict subset of tei_all."""

from __future__ import annotations

import copy
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.conftest import SAMPLES, TEI_ALL
from tests.strategies import letters
from unarchive.model import Letter
from unarchive.tei_conventions import TEI_NS, XML_ID, rendition_of
from unarchive.writers import tei as tei_writer
from unarchive.xml import SCHEMAS, relaxng

OWN = SCHEMAS / "unarchive-tei.rng"
PRUNED = SCHEMAS / "tei_all-4.12.0-pruned.rng"
NS = {"t": TEI_NS}


def _tree(letter: Letter) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(tei_writer.dumps(letter)))


def _mutate(tree: etree._ElementTree, rng: random.Random) -> None:
    """One random edit: drop, copy or move an element, or drop or change an attribute."""
    elements = [e for e in tree.getroot().iter() if isinstance(e.tag, str)][1:]
    target = rng.choice(elements)
    parent = target.getparent()
    assert parent is not None
    action = rng.randrange(5)
    if action == 0:
        parent.remove(target)
    elif action == 1:
        parent.insert(parent.index(target), _copy(target))
    elif action == 2:
        rng.choice(elements).append(_copy(target))
    elif target.attrib:
        name = rng.choice(sorted(target.attrib))
        if action == 3:
            del target.attrib[name]
        else:
            target.set(name, rng.choice(["", "x y", "#wit-", "2011-02-30", "und", "1:2-3:4 p.0"]))


def _copy(element: etree._Element) -> etree._Element:
    copied = copy.deepcopy(element)
    copied.tail = None
    return copied


@settings(max_examples=60)
@given(letters(), st.randoms(use_true_random=False))
def test_whatever_the_project_schema_accepts_tei_p5_accepts(
    letter: Letter, rng: random.Random
) -> None:
    """Mutated documents: valid against unarchive-tei.rng implies valid against (pruned) tei_all."""
    own, pruned = relaxng(OWN), relaxng(PRUNED)
    for _ in range(5):
        tree = _tree(letter)
        _mutate(tree, rng)
        if own.validate(tree):
            assert pruned.validate(tree), (pruned.error_log, etree.tostring(tree))


@settings(max_examples=30)
@given(letters())
def test_every_rendition_is_a_witness_and_every_span_points_at_one(letter: Letter) -> None:
    root = _tree(letter).getroot()
    witnesses = root.findall(".//t:sourceDesc/t:listWit/t:witness", NS)
    assert [rendition_of("#" + (w.get(XML_ID) or "")) for w in witnesses] == [
        r.id for r in letter.provenance.renditions
    ]
    # Every @n in the text is a span label, but a note's, which is its mark.
    spans = root.xpath(".//t:text//*[@n][not(self::t:note)]", namespaces=NS)
    pointers = [p.get("source") for p in spans]
    assert all(rendition_of(p) is not None for p in pointers)


def test_the_writer_puts_the_contract_elements_where_design_says() -> None:
    data = (SAMPLES / "tei" / "ar-seed-letter" / "input.xml").read_bytes()
    root = etree.fromstring(data)
    for path in (
        "t:teiHeader/t:fileDesc/t:titleStmt/t:title",
        "t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl[@type='file']/t:name",
        "t:teiHeader/t:fileDesc/t:sourceDesc/t:listWit/t:witness",
        "t:teiHeader/t:profileDesc/t:langUsage/t:language[@ident='ar']",
        "t:teiHeader/t:profileDesc/t:correspDesc/t:correspAction[@type='sent']/t:date[@when]",
        "t:teiHeader/t:encodingDesc/t:editorialDecl/t:normalization",
        "t:text[@xml:lang='ar']/t:body/t:div[@type='letter']/t:opener/t:dateline",
        "t:text/t:body/t:div[@type='letter']/t:closer/t:signed",
        "t:text/t:back/t:div[@type='annex']/t:p",
    ):
        clark = path.replace("@xml:lang", "@{http://www.w3.org/XML/1998/namespace}lang")
        assert root.find(clark, NS) is not None, path


@pytest.mark.slow
@settings(max_examples=25)
@given(letters())
def test_generated_tei_is_valid_against_the_full_tei_all(
    tei_all: etree.RelaxNG, letter: Letter
) -> None:
    assert tei_all.validate(_tree(letter)), tei_all.error_log


def _jing(schema: Path, files: list[Path]) -> set[str]:
    """The files jing finds invalid (jing prints one `file:line:col: error: …` per error)."""
    jing = shutil.which("jing")
    assert jing, "jing is required (apt-get install -y jing)"
    run = subprocess.run(
        [jing, str(schema), *map(str, files)], capture_output=True, text=True, timeout=300
    )
    return {line.split(":", 1)[0] for line in run.stdout.splitlines() if ": error:" in line}


def _generated(count: int) -> list[Letter]:
    found: list[Letter] = []

    @settings(max_examples=count, database=None, derandomize=True)
    @given(letters())
    def collect(letter: Letter) -> None:
        found.append(letter)

    collect()
    return found


def _reparses(tree: etree._ElementTree) -> bool:
    try:
        etree.fromstring(etree.tostring(tree))
    except etree.XMLSyntaxError:
        return False
    return True


@pytest.mark.slow
def test_lxml_and_jing_agree_on_samples_and_generated_documents(
    tei_all: etree.RelaxNG, tmp_path: Path
) -> None:
    files = sorted(SAMPLES.glob("tei/*/input.xml"))
    rng = random.Random(20260729)
    for number, letter in enumerate(_generated(15)):
        tree = _tree(letter)
        if number % 3 == 2:
            _mutate(tree, rng)
            if not _reparses(tree):  # e.g. a copied xml:id: not even well-formed any more
                tree = _tree(letter)
        path = tmp_path / f"generated-{number}.xml"
        tree.write(str(path), encoding="UTF-8", xml_declaration=True)
        files.append(path)
    for schema_path, schema in ((TEI_ALL, tei_all), (OWN, relaxng(OWN))):
        by_jing = _jing(schema_path, files)
        by_lxml = {str(f) for f in files if not schema.validate(etree.parse(str(f)))}
        assert by_jing == by_lxml, schema_path.name
        assert len(by_lxml) < len(files)  # the comparison is not vacuous
