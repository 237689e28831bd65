"""Running the batch unit of work over many documents: in-process, on a process pool, or on Dask.

The pool and Dask go through one loop over a ``concurrent.futures.Executor``
(Dask's ``Client.get_executor()`` is one). Documents travel in chunks so that
a task is not dominated by its overhead, and results come back in input
order, identical to the serial run. A chunk that fails as a whole (its worker
died, it overran its deadline, Dask gave up on it) is run again one document
at a time on a fresh pool, so that exactly the document at fault gets an E005
record (``job_end`` error or timeout) and the batch goes on.
"""

from __future__ import annotations

import math
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from unarchive.batch import Job, Settings, prepare, run_chunk, run_job, unreadable
from unarchive.document_report import DocumentReport

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future
    from multiprocessing.context import BaseContext

# Time a chunk may take beyond its documents' own bounds: starting a worker, importing.
GRACE_SECONDS = 15.0

Chunk = Sequence[Job]


class ExecutorSpecError(ValueError):
    """``--executor`` names nothing we can run on."""


def run(
    jobs: Sequence[Job],
    settings: Settings,
    *,
    workers: int = 1,
    executor: str | None = None,
    chunk_size: int | None = None,
    on_result: Callable[[DocumentReport], None] | None = None,
) -> Iterator[DocumentReport]:
    """Every job's report, in input order. ``executor``: None/'serial', 'process', or a Dask URL.

    The executor is set up (a Dask scheduler reached) before this returns, so a
    bad ``executor`` raises ``ExecutorSpecError`` here, before any result.
    """
    kind = _kind(executor, workers)
    if kind == "serial":
        prepare(settings)
        results: Iterator[DocumentReport] = (run_job(job, settings) for job in jobs)
    else:
        pool: _Pool = _ProcessPool(workers) if kind == "process" else _DaskPool(executor or "")
        size = chunk_size or auto_chunk_size(len(jobs), pool.workers, dask=kind == "dask")
        results = _ordered(pool, jobs, settings, size)
    return results if on_result is None else _observed(results, on_result)


def _observed(
    results: Iterator[DocumentReport], on_result: Callable[[DocumentReport], None]
) -> Iterator[DocumentReport]:
    for report in results:
        on_result(report)
        yield report


def _kind(executor: str | None, workers: int) -> str:
    if executor in (None, ""):
        return "serial" if workers <= 1 else "process"
    if executor in ("serial", "process"):
        return executor
    if executor.startswith(("dask://", "tcp://", "tls://")):
        return "dask"
    raise ExecutorSpecError(
        f"unknown executor {executor!r}: use 'serial', 'process' or dask://HOST:PORT"
    )


def auto_chunk_size(documents: int, workers: int, *, dask: bool = False) -> int:
    """Documents per task: a few tasks per worker for balance, capped so progress stays live.

    Dask costs milliseconds per task (research/archival.md §4.2), a process
    pool a fraction of one, so Dask gets bigger chunks.
    """
    per_worker_tasks = 4 if dask else 8
    cap = 256 if dask else 32
    return max(1, min(cap, math.ceil(documents / max(1, workers * per_worker_tasks))))


