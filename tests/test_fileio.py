from __future__ import annotations

from pathlib import Path

import pytest

from unarchive.fileio import WouldOverwriteInput, atomic_write, guard_inputs


def test_atomic_write_replaces_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.xml"
    atomic_write(target, b"first")
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["out.xml"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    atomic_write(target, b"old")
    with pytest.raises(TypeError):
        atomic_write(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_guard_refuses_an_input_even_through_another_spelling(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("x")
    (tmp_path / "link.txt").symlink_to(source)
    with pytest.raises(WouldOverwriteInput):
        guard_inputs(tmp_path / "link.txt", [source])
    with pytest.raises(WouldOverwriteInput):
        guard_inputs(tmp_path / "." / "in.txt", [source])
    guard_inputs(tmp_path / "out.txt", [source])
