"""What one document came to in a batch: the record that workers, reports and the CLI share.

It sits below ``batch`` (which makes it) and ``reports`` (which render it), so
neither imports the other for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from unarchive.findings import Finding
from unarchive.parsed import Parsed

Validity = bool | Literal["undetermined"]
JobEnd = Literal["normal", "timeout", "error"]


@dataclass
class DocumentReport:
    """What one document came to: its status and findings (and, in-process, what was parsed).

    ``job_end`` says how the check ended (veraPDF's jobEndStatus): ``normal``,
    ``timeout`` or ``error`` (the parser or a rule crashed, or the worker
    died). ``notes`` are lines for the person running the batch (a skipped
    output); ``output`` is the file written by ``convert`` and ``exported``
    the bytes of an export that goes to stdout. ``rendered`` is the document's
    record in the report format, made by the worker so that the process
    writing the report only copies it.
    """

    path: str
    sha256: str | None
    well_formed: bool
    valid: Validity
    findings: list[Finding] = field(default_factory=list)
    parsed: Parsed | None = None
    seconds: float = 0.0
    job_end: JobEnd = "normal"
    notes: list[str] = field(default_factory=list)
    output: str | None = None
    exported: bytes | None = None
    rendered: str | None = None

    @property
    def readable(self) -> bool:
        return self.valid != "undetermined"

    def status(self) -> dict[str, Validity]:
        return {"well_formed": self.well_formed, "valid": self.valid}