def _ordered(
    pool: _Pool, jobs: Sequence[Job], settings: Settings, size: int
) -> Iterator[DocumentReport]:
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    window = max(2, pool.workers * 2)
    pending: deque[tuple[Chunk, Future[list[DocumentReport]]]] = deque()
    upcoming = iter(chunks)
    try:
        while True:
            while len(pending) < window and (chunk := next(upcoming, None)) is not None:
                pending.append((chunk, pool.submit(chunk, settings)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                reports = future.result(timeout=_deadline(len(chunk), settings))
            except Exception:  # whatever it was, the documents are re-run one by one
                in_flight = [c for c, _ in pending]
                survived = pool.recover([f for _, f in pending])
                yield from _one_by_one(pool, chunk, settings)
                if not survived:
                    pending = deque((c, pool.submit(c, settings)) for c in in_flight)
                continue
            yield from reports
    except BaseException:  # interrupted, or the consumer stopped early: leave nothing running
        pool.abort()
        raise
    pool.close()


def _one_by_one(pool: _Pool, chunk: Chunk, settings: Settings) -> Iterator[DocumentReport]:
    for job in chunk:
        future = pool.submit([job], settings)
        try:
            yield from future.result(timeout=_deadline(1, settings))
        except TimeoutError:
            pool.recover([])
            yield unreadable(
                job.path,
                f"not fully checked: no result within {_deadline(1, settings):g} s",
                job_end="timeout",
            )
        except Exception as error:  # the worker died or the task was lost
            pool.recover([])
            yield unreadable(
                job.path,
                f"not fully checked: the worker failed ({type(error).__name__}: {error})",
                job_end="error",
            )


def _deadline(documents: int, settings: Settings) -> float | None:
    if settings.timeout <= 0:
        return None
    return settings.timeout * documents + GRACE_SECONDS


class _Pool:
    workers: int = 1

    def submit(self, chunk: Chunk, settings: Settings) -> Future[list[DocumentReport]]:
        raise NotImplementedError

    def recover(self, in_flight: list[Future[list[DocumentReport]]]) -> bool:
        """After a failure: make the pool usable again. True if ``in_flight`` tasks survive."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        self.close()


class _ProcessPool(_Pool):
    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor = self._new()

    def _new(self) -> Executor:
        from concurrent.futures import ProcessPoolExecutor

        context = _context()
        if context.get_start_method() == "fork":
            _preload()
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def submit(self, chunk: Chunk, settings: Settings) -> Future[list[DocumentReport]]:
        return self._executor.submit(run_chunk, list(chunk), settings)

    def recover(self, in_flight: list[Future[list[DocumentReport]]]) -> bool:
        # A stuck worker cannot be cancelled, only killed: kill them all and start afresh.
        self._kill()
        self._executor = self._new()
        return False

    def _kill(self) -> None:
        processes: dict[int, Any] = getattr(self._executor, "_processes", None) or {}
        for process in list(processes.values()):
            if process.is_alive():
                process.kill()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        self._kill()


def _preload() -> None:
    """Import the rules and every parser once, before forking, so no worker imports them again."""
    import unarchive.rules  # noqa: F401
    from unarchive.readers import READERS, load_reader

    for name in READERS:
        try:
            load_reader(name)
        except Exception:  # a parser that cannot be imported fails in the worker, as a finding
            continue


def _context() -> BaseContext:
    """fork for its speed where Python deems it safe; forkserver or spawn elsewhere.

    From 3.12 Python warns against forking a process that has other threads
    (and 3.14 stops doing it by default), so there fork is used only while
    this is the one thread. Workers started either way read with the caller's
    parser table: ``Settings`` carries it.
    """
    import multiprocessing
    import sys
    import threading

    methods = multiprocessing.get_all_start_methods()
    alone = sys.version_info < (3, 12) or threading.active_count() == 1
    if "fork" in methods and alone:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class _DaskPool(_Pool):
    """Dask through its ``concurrent.futures`` face; Dask itself restarts workers that die."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ExecutorSpecError(
                "the dask executor needs the 'distributed' package: pip install 'unarchive[dask]'"
            ) from None
        if address.startswith("dask://"):
            address = "tcp://" + address.removeprefix("dask://")
        try:
            self._client = Client(address, timeout=10, set_as_default=False)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as error:
            raise ExecutorSpecError(
                f"cannot reach the Dask scheduler at {address}: {error}"
            ) from None
        self._executor = self._client.get_executor(pure=False)  # type: ignore[no-untyped-call]
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def submit(self, chunk: Chunk, settings: Settings) -> Future[list[DocumentReport]]:
        future: Future[list[DocumentReport]] = self._executor.submit(
            run_chunk, list(chunk), settings
        )
        return future

    def recover(self, in_flight: list[Future[list[DocumentReport]]]) -> bool:
        return True

    def close(self) -> None:
        self._executor.shutdown(wait=False)
        self._client.close()  # type: ignore[no-untyped-call]


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
