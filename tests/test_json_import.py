"""The JSON reader: version first (J002), then the schema (J001) with paths and lines."""

from __future__ import annotations

import json

import pytest

from tests.conftest import UPDATE_GOLDENS
from unarchive.findings import UnreadableInput
from unarchive.model import Letter, Metadata
from unarchive.pipeline import parse
from unarchive.readers import json as json_reader
from unarchive.readers import sniff
from unarchive.readers.json_locate import locate
from unarchive.writers import json as json_writer


def _codes(data: bytes) -> list[str]:
    return [f.code for f in json_reader.loads(data, "x.json").findings]


def test_document_schema_file_is_current() -> None:
    expected = json_writer.document_schema()
    if UPDATE_GOLDENS:
        json_writer.SCHEMA_FILE.write_bytes(expected)
    assert json_writer.SCHEMA_FILE.read_bytes() == expected, "run with UNARCHIVE_UPDATE_GOLDENS=1"


@pytest.mark.parametrize(
    ("version", "named"),
    [('"2.0"', "'2.0'"), ("1.0", "1.0"), ("null", "null"), ('"0.9-beta"', "'0.9-beta'")],
)
def test_unknown_schema_version_is_j002_naming_both_versions(version: str, named: str) -> None:
    data = f'{{"schema_version": {version}, "metadata": {{"symbol": 5}}}}'.encode()
    (finding,) = json_reader.loads(data, "x.json").findings
    assert finding.code == "J002"
    assert named in finding.message and "'1.0'" in finding.message
    assert (finding.location.line, finding.location.column) == (1, 20)


def test_missing_schema_version_is_j002() -> None:
    (finding,) = json_reader.loads(b'{"metadata": {}}', "x.json").findings
    assert finding.code == "J002" and "no schema_version" in finding.message


def test_each_schema_error_is_one_j001_with_its_path_line_and_column() -> None:
    data = b'{"schema_version": "1.0",\n "metadata": {\n  "date": "5 August 2011",\n  "title": ""}}'
    findings = json_reader.loads(data, "x.json").findings
    assert [(f.code, f.location.line, f.location.column) for f in findings] == [
        ("J001", 3, 11),
        ("J001", 4, 12),
    ]
    assert findings[0].message.startswith("metadata.date:")
    assert findings[1].message.startswith("metadata.title:")


def test_strings_are_not_taken_for_numbers() -> None:
    span = (
        '{"rendition": "r1", "start_line": "3", "start_column": 1, "end_line": 3, "end_column": 2}'
    )
    paragraph = f'{{"text": "a", "source": {span}}}'
    data = f'{{"schema_version": "1.0", "letter": {{"paragraphs": [{paragraph}]}}}}'
    (finding,) = json_reader.loads(data.encode(), "x.json").findings
    assert finding.message.startswith("letter.paragraphs.0.source.start_line:")


def test_a_key_given_twice_is_reported() -> None:
    data = b'{"schema_version": "1.0", "metadata": {"symbol": "S/1", "symbol": "S/2"}}'
    parsed = json_reader.loads(data, "x.json")
    assert [f.code for f in parsed.findings] == ["J001"]
    assert "'symbol' appears twice" in parsed.findings[0].message
    assert parsed.letter.metadata.symbol == "S/2"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32-le"])
def test_bom_and_utf16_json_are_read(encoding: str) -> None:
    letter = Letter(metadata=Metadata(title="رسالة مؤرخة"))
    data = json_writer.dumps(letter).decode("utf-8").encode(encoding)
    assert json_reader.loads(data).letter == letter


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n",
        b"\xff\xfe\xfa",
        b"{not json",
        b"[1, 2]",
        b'"schema_version"',
        b'{"schema_version": "1.0", "metadata": ' + b"1" * 5000 + b"}",
        b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"schema_version": "1.0"',
    ],
)
def test_what_is_not_json_is_unreadable(data: bytes) -> None:
    with pytest.raises(UnreadableInput) as raised:
        json_reader.loads(data, "x.json")
    assert raised.value.reason


def test_truncated_json_names_where_it_stops() -> None:
    with pytest.raises(UnreadableInput, match="line 2, column"):
        json_reader.loads(b'{"schema_version": "1.0",\n "metadata": {', "x.json")


def test_locate_follows_objects_and_arrays() -> None:
    text = '{"a": [10, {"b": "x"}],\n "c": {"d": [1, 2, 3]}}'
    assert locate(text, ("a", 1, "b")) == (1, 18)
    assert locate(text, ("c", "d", 2)) == (2, 20)
    assert locate(text, ("c", "missing")) == (2, 7)
    assert locate(text, ()) == (1, 1)
    assert locate("{broken", ("a",)) == (None, None)


def test_json_round_trip_keeps_null_for_absent_values() -> None:
    data = json.loads(json_writer.dumps(Letter()))
    assert data["metadata"]["symbol"] is None
    assert data["metadata"]["signatory"] == {"name": None, "title": None}

    def strings(value: object) -> list[object]:
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return [value]

    assert "" not in strings(data)


def test_json_is_sniffed_and_read_through_parse(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "letter.txt"
    path.write_bytes(json_writer.dumps(Letter(metadata=Metadata(symbol="S/2011/496"))))
    assert sniff(path.read_bytes(), ".txt") == "json"
    parsed = parse(path)
    assert parsed.letter.metadata.symbol == "S/2011/496"
    assert parsed.letter.provenance.format is None  # its own provenance, not the JSON file's
