"""Shared fixtures: Hypothesis profiles, the goldens switch, the full TEI schema (once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TEI_ALL = Path(__file__).resolve().parent / "data" / "tei" / "tei_all-4.12.0.rng"
UPDATE_GOLDENS = os.environ.get("UNARCHIVE_UPDATE_GOLDENS") == "1"

# "dev" keeps runs short on a shared 2-core machine; "ci" digs deeper.
settings.register_profile(
    "dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """The official TEI P5 4.12.0 tei_all schema; lxml needs ~18 s to compile it."""
    return etree.RelaxNG(etree.parse(str(TEI_ALL)))
