"""Project configuration: ``[tool.unarchive]`` in ``pyproject.toml``, or an ``unarchive.toml``.

Found like ruff finds its own: from the current folder upwards, the first
``unarchive.toml`` (keys at the top level or under ``[tool.unarchive]``) or
``pyproject.toml`` that has a ``[tool.unarchive]`` table. ``--config FILE``
names one; ``--isolated`` uses none. Per-file ignore patterns are relative
to the folder of the configuration file. The command line wins: ``--select``
replaces the configured selection, ``--ignore`` adds to it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from unarchive.findings import Severity, UnarchiveError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_NAMES = ("unarchive.toml", "pyproject.toml")


class ConfigError(UnarchiveError):
    """The configuration cannot be used: unreadable TOML, an unknown key, a wrong type."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_level: Severity | None = None
    timeout: float | None = None
    jobs: int | None = None
    baseline: Path | None = None
    unknown: tuple[str, ...] = field(default=(), repr=False)

    @property
    def root(self) -> Path | None:
        return self.path.parent if self.path else None


def find(start: Path | None = None) -> Path | None:
    """The configuration file that applies to ``start`` (default: the current folder)."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_table(path)):
                return path
    return None


def load(path: Path) -> Config:
    """Read ``path``; raise ``ConfigError`` with the file and key at fault."""
    table = _table(path)
    known = {"select", "ignore", "per-file-ignores", "fail-level", "timeout", "jobs", "baseline"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
        )
    try:
        return Config(
            path=path,
            select=_codes(table["select"], "select") if "select" in table else None,
            ignore=_codes(table.get("ignore", []), "ignore"),
            per_file_ignores=_per_file(table.get("per-file-ignores", {})),
            fail_level=Severity.parse(table["fail-level"]) if "fail-level" in table else None,
            timeout=_number(table.get("timeout"), "timeout"),
            jobs=_integer(table.get("jobs"), "jobs"),
            baseline=path.parent / table["baseline"] if "baseline" in table else None,
        )
    except (ValueError, TypeError) as error:
        raise ConfigError(f"{path}: {error}") from None


def resolve(config_file: str | None, isolated: bool) -> Config:
    """The configuration a command runs with (an empty one when none applies)."""
    if isolated:
        return Config()
    if config_file:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{config_file}: no such configuration file")
        return load(path)
    found = find()
    return load(found) if found else Config()


def _has_table(path: Path) -> bool:
    try:
        return "unarchive" in _read(path).get("tool", {})
    except ConfigError:
        return False


def _table(path: Path) -> dict[str, Any]:
    data = _read(path)
    if path.name == "pyproject.toml" or "tool" in data:
        tool = data.get("tool", {}).get("unarchive", {})
        if path.name == "pyproject.toml" or tool:
            return dict(tool)
    return data


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read as TOML: {error}") from None


def _codes(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f'{key} must be a list of code prefixes, e.g. ["AR", "S001"]')
    return tuple(v.strip().upper() for v in value if v.strip())


def _per_file(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise TypeError("per-file-ignores must be a table of pattern = [codes]")
    return tuple(
        (pattern, _codes(codes, f"per-file-ignores.{pattern}")) for pattern, codes in value.items()
    )


def _number(value: Any, key: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise TypeError(f"{key} must be a number of seconds >= 0")
    return float(value)


def _integer(value: Any, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise TypeError(f"{key} must be a whole number >= 1")
    return value


def matches(pattern: str, path: str, root: str | None) -> bool:
    """Does a per-file pattern match ``path``? Relative to ``root``; a bare name matches any folder.

    ``**`` spans folders, ``*`` and ``?`` stay within one (as in ruff and gitignore).
    """
    absolute = Path(os.path.abspath(path))
    relative = absolute.as_posix()
    if root:
        with contextlib.suppress(ValueError):  # outside the root: match the absolute path
            relative = absolute.relative_to(root).as_posix()
    regex = _compiled(pattern)
    return bool(regex.fullmatch(relative) or regex.fullmatch(absolute.name))


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    out = []
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
        elif pattern.startswith("**", index):
            out.append(".*")
            index += 2
        else:
            char = pattern[index]
            out.append({"*": "[^/]*", "?": "[^/]"}.get(char, re.escape(char)))
            index += 1
    return re.compile("".join(out))
