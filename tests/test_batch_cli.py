"""The CLI on batches: exit statuses in every mode, convert's mirrored tree, names in any script."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import CONTENT, cli, register, unregister, write

ARABIC = "رسالة-مرفق.ltr"


@pytest.fixture(autouse=True)
def letter_parser() -> Iterator[None]:
    register()
    yield
    unregister()


def _validate(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, bytes]:
    status = cli(["validate", "--no-progress", *args])
    return status, capsysbinary.readouterr().out


@pytest.mark.parametrize(
    ("kinds", "extra", "expected"),
    [
        (["good", "good"], [], 0),
        (["good", "defective"], [], 1),
        (["good", "legacy"], [], 1),
        (["good", "legacy"], ["--fail-level", "error"], 0),
        (["good", "defective"], ["--exit-zero"], 0),
        (["good", "empty"], [], 3),
        (["defective", "empty"], [], 3),
        (["defective", "empty"], ["--exit-zero"], 3),
        (["good", "crash"], ["-j", "2"], 3),
        (["defective", "good"], ["-j", "2"], 1),
        (["good", "defective"], ["--executor", "nowhere"], 2),
        (["good", "defective"], ["--ignore", "E"], 0),
        (["good", "defective"], ["--select", "E001"], 0),
    ],
)
def test_exit_status(
    tmp_path: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
    kinds: list[str],
    extra: list[str],
    expected: int,
) -> None:
    write(tmp_path, kinds)
    status, _ = _validate(capsysbinary, str(tmp_path), "--isolated", *extra)
    assert status == expected


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_mixed_folder_is_fully_reported_and_every_good_document_converted(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], jobs: str
) -> None:
    source = tmp_path / "in"
    kinds = ["good", "defective", "empty", "hang", "crash", "legacy", "good"]
    names = [f"{k}.ltr" if k != "good" else f"a/{i}-good.ltr" for i, k in enumerate(kinds)]
    names[0] = f"a/{ARABIC}"
    write(source, kinds, names=names)
    (source / "folder.ltr").mkdir()  # a folder with a document's name: not a document
    common = ["--isolated", "--timeout", "1.5", "-j", jobs, "--no-progress"]

    status = cli(["validate", str(source), "--format", "json", *common])
    report = json.loads(capsysbinary.readouterr().out)
    assert status == 3
    by_name = {Path(d["path"]).name: d for d in report["documents"]}
    assert len(by_name) == len(kinds)
    assert by_name[ARABIC]["status"] == {"well_formed": True, "valid": True}
    assert by_name["hang.ltr"]["job_end"] == "timeout"
    assert by_name["crash.ltr"]["job_end"] == "error"
    assert by_name["empty.ltr"]["status"]["valid"] == "undetermined"
    assert report["summary"]["documents_by_status"] == {"invalid": 2, "undetermined": 3, "valid": 2}

    out = tmp_path / "out"
    status = cli(["convert", str(source), "--to", "json", "-o", str(out), *common])
    assert status == 3
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == sorted(
        [f"a/{Path(ARABIC).stem}.json", "a/6-good.json", "defective.json", "legacy.json"]
    )
    letter = json.loads((out / "a" / f"{Path(ARABIC).stem}.json").read_bytes())
    assert letter["letter"]["paragraphs"][1]["text"] == "نص الرسالة."
    assert not list(out.rglob("*.part")), "no temporary file is left behind"


def test_convert_skips_what_exists_unless_forced(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path / "in", ["good", "good"])
    out = tmp_path / "out"
    args = ["convert", str(tmp_path / "in"), "--to", "json", "-o", str(out), "--isolated"]
    assert cli(args) == 0
    target = out / "000-good.json"
    target.write_bytes(b"kept")
    assert cli(args) == 0
    assert target.read_bytes() == b"kept"
    assert b"skipped" in capsysbinary.readouterr().err
    assert cli([*args, "--force"]) == 0
    assert json.loads(target.read_bytes())["schema_version"] == "1.0"


def test_convert_never_writes_over_an_input(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (path,) = write(tmp_path, ["good"])
    before = path.read_bytes()
    status = cli(["convert", str(path), "--to", "json", "-o", str(path), "--isolated"])
    assert status == 2
    assert b"it is an input" in capsysbinary.readouterr().err
    assert path.read_bytes() == before


def test_convert_one_document_to_stdout(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (path,) = write(tmp_path, ["good"])
    assert cli(["convert", str(path), "--to", "json", "--isolated"]) == 0
    assert json.loads(capsysbinary.readouterr().out)["letter"]["paragraphs"][0]["text"]


def test_a_name_that_is_not_utf8_survives_every_step(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-\xd1\xf3\xc7\xe1\xc9.ltr"  # Latin-1 / cp1256 bytes
    with open(raw, "wb") as handle:
        handle.write(CONTENT["defective"])
    status, out = _validate(capsysbinary, str(tmp_path), "--isolated")
    assert status == 1
    assert b"caf\xe9-\xd1\xf3\xc7\xe1\xc9.ltr:2:" in out, "text report: the bytes as on disk"
    status, out = _validate(capsysbinary, str(tmp_path), "--isolated", "--format", "json")
    document = json.loads(out.decode("utf-8"))["documents"][0]
    assert os.fsencode(document["path"]) == raw
    out_dir = tmp_path.parent / f"{tmp_path.name}-out"
    out_dir.mkdir()
    assert cli(["convert", str(tmp_path), "-o", str(out_dir), "--to", "json", "--isolated"]) == 1
    assert os.listdir(os.fsencode(out_dir)) == [b"caf\xe9-\xd1\xf3\xc7\xe1\xc9.json"]


def test_globs_and_files_in_the_order_given(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path, ["good", "defective", "good"])
    pattern = str(tmp_path / "*-good.ltr")
    status, out = _validate(
        capsysbinary, str(tmp_path / "001-defective.ltr"), pattern, "--format", "jsonl"
    )
    names = [Path(json.loads(line)["path"]).name for line in out.splitlines()[:-1]]
    assert names == ["001-defective.ltr", "000-good.ltr", "002-good.ltr"]
    assert status == 1


def test_statistics_counts_per_code(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path, ["defective", "defective", "legacy", "good"])
    status, out = _validate(capsysbinary, str(tmp_path), "--statistics", "--isolated")
    assert status == 1
    assert out.decode().splitlines() == [
        "2\tE004\treplacement-character\t[error]",
        "1\tE001\tlegacy-encoding\t[warning]",
    ]
    _, out = _validate(capsysbinary, str(tmp_path), "--statistics", "--format", "json")
    assert json.loads(out)[0] == {
        "code": "E004",
        "name": "replacement-character",
        "severity": "error",
        "count": 2,
    }


def test_no_input_at_all_is_a_usage_error(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    status, _ = _validate(capsysbinary, str(tmp_path / "*.nothing"))
    assert status == 3, "a glob that matches nothing is a missing file: never 0"
    (tmp_path / "empty").mkdir()
    status, _ = _validate(capsysbinary, str(tmp_path / "empty"))
    assert status == 2


def test_two_inputs_for_one_output_are_refused(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path / "in", ["good", "good"], names=["a.ltr", "a.txt"])
    status = cli(["convert", str(tmp_path / "in"), "--to", "json", "-o", str(tmp_path / "out")])
    assert status == 2
    assert b"would both be written to" in capsysbinary.readouterr().err
    assert not (tmp_path / "out").exists()


def test_outputs_and_reports_are_ordinary_files(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path / "in", ["good", "defective"])
    old = os.umask(0o022)
    try:
        cli(["convert", str(tmp_path / "in"), "--to", "json", "-o", str(tmp_path / "out")])
        cli(["validate", str(tmp_path / "in"), "-o", str(tmp_path / "report.txt")])
    finally:
        os.umask(old)
    for path in [*sorted((tmp_path / "out").iterdir()), tmp_path / "report.txt"]:
        assert path.stat().st_mode & 0o777 == 0o644, path
