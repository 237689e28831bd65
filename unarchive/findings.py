"""Findings, their severities and locations, and the few exceptions unarchive raises.

A *finding* is something a rule says about a document: a stable code (see
``RULES.md``), a severity, one specific sentence, and an exact location in the
decoded input. Content problems are always findings. Exceptions are only for
input that cannot be read at all, and all of them derive from
``UnarchiveError``.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any

_set = object.__setattr__  # bypasses the frozen dataclass's guard, for __init__ only


class Severity(enum.IntEnum):
    """Ordered like docutils levels, so a fail level is a simple comparison."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            known = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown severity {name!r}; expected one of {known}") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Location:
    """Where a finding points: 1-based line and column (code points) of the decoded input.

    ``rendition`` names the rendition ('r1', 'r2', …); ``page`` is set for PDF and
    DOCX input; ``path`` is the input file as given on the command line.
    ``end_line``/``end_column`` (exclusive) are set when the finding covers a span.
    """

    path: str | None = None
    rendition: str | None = None
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    page: int | None = None

    # A frozen dataclass's generated __init__ calls object.__setattr__ once per field;
    # a document can have a thousand findings, and that cost a third of validating it.
    # Setting the instance dict in one call is what unpickling does, too.
    def __init__(
        self,
        path: str | None = None,
        rendition: str | None = None,
        line: int | None = None,
        column: int | None = None,
        end_line: int | None = None,
        end_column: int | None = None,
        page: int | None = None,
    ) -> None:
        _set(
            self,
            "__dict__",
            {
                "path": path,
                "rendition": rendition,
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "page": page,
            },
        )

    def sort_key(self) -> tuple[int, int, str]:
        return (self.line or 0, self.column or 0, self.rendition or "")

    def __str__(self) -> str:
        if self.line is None:
            where = "-"
        elif self.column is None:
            where = str(self.line)
        else:
            where = f"{self.line}:{self.column}"
        if self.page:
            where += f" (p. {self.page})"
        return where


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    location: Location = field(default_factory=Location)

    def __init__(
        self,
        code: str,
        name: str,
        severity: Severity,
        message: str,
        location: Location | None = None,
    ) -> None:
        # One call instead of five object.__setattr__ calls: see Location.__init__.
        _set(
            self,
            "__dict__",
            {
                "code": code,
                "name": name,
                "severity": severity,
                "message": message,
                "location": Location() if location is None else location,
            },
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data

    def with_path(self, path: str | None) -> Finding:
        loc = self.location
        return Finding(
            self.code,
            self.name,
            self.severity,
            self.message,
            Location(
                path,
                loc.rendition,
                loc.line,
                loc.column,
                loc.end_line,
                loc.end_column,
                loc.page,
            ),
        )


class UnarchiveError(Exception):
    """Root of every exception unarchive raises on purpose."""


class UnknownFormat(UnarchiveError, ValueError):
    """A format name or file type that no parser or exporter handles."""


class UnreadableInput(UnarchiveError):
    """Nothing could be read: empty, binary, encrypted, truncated, wrong format.

    ``reason`` is one sentence for the E005 finding the CLI reports.
    """

    def __init__(self, reason: str, *, code: str = "E005") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code
