"""Past one machine: a real two-process Dask cluster on loopback gives the serial run's reports.

Run by ``test_dask_cluster.py`` in a pytest process of its own: a Dask client leaves
IO-loop threads behind that draw from the global ``random`` module, which Hypothesis
tests running later in the same interpreter would see as a flaky strategy.

The cluster's workers are separate processes, so pickling, worker imports and
result transport are all exercised; the scheduler is reached by address, the
way ``--executor dask://HOST:PORT`` reaches it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import cli, comparable, e_settings, register, unregister, write
from distributed import LocalCluster

from unarchive.batch import Job
from unarchive.executors import run


@pytest.fixture(autouse=True)
def letter_parser() -> Iterator[None]:
    register()
    yield
    unregister()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    import dask

    # A worker killed by a document is retried on another one this many times, not 3.
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # any free port: test runs may overlap
        ) as cluster,
    ):
        yield cluster.scheduler_address


def test_dask_equals_serial_and_a_poisoned_document_is_a_record(
    tmp_path: Path, scheduler: str
) -> None:
    kinds = ["good", "defective", "legacy", "empty", "good"] * 8 + ["crash"] + ["good"] * 4
    paths = write(tmp_path, kinds)
    jobs = [Job(p) for p in paths]
    chosen = e_settings(timeout=10)
    serial = [comparable(r) for r in run(jobs, chosen)]
    distributed = [comparable(r) for r in run(jobs, chosen, executor=scheduler, chunk_size=8)]
    assert distributed == serial
    poisoned = distributed[40]
    assert (poisoned["job_end"], poisoned["valid"]) == ("error", "undetermined")
    assert "RuntimeError: parser bug on purpose" in poisoned["findings"][0]["message"]


def test_a_document_that_kills_its_worker_costs_only_itself(tmp_path: Path, scheduler: str) -> None:
    paths = write(tmp_path, ["good", "die", "defective", "good"])
    reports = list(run([Job(p) for p in paths], e_settings(timeout=10), executor=scheduler))
    assert [r.job_end for r in reports] == ["normal", "error", "normal", "normal"]
    assert [r.valid for r in reports] == [True, "undetermined", False, True]


def test_the_command_line_reaches_the_cluster(
    tmp_path: Path, scheduler: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write(tmp_path, ["good", "defective", "empty"], names=["a.ltr", "رسالة.ltr", "c.ltr"])
    common = ["validate", str(tmp_path), "--format", "json", "--isolated", "--no-progress"]
    assert cli(common) == 3
    serial = json.loads(capsysbinary.readouterr().out)
    address = scheduler.replace("tcp://", "dask://")
    assert cli([*common, "--executor", address]) == 3
    distributed = json.loads(capsysbinary.readouterr().out)
    assert distributed["documents"] == serial["documents"]
