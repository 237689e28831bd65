from __future__ import annotations

import pytest

from unarchive.findings import Finding, Location, Severity


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        (Location(), "-"),
        (Location(line=52), "52"),
        (Location(line=3, column=7), "3:7"),
        (Location(line=3, column=7, page=2), "3:7 (p. 2)"),
    ],
)
def test_location_shows_only_what_is_known(location: Location, shown: str) -> None:
    assert str(location) == shown


def test_severity_orders_and_parses() -> None:
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert Severity.parse("Warning") is Severity.WARNING
    with pytest.raises(ValueError, match="info, warning, error"):
        Severity.parse("fatal")


def test_finding_to_dict_has_the_report_keys() -> None:
    finding = Finding(
        "E003", "control-character", Severity.ERROR, "NUL", Location(line=1, column=2)
    )
    data = finding.to_dict()
    assert data["severity"] == "error"
    assert set(data["location"]) == {
        "path",
        "rendition",
        "line",
        "column",
        "end_line",
        "end_column",
        "page",
    }
