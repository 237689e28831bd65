"""From a path or bytes to a ``Parsed`` document: the reader its format names, then the grammar.

``parse`` reads the file within ``Options.max_bytes``, picks the reader by
content (``readers.sniff``), and records the source, sha256 and format in the
Letter's provenance (TEI and JSON carry their own provenance and keep it).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from unarchive.findings import UnreadableInput
from unarchive.options import Options
from unarchive.parsed import Parsed
from unarchive.readers import READERS, SELF_DESCRIBING, load_reader, sniff


def parse(
    source: str | os.PathLike[str] | bytes,
    *,
    format: str | None = None,
    options: Options | None = None,
    name: str | None = None,
) -> Parsed:
    """Read a document from a path or from bytes.

    Raises ``UnreadableInput`` when nothing can be read, ``UnknownFormat`` for an
    unknown format name. Content problems are findings in ``Parsed.findings``.
    """
    options = options or Options()
    if isinstance(source, bytes):
        data, label, suffix = source, name or "<bytes>", ""
    else:
        path = Path(source)
        data, label, suffix = _read(path, options), name or text_name(source), path.suffix
    chosen = format or sniff(data, suffix)
    if chosen not in READERS:
        raise UnreadableInput(f"{chosen} input is not supported by this version of unarchive")
    parsed = load_reader(chosen)(data, label, options)
    if chosen in SELF_DESCRIBING:
        return parsed
    provenance = parsed.letter.provenance.model_copy(
        update={"sha256": hashlib.sha256(data).hexdigest(), "format": chosen, "source": label}
    )
    parsed.letter = parsed.letter.model_copy(update={"provenance": provenance})
    return parsed


def text_name(path: str | os.PathLike[str]) -> str:
    """The name a Letter records as its source: file-name bytes that are not UTF-8 as ``\\xNN``.

    A UTF-8 name (Arabic included) comes back unchanged. Reports keep the exact
    bytes of every name; the Letter is exported as UTF-8 JSON and XML, which
    cannot carry undecodable bytes raw.
    """
    decoded = os.fsdecode(path)
    return decoded.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _read(path: Path, options: Options) -> bytes:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise UnreadableInput(
                f"file is {size:,} bytes, over the limit of {options.max_bytes:,} bytes"
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise UnreadableInput("is a directory, not a document") from None
    except FileNotFoundError:
        raise UnreadableInput("no such file") from None
    except PermissionError:
        raise UnreadableInput("permission denied") from None
    except OSError as error:
        raise UnreadableInput(f"cannot be read: {error.strerror or error}") from None
