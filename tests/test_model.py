"""The model's invariants: shape only, never policy."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from unarchive.model import Letter, Metadata, Paragraph, Signatory


def test_an_empty_letter_is_representable() -> None:
    letter = Letter()
    assert letter.metadata.symbol is None
    assert letter.metadata.signatory == Signatory()


@pytest.mark.parametrize("text", ["", "   ", "a\x00b", "\ufffe"])
def test_text_is_non_empty_and_xml_safe(text: str) -> None:
    with pytest.raises(ValidationError):
        Paragraph(text=text)


def test_absent_is_none_never_empty_string() -> None:
    with pytest.raises(ValidationError):
        Metadata(symbol="")
    assert Metadata(symbol=None).symbol is None


def test_dates_are_iso_and_unknown_fields_refused() -> None:
    assert Metadata.model_validate({"date": "2011-08-05"}).date == dt.date(2011, 8, 5)
    with pytest.raises(ValidationError):
        Metadata.model_validate({"date": "5 August 2011"})
    with pytest.raises(ValidationError):
        Metadata.model_validate({"colour": "blue"})


def test_json_keys_of_the_contract_are_present_and_null_when_absent() -> None:
    data = Letter().model_dump(mode="json")
    assert data["schema_version"] == "1.0"
    for key in ("symbol", "date", "language", "title", "sender", "addressee"):
        assert data["metadata"][key] is None
    assert data["metadata"]["signatory"] == {"name": None, "title": None}
    assert data["letter"]["paragraphs"] == []
    assert data["annexes"] == []
