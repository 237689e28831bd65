"""Opening a Word file safely: what the bytes are, and ZIP parts read under a size cap.

A ``.docx`` is a ZIP of XML parts. The entry count is checked first; each
part that is read is checked before it is inflated (declared size, compression
ratio) and then streamed through a reader that charges every byte to one
budget for the whole file, whatever the headers claimed: a zip bomb is refused,
never inflated, and parts never read (images) are never judged. Files that
are not ZIPs but look like Word (an old binary ``.doc``, a password-protected
``.docx``, both OLE2 compound files) are refused with a reason that says so.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from unarchive.findings import UnreadableInput

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
DOCUMENT_PART = "word/document.xml"
PACKAGE_RELS = "_rels/.rels"
PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORD_MAIN_TYPE = b"wordprocessingml.document.main+xml"

MAX_ENTRIES = 10_000
# Deflate can reach ~1000:1 on repetitive input; real Word XML stays well below 100:1.
MAX_RATIO = 200
RATIO_FLOOR = 1 << 20  # parts smaller than 1 MiB are never refused for their ratio


def refuse_ole2(data: bytes) -> None:
    """Raise the reason an OLE2 compound file cannot be read as a ``.docx``."""
    if not data.startswith(OLE2_MAGIC):
        return
    # Directory entry names are UTF-16LE; an encrypted OOXML package keeps the
    # real document in "EncryptedPackage", described by "EncryptionInfo".
    if "EncryptionInfo".encode("utf-16-le") in data:
        raise UnreadableInput(
            "password-protected (encrypted) Word file: remove the password and save it again"
        )
    if "WordDocument".encode("utf-16-le") in data:
        raise UnreadableInput(
            "old binary Word .doc file (OLE2), not a .docx: save it as .docx and try again"
        )
    raise UnreadableInput("an OLE2 compound file (not a Word .docx)")


def is_docx(data: bytes) -> bool:
    """True if ``data`` is a ZIP that holds a WordprocessingML document (central directory only)."""
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if DOCUMENT_PART in names:
                return True
            package = "[Content_Types].xml" in names or PACKAGE_RELS in names
            return package and any(n.startswith("word/") for n in names)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        # A damaged ZIP: trust the name of its first entry, which Word writes first.
        return _first_entry_name(data) in {"[Content_Types].xml", DOCUMENT_PART}


def _first_entry_name(data: bytes) -> str:
    if len(data) < 30:
        return ""
    length = int.from_bytes(data[26:28], "little")
    return data[30 : 30 + length].decode("cp437", "replace")


class DocxArchive:
    """A ``.docx`` whose directory passed the limits; parts are read with ``open_part``."""

    def __init__(self, data: bytes, max_bytes: int) -> None:
        refuse_ole2(data)
        if not data.startswith(ZIP_MAGIC):
            raise UnreadableInput("not a ZIP archive, so not a .docx")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise UnreadableInput(f"damaged or truncated .docx (ZIP): {error}") from None
        self.max_bytes = max_bytes
        self._budget = max_bytes
        self._check_directory()
        self.document = self._main_part()

    def _main_part(self) -> str:
        """The body part: the package's officeDocument relationship says, else the usual name."""
        main = DOCUMENT_PART
        if self.has(PACKAGE_RELS):
            from unarchive.xml import parse_xml  # lxml only when a ZIP is opened

            root = parse_xml(self.read_part(PACKAGE_RELS), PACKAGE_RELS).getroot()
            for rel in root.iter(f"{{{PACKAGE_REL_NS}}}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument") and rel.get("Target"):
                    main = rel.get("Target", "").lstrip("/")
                    break
        if not self.has(main):
            raise UnreadableInput(f"no {main} inside: not a Word document, or damaged")
        return main

    def rels_of(self, part: str) -> str:
        """Where a part's relationships live: ``word/_rels/document.xml.rels``."""
        folder, _, name = part.rpartition("/")
        return f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"

    def _check_directory(self) -> None:
        count = len(self._zip.infolist())
        if count > MAX_ENTRIES:
            raise UnreadableInput(f".docx has {count:,} ZIP entries (limit {MAX_ENTRIES:,})")

    def _check_entry(self, info: zipfile.ZipInfo) -> None:
        """Refuse a part before inflating it; parts never read (images) are never judged."""
        if info.flag_bits & 0x1:
            raise UnreadableInput(f"ZIP entry {info.filename} is encrypted")
        if info.file_size > self.max_bytes:
            raise UnreadableInput(
                f"ZIP entry {info.filename} declares {info.file_size:,} bytes uncompressed, "
                f"over the limit of {self.max_bytes:,} (zip bomb?)"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise UnreadableInput(
                f"ZIP entry {info.filename} inflates {ratio:,.0f} times (limit {MAX_RATIO}): "
                "refused as a zip bomb"
            )

    def names(self) -> list[str]:
        return self._zip.namelist()

    def has(self, name: str) -> bool:
        return name in set(self._zip.namelist())

    @contextmanager
    def open_part(self, name: str) -> Iterator[io.BufferedReader[_CappedReader]]:
        """A stream of one part that raises ``UnreadableInput`` past the remaining byte budget.

        The budget is shared by all parts read, so many small parts cannot add
        up to a bomb either.
        """
        try:
            self._check_entry(self._zip.getinfo(name))
            raw = self._zip.open(name)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, KeyError) as error:
            raise UnreadableInput(f"cannot open {name} in the .docx: {error}") from None
        capped = io.BufferedReader(_CappedReader(raw, self, name), buffer_size=64 * 1024)
        try:
            yield capped
        except (zipfile.BadZipFile, EOFError, OSError) as error:
            raise UnreadableInput(f"{name} in the .docx is damaged: {error}") from None
        finally:
            raw.close()

    def read_part(self, name: str) -> bytes:
        with self.open_part(name) as stream:
            return stream.read()

    def spend(self, count: int, name: str) -> None:
        self._budget -= count
        if self._budget < 0:
            raise UnreadableInput(
                f"{name} inflates past the limit of {self.max_bytes:,} bytes: refused as a zip bomb"
            )

    def close(self) -> None:
        self._zip.close()


class _CappedReader(io.RawIOBase):
    """A read-only stream over a ZIP member that charges every byte to the archive's budget."""

    def __init__(self, raw: IO[bytes], archive: DocxArchive, name: str) -> None:
        super().__init__()
        self._raw = raw
        self._archive = archive
        self._name = name

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        # Never ask for "everything": a lying header must not make us inflate it all at once.
        want = 64 * 1024 if size is None or size < 0 else min(size, 1 << 20)
        if size is None or size < 0:
            chunks = []
            while chunk := self._raw.read(want):
                self._archive.spend(len(chunk), self._name)
                chunks.append(chunk)
            return b"".join(chunks)
        chunk = self._raw.read(want)
        self._archive.spend(len(chunk), self._name)
        return chunk

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)
