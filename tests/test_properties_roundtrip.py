"""Properties: every Letter survives JSON and TEI exactly; no bytes make a reader crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.strategies import letters
from unarchive.findings import UnreadableInput
from unarchive.model import Letter
from unarchive.parsed import Parsed
from unarchive.pipeline import parse
from unarchive.readers import json as json_reader
from unarchive.readers import tei as tei_reader
from unarchive.writers import json as json_writer
from unarchive.writers import tei as tei_writer
from unarchive.xml import SCHEMAS, relaxng


@given(letters())
def test_json_round_trip_is_exact(letter: Letter) -> None:
    parsed = json_reader.loads(json_writer.dumps(letter), "x.json")
    assert parsed.findings == []
    assert parsed.letter == letter


@given(letters())
def test_tei_round_trip_is_exact(letter: Letter) -> None:
    parsed = tei_reader.loads(tei_writer.dumps(letter), "x.xml")
    assert parsed.findings == []
    assert parsed.letter == letter


@given(letters())
def test_tei_is_valid_against_the_project_schema_and_tei_p5(letter: Letter) -> None:
    tree = etree.ElementTree(etree.fromstring(tei_writer.dumps(letter)))
    own = relaxng(SCHEMAS / "unarchive-tei.rng")
    pruned = relaxng(SCHEMAS / "tei_all-4.12.0-pruned.rng")
    assert own.validate(tree), own.error_log
    assert pruned.validate(tree), pruned.error_log


@given(letters())
def test_tei_carries_no_bidi_controls(letter: Letter) -> None:
    text = tei_writer.dumps(letter).decode("utf-8")
    assert not set(text) & set(
        "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    )


@given(letters())
def test_json_through_tei_and_back_through_parse(letter: Letter) -> None:
    """What `convert X.json --to tei` then `convert X.xml --to json` does, via parse()."""
    as_tei = parse(json_writer.dumps(letter), format="json").letter
    back = parse(tei_writer.dumps(as_tei), format="tei").letter
    assert json_writer.dumps(back) == json_writer.dumps(letter)


def _never_crashes(data: bytes, format: str) -> None:
    try:
        parsed = parse(data, format=format)
    except UnreadableInput as error:
        assert error.reason
    else:
        assert isinstance(parsed, Parsed)


@settings(max_examples=150)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_as_tei_or_json_give_findings_or_unreadable(data: bytes) -> None:
    _never_crashes(data, "tei")
    _never_crashes(data, "json")


_TEI_SHAPES = st.sampled_from(
    [
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0">',
        b"<teiHeader>",
        b"<fileDesc>",
        b"<text>",
        b"<body>",
        b'<div type="letter">',
        b'<div type="annex">',
        b"<p>",
        b"</p>",
        b"</div>",
        b'<g ref="#U200F"/>',
        b'<p source="#wit-r1" n="0:1-2:3">',
        b'<correspAction type="sent">',
        b'<date when="2011-02-30"/>',
        b"\xd9\x8a\xd8\xb4",
        b"&amp;",
        b"</text></TEI>",
    ]
)


@settings(max_examples=150)
@given(st.lists(_TEI_SHAPES, max_size=25).map(b"".join))
def test_tei_shaped_garbage_never_crashes(data: bytes) -> None:
    _never_crashes(data, "tei")


@settings(max_examples=60)
@given(letters(), st.data())
def test_mutilated_own_tei_never_crashes(letter: Letter, data: st.DataObject) -> None:
    encoded = tei_writer.dumps(letter)
    cut = data.draw(st.integers(0, len(encoded)))
    drop = data.draw(st.integers(0, 40))
    _never_crashes(encoded[:cut] + encoded[cut + drop :], "tei")
