"""Exporters: ``Letter -> bytes``, each with its reader ``bytes -> Parsed``.

To add a format: write ``exporters/<fmt>.py`` with ``dumps(letter) -> bytes``
and ``loads(data, source, options) -> Parsed``, add one line here and its
reader to ``unarchive.parsers.PARSERS``. Every writer has a reader, and a test
checks it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from unarchive.findings import UnknownFormat
from unarchive.model import Letter

Exporter = Callable[[Letter], bytes]

# name -> (module with dumps/loads, file suffix)
EXPORTERS: dict[str, tuple[str, str]] = {
    "json": ("unarchive.exporters.json", ".json"),
    "tei": ("unarchive.exporters.tei", ".xml"),
}


def load_exporter(name: str) -> Exporter:
    try:
        module, _suffix = EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise UnknownFormat(f"no exporter for {name!r}; known: {known}") from None
    dumps: Exporter = import_module(module).dumps
    return dumps


def export(letter: Letter, format: str) -> bytes:
    return load_exporter(format)(letter)


def suffix(format: str) -> str:
    return EXPORTERS[format][1]
