"""Repairs: safe fixes (encoding only) and policy fixes (a chosen reading), each recorded.

``repair_parsed`` repairs the renditions of a parsed document; ``safe_repair_letter``
applies the safe fixes to a Letter for ``convert``; ``run_repair`` is the
command logic of ``unarchive repair``. An original is never changed.
"""

from __future__ import annotations

from unarchive.repair.command import format_change, repair_file, run_repair
from unarchive.repair.engine import RepairResult, repair_parsed
from unarchive.repair.letter import safe_repair_letter

__all__ = [
    "RepairResult",
    "format_change",
    "repair_file",
    "repair_parsed",
    "run_repair",
    "safe_repair_letter",
]
