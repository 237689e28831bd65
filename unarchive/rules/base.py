"""The rule mechanism: a rule is a small pure function that yields hits; the driver adds the rest.

Each rule is declared with ``@rule(code, name, severity)`` on a function
``check(parsed) -> Iterator[Hit]``. The function's docstring is the rule's
documentation (summary line, then ``Why it matters``, ``Example``, ``Hint``
sections) and is rendered into ``docs/rules.md``. Codes and names are the
contract of ``RULES.md``: never renumbered, never reused.

Rules emitted by parsers and importers (E001, X001, …) have ``check=None`` and
make their findings with ``Rule.finding``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from unarchive.codes import Rule as Rule  # re-exported: the rule modules' one import
from unarchive.findings import Location, Severity
from unarchive.parsed import Line, Parsed, Rendition

_set = object.__setattr__


@dataclass(frozen=True)
class Hit:
    """What a check yields: where, and one sentence about this occurrence."""

    location: Location
    message: str

    def __init__(self, location: Location, message: str) -> None:
        # One call instead of two object.__setattr__ calls (see findings.Location).
        _set(self, "__dict__", {"location": location, "message": message})


Check = Callable[[Parsed], Iterator[Hit]]


def rule(code: str, name: str, severity: Severity) -> Callable[[Check], Rule]:
    """Declare a rule; the decorated function becomes ``Rule.check``."""

    def wrap(check: Check) -> Rule:
        return Rule(code, name, severity, check, check.__doc__ or "")

    return wrap


def at(rendition: Rendition, line: Line, start: int, end: int | None = None) -> Location:
    """Location of ``line.text[start:end]`` (0-based offsets) as 1-based line and column."""
    if end is None:
        return Location(None, rendition.id, line.number, start + 1, None, None, line.page)
    return Location(None, rendition.id, line.number, start + 1, line.number, end + 1, line.page)


def is_selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """ruff's selection: a code runs if a ``select`` prefix matches and no ``ignore`` prefix does.

    Ignore always wins; there is no specificity contest.
    """
    if any(code.startswith(prefix) for prefix in ignore):
        return False
    return any(code.startswith(prefix) for prefix in select)
