"""The progress line: only on a terminal (or when asked), per document, erased at the end."""

from __future__ import annotations

import io

import pytest

from unarchive.document_report import DocumentReport
from unarchive.progress import Progress, wanted


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _report(valid: bool | str) -> DocumentReport:
    return DocumentReport("x", None, valid is True, valid)  # type: ignore[arg-type]


def test_drawn_on_a_terminal_and_erased_at_the_end() -> None:
    stream = _Terminal()
    with Progress(2, stream=stream) as progress:
        progress(_report(True))
        progress(_report("undetermined"))
    text = stream.getvalue()
    assert "1/2 documents" in text
    assert "2/2 documents" in text and "1 not checked" in text
    assert text.endswith("\r\033[K")


def test_silent_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_PROGRESS", raising=False)
    stream = io.StringIO()
    with Progress(3, stream=stream) as progress:
        progress(_report(True))
    assert stream.getvalue() == ""
    assert wanted(_Terminal())
    monkeypatch.setenv("NO_PROGRESS", "1")
    assert not wanted(_Terminal())
