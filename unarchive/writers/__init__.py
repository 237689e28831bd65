"""Writers: ``Letter -> bytes``, each with its reader ``bytes -> Parsed``.

To add a format: write ``writers/<fmt>.py`` with ``dumps(letter) -> bytes``
and ``loads(data, source, options) -> Parsed``, add one line here and its
reader to ``unarchive.readers.READERS``. Every writer has a reader, and a test
checks it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from unarchive.findings import UnknownFormat
from unarchive.model import Letter

Writer = Callable[[Letter], bytes]

# name -> (module with dumps/loads, file suffix)
WRITERS: dict[str, tuple[str, str]] = {
    "json": ("unarchive.writers.json", ".json"),
    "tei": ("unarchive.writers.tei", ".xml"),
}


def load_writer(name: str) -> Writer:
    try:
        module, _suffix = WRITERS[name]
    except KeyError:
        known = ", ".join(sorted(WRITERS))
        raise UnknownFormat(f"no exporter for {name!r}; known: {known}") from None
    dumps: Writer = import_module(module).dumps
    return dumps


def export(letter: Letter, format: str) -> bytes:
    return load_writer(format)(letter)


def suffix(format: str) -> str:
    return WRITERS[format][1]
