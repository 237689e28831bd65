"""The published pre-commit hooks run commands this CLI accepts, on the files they should."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unarchive.cli import build_parser

HOOKS = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"


def _hooks() -> list[dict[str, str]]:
    """The hook list, read with the few YAML forms the file uses (no YAML library needed)."""
    hooks: list[dict[str, str]] = []
    for line in HOOKS.read_text("utf-8").splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        match = re.match(r"^(- |  )(\w+): (.*)$", line)
        assert match, f"unexpected line in .pre-commit-hooks.yaml: {line!r}"
        if match.group(1) == "- ":
            hooks.append({})
        value = match.group(3).strip()
        hooks[-1][match.group(2)] = value[1:-1] if value[:1] == "'" else value
    return hooks


def test_every_hook_has_what_pre_commit_requires() -> None:
    hooks = _hooks()
    assert [h["id"] for h in hooks] == ["unarchive-validate", "unarchive-validate-github"]
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"


@pytest.mark.parametrize("hook", _hooks(), ids=lambda h: h["id"])
def test_the_entry_is_a_valid_command_line(hook: dict[str, str]) -> None:
    program, *arguments = hook["entry"].split()
    assert program == "unarchive"
    args = build_parser().parse_args([*arguments, "a.txt", "رسالة.pdf"])
    assert args.paths == ["a.txt", "رسالة.pdf"] and args.no_progress


@pytest.mark.parametrize(
    ("name", "picked"),
    [
        ("a/letter.txt", True),
        ("b/رسالة.pdf", True),
        ("c.docx", True),
        ("d.xml", True),
        ("e.py", False),
        ("f.docx.bak", False),
    ],
)
def test_files_pattern(name: str, picked: bool) -> None:
    for hook in _hooks():
        assert bool(re.search(hook["files"], name)) is picked
