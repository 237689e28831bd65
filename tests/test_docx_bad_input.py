"""Word files that cannot be read: each refused with UnreadableInput and a reason that says why."""

from __future__ import annotations

import hashlib
import io
import struct
import sys
import zipfile
from pathlib import Path

import pytest

import unarchive
from unarchive.findings import UnreadableInput
from unarchive.options import Options
from unarchive.readers import sniff

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples" / "docx"))

from wordml import Doc, Para, build, zip_parts  # noqa: E402

GOOD = build(Doc(body=[Para("Letter dated 5 August 2011 from India")]))
DOC = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'


def document(body: str, prolog: str = '<?xml version="1.0"?>') -> bytes:
    return zip_parts(
        {
            "[Content_Types].xml": "<Types/>",
            "word/document.xml": f"{prolog}{DOC}{body}</w:document>",
        }
    )


def refused(tmp_path: Path, data: bytes, name: str = "x.docx", **options: int) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableInput) as caught:
        unarchive.parse(path, options=Options(**options))  # type: ignore[arg-type]
    assert path.read_bytes() == data  # never modified
    return caught.value.reason


def test_a_good_file_reads(tmp_path: Path) -> None:
    path = tmp_path / "good.docx"
    path.write_bytes(GOOD)
    assert unarchive.parse(path).renditions[0].lines[0].text.startswith("Letter dated")


def test_zip_bomb_by_ratio_is_refused_before_inflating(tmp_path: Path) -> None:
    bomb = zip_parts({"word/document.xml": b"<a>" + b" " * (30 << 20) + b"</a>"})
    assert len(bomb) < 100_000
    assert "zip bomb" in refused(tmp_path, bomb)


def test_zip_bomb_by_declared_size_is_refused(tmp_path: Path) -> None:
    big = zip_parts({"word/document.xml": b"<a>" + b"x" * 300_000 + b"</a>"})
    reason = refused(tmp_path, big, max_inflated_bytes=200_000)
    assert "declares" in reason and "limit" in reason


def test_parts_adding_up_past_the_limit_are_refused(tmp_path: Path) -> None:
    filler = "".join(f"<w:p><w:r><w:t>{i:07d}</w:t></w:r></w:p>" for i in range(6000))
    doc = document(f"<w:body>{filler}</w:body>")
    assert "limit" in refused(tmp_path, doc, max_inflated_bytes=150_000)


def test_a_size_header_that_lies_is_caught(tmp_path: Path) -> None:
    data = bytearray(
        document("<w:body><w:p><w:r><w:t>" + "y" * 5000 + "</w:t></w:r></w:p></w:body>")
    )
    # Shrink the declared uncompressed size of word/document.xml in both headers.
    for magic, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(magic, start)) >= 0:
            name_at = start + (30 if magic == b"PK\x03\x04" else 46)
            if data[name_at : name_at + 17] == b"word/document.xml":
                data[start + offset : start + offset + 4] = struct.pack("<I", 100)
            start += 4
    assert "damaged" in refused(tmp_path, bytes(data))


def test_no_document_part(tmp_path: Path) -> None:
    data = zip_parts({"[Content_Types].xml": "<Types/>", "word/styles.xml": "<s/>"})
    assert "no word/document.xml" in refused(tmp_path, data)


def test_external_entity_is_refused_and_nothing_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    prolog = f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
    data = document("<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body>", prolog)
    reason = refused(tmp_path, data)
    assert "DTD" in reason and "TOP-SECRET" not in reason


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    prolog = f'<?xml version="1.0"?><!-- c --><!DOCTYPE w:document [{entities}]>'
    data = document("<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body>", prolog)
    assert "DTD" in refused(tmp_path, data)


def test_malformed_xml(tmp_path: Path) -> None:
    data = document("<w:body><w:p></w:body>")
    assert "not well-formed" in refused(tmp_path, data)


def ole2(*streams: str) -> bytes:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = b"".join(s.encode("utf-16-le").ljust(128, b"\0") for s in streams)
    return header + directory


def test_password_protected_docx(tmp_path: Path) -> None:
    data = ole2("Root Entry", "EncryptionInfo", "EncryptedPackage")
    assert sniff(data, ".docx") == "docx"
    assert "password-protected" in refused(tmp_path, data)


def test_old_binary_doc(tmp_path: Path) -> None:
    data = ole2("Root Entry", "WordDocument", "1Table")
    assert sniff(data, ".doc") == "docx"
    assert ".doc" in refused(tmp_path, data, name="old.doc")


def test_a_zip_that_is_not_word_is_not_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office/>")
    data = buffer.getvalue()
    assert sniff(data, ".zip") == "zip"
    assert "not supported" in refused(tmp_path, data, name="x.zip")


def test_truncated_docx(tmp_path: Path) -> None:
    data = GOOD[: len(GOOD) // 2]
    assert sniff(data, "") == "docx"  # the first entry still says Word
    assert "damaged or truncated" in refused(tmp_path, data)


def test_refusals_leave_the_input_alone(tmp_path: Path) -> None:
    data = ole2("Root Entry", "EncryptionInfo")
    before = hashlib.sha256(data).hexdigest()
    refused(tmp_path, data)
    assert hashlib.sha256((tmp_path / "x.docx").read_bytes()).hexdigest() == before


def test_strict_open_xml_is_named(tmp_path: Path) -> None:
    strict = '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">'
    data = zip_parts({"word/document.xml": f"{strict}<w:body/></w:document>"})
    assert "Strict Open XML" in refused(tmp_path, data)


def test_the_time_limit_holds(tmp_path: Path) -> None:
    data = build(Doc(body=[Para(f"paragraph {i}") for i in range(50)]))
    assert "time limit" in refused(tmp_path, data, timeout=0)


def test_a_package_relationship_to_a_missing_body(tmp_path: Path) -> None:
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="/word/gone.xml" Type="http://schemas.openxml'
        'formats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
    )
    data = zip_parts({"_rels/.rels": rels, "word/document.xml": "<x/>"})
    assert "no word/gone.xml" in refused(tmp_path, data)


def test_a_part_never_read_is_never_judged(tmp_path: Path) -> None:
    # A blank bitmap compresses a thousand times; it is not read, so it is no bomb.
    parts: dict[str, str | bytes] = {"word/media/image1.bmp": bytes(30 << 20)}
    with zipfile.ZipFile(io.BytesIO(GOOD)) as source:
        parts.update({name: source.read(name) for name in source.namelist()})
    path = tmp_path / "picture.docx"
    path.write_bytes(zip_parts(parts))
    assert unarchive.parse(path).renditions[0].lines[0].text.startswith("Letter dated")


def test_the_inflate_budget_is_not_the_file_size_limit(tmp_path: Path) -> None:
    # A small .docx whose XML inflates past the file-size limit is still a Word file.
    filler = "".join(f"<w:p><w:r><w:t>{i:07d}</w:t></w:r></w:p>" for i in range(6000))
    doc = document(f"<w:body>{filler}</w:body>")
    path = tmp_path / "small-but-wordy.docx"
    path.write_bytes(doc)
    limit = len(doc) + 1
    parsed = unarchive.parse(path, options=Options(max_bytes=limit))
    assert parsed.renditions[0].lines[-1].text == "0005999"
    assert "over the limit" in refused(tmp_path, doc, max_bytes=len(doc) - 1)
