"""The batch runner: isolation, time bounds, and identical in-order results on every executor."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from batch_helpers import comparable, register, unregister, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unarchive import executors
from unarchive.batch import Job, Settings, run_job
from unarchive.executors import auto_chunk_size, run


@pytest.fixture(autouse=True)
def letter_parser() -> Iterator[None]:
    register()
    yield
    unregister()


def _jobs(paths: list[Path]) -> list[Job]:
    return [Job(p) for p in paths]


def test_each_kind_of_document_gets_the_right_record(tmp_path: Path) -> None:
    kinds = ["good", "defective", "legacy", "empty", "crash", "hang"]
    paths = write(tmp_path, kinds)
    paths.append(tmp_path / "missing.ltr")
    reports = list(run(_jobs(paths), Settings.here(timeout=0.5)))
    got = [(r.valid, r.job_end, [f.code for f in r.findings]) for r in reports]
    assert got == [
        (True, "normal", []),
        (False, "normal", ["E004"]),
        (False, "normal", ["E001"]),
        ("undetermined", "normal", ["E005"]),
        ("undetermined", "error", ["E005"]),
        ("undetermined", "timeout", ["E005"]),
        ("undetermined", "normal", ["E005"]),
    ]
    assert "RuntimeError: parser bug on purpose" in reports[4].findings[0].message
    assert "time limit of 0.5 s" in reports[5].findings[0].message
    assert all(r.parsed is None for r in reports), "a batch keeps findings only"
    assert reports[0].sha256 and len(reports[0].sha256) == 64


def test_the_time_bound_is_lifted_after_each_document(tmp_path: Path) -> None:
    import signal

    (path,) = write(tmp_path, ["good"])
    run_job(Job(path), Settings.here(timeout=5))
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)


def test_process_pool_equals_serial_in_input_order(tmp_path: Path) -> None:
    kinds = ["good", "defective", "crash", "legacy", "empty", "hang", "good"] * 3
    paths = write(tmp_path, kinds)
    settings_ = Settings.here(timeout=0.5)
    serial = [comparable(r) for r in run(_jobs(paths), settings_)]
    pooled = [comparable(r) for r in run(_jobs(paths), settings_, workers=2, chunk_size=3)]
    assert pooled == serial
    assert [r["path"] for r in pooled] == [str(p) for p in paths]


def test_a_worker_that_dies_costs_one_document(tmp_path: Path) -> None:
    paths = write(tmp_path, ["good", "good", "die", "defective", "good", "good"])
    reports = list(run(_jobs(paths), Settings.here(timeout=5), workers=2, chunk_size=2))
    assert [r.job_end for r in reports] == [
        "normal",
        "normal",
        "error",
        "normal",
        "normal",
        "normal",
    ]
    assert "worker failed" in reports[2].findings[0].message
    assert [r.valid for r in reports] == [True, True, "undetermined", False, True, True]


def test_a_hang_the_document_cannot_interrupt_is_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(executors, "GRACE_SECONDS", 1.0)
    paths = write(tmp_path, ["good", "stubborn", "good"])
    reports = list(run(_jobs(paths), Settings.here(timeout=0.5), workers=2, chunk_size=3))
    assert [r.job_end for r in reports] == ["normal", "timeout", "normal"]
    assert [r.valid for r in reports] == [True, "undetermined", True]


def test_chunk_sizes_give_tasks_to_every_worker() -> None:
    assert auto_chunk_size(1, 2) == 1
    assert auto_chunk_size(1000, 2) == 32
    assert auto_chunk_size(100, 2) == 7
    assert auto_chunk_size(100_000, 4, dask=True) == 256


class _ThreadPool(executors._ProcessPool):
    """The pool loop on threads: cheap enough for many hypothesis examples."""

    def _new(self) -> ThreadPoolExecutor:  # type: ignore[override]
        return ThreadPoolExecutor(max_workers=self.workers)

    def _kill(self) -> None:
        self._executor.shutdown(wait=True)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kinds=st.lists(st.sampled_from(["good", "defective", "legacy", "empty", "crash"]), max_size=12),
    chunk=st.integers(1, 5),
    workers=st.integers(1, 3),
)
def test_order_and_content_do_not_depend_on_chunking(
    tmp_path_factory: pytest.TempPathFactory, kinds: list[str], chunk: int, workers: int
) -> None:
    folder = tmp_path_factory.mktemp("docs")
    paths = write(folder, kinds)
    settings_ = Settings.here(timeout=0)
    serial = [comparable(r) for r in run(_jobs(paths), settings_)]
    pool = _ThreadPool(workers)
    pooled = [comparable(r) for r in executors._ordered(pool, _jobs(paths), settings_, chunk)]
    assert pooled == serial


def test_an_unknown_executor_is_refused() -> None:
    with pytest.raises(executors.ExecutorSpecError, match="unknown executor"):
        list(run([], Settings.here(), executor="ftp://x"))


def test_with_other_threads_running_workers_are_not_forked(tmp_path: Path) -> None:
    import threading

    paths = write(tmp_path, ["good", "defective", "crash", "legacy"])
    settings_ = Settings.here(timeout=5)
    serial = [comparable(r) for r in run(_jobs(paths), settings_)]
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert executors._context().get_start_method() != "fork"
        pooled = [comparable(r) for r in run(_jobs(paths), settings_, workers=2, chunk_size=1)]
    finally:
        release.set()
        other.join()
    assert pooled == serial, "workers of a fresh interpreter read with the caller's parsers"


def test_stopping_early_leaves_no_worker_behind(tmp_path: Path) -> None:
    paths = write(tmp_path, ["good", "hang", "hang", "hang"])
    results = run(_jobs(paths), Settings.here(timeout=30), workers=2, chunk_size=1)
    first = next(results)
    assert first.valid is True
    results.close()  # the consumer gives up while two workers hang
    import multiprocessing

    assert multiprocessing.active_children() == []
