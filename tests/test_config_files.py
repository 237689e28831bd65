"""Configuration: found by walking up like ruff, overridden by the command line, errors exit 2."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import register, unregister, write
from hypothesis import given
from hypothesis import strategies as st

from unarchive.cli import main
from unarchive.config import Config, ConfigError, find, load, matches, resolve
from unarchive.findings import Severity


@pytest.fixture(autouse=True)
def letter_parser() -> Iterator[None]:
    register()
    yield
    unregister()


def _codes(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, list[str]]:
    status = main(["validate", "--format", "json", "--no-progress", *args])
    report = json.loads(capsysbinary.readouterr().out)
    return status, [f["code"] for d in report["documents"] for f in d["findings"]]


def test_found_by_walking_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.unarchive]\nignore = ["E001"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no table: skipped
    monkeypatch.chdir(deep)
    assert find() == tmp_path / "pyproject.toml"
    assert resolve(None, False).ignore == ("E001",)
    assert resolve(None, True) == Config()


def test_unarchive_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.unarchive]\nignore = ["E001"]\n')
    (tmp_path / "unarchive.toml").write_text('select = ["E00"]\nfail-level = "error"\n')
    assert find(tmp_path) == tmp_path / "unarchive.toml"
    config = load(tmp_path / "unarchive.toml")
    assert (config.select, config.fail_level) == (("E00",), Severity.ERROR)


def test_config_selects_and_the_command_line_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path / "docs", ["defective", "legacy"])
    (tmp_path / "unarchive.toml").write_text('ignore = ["E004"]\n')
    monkeypatch.chdir(tmp_path)
    assert _codes(capsysbinary, "docs") == (1, ["E001"])
    assert _codes(capsysbinary, "docs", "--isolated") == (1, ["E004", "E001"])
    assert _codes(capsysbinary, "docs", "--ignore", "E001") == (0, [])
    assert _codes(capsysbinary, "docs", "--select", "E004") == (0, [])  # ignore still wins


def test_fail_level_from_config_and_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path / "docs", ["legacy"])
    (tmp_path / "unarchive.toml").write_text('fail-level = "error"\n')
    monkeypatch.chdir(tmp_path)
    assert _codes(capsysbinary, "docs")[0] == 0
    assert _codes(capsysbinary, "docs", "--fail-level", "warning")[0] == 1


def test_per_file_ignores_are_relative_to_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path / "originals" / "1998", ["legacy"])
    write(tmp_path / "new", ["legacy"])
    (tmp_path / "unarchive.toml").write_text('[per-file-ignores]\n"originals/**" = ["E001"]\n')
    monkeypatch.chdir(tmp_path / "new")
    status, codes = _codes(capsysbinary, "../originals", ".")
    assert (status, codes) == (1, ["E001"])
    assert main(["validate", "../originals", "--no-progress"]) == 0


def test_explicit_config_file(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    write(tmp_path / "docs", ["defective"])
    cfg = tmp_path / "elsewhere.toml"
    cfg.write_text('[tool.unarchive]\nignore = ["E"]\n')
    assert _codes(capsysbinary, str(tmp_path / "docs"), "--config", str(cfg)) == (0, [])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('selekt = ["E"]\n', "unknown key(s) selekt"),
        ('fail-level = "fatal"\n', "unknown severity"),
        ("select = 3\n", "select must be a list"),
        ("jobs = 0\n", "jobs must be a whole number"),
        ("select = [\n", "cannot be read as TOML"),
    ],
)
def test_a_bad_config_is_a_usage_error(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], text: str, message: str
) -> None:
    (tmp_path / "unarchive.toml").write_text(text)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load(tmp_path / "unarchive.toml")
    write(tmp_path, ["good"])
    status = main(["validate", str(tmp_path), "--config", str(tmp_path / "unarchive.toml")])
    assert status == 2
    assert message.encode() in capsysbinary.readouterr().err


def test_a_missing_config_file_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, ["good"])
    assert main(["validate", str(tmp_path), "--config", str(tmp_path / "nope.toml")]) == 2


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("originals/**", "/r/originals/a/b.txt", True),
        ("originals/*", "/r/originals/a/b.txt", False),
        ("**/*.txt", "/r/x/y.txt", True),
        ("*.pdf", "/r/deep/er/z.pdf", True),
        ("a?.txt", "/r/ab.txt", True),
        ("رسائل/**", "/r/رسائل/١.txt", True),
        ("[x].txt", "/r/x.txt", False),
    ],
)
def test_patterns(pattern: str, path: str, expected: bool) -> None:
    assert matches(pattern, path, "/r") is expected


@given(
    st.text(
        st.characters(blacklist_characters="*?/\\\x00", blacklist_categories=("Cs",)), min_size=1
    )
)
def test_a_pattern_without_wildcards_matches_only_its_own_name(name: str) -> None:
    assert matches(name, f"/r/{name}", "/r")
    assert not matches(name, f"/r/{name}x", "/r")
