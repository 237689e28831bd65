"""The Dask cluster tests (``dask_cases.py``), each run in a pytest process of its own.

A Dask client leaves IO-loop threads running after it is closed, and they use the
global ``random`` module; in the main test process that makes later Hypothesis
tests fail as flaky. A child process keeps those threads away from them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CASES = ("equals_serial_and_a_poisoned", "kills_its_worker", "command_line_reaches")


@pytest.mark.parametrize("case", CASES)
def test_dask_case_in_its_own_process(case: str) -> None:
    pytest.importorskip("distributed", reason="the dask extra: pip install -e '.[dask]'")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE)])}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            case,
            str(HERE / "dask_cases.py"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=HERE.parent,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"\b1 passed", result.stdout), result.stdout[-2000:]
